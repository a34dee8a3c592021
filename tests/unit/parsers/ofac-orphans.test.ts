import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOfacCsv } from '../../../src/kb/parsers';
import { HAS_SHARED, SKIP_NOTE, SOURCES, webStream } from './list-files';
import { KbLookup } from '../../../src/kb/kb-lookup';
import { mergeRecords } from '../../../src/kb/build/merge';
import { curatedLayer } from '../../../src/kb/curated';
import { composeLists } from '../../../src/updater/compose';

const SDN = path.join(SOURCES, 'ofac/sdn');
const files = () => ({
  primary: webStream(path.join(SDN, '2024-05-03/sdn.csv')),
  aliases: webStream(path.join(SDN, '2025-12-24/alt.csv')),
  addresses: webStream(path.join(SDN, '2025-12-24/add.csv')),
  comments: webStream(path.join(SDN, '2025-12-24/sdn_comments.csv')),
});

describe.skipIf(!HAS_SHARED)(`SDN companion-file entries missing from the older sdn.csv${SKIP_NOTE}`, async () => {
  const list = HAS_SHARED ? await parseOfacCsv(files(), { list: 'sdn', date: '2024-05-03', file: 'ofac/sdn', companionsDate: '2025-12-24' }) : undefined;
  const byId = new Map(list?.records.map((r) => [r.id, r]));

  it('keeps each named orphan as a party of the SDN list, and counts the nameless ones', () => {
    expect(list!.skipped).toMatchObject({ orphanAliases: 1567, orphanAddresses: 4253, orphansKept: 1567, orphansWithoutName: 2686 });
    expect(list!.records.length).toBe(14965 + 1567);
  });

  it('gives a party designated after May 2024 its names and addresses, marked as known only from the companion files', () => {
    const tda = list!.records.find((r) => r.names.some((n) => n.value === 'EL TREN DE ARAGUA'))!;
    expect(tda.id).toBe('ofac:49756');
    expect(tda.sanctions).toEqual([
      expect.objectContaining({ authority: 'OFAC', list: 'SDN List', programs: [], sourceId: '49756', partial: expect.objectContaining({ date: '2025-12-24', typeGiven: false }) }),
    ]);
    expect(tda.sanctions[0].listingDate).toBeUndefined();
  });

  it('keeps a former name out of the caption position and puts addresses on the party', () => {
    const gpb = byId.get('ofac:17016')!;
    expect(gpb.names[0]).toMatchObject({ value: 'BANK GPB JSC', kind: 'alias' });
    expect(gpb.names.find((n) => n.value === 'GAZPROMBANK OPEN JOINT STOCK COMPANY')?.kind).toBe('formerName');
    expect(gpb.props.address?.some((a) => a.includes('Moscow'))).toBe(true);
    expect(gpb.sanctions[0].partial?.files).toBe('ALT.CSV, ADD.CSV, SDN_COMMENTS.CSV');
  });

  it('a lone word naming a party of unknown type is kept for display and look-up only; longer names are matched', () => {
    expect(byId.get('ofac:54916')!.names).toEqual([{ value: 'MEMPHIS', quality: 'weak', kind: 'alias' }]);
    expect(byId.get('ofac:49756')!.names.find((n) => n.value === 'EL TREN DE ARAGUA')?.quality).toBe('strong');
  });

  it('without the option, orphans are only counted, as before', async () => {
    const plain = await parseOfacCsv(files(), { list: 'sdn', date: '2024-05-03', file: 'ofac/sdn' });
    expect(plain.records.length).toBe(14965);
    expect(plain.records.some((r) => r.sanctions[0].partial)).toBe(false);
  });

  it('its card says what the files gave and what they did not, and claims no type', () => {
    const { entities } = mergeRecords([list!]);
    const lookup = new KbLookup({ format: 1, version: 't', builtAt: '2024-05-03', sources: [list!.source], entities, curated: curatedLayer() });
    const card = lookup.card('ofac:49756', 'Tren de Aragua')!;
    expect(card.kind).toBe('Party of unknown type');
    expect(card.summary).toContain("Known only from OFAC's SDN companion files of 2025-12-24 (ALT.CSV");
    expect(card.listings[0].programmes).toEqual([]);
  });

  it('a later copy of the whole list replaces the companion-only record with the full one', () => {
    const full = {
      source: { ...list!.source, date: '2026-01-15', entries: 1 },
      records: [{ id: 'ofac:49756', schema: 'Organization' as const, names: [{ value: 'TREN DE ARAGUA', quality: 'strong' as const, kind: 'primary' as const }], sanctions: [{ authority: 'OFAC' as const, list: 'SDN List', programs: ['SDGT', 'TCO'], sourceId: '49756', sourceUrl: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=49756' }], props: {} }],
      skipped: {},
    };
    const [chosen] = composeLists([list!], [full], Date.parse('2026-02-01'));
    const r = chosen.records.find((x) => x.id === 'ofac:49756')!;
    expect(r.sanctions[0].programs).toEqual(['SDGT', 'TCO']);
    expect(r.sanctions[0].partial).toBeUndefined();
    // A copy as new as the companion files says the others are gone: they are not carried over.
    expect(chosen.records.some((x) => x.sanctions[0].partial)).toBe(false);
  });

  it('a whole list older than the companion files keeps their parties: they are neither dropped nor seen removed', () => {
    const older = { source: { ...list!.source, date: '2025-06-30', entries: 1 }, records: list!.records.slice(0, 1), skipped: {} };
    const [chosen] = composeLists([list!], [older], Date.parse('2026-02-01'));
    expect(chosen.records.find((x) => x.id === 'ofac:49756')?.sanctions[0].partial?.date).toBe('2025-12-24');
    expect(chosen.records.filter((x) => x.sanctions[0].partial)).toHaveLength(1567);
  });
});
