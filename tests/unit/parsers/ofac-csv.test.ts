import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOfacCsv, parseOfacXml } from '../../../src/kb/parsers';
import { bytes, expectParseError, HAS_SHARED, latin1, SKIP_NOTE, SOURCES, webStream } from './list-files';

const SDN = path.join(SOURCES, 'ofac/sdn');
const NONSDN = path.join(SOURCES, 'ofac/non-sdn');

function sdnFiles() {
  return {
    primary: webStream(path.join(SDN, '2024-05-03/sdn.csv')),
    aliases: webStream(path.join(SDN, '2025-12-24/alt.csv')),
    addresses: webStream(path.join(SDN, '2025-12-24/add.csv')),
    comments: webStream(path.join(SDN, '2025-12-24/sdn_comments.csv')),
  };
}

describe.skipIf(!HAS_SHARED)(`parseOfacCsv on the real SDN files${SKIP_NOTE}`, async () => {
  const list = HAS_SHARED ? await parseOfacCsv(sdnFiles(), { list: 'sdn', date: '2024-05-03', file: 'ofac/sdn' }) : undefined;

  it('reads 14,965 entries with the type counts of PROVENANCE.md', () => {
    expect(list!.source).toMatchObject({ authority: 'OFAC', list: 'ofac-sdn', date: '2024-05-03', entries: 14965 });
    const bySchema: Record<string, number> = {};
    for (const r of list!.records) bySchema[r.schema] = (bySchema[r.schema] ?? 0) + 1;
    expect(bySchema.Person).toBe(6854);
    expect(bySchema.Vessel).toBe(851);
    expect(bySchema.Airplane).toBe(376);
    expect(bySchema.Organization + bySchema.Company).toBe(6884);
  });

  it('counts orphan companion rows (files of another date) instead of failing', () => {
    expect(list!.skipped).toMatchObject({ orphanAliases: 1567, orphanAddresses: 4253, orphanComments: 6, staleComments: 5 });
  });

  it('gives Lazarus Group its program, weak a.k.a.s (incl. the comments continuation) and address', () => {
    const lazarus = list!.records.find((r) => r.id === 'ofac:27307')!;
    expect(lazarus.schema).toBe('Organization');
    expect(lazarus.names[0]).toMatchObject({ value: 'LAZARUS GROUP', kind: 'primary', quality: 'strong' });
    expect(lazarus.sanctions[0]).toMatchObject({
      authority: 'OFAC',
      list: 'SDN List',
      programs: ['DPRK3'],
      sourceId: '27307',
      sourceUrl: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=27307',
    });
    const weak = lazarus.names.filter((n) => n.quality === 'weak').map((n) => n.value);
    expect(weak).toEqual(expect.arrayContaining(['HIDDEN COBRA', 'GUARDIANS OF PEACE', 'WHOIS HACKING TEAM', 'APPLEWORM']));
    expect(lazarus.names.some((n) => n.kind === 'alias' && n.quality === 'strong')).toBe(false);
    expect(lazarus.props.address).toEqual(['Potonggang District, Pyongyang, Korea, North']);
    expect(lazarus.props.identifiers?.filter((i) => i.type === 'Digital Currency Address - ETH')).toHaveLength(8);
  });

  it('reads vessel columns and the IMO number from remarks', () => {
    const ebano = list!.records.find((r) => r.id === 'ofac:4243')!;
    expect(ebano.schema).toBe('Vessel');
    expect(ebano.props).toMatchObject({ imoNumber: '7406784', flag: 'Panama', vesselType: 'General Cargo', tonnage: '2595' });
    expect(ebano.names.filter((n) => n.kind === 'formerName').map((n) => n.value)).toEqual(['ANA I', 'SAND SWAN']);
    const tug = list!.records.find((r) => r.id === 'ofac:4238')!;
    expect(tug.props).toMatchObject({ callSign: 'CL2192', vesselType: 'Tug', flag: 'Cuba', tonnage: '212 GRT' });
  });

  it('splits a person into parts, strong alt.csv aliases and remark facts', () => {
    const zahhar = list!.records.find((r) => r.id === 'ofac:9647')!;
    expect(zahhar.names[0]).toMatchObject({ value: 'ZAHHAR, Mahmoud Khaled', parts: { given: ['Mahmoud', 'Khaled'], family: 'ZAHHAR' } });
    expect(zahhar.names.find((n) => n.value === 'AL ZAHAR, Mahmoud Khaled')).toMatchObject({ quality: 'strong', kind: 'alias' });
    expect(zahhar.names.find((n) => n.value === 'ZAHAR, Mahmoud')).toMatchObject({ quality: 'weak' });
    expect(zahhar.props).toMatchObject({ birthDate: ['1945'], birthPlace: ['Gaza Strip'], nationality: ['Palestinian'], gender: 'Male', linkedTo: ['HAMAS'] });
    expect(zahhar.sanctions[0].reason).toBe('Linked To: HAMAS');
    expect(zahhar.sanctions[0].programs).toEqual(['SDGT', 'NS-PLC']);
  });

  it('turns remark identifiers into typed identifiers with country', () => {
    const all = list!.records.flatMap((r) => r.props.identifiers ?? []);
    expect(all).toContainEqual({ type: 'Passport', value: '1084010', country: 'Egypt' });
    expect(all.some((i) => i.type === 'Tax ID No.' && i.value === 'AABA 670850 Y')).toBe(true);
    expect(all.some((i) => i.type === 'Digital Currency Address - XBT' && i.value === '12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h')).toBe(true);
    const airplane = list!.records.find((r) => r.id === 'ofac:15431')!;
    expect(airplane.props).toMatchObject({ aircraftModel: 'IL76-TD', aircraftSerial: '1023409321' });
  });
});

