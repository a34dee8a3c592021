import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOfacXml } from '../../../src/kb/parsers';
import { expectParseError, HAS_SHARED, latin1, SKIP_NOTE, SOURCES, utf16le, webStream } from './list-files';

const FILE = path.join(SOURCES, 'ofac/non-sdn/2025-06-30/consolidated.xml');

describe.skipIf(!HAS_SHARED)(`parseOfacXml on the real non-SDN XML${SKIP_NOTE}`, async () => {
  const list = HAS_SHARED ? await parseOfacXml(webStream(FILE), { file: 'non-sdn/2025-06-30/consolidated.xml' }) : undefined;

  it('reads 443 entries (363 entities, 80 individuals) and the publish date', () => {
    expect(list!.source).toMatchObject({ authority: 'OFAC', list: 'ofac-nonsdn', date: '2025-06-30', entries: 443 });
    expect(list!.records.filter((r) => r.schema === 'Person')).toHaveLength(80);
    expect(list!.records.filter((r) => r.schema === 'Organization' || r.schema === 'Company')).toHaveLength(363);
  });

  it('marks category="weak" akas as weak (70 in this file) and keeps strong ones matchable', () => {
    const weak = list!.records.flatMap((r) => r.names).filter((n) => n.quality === 'weak');
    expect(weak).toHaveLength(70);
    const vtb = list!.records.find((r) => r.id === 'ofac:17013')!;
    expect(vtb.names.find((n) => n.value === 'JSC VTB BANK NEW DELHI BRANCH')).toMatchObject({ quality: 'weak', kind: 'alias' });
    expect(vtb.names.find((n) => n.value === 'VTB BANK PJSC')).toMatchObject({ quality: 'strong', kind: 'alias' });
    expect(vtb.names.find((n) => n.value === 'VNESHTORGBANK')).toMatchObject({ kind: 'formerName' });
    expect(vtb.schema).toBe('Company');
    expect(vtb.sanctions[0].programs).toEqual(['UKRAINE-EO13662', 'RUSSIA-EO14024']);
    expect(vtb.props.identifiers).toContainEqual({ type: 'SWIFT/BIC', value: 'VTBRRUMM' });
    expect(vtb.props.identifiers).toContainEqual({ type: 'Tax ID No.', value: '7702070139', country: 'Russia' });
    expect(vtb.props.website).toEqual(['www.vtb.com', 'www.vtb.ru']);
  });

  it('reads a person: name parts, DOB, place of birth, gender, Linked To', () => {
    const zahhar = list!.records.find((r) => r.id === 'ofac:9647')!;
    expect(zahhar.names[0]).toEqual({
      value: 'ZAHHAR, Mahmoud Khaled',
      quality: 'strong',
      kind: 'primary',
      parts: { given: ['Mahmoud', 'Khaled'], family: 'ZAHHAR' },
    });
    expect(zahhar.props).toMatchObject({ birthDate: ['1945'], birthPlace: ['Gaza Strip'], gender: 'Male', linkedTo: ['HAMAS'] });
    expect(zahhar.sanctions[0]).toMatchObject({ reason: 'Linked To: HAMAS', list: 'Non-SDN Consolidated List' });
  });
});

const HEADER = `<?xml version="1.0" standalone="yes"?>\r\n<sdnList xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">\r\n`;

function entry(uid: number): string {
  return `  <sdnEntry>
    <uid>${uid}</uid>
    <firstName>Ivan Petrovich</firstName>
    <lastName>SIDOROV-${uid}</lastName>
    <sdnType>Individual</sdnType>
    <programList><program>RUSSIA-EO14024</program><program>UKRAINE-EO13662</program></programList>
    <idList>
      <id><uid>${uid}1</uid><idType>Passport</idType><idNumber>7${uid}</idNumber><idCountry>Russia</idCountry></id>
      <id><uid>${uid}2</uid><idType>Gender</idType><idNumber>Male</idNumber></id>
      <id><uid>${uid}3</uid><idType>Secondary sanctions risk:</idType><idNumber>See Section 11 of Executive Order 14024.</idNumber></id>
    </idList>
    <akaList>
      <aka><uid>${uid}4</uid><type>a.k.a.</type><category>strong</category><lastName>SIDOROV</lastName><firstName>Ivan</firstName></aka>
      <aka><uid>${uid}5</uid><type>a.k.a.</type><category>weak</category><lastName>VANYA ${uid}</lastName></aka>
    </akaList>
    <addressList><address><uid>${uid}6</uid><city>Moscow</city><country>Russia</country></address></addressList>
    <dateOfBirthList><dateOfBirthItem><uid>${uid}7</uid><dateOfBirth>12 Mar 1971</dateOfBirth><mainEntry>true</mainEntry></dateOfBirthItem></dateOfBirthList>
    <placeOfBirthList><placeOfBirthItem><uid>${uid}8</uid><placeOfBirth>Tver, Russia</placeOfBirth><mainEntry>true</mainEntry></placeOfBirthItem></placeOfBirthList>
  </sdnEntry>\r\n`;
}

