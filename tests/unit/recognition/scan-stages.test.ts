/**
 * Each stage of the scanner on its own: candidates from the trie, the
 * decision among walk ends, the mention made, the page passes.
 */
import { describe, expect, it } from 'vitest';
import { buildNameTrie } from '../../../src/recognition/name-trie';
import { tokenize } from '../../../src/recognition/tokenize';
import { CandidateWalker, endsByLength } from '../../../src/recognition/scan/candidates';
import { decideAt } from '../../../src/recognition/scan/decision';
import { mentionFor } from '../../../src/recognition/scan/mention';
import { scanImo } from '../../../src/recognition/scan/imo-pass';
import { BodiesPass } from '../../../src/recognition/scan/bodies-pass';
import { addCoreferences } from '../../../src/recognition/scan/coreference';
import { TargetTable } from '../../../src/recognition/scan/targets';
import { capitalisedSurface, surfaceAllUpper } from '../../../src/recognition/scan/surface';
import type { Mention } from '../../../src/recognition/types';
import { bodies, entity, kbOf, lexicon } from './helpers';

const kim = entity('un:KPi.2', 'Person', ['KIM Yong Chol']);
const bank = entity('ofac:1', 'Organization', ['FOREIGN TRADE BANK OF THE DPRK']);
const tanker = entity('ofac:8', 'Vessel', ['SIERRA'], { imoNumber: 'IMO 9522324' });
const kb = kbOf([kim, bank, tanker]);
const index = buildNameTrie(kb, lexicon);
const table = new TargetTable(index);

function candidatesOf(text: string, i = 0) {
  const ctx = { text, tokens: tokenize(text) };
  const walker = new CandidateWalker(index, table.child);
  return { ctx, ...walker.from(ctx, new Uint8Array(ctx.tokens.length), i) };
}

describe('candidates', () => {
  it('reaches every terminal on the path, longest first after grouping', () => {
    const { ends } = candidatesOf('Kim Yong Chol arrived');
    const groups = endsByLength(ends);
    expect(groups[0][0].surface.map((t) => t.cased)).toEqual(['Kim', 'Yong', 'Chol']);
    expect(groups.every((g, k) => k === 0 || g[0].j < groups[k - 1][0].j)).toBe(true);
  });

  it('stops at a claimed token', () => {
    const text = 'Kim Yong Chol arrived';
    const ctx = { text, tokens: tokenize(text) };
    const claimed = new Uint8Array(ctx.tokens.length);
    claimed[2] = 1;
    const { ends } = new CandidateWalker(index, table.child).from(ctx, claimed, 0);
    expect(ends.every((e) => e.j < 2)).toBe(true);
  });
});

describe('decision and mention', () => {
  it('accepts a capitalised full name and makes a high-confidence mention', () => {
    const { ctx, readings, ends } = candidatesOf('Kim Yong Chol arrived');
    const group = endsByLength(ends)[0];
    const chosen = decideAt(index, ctx, readings, group, 0, group[0].j);
    expect(chosen).toBeDefined();
    const m = chosen && mentionFor(index, table.note, chosen.accepted, chosen.end.surface, chosen.surfaceNorm, ctx.text);
    expect(m).toMatchObject({ text: 'Kim Yong Chol', entity: 'un:KPi.2', confidence: 'high' });
  });

  it('refuses the same words in lower case', () => {
    const { ctx, readings, ends } = candidatesOf('kim yong chol arrived');
    const group = endsByLength(ends)[0];
    expect(group && decideAt(index, ctx, readings, group, 0, group[0].j)).toBeUndefined();
  });
});

describe('surface', () => {
  it('reads capitals and headline case', () => {
    expect(capitalisedSurface(tokenize('wagner group'))).toBe(false);
    expect(capitalisedSurface(tokenize('Wagner group'))).toBe(true);
    expect(surfaceAllUpper(tokenize('SIERRA'))).toBe(true);
    expect(surfaceAllUpper(tokenize('Sierra'))).toBe(false);
  });
});

describe('page passes', () => {
  it('reads an IMO number always and a bare one only beside a maritime cue', () => {
    expect(scanImo('The ship IMO 9522324 left.', index, table.note).map((m) => m.entity)).toEqual(['ofac:8']);
    expect(scanImo('Order 9522324 shipped.', index, table.note)).toEqual([]);
    expect(scanImo('The tanker 9522324 sailed.', index, table.note)).toHaveLength(1);
  });

  it('finds committees by number and resolves "the Committee" to the nearest one', () => {
    const pass = new BodiesPass(bodies, kb.curated.regimes);
    const text = 'The 1718 Committee met. Later the Committee agreed.';
    const committees = pass.scanCommittees(text, []);
    expect(committees.map((m) => m.entity)).toEqual(['body:un-1718-committee']);
    const withShort = pass.addBodyShortForms(text, tokenize(text), committees);
    expect(withShort.map((m) => m.text)).toEqual(['1718 Committee', 'Committee']);
  });

  it('refers a surname back to a person named in full, only after the full name', () => {
    const text = 'Kim spoke. Kim Yong Chol arrived. Kim left.';
    const full: Mention = {
      start: 11, end: 24, text: 'Kim Yong Chol', category: 'designated', entity: 'un:KPi.2', name: 'KIM Yong Chol', known: true, confidence: 'high', via: 'name',
    };
    const out = addCoreferences({ text, tokens: tokenize(text), mentions: [full], titled: new Set(), antecedents: [], targetOf: table.targetOf });
    expect(out.map((m) => `${m.start}:${m.text}`)).toEqual(['11:Kim Yong Chol', '34:Kim']);
  });
});
