import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUkXml } from '../../../src/kb/parsers';
import { bytes, expectParseError, FIXTURES, inChunks, latin1, utf16le } from './list-files';

const FILE = path.join(FIXTURES, 'uk-sanctions-list-sample.xml');
const TEXT = readFileSync(FILE, 'utf8');

describe('parseUkXml on the UK Sanctions List fixture', async () => {
  const list = await parseUkXml(inChunks(bytes(FILE), 64), { file: 'uk-sanctions-list-sample.xml' });
  const byId = (id: string) => list.records.find((r) => r.id === id)!;

  it('reads every designation and DateGenerated', () => {
    expect(list.source).toMatchObject({ authority: 'UK', list: 'uk-sl', date: '2026-05-08', entries: 5 });
    expect(list.records.map((r) => [r.id, r.schema])).toEqual([
      ['uk:AFG0006', 'Person'],
      ['uk:RUS0270', 'Person'],
      ['uk:RUS0252', 'Company'],
      ['uk:DPR0078', 'Vessel'],
      ['uk:RUS2040', 'Vessel'],
    ]);
  });

  it('reads an individual: Name1..Name6 parts, alias strength, non-Latin name, DOB placeholders, UN reference', () => {
    const akhund = byId('uk:AFG0006');
    expect(akhund.names[0]).toEqual({
      value: 'MOHAMMAD HASSAN AKHUND',
      quality: 'strong',
      kind: 'primary',
      parts: { given: ['MOHAMMAD', 'HASSAN'], family: 'AKHUND' },
    });
    expect(akhund.names.find((n) => n.value === 'Haji Mohammad Hassan')).toMatchObject({ quality: 'strong', kind: 'alias' });
    expect(akhund.names.find((n) => n.value === 'Mullah Hassan')).toMatchObject({ quality: 'weak', kind: 'alias' });
    expect(akhund.names.find((n) => n.kind === 'original')?.value).toBe('محمد حسن آخوند');
    expect(akhund.props).toMatchObject({ birthDate: ['1955', '1958'], nationality: ['Afghanistan'], gender: 'Male', unscId: ['TAi.002'] });
    expect(akhund.sanctions[0]).toMatchObject({
      authority: 'UK',
      list: 'UK Sanctions List',
      programs: ['The Afghanistan (Sanctions) (EU Exit) Regulations 2020'],
      sourceId: 'AFG0006',
      listingDate: '2001-01-25',
      sourceUrl: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
    });
    expect(byId('uk:RUS0270').props.birthDate).toEqual(['1966-10-24']);
  });

  it('reads an entity with registration number, website and parent', () => {
    const vtb = byId('uk:RUS0252');
    expect(vtb.props.identifiers).toContainEqual({ type: 'Business registration number', value: '1027739609391' });
    expect(vtb.props.website).toEqual(['www.vtb.ru']);
    expect(vtb.props.linkedTo).toEqual(['Federal Agency for State Property Management (Rosimushchestvo)']);
    expect(vtb.sanctions[0].reason).toMatch(/state-owned bank/);
  });

  it('reads ships: IMO with or without the "IMO" prefix, flag, type, owner', () => {
    const yukTung = byId('uk:DPR0078');
    expect(yukTung.props).toMatchObject({ imoNumber: '9030591', vesselType: 'Oil tanker', tonnage: '4500', linkedTo: ['Yuk Tung Energy Pte Ltd'] });
    expect(yukTung.props.flag).toBeUndefined();
    expect(byId('uk:RUS2040').props).toMatchObject({ imoNumber: '9270555', flag: 'Gabon' });
  });
});

describe('parseUkXml on malformed input', () => {
  it('rejects truncated XML', async () => {
    await expectParseError(parseUkXml(TEXT.slice(0, 3000)), /UK Sanctions List XML/, /malformed XML/);
  });
  it('rejects wrong encodings', async () => {
    await expectParseError(parseUkXml(utf16le(TEXT)), /UK Sanctions List XML/, /UTF-16LE/);
    await expectParseError(parseUkXml(latin1(TEXT.replace('Saratov', 'Sáratov'))), /UK Sanctions List XML/, /not valid utf-8/);
  });
  it('skips and counts one designation without UniqueID, names or a known type, and loads the rest', async () => {
    const cases: [string, string][] = [
      [TEXT.replace('<UniqueID>RUS0270</UniqueID>', ''), 'missingId'],
      [TEXT.replace('<IndividualEntityShip>Entity</IndividualEntityShip>', '<IndividualEntityShip>Aircraft</IndividualEntityShip>'), 'unknownType'],
      [TEXT.replace(/<Names>\s*<Name>\s*<Name6>NS CENTURY<\/Name6>[\s\S]*?<\/Names>/, ''), 'missingName'],
    ];
    for (const [text, kind] of cases) {
      const list = await parseUkXml(text);
      expect(list.records, kind).toHaveLength(4);
      expect(list.source.entries).toBe(4);
      expect(list.skipped).toEqual({ [kind]: 1, malformed: 1 });
    }
  });
  it('refuses the list when more records are malformed than a slip explains (over 1 %, at least one tolerated)', async () => {
    const twoBroken = TEXT.replace('<UniqueID>RUS0270</UniqueID>', '').replace('<IndividualEntityShip>Entity</IndividualEntityShip>', '<IndividualEntityShip>Aircraft</IndividualEntityShip>');
    await expectParseError(parseUkXml(twoBroken), /UK Sanctions List XML/, /2 of 5 records are malformed/);
  });
  it('rejects a file without its date', async () => {
    await expectParseError(parseUkXml(TEXT.replace('<DateGenerated>08/05/2026</DateGenerated>', '')), /UK Sanctions List XML/, /DateGenerated/);
  });
  it('rejects an empty file', async () => {
    await expectParseError(parseUkXml(new Uint8Array(0)), /UK Sanctions List XML/, /empty/);
  });
});
