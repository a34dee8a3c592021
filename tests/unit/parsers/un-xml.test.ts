import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUnXml } from '../../../src/kb/parsers';
import { bytes, expectParseError, HAS_SHARED, inChunks, latin1, SKIP_NOTE, SOURCES, utf16le, webStream } from './list-files';

const NEW = path.join(SOURCES, 'un/2026-05-08/consolidated.xml');
const OLD = path.join(SOURCES, 'un/2026-02-27/consolidated.xml');

describe.skipIf(!HAS_SHARED)(`parseUnXml on the real UN files${SKIP_NOTE}`, () => {
  it('reads the 2026-05-08 list: 737 individuals + 272 entities, date from dateGenerated', async () => {
    const list = await parseUnXml(webStream(NEW), { file: NEW });
    expect(list.source).toMatchObject({ authority: 'UN', list: 'un', date: '2026-05-08', entries: 1009 });
    expect(list.records.filter((r) => r.schema === 'Person')).toHaveLength(737);
    expect(list.records.filter((r) => r.schema === 'Organization')).toHaveLength(272);
    const byProgram: Record<string, number> = {};
    for (const r of list.records) for (const p of r.sanctions[0].programs) byProgram[p] = (byProgram[p] ?? 0) + 1;
    expect(byProgram).toMatchObject({ 'Al-Qaida': 343, DPRK: 155, Taliban: 140, Iran: 121, Iraq: 75, SouthSudan: 8 });
    expect(new Set(list.records.map((r) => r.id)).size).toBe(1009);
  });

  it('reads the 2026-02-27 list: 1,003 entries', async () => {
    const list = await parseUnXml(bytes(OLD), { file: OLD });
    expect(list.source.date).toBe('2026-02-27');
    expect(list.source.entries).toBe(1003);
    expect(list.records.filter((r) => r.schema === 'Person')).toHaveLength(730);
  });

  it('gives a DPRK individual with DOB, passport, designation and UN reference', async () => {
    const list = await parseUnXml(bytes(NEW));
    const ri = list.records.find((r) => r.id === 'un:KPi.033')!;
    expect(ri.schema).toBe('Person');
    expect(ri.names[0]).toMatchObject({ value: 'RI WON HO', kind: 'primary', quality: 'strong' });
    expect(ri.names[0].parts).toEqual({ given: ['RI'], family: 'WON HO' });
    expect(ri.props.birthDate).toEqual(['1964-07-17']);
    expect(ri.props.unscId).toEqual(['KPi.033']);
    expect(ri.props.position).toEqual(['DPRK Ministry of State Security Official']);
    expect(ri.props.identifiers).toEqual([{ type: 'Passport', value: '381310014' }]);
    expect(ri.sanctions[0]).toMatchObject({
      authority: 'UN',
      programs: ['DPRK'],
      sourceId: 'KPi.033',
      listingDate: '2016-11-30',
      sourceUrl: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
    });
    expect(ri.sanctions[0].reason).toContain('supporting KOMID');
  });

  it('keeps Low-quality aliases as weak, Good ones as strong, and original-script names', async () => {
    const list = await parseUnXml(bytes(NEW));
    const anizi = list.records.find((r) => r.id === 'un:QDi.335')!;
    expect(anizi.names.find((n) => n.value === 'Abu Usamah al-Rahman')).toMatchObject({ quality: 'weak', kind: 'alias' });
    expect(anizi.names.find((n) => n.value === '‘Abd al-Rahman Khalaf al-Anizi')).toMatchObject({ quality: 'strong' });
    expect(anizi.names[0].parts).toEqual({ given: ['‘ABD AL-RAHMAN', 'KHALAF', '‘UBAYD JUDAY’'], family: 'AL-‘ANIZI' });
    expect(anizi.props.identifiers).toEqual([{ type: 'National Identification Number', value: '273030601222', country: 'Kuwait' }]);
    expect(anizi.props.linkedTo).toEqual(['QDe.004', 'QDe.115']);
    const yemen = list.records.find((r) => r.id === 'un:YEi.002')!;
    expect(yemen.names).toContainEqual({ value: 'عبد الله يحيى الحاكم', quality: 'strong', kind: 'original' });
    expect(yemen.props.gender).toBe('Male');
    const weak = list.records.flatMap((r) => r.names).filter((n) => n.quality === 'weak');
    expect(weak.length).toBeGreaterThan(500);
  });

  it('reads BETWEEN and APPROXIMATELY dates of birth, and places of birth', async () => {
    const list = await parseUnXml(bytes(NEW));
    const dobs = list.records.flatMap((r) => r.props.birthDate ?? []);
    expect(dobs).toContain('1977/1982');
    expect(dobs.some((d) => d.startsWith('circa '))).toBe(true);
    const qatari = list.records.find((r) => r.id === 'un:QDi.334')!;
    expect(qatari.props.birthPlace).toEqual(['Doha, Qatar']);
    expect(qatari.props.address).toEqual(['Al-Waab, Qatar']);
  });

  it('gives the same result when the bytes arrive in 7-byte chunks (split UTF-8 sequences)', async () => {
    const data = bytes(OLD);
    const whole = await parseUnXml(data);
    const chunked = await parseUnXml(inChunks(data, 7));
    expect(chunked).toEqual(whole);
  });
});

describe('parseUnXml on malformed input', () => {
  const ok = `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-05-08T23:00:06.922Z">
  <INDIVIDUALS>
    <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>JÖRG</FIRST_NAME><SECOND_NAME>MÜLLER</SECOND_NAME>
      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER><LISTED_ON>2020-01-01</LISTED_ON>
    </INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES/>
</CONSOLIDATED_LIST>`;

  it('parses the minimal document', async () => {
    const list = await parseUnXml(ok);
    expect(list.records.map((r) => r.names[0].value)).toEqual(['JÖRG MÜLLER']);
  });
  it('rejects truncated XML with a line:column', async () => {
    const err = await expectParseError(parseUnXml(ok.slice(0, ok.indexOf('</INDIVIDUAL>') + 5), { file: 'cut.xml' }), /UN consolidated list \(cut\.xml\)/);
    expect(err.position).toMatch(/^\d+:\d+$/);
  });
  it('rejects UTF-16 and Latin-1 bytes', async () => {
    await expectParseError(parseUnXml(utf16le(ok)), /UN consolidated list/, /UTF-16LE/);
    await expectParseError(parseUnXml(latin1(ok)), /UN consolidated list/, /not valid utf-8/);
  });
  it('rejects an entry without REFERENCE_NUMBER, naming where it starts', async () => {
    const err = await expectParseError(parseUnXml(ok.replace('<REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER>', '')), /UN consolidated list/, /without REFERENCE_NUMBER/);
    expect(err.position).toMatch(/^4:\d+$/);
  });
  it('rejects a file without dateGenerated, another root, and an empty file', async () => {
    await expectParseError(parseUnXml(ok.replace(/ dateGenerated="[^"]*"/, '')), /UN consolidated list/, /dateGenerated/);
    await expectParseError(parseUnXml('<sdnList></sdnList>'), /UN consolidated list/, /unexpected root/);
    await expectParseError(parseUnXml(''), /UN consolidated list/, /empty/);
    await expectParseError(parseUnXml(new Uint8Array(0)), /UN consolidated list/, /empty/);
  });
});
