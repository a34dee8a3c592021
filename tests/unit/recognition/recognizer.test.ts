import { describe, expect, it } from 'vitest';
import { createRecognizer, loadRecognizerIndex, serializeRecognizerIndex } from '../../../src/recognition/recognizer';
import { entity, kbOf, lexicon, scanWith, spans } from './helpers';

const lavrov = entity('ofac:1', 'Person', [
  { value: 'LAVROV, Sergei Viktorovich', quality: 'strong', kind: 'primary', parts: { given: ['Sergei', 'Viktorovich'], family: 'LAVROV' } },
]);
const kim = entity('un:KPi.1', 'Person', [{ value: 'KIM Jong Un', quality: 'strong', kind: 'primary' }]);
const khattab = entity('ofac:2', 'Person', [
  { value: 'KHATTAB, Anas Hasan', quality: 'strong', kind: 'primary', parts: { given: ['Anas', 'Hasan'], family: 'KHATTAB' } },
]);
const yevgeniy = entity('ofac:3', 'Person', [{ value: 'Yevgeniy Viktorovich PRIGOZHIN', quality: 'strong', kind: 'primary' }]);
const psb = entity('ofac:4', 'Company', ['PROMSVYAZBANK PJSC']);
const sovcom = entity('ofac:5', 'Company', ['PAO SOVCOMFLOT', 'Sovcomflot']);
const lazarus = entity('ofac:6', 'Organization', [
  'LAZARUS GROUP',
  { value: 'HIDDEN COBRA', quality: 'weak', kind: 'alias' },
  { value: 'ZINC', quality: 'weak', kind: 'alias' },
]);
const justice = entity('ofac:7', 'Organization', ['JUSTICE']);
const sierra = entity('ofac:8', 'Vessel', ['SIERRA'], { imoNumber: 'IMO 9522324' });
const irgc = entity('ofac:9', 'Organization', ['ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)']);
const aeoi = entity('un:10', 'Organization', ['ATOMIC ENERGY ORGANIZATION OF IRAN']);
const goldenA = entity('ofac:11', 'Company', ['GOLDEN EAGLE TRADING LLC']);
const goldenB = entity('ofac:12', 'Company', ['GOLDEN EAGLE TRADING CO., LTD.']);
const kimOriginal = entity('un:KPi.2', 'Person', [
  { value: 'KIM Yong Chol', quality: 'strong', kind: 'primary' },
  { value: '김영철', quality: 'strong', kind: 'original' },
  { value: '金英哲', quality: 'strong', kind: 'original' },
]);
const putin = entity('ofac:13', 'Person', [
  { value: 'Vladimir Vladimirovich PUTIN', quality: 'strong', kind: 'primary' },
  { value: 'Владимир Владимирович Путин', quality: 'strong', kind: 'original' },
]);

