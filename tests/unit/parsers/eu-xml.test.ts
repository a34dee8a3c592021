import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEuXml } from '../../../src/kb/parsers';
import { bytes, expectParseError, FIXTURES, inChunks, latin1, SHARED, utf16le } from './list-files';
import { euPrimaryAliasIndex } from '../../../src/kb/parsers/eu-primary-name';

const FILE = path.join(FIXTURES, 'eu-fsf-sample.xml');
const TEXT = readFileSync(FILE, 'utf8');

describe('parseEuXml on the schema-1.1 fixture', async () => {
  const list = await parseEuXml(inChunks(bytes(FILE), 100), { file: 'eu-fsf-sample.xml' });

  it('reads every sanctionEntity and the generation date', () => {
    expect(list.source).toMatchObject({ authority: 'EU', list: 'eu-fsf', date: '2026-05-04', entries: 7 });
    expect(list.records.map((r) => [r.id, r.schema])).toEqual([
      ['eu:139024', 'Person'],
      ['eu:127451', 'Person'],
      ['eu:46011', 'Company'],
      ['eu:2391', 'Organization'],
      ['eu:5830', 'Company'],
      ['eu:99310', 'Person'],
      ['eu:1307', 'Person'],
    ]);
  });

  it('reads a person: primary name with parts, original-script and weak aliases, birth, citizenship, function', () => {
    const lavrov = list.records[0];
    expect(lavrov.names).toEqual([
      { value: 'Sergey Viktorovich LAVROV', quality: 'strong', kind: 'primary', parts: { given: ['Sergey', 'Viktorovich'], family: 'LAVROV' } },
      { value: 'Сергей Викторович ЛАВРОВ', quality: 'strong', kind: 'original', parts: { given: ['Сергей', 'Викторович'], family: 'ЛАВРОВ' } },
      { value: 'Sergei LAVROV', quality: 'weak', kind: 'alias' },
    ]);
    expect(lavrov.props).toMatchObject({
      birthDate: ['1950-03-21'],
      birthPlace: ['Moscow, RUSSIAN FEDERATION'],
      citizenship: ['RUSSIAN FEDERATION'],
      position: ['Minister of Foreign Affairs of the Russian Federation'],
      gender: 'Male',
    });
    expect(lavrov.sanctions[0]).toEqual({
      authority: 'EU',
      list: 'EU Financial Sanctions Files',
      programs: ['UKR'],
      sourceId: '139024',
      listingDate: '2022-02-25',
      reason: 'Minister of Foreign Affairs of the Russian Federation. Responsible for actions undermining the territorial integrity of Ukraine.',
      sourceUrl: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022R0332',
    });
  });

  it('collects every regulation programme and upgrades EUR-Lex links to https', () => {
    const kadyrov = list.records[1];
    expect(kadyrov.sanctions[0].programs).toEqual(['GHR', 'UKR']);
    expect(kadyrov.sanctions[0].sourceUrl).toBe('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32020R2132');
    const zawahiri = list.records[6];
    expect(zawahiri.sanctions[0].sourceUrl).toMatch(/^https:\/\/eur-lex\.europa\.eu\/LexUriServ/);
  });

  it('reads enterprises, addresses, contact info, UN ids and identification documents', () => {
    const kalashnikov = list.records[2];
    expect(kalashnikov.names.find((n) => n.value === 'Izhmash')).toMatchObject({ quality: 'weak' });
    expect(kalashnikov.props.address).toEqual(['Deryabin Passage 3, Izhevsk, 426006, Udmurt Republic, RUSSIAN FEDERATION']);
    expect(kalashnikov.props.website).toEqual(['https://kalashnikovgroup.ru']);
    const ri = list.records[5];
    expect(ri.props.unscId).toEqual(['KPi.033']);
    expect(ri.props.birthPlace).toBeUndefined();
    expect(ri.props.identifiers).toContainEqual({ type: 'National passport', value: '381310014', country: "KOREA (DEMOCRATIC PEOPLE'S REPUBLIC OF)" });
  });
});