describe('parseOfacXml on a synthetic ~30 MB stream', () => {
  it('parses it chunk by chunk without holding the document', async () => {
    const count = 23_000;
    const encoder = new TextEncoder();
    let produced = 0;
    // The document is generated while it is read, as a network body would arrive.
    async function* body(): AsyncGenerator<Uint8Array> {
      const head = encoder.encode(`${HEADER}  <publshInformation><Publish_Date>05/01/2026</Publish_Date><Record_Count>${count}</Record_Count></publshInformation>\r\n`);
      produced += head.length;
      yield head;
      for (let start = 1; start <= count; start += 200) {
        let text = '';
        for (let uid = start; uid < start + 200 && uid <= count; uid++) text += entry(uid);
        const chunk = encoder.encode(text);
        produced += chunk.length;
        yield chunk;
      }
      yield encoder.encode('</sdnList>');
    }
    const list = await parseOfacXml(body(), { file: 'SDN.XML' });
    expect(produced).toBeGreaterThan(30_000_000);
    expect(list.source).toMatchObject({ list: 'ofac-sdn', date: '2026-05-01', entries: count });
    const last = list.records[count - 1];
    expect(last.id).toBe(`ofac:${count}`);
    expect(last.names.map((n) => n.quality)).toEqual(['strong', 'strong', 'weak']);
    expect(last.props).toMatchObject({ birthDate: ['1971-03-12'], gender: 'Male' });
    expect(last.props.citizenship).toBeUndefined();
    expect(last.props.identifiers).toEqual([{ type: 'Passport', value: `7${count}`, country: 'Russia' }]);
  });
});

describe('parseOfacXml on malformed input', () => {
  const ok = `${HEADER}<publshInformation><Publish_Date>06/30/2025</Publish_Date><Record_Count>2</Record_Count></publshInformation>${entry(1)}${entry(2)}</sdnList>`;

  it('parses the two-entry document', async () => {
    expect((await parseOfacXml(ok)).records.map((r) => r.id)).toEqual(['ofac:1', 'ofac:2']);
  });
  it('rejects truncated XML', async () => {
    await expectParseError(parseOfacXml(ok.slice(0, ok.length - 200), { file: 'CONSOLIDATED.XML' }), /OFAC non-SDN XML \(CONSOLIDATED\.XML\)/, /malformed XML/);
  });
  it('rejects a document whose Record_Count disagrees (entries missing)', async () => {
    await expectParseError(parseOfacXml(ok.replace('<Record_Count>2<', '<Record_Count>3<')), /OFAC SDN XML/, /Record_Count says 3/);
  });
  it('rejects wrong encodings', async () => {
    await expectParseError(parseOfacXml(utf16le(ok)), /OFAC SDN XML/, /UTF-16LE/);
    await expectParseError(parseOfacXml(latin1(ok.replace('Ivan', 'Iván'))), /OFAC SDN XML/, /not valid utf-8/);
  });
  it('rejects an entry without uid or name, and a missing Publish_Date', async () => {
    await expectParseError(parseOfacXml(ok.replace('<uid>1</uid>', '')), /OFAC SDN XML/, /without <uid>/);
    await expectParseError(parseOfacXml(ok.replace('<lastName>SIDOROV-1</lastName>', '').replace('<firstName>Ivan Petrovich</firstName>', '')), /OFAC SDN XML/, /sdnEntry 1 has no lastName/);
    await expectParseError(parseOfacXml(ok.replace('<Publish_Date>06/30/2025</Publish_Date>', '')), /OFAC SDN XML/, /Publish_Date/);
  });
  it('rejects an empty file', async () => {
    await expectParseError(parseOfacXml(new Uint8Array(0)), /OFAC SDN XML/, /empty/);
    await expectParseError(parseOfacXml('  \r\n'), /OFAC SDN XML/, /empty/);
  });
});
