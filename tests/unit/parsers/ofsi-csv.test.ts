import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOfsiCsv } from '../../../src/kb/parsers';
import { expectParseError, HAS_SHARED, SKIP_NOTE, SOURCES, utf16le, webStream } from './list-files';

const FILE = path.join(SOURCES, 'uk/ofsi-conlist/2018-04-13/sanctionsconlist.csv');

describe.skipIf(!HAS_SHARED)(`parseOfsiCsv on the real 2018 ConList${SKIP_NOTE}`, async () => {
  const list = HAS_SHARED ? await parseOfsiCsv(webStream(FILE), { file: 'sanctionsconlist.csv' }) : undefined;

  it('groups 9,487 name rows into 2,106 Group IDs (1,426 individuals, 680 entities)', () => {
    expect(list!.source).toMatchObject({ authority: 'UK', list: 'ofsi', date: '2018-04-13', entries: 2106 });
    expect(list!.records.filter((r) => r.schema === 'Person')).toHaveLength(1426);
    expect(list!.records.filter((r) => r.schema !== 'Person')).toHaveLength(680);
    expect(list!.records.every((r) => r.names.filter((n) => n.kind === 'primary').length === 1)).toBe(true);
    const regimes = new Set(list!.records.flatMap((r) => r.sanctions[0].programs));
    expect(regimes.size).toBe(26);
  });

  it('reads a group: primary and AKA names, partial DOBs, numbered nationalities, UN reference', () => {
    const r = list!.records.find((x) => x.id === 'ofsi:13349')!;
    expect(r.names[0]).toMatchObject({ value: 'Nayef Salam Muhammad Ujaym AL-HABABI', kind: 'primary', parts: { family: 'AL-HABABI' } });
    expect(r.names.find((n) => n.value === 'Sheikh Farooq AL-QAHTANI')).toMatchObject({ kind: 'alias', quality: 'strong' });
    expect(r.props).toMatchObject({ birthDate: ['1980', '1981'], nationality: ['Saudi Arabia', 'Qatar'], unscId: ['QDe.004'] });
    expect(r.sanctions[0]).toMatchObject({
      authority: 'UK',
      list: 'OFSI Consolidated List (closed 2026-01-28)',
      programs: ["The ISIL (Da'esh) and Al-Qaida organisations"],
      sourceId: '13349',
      listingDate: '2016-04-01',
    });
  });

  it('decodes Windows-1252 (curly quotes) and keeps FKA names as former names', () => {
    const text = JSON.stringify(list!.records);
    expect(text).not.toContain('\uFFFD');
    expect(text).toMatch(/[\u2018\u2019]/);
    expect(list!.records.flatMap((r) => r.names).filter((n) => n.kind === 'formerName')).toHaveLength(9);
  });
});

describe('parseOfsiCsv on malformed input', () => {
  const header =
    'Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,Country of Birth,Nationality,Passport Details,NI Number,Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,Other Information,Group Type,Alias Type,Regime,Listed On,Last Updated,Group ID';
  const row = 'M\u00dcLLER,J\u00f6rg,,,,,,01/02/1970,,Germany,,,,,,,,,,,,,,Individual,Prime Alias,Test regime,01/01/2017,01/01/2017,99';
  const ok = `Last Updated,13/04/2018\n${header}\n${row}\n`;
  const cp1252 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

  it('parses a minimal Windows-1252 file', async () => {
    const list = await parseOfsiCsv(cp1252(ok));
    expect(list.records[0].names[0].value).toBe('Jörg MÜLLER');
    expect(list.records[0].props.birthDate).toEqual(['1970-02-01']);
  });
  it('rejects a file truncated inside a quoted field', async () => {
    await expectParseError(parseOfsiCsv(`${ok}"AL-X,Y`, { file: 'cut.csv' }), /OFSI Consolidated List CSV \(cut\.csv\)/, /inside a quoted field/);
  });
  it('rejects a truncated row and UTF-16 input', async () => {
    const err = await expectParseError(parseOfsiCsv(`${ok}${row.slice(0, 40)}\n`), /OFSI/, /expected 29 columns/);
    expect(err.position).toMatch(/^row 4/);
    await expectParseError(parseOfsiCsv(utf16le(ok)), /OFSI/, /UTF-16LE/);
  });
  it('rejects rows without Group ID or name, and a missing header or date line', async () => {
    await expectParseError(parseOfsiCsv(ok.replace(/,99\n$/, ',\n')), /OFSI/, /invalid Group ID/);
    await expectParseError(parseOfsiCsv(ok.replace('M\u00dcLLER,', ',')), /OFSI/, /empty Name 6/);
    await expectParseError(parseOfsiCsv(`${header}\n${row}\n`), /OFSI/, /Last Updated/);
    await expectParseError(parseOfsiCsv(ok.replace(',Group ID', ',Group')), /OFSI/, /header lacks column\(s\) Group ID/);
  });
  it('rejects an empty file', async () => {
    await expectParseError(parseOfsiCsv(''), /OFSI/, /empty/);
  });
});
