import { describe, expect, it } from 'vitest';
import { decomposeKb, composeLists } from '../../../src/updater/compose';
import { removedRecords } from '../../../src/updater/removals';
import { assembleKb } from '../../../src/kb/build/assemble';
import { curatedLayer } from '../../../src/kb/curated';
import { unpackLoadedKb } from '../../../src/background/kb-runtime';
import { readPackedKb } from '../../../scripts/lib/kb-files';
import { FEEDS, feedUrls } from '../../../src/updater/feeds';
import { checkKind, sniffRoot } from '../../../src/updater/validate';
import { FeedError } from '../../../src/updater/faults';
import type { ParsedList } from '../../../src/kb/model';

describe('the bundled KB split back into its lists', () => {
  it('merges again into the same entities', async () => {
    const kb = unpackLoadedKb(readPackedKb()).kb;
    const entities = kb.entities;
    const lists = decomposeKb(kb);
    // Every listing is back in its list, counted as kb:build counted it.
    expect(lists.map((l) => [l.source.list, l.records.length])).toEqual(kb.sources.map((s) => [s.list, s.entries]));
    // Formerly-listed records are not entries of their lists: they come back from the KB's removals.
    const again = await assembleKb(lists, curatedLayer(), removedRecords(kb));
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(again.entities.length).toBe(entities.length);
    let identical = 0;
    for (const e of again.entities) {
      const o = byId.get(e.id);
      expect(o?.sourceRecords).toEqual(e.sourceRecords);
      expect(o?.sanctions).toEqual(e.sanctions);
      if (JSON.stringify(o) === JSON.stringify(e)) identical++;
    }
    // The rest differ only in the order of names.
    expect(identical / entities.length).toBeGreaterThan(0.99);
  }, 60_000);
});

describe('composeLists', () => {
  const list = (key: string, date: string): ParsedList => ({
    source: { authority: 'UN', list: key, title: key, file: key, date, entries: 1 },
    records: [],
    skipped: {},
  });
  it('takes the newer of bundled and downloaded per key, adds new keys, keeps merge priority', () => {
    const out = composeLists([list('un', '2026-05-08'), list('ofac-sdn', '2024-05-03'), list('ofsi', '2018-04-13')], [
      list('uk-sl', '2026-06-01'),
      list('un', '2026-02-27'),
      list('ofac-sdn', '2026-06-01'),
    ], Date.parse('2026-06-02T00:00:00Z'));
    expect(out.map((l) => `${l.source.list}@${l.source.date}`)).toEqual(['un@2026-05-08', 'ofac-sdn@2026-06-01', 'uk-sl@2026-06-01', 'ofsi@2018-04-13']);
  });

  it('a stored download dated beyond today + 2 days never outranks the bundled list', () => {
    const now = Date.parse('2026-06-02T08:00:00Z');
    const out = composeLists([list('un', '2026-05-08')], [list('un', '2027-01-01'), list('uk-sl', '2099-01-01')], now);
    // Its date means nothing: the bundled list stays; a list with no bundled counterpart is still better than none.
    expect(out.map((l) => `${l.source.list}@${l.source.date}`)).toEqual(['un@2026-05-08', 'uk-sl@2099-01-01']);
    // Two days ahead (a publisher's time zone) is still a date.
    expect(composeLists([list('un', '2026-05-08')], [list('un', '2026-06-04')], now)[0].source.date).toBe('2026-06-04');
  });
});

describe('feeds', () => {
  it('resolve companion files beside an overridden first file', () => {
    const sdn = FEEDS.find((f) => f.key === 'ofac-sdn')!;
    expect(feedUrls(sdn)).toEqual([
      'https://sanctionslistservice.ofac.treas.gov/api/download/SDN.CSV',
      'https://sanctionslistservice.ofac.treas.gov/api/download/ADD.CSV',
      'https://sanctionslistservice.ofac.treas.gov/api/download/ALT.CSV',
      'https://sanctionslistservice.ofac.treas.gov/api/download/SDN_COMMENTS.CSV',
    ]);
    expect(feedUrls(sdn, 'http://127.0.0.1:8080/m/SDN.CSV')[3]).toBe('http://127.0.0.1:8080/m/SDN_COMMENTS.CSV');
  });

  it('refuse an XML file on a CSV feed, and know roots past prologs and comments', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffRoot(enc('\uFEFF<?xml version="1.0"?>\n<!-- x -->\n<CONSOLIDATED_LIST a="1">'))).toBe('CONSOLIDATED_LIST');
    expect(sniffRoot(enc('36,"AEROCARIBBEAN AIRLINES",-0- '))).toBeNull();
    const sdn = FEEDS.find((f) => f.key === 'ofac-sdn')!;
    expect(() => checkKind(sdn, enc('<CONSOLIDATED_LIST/>'))).toThrow(FeedError);
    try {
      checkKind(sdn, enc('<CONSOLIDATED_LIST/>'));
    } catch (e) {
      expect((e as FeedError).fault).toEqual({ kind: 'wrong-file', found: 'the UN Consolidated List' });
    }
  });
});
