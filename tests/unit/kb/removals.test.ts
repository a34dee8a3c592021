import { describe, expect, it } from 'vitest';
import { applyNotableRemovals, formerlyNote, isFormerlyListed, NOTABLE_REMOVALS } from '../../../src/kb/removals';
import { keepRemovals, seenRemovals } from '../../../src/updater/removals';
import { assembleKb } from '../../../src/kb/build/assemble';
import { KbLookup } from '../../../src/kb/kb-lookup';
import { curatedLayer } from '../../../src/kb/curated';
import { isOfficialUrl } from '../../../src/kb/official-links';
import type { Designation, ParsedList, SourceInfo, SourceRecord } from '../../../src/kb/model';

const sdnSource = (date: string): SourceInfo => ({ authority: 'OFAC', list: 'ofac-sdn', title: 'OFAC SDN List', file: 'x', date, entries: 1 });
const unSource = (date: string): SourceInfo => ({ authority: 'UN', list: 'un', title: 'UN Security Council Consolidated List', file: 'x', date, entries: 1 });
const tornado = (): Designation => ({
  id: 'ofac:39796',
  schema: 'Organization',
  caption: 'TORNADO CASH',
  names: [{ value: 'TORNADO CASH', quality: 'strong', kind: 'primary' }],
  sanctions: [{ authority: 'OFAC', list: 'SDN List', programs: ['CYBER2'], sourceId: '39796', sourceUrl: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=39796' }],
  props: {},
  sourceRecords: ['ofac:39796'],
});
const unRecord = (id: string, name: string): SourceRecord => ({
  id: `un:${id}`,
  schema: 'Organization',
  names: [{ value: name, quality: 'strong', kind: 'primary' }],
  sanctions: [{ authority: 'UN', list: 'UN Security Council Consolidated List', programs: ['Al-Qaida'], sourceId: id, sourceUrl: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list' }],
  props: {},
});
const unList = (date: string, records: SourceRecord[]): ParsedList => ({ source: unSource(date), records, skipped: {} });

describe('notable removals (announced by the authority)', () => {
  it('each has an official https notice, a date and names to recognise it by', () => {
    for (const r of NOTABLE_REMOVALS) {
      expect(isOfficialUrl(r.removed.sourceUrl), r.sourceId).toBe(true);
      expect(r.removed.date).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(r.names.some((n) => n.kind === 'primary' && n.quality === 'strong')).toBe(true);
    }
  });

  it('ends a listing still in a list older than the removal, without touching the parsed listing', () => {
    const e = tornado();
    const original = e.sanctions[0];
    expect(applyNotableRemovals([e], [sdnSource('2024-05-03')]).map((x) => x.id)).not.toContain('former:ofac:39796');
    expect(e.sanctions[0].removed).toMatchObject({ date: '2025-03-21', by: 'OFAC', how: 'announced' });
    expect(original.removed).toBeUndefined();
    expect(isFormerlyListed(e)).toBe(true);
    expect(formerlyNote(e)).toBe('formerly listed');
  });

  it('leaves a listing alone when a list dated after the removal still carries it (listed again)', () => {
    const e = tornado();
    applyNotableRemovals([e], [sdnSource('2025-06-01')]);
    expect(e.sanctions[0].removed).toBeUndefined();
  });

  it('adds the ended listing to the party it names, or a formerly-listed entity of its own', () => {
    const added = applyNotableRemovals([], [unSource('2026-05-08')]);
    const sharaa = added.find((e) => e.id === 'former:un:QDi.317')!;
    expect(sharaa.names.map((n) => n.value)).toContain('Ahmed al-Sharaa');
    expect(sharaa.sanctions[0].removed).toMatchObject({ date: '2025-11-06', how: 'announced' });
    expect(sharaa.sanctions[0].removed?.by).toMatch(/2799 \(2025\)/);
  });
});

describe('removals seen between two copies of a list', () => {
  const older = unList('2026-02-27', [unRecord('QDe.137', 'AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT'), unRecord('QDe.004', 'AL-QAIDA')]);
  const newer = unList('2026-05-08', [unRecord('QDe.004', 'AL-QAIDA')]);

  it('turns entries present before and absent now into removals dated with the new copy', () => {
    const gone = seenRemovals(older, newer);
    expect(gone.map((r) => r.id)).toEqual(['un:QDe.137']);
    expect(gone[0].sanctions[0].removed).toEqual({ date: '2026-05-08', by: 'UN Security Council Consolidated List', how: 'seen', lastListed: '2026-02-27' });
    expect(older.records[0].sanctions[0].removed).toBeUndefined();
  });

  it('keeps the first seen date, and drops a removal once the list carries the entry again', () => {
    const first = seenRemovals(older, newer);
    const later = seenRemovals({ ...older, source: unSource('2026-05-08') }, unList('2026-06-01', []));
    expect(keepRemovals(first, later, [newer]).find((r) => r.id === 'un:QDe.137')?.sanctions[0].removed?.date).toBe('2026-05-08');
    expect(keepRemovals(first, [], [older])).toEqual([]);
  });

  it('flows into the knowledge base: the party is still there, carded as formerly listed with the date the list shows', async () => {
    // Al-Qaida itself was not delisted; the pair of copies is made up so that no announced removal applies.
    const kept = unList('2026-05-08', [unRecord('QDe.137', 'AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT')]);
    const kb = await assembleKb([kept], curatedLayer(), seenRemovals(older, kept));
    const alQaida = kb.entities.find((e) => e.id === 'un:QDe.004')!;
    expect(alQaida).toBeDefined();
    const card = new KbLookup(kb).card(alQaida.id, '')!;
    expect(card.kind).toContain('formerly listed');
    expect(card.formerly).toBe('Formerly listed: not on the UN Security Council Consolidated List of 2026-05-08 (on it 2026-02-27)');
    expect(card.citation).toContain('formerly listed');
  });

  it('takes the date and authority of a removal seen between copies from its announcement (Al-Nusrah Front, 27 February 2026)', async () => {
    const kb = await assembleKb([newer], curatedLayer(), seenRemovals(older, newer));
    const nusrah = kb.entities.find((e) => e.id === 'un:QDe.137')!;
    expect(nusrah).toBeDefined();
    expect(nusrah.sanctions[0].removed).toMatchObject({ date: '2026-02-27', how: 'announced', lastListed: '2026-02-27' });
    expect(nusrah.names.map((n) => n.value)).toContain('Hayat Tahrir al-Sham');
    const card = new KbLookup(kb).card(nusrah.id, '')!;
    expect(card.title).toBe('Al-Nusrah Front for the People of the Levant');
    // The listed form has the same words as the title: the card does not repeat it.
    expect(card.listedAs).toBeUndefined();
    expect(card.kind).toContain('formerly listed');
    expect(card.formerly).toBe('Formerly listed: removed 2026-02-27 by UN Security Council, ISIL (Da\u2019esh) and Al-Qaida Sanctions Committee');
  });
});