describe.skipIf(!HAS_SHARED)(`parseOfacCsv on the real non-SDN files${SKIP_NOTE}`, () => {
  it('reads 442 entries, and its weak aliases agree with the XML categories', async () => {
    const d = path.join(NONSDN, '2025-12-19');
    const csv = await parseOfacCsv(
      {
        primary: bytes(path.join(d, 'cons_prim.csv')),
        aliases: bytes(path.join(d, 'cons_alt.csv')),
        addresses: bytes(path.join(d, 'cons_add.csv')),
        comments: bytes(path.join(d, 'cons_comments.csv')),
      },
      { list: 'nonsdn', date: '2025-12-19' },
    );
    expect(csv.source).toMatchObject({ list: 'ofac-nonsdn', entries: 442 });
    expect(csv.records.filter((r) => r.schema === 'Person')).toHaveLength(79);
    expect(csv.skipped).toEqual({});

    const xml = await parseOfacXml(bytes(path.join(NONSDN, '2025-06-30/consolidated.xml')), { file: 'consolidated.xml' });
    const weakOf = (records: typeof csv.records) =>
      new Set(records.flatMap((r) => r.names.filter((n) => n.quality === 'weak').map((n) => `${r.id} ${n.value}`)));
    const csvWeak = weakOf(csv.records);
    const xmlWeak = weakOf(xml.records);
    const common = [...xmlWeak].filter((k) => csv.records.some((r) => k.startsWith(`${r.id} `)));
    expect(common.length).toBeGreaterThan(60);
    for (const key of common) expect(csvWeak.has(key)).toBe(true);
  });
});

describe('parseOfacCsv on malformed input', () => {
  const row = '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. \'AEROCARIBE\'; Linked To: CUBANA."\r\n';

  it('parses a minimal file with the end marker', async () => {
    const list = await parseOfacCsv({ primary: `${row}\u001a` }, { date: '2024-05-03' });
    expect(list.records[0].names.map((n) => [n.value, n.quality])).toEqual([
      ['AEROCARIBBEAN AIRLINES', 'strong'],
      ['AEROCARIBE', 'weak'],
    ]);
    expect(list.records[0].props.linkedTo).toEqual(['CUBANA']);
  });
  it('rejects a truncated file (inside a quoted field)', async () => {
    await expectParseError(parseOfacCsv({ primary: row.slice(0, row.indexOf('Linked')) }), /OFAC SDN CSV \(sdn\.csv\)/, /inside a quoted field/);
  });
  it('rejects Latin-1 and UTF-16 bytes', async () => {
    await expectParseError(parseOfacCsv({ primary: latin1(row.replace('AIRLINES', 'AÉROLÍNEAS')) }), /OFAC SDN CSV/, /not valid utf-8/);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x33, 0, 0x36, 0]);
    await expectParseError(parseOfacCsv({ primary: utf16 }), /OFAC SDN CSV/, /UTF-16/);
  });
  it('rejects rows with missing columns or no name, naming the row', async () => {
    const err = await expectParseError(parseOfacCsv({ primary: row + '37,"X",-0- \r\n' }), /OFAC SDN CSV/, /expected 12 columns, found 3/);
    expect(err.position).toMatch(/^row 2/);
    await expectParseError(parseOfacCsv({ primary: row.replace('"AEROCARIBBEAN AIRLINES"', '-0- ') }), /OFAC SDN CSV/, /no name/);
    await expectParseError(parseOfacCsv({ primary: row, aliases: '36,12,"aka"\r\n' }), /alt\.csv/, /expected 5 columns/);
  });
  it('rejects an empty primary file', async () => {
    await expectParseError(parseOfacCsv({ primary: '' }, { list: 'nonsdn' }), /OFAC non-SDN CSV \(cons_prim\.csv\)/, /no entries/);
    await expectParseError(parseOfacCsv({ primary: new Uint8Array([0x1a]) }), /OFAC SDN CSV/, /no entries/);
  });
});
