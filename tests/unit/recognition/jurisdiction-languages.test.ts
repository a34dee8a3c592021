/**
 * Jurisdictions and sanctions cue words in other languages, on the bundled
 * KB (assets/kb, committed) and the hand-written sentences of
 * tests/fixtures/jurisdiction-languages.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKb, readLexicon } from '../../../scripts/lib/kb-files';
import { createRecognizer } from '../../../src/recognition/recognizer';
import { cuePositions } from '../../../src/recognition/evidence';
import { GENERATED_WITH_CLDR, LOCAL_BLOCKED_PHRASES, LOCAL_JURISDICTION_NAMES } from '../../../src/recognition/jurisdiction-names';
import { buildLocalNames } from '../../../scripts/jurisdiction-names-build';
import { jurisdictions } from '../../../src/kb/curated/jurisdictions';

interface Fixture {
  sanctions: { lang: string; text: string; expect: string[] }[];
  ordinary: { lang: string; text: string }[];
  homographs: { lang: string; text: string }[];
}
const fixture = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/jurisdiction-languages.json'), 'utf8')) as Fixture;
const rec = createRecognizer(readKb(), readLexicon());
const countries = (text: string, everywhere = false) =>
  rec
    .scan(text, { jurisdictionsEverywhere: everywhere })
    .filter((m) => m.category === 'jurisdiction')
    .map((m) => m.entity.slice('jurisdiction:'.length));

describe('jurisdictions named in other languages', () => {
  it.each(fixture.sanctions.map((s) => [s.lang, s.text, s.expect] as const))('%s: %s', (_lang, text, expected) => {
    expect(countries(text)).toEqual(expected);
  });

  it.each(fixture.ordinary.map((s) => [s.lang, s.text] as const))('%s, no sanctions word: %s', (_lang, text) => {
    expect(countries(text)).toEqual([]);
  });

  it.each(fixture.homographs.map((s) => [s.lang, s.text] as const))('%s, an ordinary word spelled as a country: %s', (_lang, text) => {
    expect(countries(text)).toEqual([]);
  });

  it('a one-word name in another language needs a sanctions cue near it, not just a sanctions page', () => {
    const far = `Die Sanktionen wurden verlängert. ${'Das Wetter war mild und die Straßen waren leer. '.repeat(8)}Die Reise nach Kuba dauerte lange.`;
    expect(countries(far)).toEqual([]);
    // A name of several words counts on a sanctions page, as the English names do.
    const farLong = `Die Sanktionen wurden verlängert. ${'Das Wetter war mild und die Straßen waren leer. '.repeat(8)}Die Reise in die Zentralafrikanische Republik dauerte lange.`;
    expect(countries(farLong)).toEqual(['cf']);
  });

  it('katakana and Hangul names are whole words', () => {
    expect(countries('制裁の対象はシリアル番号で管理される。')).toEqual([]);
    expect(countries('제재란 무엇이란 말인가')).toEqual([]);
    expect(countries('제재 대상인 이란은 반발했다.')).toEqual(['ir']);
  });

  it('another region whose name holds a jurisdiction\u2019s name is not that jurisdiction', () => {
    expect(LOCAL_BLOCKED_PHRASES).toContain('Guinea Ecuatorial');
    expect(countries('Las sanciones no afectan a Guinea Ecuatorial.')).toEqual([]);
    expect(countries('Las sanciones afectan a Guinea.')).toEqual(['gn']);
  });

  it('every ISO jurisdiction has names in the languages, the non-ISO ones where written out', () => {
    for (const j of jurisdictions) expect(LOCAL_JURISDICTION_NAMES[j.id]?.length ?? 0, j.id).toBeGreaterThan(0);
    // No generated name repeats an English one, which is matched already.
    for (const j of jurisdictions) {
      const english = new Set([j.name, j.officialName, ...j.aliases].map((n) => n.toLowerCase()));
      for (const n of LOCAL_JURISDICTION_NAMES[j.id]) expect(english.has(n.toLowerCase()), n).toBe(false);
    }
  });
});

describe('sanctions cue words in other languages', () => {
  it.each([
    ['Neue Sanktionen gegen Banken', 'Sanktionen'],
    ['de nouvelles sanctions', 'sanctions'],
    ['entités sanctionnées', 'sanctionnées'],
    ['las sanciones de la ONU', 'sanciones'],
    ['le sanzioni europee', 'sanzioni'],
    ['as sanções americanas', 'sanções'],
    ['nieuwe sancties', 'sancties'],
    ['objęty sankcjami', 'sankcjami'],
    ['yeni yaptırımlar', 'yaptırımlar'],
    ['новые санкции', 'санкции'],
    ['нові санкції', 'санкції'],
    ['νέες κυρώσεις', 'κυρώσεις'],
    ['فرض العقوبات', 'عقوبات'],
    ['تجميد أصول الشركة', 'تجميد أصول'],
    ['تحریم‌های جدید', 'تحریم'],
    ['नए प्रतिबंध', 'प्रतिबंध'],
    ['对朝鲜的制裁', '制裁'],
    ['대북제재 결의', '제재'],
    ['un embargo sobre armas', 'embargo'],
  ])('%s', (text, cue) => {
    expect(cuePositions(text)).toEqual([text.indexOf(cue)]);
  });

  it('gives a page in another language sanctions context for its countries', () => {
    expect(countries('Москва осудила новые санкции против Северной Кореи.')).toEqual(['kp']);
    expect(countries('Москва осудила новый матч против Северной Кореи.')).toEqual([]);
  });

  it('a word that only begins like a cue is none', () => {
    expect(cuePositions('Die Sanktionierung fand nicht statt.')).toEqual([4]);
    expect(cuePositions('the sanctuary of the temple')).toEqual([]);
    expect(cuePositions('Ресанкцио')).toEqual([]);
  });
});

describe('the generated module', () => {
  it.skipIf(process.versions.cldr !== GENERATED_WITH_CLDR)('is what scripts/jurisdiction-names-build.ts makes from the curated jurisdictions (re-run it after editing them)', () => {
    const fresh = buildLocalNames();
    expect(fresh.names).toEqual(LOCAL_JURISDICTION_NAMES);
    expect(fresh.blocks).toEqual(LOCAL_BLOCKED_PHRASES);
  });
});
