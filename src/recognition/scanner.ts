/**
 * Scanning one block of page text, as a pipeline: instruments and
 * committees by pattern → candidates from the name trie (scan/candidates.ts)
 * → the decision on each (scan/decision.ts) → marks, kept with the page's
 * evidence (scan/page-filters.ts, evidence.ts) → page passes: IMO numbers,
 * bodies, coreference and defined short forms.
 */
import type { Body, Regime } from '../kb/curated/types';
import type { Mention, PageContext, Recognizer } from './types';
import type { NameTrie } from './name-trie';
import { scanInstruments, type InstrumentCatalogue } from './instruments';
import { tokenize, type Token } from './tokenize';
import { SpanSet } from './spans';
import { cueNear, cuePositions, keepWithEvidence } from './evidence';
import { BodiesPass, type ScanMeter } from './scan/bodies-pass';
import { addCoreferences } from './scan/coreference';
import { scanImo } from './scan/imo-pass';
import { NamePass } from './scan/name-pass';
import { emptyNeeds, keepByCue, keepTitledNearCues } from './scan/page-filters';
import { TargetTable } from './scan/targets';

export type { ScanMeter } from './scan/bodies-pass';

export interface RecognizerParts {
  index: NameTrie;
  instruments: InstrumentCatalogue;
  bodies: Body[];
  regimes: Regime[];
  /** Counts the page-wide passes' inner steps, so a test can check they grow linearly with the text. */
  meter?: ScanMeter;
}

/** Marks the tokens that overlap any of `list` (in text order). */
function claimedBy(tokens: Token[], list: Mention[]): Uint8Array {
  const claimed = new Uint8Array(tokens.length);
  let k = 0;
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti];
    while (k < list.length && list[k].end <= t.start) k++;
    for (let q = k; q < list.length && list[q].start < t.end; q++) {
      if (t.start < list[q].end && list[q].start < t.end) claimed[ti] = 1;
    }
  }
  return claimed;
}

export function createScanner(parts: RecognizerParts): Recognizer {
  const { index, instruments, meter } = parts;
  const targets = new TargetTable(index);
  const bodies = new BodiesPass(parts.bodies, parts.regimes, meter);
  const namePass = new NamePass(index, targets);

  function scanText(text: string, context: PageContext = {}): Mention[] {
    const tokens = tokenize(text);
    const ctx = { text, tokens };
    const found: Mention[] = scanInstruments(text, instruments);
    found.push(...bodies.scanCommittees(text, found));
    found.sort((a, b) => a.start - b.start);
    const needs = emptyNeeds();
    const names = namePass.scan(ctx, claimedBy(tokens, found), needs);
    const imo = scanImo(text, index, targets.note);
    const kept = keepByCue(index, text, found, names, needs.cueNeeded, context);
    const imoSpans = new SpanSet(imo);
    let all = [...found, ...kept.filter((m) => !imoSpans.overlaps(m)), ...imo];
    all.sort((a, b) => a.start - b.start);
    all = bodies.dropOtherOrganisations(text, all, context);
    const cues = cuePositions(text);
    all = keepWithEvidence({
      mentions: all,
      weak: needs.weak,
      patternsFound: found.length > 0,
      context,
      cues,
      jurisdictionsOf: (id) => targets.targetOf(id)?.jurisdictions,
    });
    if (needs.titled.size) all = keepTitledNearCues(all, needs.titled, context, cues);
    if (needs.shortLocal.size) all = all.filter((m) => !needs.shortLocal.has(m) || cueNear(cues, m));
    bodies.resolveBodies(all);
    all = addCoreferences({ text, tokens, mentions: all, titled: needs.titled, antecedents: context.antecedents ?? [], targetOf: targets.targetOf, meter });
    all = bodies.addBodyShortForms(text, tokens, all);
    return all.sort((a, b) => a.start - b.start);
  }

  // The page is scanned whole so that coreference sees earlier blocks; "\n" is a hard token boundary.
  return { scan: scanText };
}
