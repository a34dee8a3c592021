/**
 * The UK and EU parsers on the real excerpts in ../shared (trimmed from the live files, see
 * PROVENANCE.md), and on those excerpts with one field changed the way the live files vary.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEuXml, parseUkXml } from '../../../src/kb/parsers';
import { HAS_SHARED, SKIP_NOTE, SOURCES } from './list-files';

const UK = HAS_SHARED ? readFileSync(path.join(SOURCES, 'uk/uksl-excerpt/2026-09-02/UK-Sanctions-List.xml'), 'utf8') : '';
const EU = HAS_SHARED ? readFileSync(path.join(SOURCES, 'eu/fsf-excerpt/2024-12-11/excerpt.xml'), 'utf8') : '';

describe.skipIf(!HAS_SHARED)(`the UK Sanctions List excerpt of 2026-09-02${SKIP_NOTE}`, () => {
  it('parses both designations with the date, names, addresses and a blank statement of reasons left out', async () => {
    const list = await parseUkXml(UK);
    expect(list.source).toMatchObject({ date: '2026-09-02', entries: 2 });
    const [exchange, akhund] = list.records;
    expect(exchange).toMatchObject({ id: 'uk:AFG0001', schema: 'Organization' });
    expect(exchange.sanctions[0]).toMatchObject({ listingDate: '2012-06-29', programs: ['The Afghanistan (Sanctions) (EU Exit) Regulations 2020'] });
    expect(exchange.sanctions[0].reason).toBeUndefined();
    expect(exchange.props.address).toContain('Branch Office 14, Dubai, United Arab Emirates');
    expect(akhund).toMatchObject({ id: 'uk:AFG0006', schema: 'Person' });
    expect(akhund.props.birthDate).toEqual(['1945', '1946']);
  });

  it('an alias without AliasStrength is matched (not weak) but marked unrated', async () => {
    const [exchange] = (await parseUkXml(UK)).records;
    expect(exchange.names.find((n) => n.value === 'Haji Alim Hawala')).toEqual({ value: 'Haji Alim Hawala', quality: 'strong', kind: 'alias', unrated: true });
    const stated = UK.replace('<NameType>Alias</NameType>', '<NameType>Alias</NameType><AliasStrength>Low quality a.k.a</AliasStrength>');
    expect((await parseUkXml(stated)).records[0].names.find((n) => n.value === 'Haji Alim Hawala')).toEqual({ value: 'Haji Alim Hawala', quality: 'weak', kind: 'alias' });
  });

  it('reads titles written directly under the designation', async () => {
    const withTitles = UK.replace('<UniqueID>AFG0006</UniqueID>', '<UniqueID>AFG0006</UniqueID><Titles><Title>Mullah</Title></Titles>');
    expect((await parseUkXml(withTitles)).records[1].props.title).toEqual(['Mullah']);
  });

  it('a designation without UniqueID is skipped and counted; the other loads', async () => {
    const list = await parseUkXml(UK.replace('<UniqueID>AFG0001</UniqueID>', ''));
    expect(list.records.map((r) => r.id)).toEqual(['uk:AFG0006']);
    expect(list.skipped).toEqual({ missingId: 1, malformed: 1 });
  });

  it('drops placeholder values instead of showing them', async () => {
    const list = await parseUkXml(UK.replace('<AddressLine1>Branch Office 14</AddressLine1>', '<AddressLine1>-</AddressLine1>'));
    expect(list.records[0].props.address).toContain('Dubai, United Arab Emirates');
  });
});

describe.skipIf(!HAS_SHARED)(`the EU FSF excerpt of 2024-12-11${SKIP_NOTE}`, () => {
  const laterRegulation =
    '<regulation regulationType="amendment" organisationType="council" publicationDate="2011-03-01" entryIntoForceDate="2011-03-01" numberTitle="100/2011 (OJ L1)" programme="IRQ" logicalId="999"><publicationUrl>http://eur-lex.europa.eu/x</publicationUrl></regulation>';
  const amended = EU.replace('<subjectType', `${laterRegulation}\n        <subjectType`);

  it('parses the entity with its programme, names and birth', async () => {
    const list = await parseEuXml(EU);
    expect(list.source).toMatchObject({ date: '2024-12-11', entries: 1 });
    const [saddam] = list.records;
    expect(saddam.names[0]).toMatchObject({ value: 'Saddam Hussein Al-Tikriti', kind: 'primary' });
    expect(saddam.props).toMatchObject({ birthDate: ['1937-04-28'], birthPlace: ['al-Awja, near Tikrit, IRAQ'], citizenship: ['IRAQ'] });
  });

  it('without designationDate, keeps the earliest regulation as the listing date, not a later amendment', async () => {
    expect((await parseEuXml(amended)).records[0].sanctions[0].listingDate).toBe('2003-07-08');
    const designated = amended.replace('logicalId="13">', 'logicalId="13" designationDate="2003-05-22">');
    expect((await parseEuXml(designated)).records[0].sanctions[0].listingDate).toBe('2003-05-22');
  });

  it('keeps a remark written under a nameAlias', async () => {
    const remarked = EU.replace('wholeName="Abu Ali" function="" title="" nameLanguage="" strong="true" regulationLanguage="en" logicalId="19">', '$&<remark>nom de guerre</remark>');
    expect((await parseEuXml(remarked)).records[0].props.notes).toContain('Abu Ali: nom de guerre');
  });

  it('drops placeholder values: a birthplace city of "-" is no "-, IRAQ"', async () => {
    const dashed = EU.replace('city="al-Awja, near Tikrit"', 'city="-"');
    expect((await parseEuXml(dashed)).records[0].props.birthPlace).toEqual(['IRAQ']);
  });
});

describe('no code sets a User-Agent', () => {
  // OFAC's host refuses clients without a browser-like UA; the browser's own passes, so nothing may replace it.
  it('no source file under src/ or entrypoints/ names a User-Agent header', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = path.join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|js|mjs)$/.test(f)) files.push(p);
      }
    };
    walk(path.resolve('src'));
    walk(path.resolve('entrypoints'));
    expect(files.length).toBeGreaterThan(50);
    const setters = files.filter((f) => /['"`]user-agent['"`]\s*[:\],)]|\.set\(\s*['"`]user-agent/i.test(readFileSync(f, 'utf8')));
    expect(setters).toEqual([]);
  });
});