describe('parseEuXml on malformed input', () => {
  it('rejects truncated XML', async () => {
    await expectParseError(parseEuXml(TEXT.slice(0, TEXT.length / 2), { file: 'cut.xml' }), /EU FSF XML \(cut\.xml\)/, /malformed XML/);
  });
  it('rejects wrong encodings', async () => {
    await expectParseError(parseEuXml(utf16le(TEXT)), /EU FSF XML/, /UTF-16LE/);
    await expectParseError(parseEuXml(latin1('<export generationDate="2026-01-01T00:00:00" globalFileId="1"><!-- Zürich --></export>')), /EU FSF XML/, /not valid utf-8/);
  });
  it('skips and counts one entity without logicalId, names or subjectType, and loads the rest', async () => {
    const cases: [string, string][] = [
      [TEXT.replace(' logicalId="139024"', ''), 'missingId'],
      [TEXT.replace(/<nameAlias [^>]*wholeName="Hamas[^>]*>[\s\S]*?<\/nameAlias>/, ''), 'missingName'],
      [TEXT.replace('<subjectType code="enterprise" classificationCode="E"/>', ''), 'unknownType'],
    ];
    for (const [text, kind] of cases) {
      const list = await parseEuXml(text);
      expect(list.records, kind).toHaveLength(6);
      expect(list.skipped).toEqual({ [kind]: 1, malformed: 1 });
    }
    const twoBroken = TEXT.replace(' logicalId="139024"', '').replace('<subjectType code="enterprise" classificationCode="E"/>', '');
    await expectParseError(parseEuXml(twoBroken), /EU FSF XML/, /2 of 7 records are malformed/);
    await expectParseError(parseEuXml(TEXT.replace(/ generationDate="[^"]*"/, '')), /EU FSF XML/, /generationDate/);
  });
  it('rejects an empty file', async () => {
    await expectParseError(parseEuXml(''), /EU FSF XML/, /empty/);
  });
});

const EXCERPT = path.join(SHARED, 'data/sources/eu/fsf-excerpt/2020-04-15/sample_eu_sanctions.xml');
const HAS_EXCERPT = existsSync(EXCERPT);
if (!HAS_EXCERPT) console.warn(`EU excerpt tests skipped: ${EXCERPT} is absent`);

describe.skipIf(!HAS_EXCERPT)(`parseEuXml on the real EU export excerpt (2020-04-15)${HAS_EXCERPT ? '' : ' [SKIPPED: excerpt absent]'}`, () => {
  it('reads every record and names each by the primary-name rule, not by the first alias', async () => {
    const list = await parseEuXml(bytes(EXCERPT), { file: 'eu/fsf-excerpt/2020-04-15/sample_eu_sanctions.xml' });
    expect(list.source).toMatchObject({ authority: 'EU', list: 'eu-fsf', entries: 7 });
    expect(list.records).toHaveLength(7);
    const saddam = list.records.find((r) => r.names.some((n) => n.value === 'Abou Ali'))!;
    const primary = saddam.names.find((n) => n.kind === 'primary')!;
    // The record's first alias is "Abou Ali" (French, a nickname): the rule picks the whole name with given and family parts.
    expect(primary.value).toBe('Saddam Hussein Al-Tikriti');
    expect(primary.parts).toEqual({ given: ['Saddam'], family: 'Hussein Al-Tikriti' });
    expect(saddam.names.map((n) => n.value)).toEqual(expect.arrayContaining(['Abou Ali', 'Abu Ali']));
    // Every record's primary is a strong name, and one with parts wherever the record has one.
    for (const r of list.records) {
      const p = r.names.find((n) => n.kind === 'primary')!;
      expect(p.quality).toBe('strong');
      if (r.names.some((n) => n.parts)) expect(p.parts).toBeDefined();
    }
    // A record of whole names only, in several languages: the most complete name in no particular language.
    const izzat = list.records.find((r) => r.names.some((n) => n.value === 'Izzat Ibrahim al-Douri'))!;
    expect(izzat.names.find((n) => n.kind === 'primary')?.value).toBe('Izzat Ibrahim al-Duri');
  });
});

describe('euPrimaryAliasIndex', () => {
  it('prefers strong, then given+family parts, then no language or English, then more words, then order', () => {
    expect(euPrimaryAliasIndex([{ wholeName: 'Abou Ali', nameLanguage: 'FR', strong: 'true' }, { wholeName: 'Saddam Hussein Al-Tikriti', firstName: 'Saddam', lastName: 'Hussein Al-Tikriti', strong: 'true' }])).toBe(1);
    expect(euPrimaryAliasIndex([{ wholeName: 'Full Long Name Here', strong: 'false' }, { wholeName: 'Short Name', strong: 'true' }])).toBe(1);
    expect(euPrimaryAliasIndex([{ wholeName: 'Nom Très Complet Ici', nameLanguage: 'FR' }, { wholeName: 'Plain Name', nameLanguage: '' }])).toBe(1);
    expect(euPrimaryAliasIndex([{ wholeName: 'Two Words' }, { wholeName: 'Three Words Here' }, { wholeName: 'Other Three Words' }])).toBe(1);
    expect(euPrimaryAliasIndex([{ wholeName: '' }, {}])).toBe(-1);
  });
});