describe('designated names', () => {
  it('matches given/surname order, dropped patronymic and transliteration variants', () => {
    expect(spans(scanWith([lavrov], 'Foreign Minister Sergey Lavrov said.'))).toEqual(['designated:Sergey Lavrov']);
    expect(spans(scanWith([lavrov], 'LAVROV Sergei spoke'))).toEqual(['designated:LAVROV Sergei']);
    expect(spans(scanWith([kim], 'Kim Jong-un met Kim Jong Un'))).toEqual(['designated:Kim Jong-un', 'designated:Kim Jong Un']);
    expect(spans(scanWith([khattab], 'minister Anas Khattab'))).toEqual(['designated:Anas Khattab']);
    const m = scanWith([yevgeniy], 'Evgeny Prigozhin and Yevgeny Prigozhin');
    expect(m.map((x) => x.text)).toEqual(['Evgeny Prigozhin', 'Yevgeny Prigozhin']);
    expect(m[0].via).toBe('variant');
  });
  it('makes legal forms and a leading "the" optional', () => {
    expect(spans(scanWith([psb, sovcom], 'Sanctioned Promsvyazbank and the Sovcomflot fleet'))).toEqual([
      'designated:Promsvyazbank',
      'designated:Sovcomflot',
    ]);
    expect(spans(scanWith([psb], 'Promsvyazbank PJSC said'))).toEqual(['designated:Promsvyazbank PJSC']);
  });
  it('never matches lower-case text to a capitalised name', () => {
    expect(scanWith([psb, lavrov], 'promsvyazbank and sergey lavrov')).toEqual([]);
  });
  it('matches original-script names regardless of case', () => {
    expect(spans(scanWith([kimOriginal, putin], '김영철 and 金英哲 and владимир путин'))).toEqual([
      'designated:김영철',
      'designated:金英哲',
      'designated:владимир путин',
    ]);
  });
  it('does not match weak aliases on their own, but does after a strong name', () => {
    expect(scanWith([lazarus], 'Hidden Cobra and ZINC were seen.')).toEqual([]);
    expect(spans(scanWith([lazarus], 'The Lazarus Group, also known as Hidden Cobra and ZINC.'))).toEqual([
      'designated:Lazarus Group',
      'designated:Hidden Cobra',
      'designated:ZINC',
    ]);
  });
  it('needs the listed capitals for a common-word name', () => {
    expect(scanWith([justice], 'Justice was served. The Justice Department said.')).toEqual([]);
    expect(spans(scanWith([justice], 'the sanctioned group JUSTICE claimed it'))).toEqual(['designated:JUSTICE']);
    expect(scanWith([justice], 'JUSTICE FOR ALL')).toEqual([]);
  });
  it('matches vessels only beside a maritime cue or by IMO number', () => {
    expect(scanWith([sierra], 'Sierra Nevada is a range.')).toEqual([]);
    expect(spans(scanWith([sierra], 'the tanker SIERRA sailed'))).toEqual(['designated:SIERRA']);
    const m = scanWith([sierra], 'a crude carrier (IMO: 9522324) and IMO 9522325');
    expect(spans(m)).toEqual(['designated:IMO: 9522324']);
    expect(m[0].via).toBe('identifier');
  });
  it('matches acronyms in their listed case only', () => {
    expect(spans(scanWith([irgc], 'the designated IRGC and the Irgc'))).toEqual(['designated:IRGC']);
  });
  it('accepts an organisation name without its trailing country', () => {
    expect(spans(scanWith([aeoi], 'the Atomic Energy Organization of Iran and the Atomic Energy Organization'))).toEqual([
      'designated:Atomic Energy Organization of Iran',
      'designated:Atomic Energy Organization',
    ]);
  });
  it('gives candidates when a surface form fits several entities', () => {
    const [m] = scanWith([goldenA, goldenB], 'Golden Eagle Trading shipped it');
    expect(m.confidence).toBe('possible');
    expect(m.candidates?.sort()).toEqual(['ofac:11', 'ofac:12']);
  });
});

describe('coreference', () => {
  it('links a bare surname only after the full name', () => {
    expect(scanWith([lavrov], 'Lavrov spoke.')).toEqual([]);
    const m = scanWith([lavrov], 'Sergei Lavrov arrived. Later Lavrov spoke.');
    expect(spans(m)).toEqual(['designated:Sergei Lavrov', 'designated:Lavrov']);
    expect(m[1].via).toBe('coref');
    expect(m[1].entity).toBe('ofac:1');
  });
  it('links a short form defined in parentheses', () => {
    const m = scanWith([psb], 'Sanctions hit Promsvyazbank (PSB), a bank. PSB lends.');
    expect(spans(m)).toEqual(['designated:Promsvyazbank', 'designated:PSB', 'designated:PSB']);
    expect(m.every((x) => x.entity === 'ofac:4')).toBe(true);
  });
});

describe('instruments', () => {
  const scan = (t: string) => scanWith([], t).filter((m) => m.category === 'instrument');
  it('recognises UN resolutions in every form', () => {
    const m = scan(
      'resolution 2397, Resolution 1874 (2009), UNSCR 1718, Security Council resolution 1718 (2006), S/RES/2397 (2017)',
    );
    expect(m.map((x) => x.text)).toEqual([
      'resolution 2397', 'Resolution 1874 (2009)', 'UNSCR 1718', 'resolution 1718 (2006)', 'S/RES/2397 (2017)',
    ]);
    expect(m.map((x) => x.entity)).toEqual([
      'instrument:unscr-2397', 'instrument:unscr-1874', 'instrument:unscr-1718', 'instrument:unscr-1718', 'instrument:unscr-2397',
    ]);
    expect(m[1].known).toBe(false);
    expect(m[1].name).toBe('Security Council resolution 1874 (2009)');
  });
  it('gives one mention per number in a list', () => {
    const m = scan('resolutions 2371, 2375 and 2397 apply');
    expect(m.map((x) => [x.text, x.entity])).toEqual([
      ['resolutions 2371', 'instrument:unscr-2371'],
      ['2375', 'instrument:unscr-2375'],
      ['2397', 'instrument:unscr-2397'],
    ]);
  });
  it('recognises EU acts and packages', () => {
    const m = scan(
      'Regulation (EU) No 833/2014; Council Regulation (EU) 2022/263; Council Decision 2014/512/CFSP; Decision (CFSP) 2022/266; the 17th sanctions package; the 16th package of sanctions',
    );
    expect(m.map((x) => x.entity)).toEqual([
      'instrument:eu-reg-833-2014', 'instrument:eu-reg-2022-263', 'instrument:eu-dec-2014-512-cfsp',
      'instrument:eu-dec-2022-266-cfsp', 'instrument:eu-package-17', 'instrument:eu-package-16',
    ]);
    expect(m[0].known).toBe(true);
    expect(m[5].known).toBe(false);
  });
  it('recognises US executive orders and acts', () => {
    const m = scan('Executive Order 14024, E.O. 13846, EO 13224, CAATSA and the Caesar Act');
    expect(m.map((x) => x.entity)).toEqual([
      'instrument:us-eo-14024', 'instrument:us-eo-13846', 'instrument:us-eo-13224', 'instrument:us-act-caatsa', 'instrument:us-act-caesar',
    ]);
  });
  it('ignores unnumbered references', () => {
    expect(scan('the resolution, the new sanctions package, the SDN list, General License 8L')).toEqual([]);
  });
  it('keeps a country inside an act name unmarked', () => {
    expect(spans(scanWith([], 'the Caesar Syria Civilian Protection Act of 2019'))).toEqual([
      'instrument:Caesar Syria Civilian Protection Act of 2019',
    ]);
  });
});

