/**
 * A malformed or hostile list file cannot make a parser hold an unbounded
 * record (elements per record, nesting depth, field length), each refusal
 * naming the source and where; and a large file is parsed in slices that
 * give the event loop back, not as one task.
 */
import { describe, expect, it } from 'vitest';
import { parseUnXml } from '../../../src/kb/parsers/un-xml';
import { parseOfacCsv } from '../../../src/kb/parsers/ofac-csv';
import { XML_LIMITS } from '../../../src/kb/parsers/xml-stream';
import { CSV_LIMITS } from '../../../src/kb/parsers/csv-stream';
import { decodeText } from '../../../src/kb/parsers/input';
import { SLICE_BYTES } from '../../../src/kb/parsers/pacing';
import { expectParseError } from './list-files';
import { unXml } from '../updater/harness';

const person = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="2026-05-01T00:00:00Z">\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>ZORVAK</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.1</REFERENCE_NUMBER>${inner}</INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>`;
const enc = (s: string) => new TextEncoder().encode(s);

describe('bounded records', () => {
  it('the control: a record just inside every bound parses', async () => {
    const inner = '<X/>'.repeat(XML_LIMITS.elementsPerRecord - 10) + `<COMMENTS1>${'a'.repeat(XML_LIMITS.textChars)}</COMMENTS1>`;
    const list = await parseUnXml(enc(person(inner)), { file: 'un.xml' });
    expect(list.records).toHaveLength(1);
  });

  it('refuses a record with too many elements, naming the file, the record and where', async () => {
    const err = await expectParseError(
      parseUnXml(enc(person('<X/>'.repeat(XML_LIMITS.elementsPerRecord + 1))), { file: 'un.xml' }),
      /^UN consolidated list \(un\.xml\): /,
      /the <INDIVIDUAL> record that starts at 4:\d+ has more than 10,000 elements/,
    );
    expect(err.position).toMatch(/^4:\d+$/);
  });

  it('refuses nesting deeper than the bound', async () => {
    const depth = XML_LIMITS.depth;
    await expectParseError(parseUnXml(enc(person('<N>'.repeat(depth) + '</N>'.repeat(depth))), { file: 'un.xml' }), /un\.xml/, /nests elements more than 40 deep/);
  });

  it('refuses a field longer than the bound, inside a record and outside any', async () => {
    await expectParseError(
      parseUnXml(enc(person(`<COMMENTS1>${'a'.repeat(XML_LIMITS.textChars + 1)}</COMMENTS1>`)), { file: 'un.xml' }),
      /un\.xml/,
      /the <INDIVIDUAL> record that starts at 4:\d+ has a <COMMENTS1> longer than 200,000 characters/,
    );
    await expectParseError(parseUnXml(enc(person('').replace('<INDIVIDUALS>', `<INDIVIDUALS>${'b'.repeat(XML_LIMITS.textChars + 1)}`)), { file: 'un.xml' }), /un\.xml/, /text outside any record longer than/);
  });

  const row = (name: string, extra = '') => `36,"${name}",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"x"${extra}\r\n`;
  it('CSV: refuses a field longer than the bound (quoted across slices, or unquoted) and a row with too many fields', async () => {
    const ok = row('AEROCARIBBEAN AIRLINES');
    await expectParseError(parseOfacCsv({ primary: enc(ok + row('A'.repeat(CSV_LIMITS.fieldChars + 1))) }), /OFAC SDN CSV/, /line 2.*longer than 200,000 characters|longer than 200,000 characters/);
    const err = await expectParseError(parseOfacCsv({ primary: enc(ok + `37,${'B'.repeat(CSV_LIMITS.fieldChars + 1)}\r\n`) }), /OFAC SDN CSV/, /longer than 200,000 characters/);
    expect(err.position).toBe('line 2');
    await expectParseError(parseOfacCsv({ primary: enc(ok + row('C', ',-0- '.repeat(CSV_LIMITS.fieldsPerRow))) }), /OFAC SDN CSV/, /the row starting here has more than 1,000 fields/);
  });
});

describe('parsing in slices', () => {
  const big = enc(unXml(20_000, '2026-05-31'));

  it('a large byte array reaches the parser in slices of at most SLICE_BYTES', async () => {
    expect(big.length).toBeGreaterThan(10 * SLICE_BYTES);
    const sizes: number[] = [];
    for await (const chunk of decodeText(big, 'big.xml')) sizes.push(chunk.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SLICE_BYTES);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(big.length);
  });

  it('other tasks run while a large file is parsed: it is not one synchronous task', async () => {
    let ranDuringParse = 0;
    let parsing = true;
    // Re-arms itself while the parse is going on: each run is one task the parse let through.
    const tick = () => {
      if (!parsing) return;
      ranDuringParse++;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const list = await parseUnXml(big, { file: 'big.xml' });
    parsing = false;
    expect(list.records).toHaveLength(20_000);
    expect(ranDuringParse).toBeGreaterThan(1);
  });
});