describe('jurisdictions and bodies', () => {
  it('marks names, not demonyms, and not South Korea', () => {
    expect(spans(scanWith([], 'Russian troops, Iranian oil, South Korea and Korea'))).toEqual([]);
  });
  it('marks possessives, hyphenated modifiers and the longer of two names', () => {
    expect(spans(scanWith([], 'Sanctions on Russia’s army, Iran-backed groups, South Sudan, the DPRK and the D.P.R.K.'))).toEqual([
      'jurisdiction:Russia', 'jurisdiction:Iran', 'jurisdiction:South Sudan', 'jurisdiction:DPRK', 'jurisdiction:D.P.R.K.',
    ]);
  });
  it('does not mark capitals', () => {
    expect(scanWith([], 'Moscow and Pyongyang and Tehran')).toEqual([]);
  });
  it('marks bodies and short forms only after the full body', () => {
    expect(spans(scanWith([], 'the Council met, the council met'))).toEqual([]);
    const m = scanWith([], 'The UN Security Council met. Then the Council voted; the council agreed.');
    expect(spans(m)).toEqual(['body:UN Security Council', 'body:Council']);
    expect(m[1].entity).toBe('body:unsc');
  });
  it('keeps adjacent bodies separate and picks the panel from the page context', () => {
    const m = scanWith([], 'the 1718 Committee Panel of Experts, OFAC and MSMT');
    expect(spans(m)).toEqual(['body:1718 Committee', 'body:Panel of Experts', 'body:OFAC', 'body:MSMT']);
    expect(m[1].entity).toBe('body:un-1718-panel');
  });
  it('matches acronyms of bodies in their case only', () => {
    expect(scanWith([], 'ofac and Msmt')).toEqual([]);
  });
});

describe('offsets and structure', () => {
  it('gives UTF-16 offsets that slice back to the text, also after non-BMP characters', () => {
    const text = '😀 𝔘𝔫 Sergei Lavrov met Iran 🇮🇷 officials';
    const m = scanWith([lavrov], text);
    expect(spans(m)).toEqual(['designated:Sergei Lavrov', 'jurisdiction:Iran']);
    for (const x of m) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('never returns overlapping mentions and prefers the longest', () => {
    const text = 'Islamic Revolutionary Guard Corps of Iran, the Atomic Energy Organization of Iran, resolution 1718 Committee';
    const m = scanWith([irgc, aeoi], text);
    for (let k = 1; k < m.length; k++) expect(m[k].start).toBeGreaterThanOrEqual(m[k - 1].end);
    expect(m.some((x) => x.text === 'Atomic Energy Organization of Iran')).toBe(true);
  });
  it('round-trips through the serialised index', () => {
    const kb = kbOf([lavrov, psb, sierra]);
    const r = createRecognizer(kb, lexicon);
    const r2 = loadRecognizerIndex(kb, JSON.parse(JSON.stringify(serializeRecognizerIndex(r))));
    const text = 'Sergei Lavrov, sanctioned Promsvyazbank and IMO 9522324 in Russia';
    expect(r2.scan(text)).toEqual(r.scan(text));
    expect(r2.scan(text).length).toBe(4);
  });
});
