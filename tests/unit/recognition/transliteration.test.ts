import { describe, expect, it } from 'vitest';
import { alignmentCost, lightKey, romanize, skeleton, trieKey } from '../../../src/recognition/phonetic-key';
import { tokenize } from '../../../src/recognition/tokenize';
import { entity, scanWith, spans } from './helpers';

const parts = (s: string) => tokenize(s).map((t) => ({ norm: t.norm, lat: t.lat }));
const align = (listed: string, text: string) => alignmentCost(tokenize(listed).map((t) => t.norm).join(' '), parts(text));

describe('phonetic keys', () => {
  it('gives transliteration variants of one name the same skeleton', () => {
    for (const group of [
      ['qaddafi', 'gadhafi', 'kadhafi', 'qadhafi', 'gaddafi'],
      ['nasrallah', 'nasrollah', 'nasrullah'],
      ['muhammad', 'mohammed', 'mohamad', 'muhamed'],
      ['sergei', 'serguei', 'sergej', 'sergey'],
      ['yevgeny', 'jevgenij', 'evgeni', 'evgeniy', 'yevgeniy'],
      ['smirnov', 'smirnoff'],
      ['djamal', 'dzhamal', 'jamal'],
    ]) {
      const keys = new Set(group.map(trieKey));
      expect([...keys], group.join('/')).toHaveLength(1);
    }
  });

  it('romanises other scripts onto the Latin keys', () => {
    expect(romanize('лавров')).toBe('lavrov');
    expect(trieKey('πούτιν')).toBe(trieKey('putin'));
    expect(trieKey('पुतिन')).toBe(trieKey('putin'));
    expect(trieKey('кадыров')).toBe(trieKey('kadyrov'));
    // The joined Arabic article is dropped: البغدادي meets "Baghdadi".
    expect(trieKey('البغدادي')).toBe(trieKey('baghdadi'));
    expect(lightKey('ash')).toBe(lightKey('al'));
  });

  it('bounds the drift of each name part by its length, and needs every part to align', () => {
    expect(align('Muammar Qadhafi', 'Moammar Gadhafi')).toBeDefined();
    expect(align('Mohammed Ali', 'Muhammad Ali')).toBeDefined();
    expect(align('Sergei Lavrov', 'Сергей Лавров')).toBeDefined();
    // Hassan and Hussein share a skeleton but are different names.
    expect(skeleton(lightKey('hassan'))).toBe(skeleton(lightKey('hussein')));
    expect(align('Ali Hassan', 'Ali Hussein')).toBeUndefined();
    // Three letters must agree exactly: Ali is not Ala.
    expect(align('Ali Hassan', 'Ala Hassan')).toBeUndefined();
    expect(align('Muammar Qadhafi', 'Muammar')).toBeUndefined();
  });
});

const qadhafi = entity('un:LYi.011', 'Person', [
  { value: 'QADHAFI, Muammar Mohammed Abu Minyar', quality: 'strong', kind: 'primary', parts: { given: ['Muammar', 'Mohammed', 'Abu', 'Minyar'], family: 'QADHAFI' } },
]);
const nasrallah = entity('ofac:n', 'Person', [{ value: 'NASRALLAH, Hasan', quality: 'strong', kind: 'primary' }]);
const lavrov = entity('ofac:l', 'Person', [
  { value: 'LAVROV, Sergei Viktorovich', quality: 'strong', kind: 'primary', parts: { given: ['Sergei', 'Viktorovich'], family: 'LAVROV' } },
]);
const kadyrov = entity('ofac:k', 'Person', [{ value: 'KADYROV, Ramzan Akhmatovich', quality: 'strong', kind: 'primary' }]);
const kim = entity('un:KPi.1', 'Person', [{ value: 'KIM Jong Un', quality: 'strong', kind: 'primary' }]);
const baghdadi = entity('un:QDi.299', 'Person', [{ value: 'Abu Bakr al-Baghdadi', quality: 'strong', kind: 'primary' }]);
const qaida = entity('un:QDe.004', 'Organization', ['AL-QAIDA']);

describe('variants in page text', () => {
  it('finds romanisation variants of listed people and says they are variants', () => {
    const ms = scanWith([qadhafi, nasrallah, lavrov], 'Muammar Gaddafi met Hassan Nasrollah; Serguei Lavrov and Sergej Lavrov spoke.');
    expect(spans(ms)).toEqual([
      'designated:Muammar Gaddafi', 'designated:Hassan Nasrollah', 'designated:Serguei Lavrov', 'designated:Sergej Lavrov',
    ]);
    expect(ms.every((m) => m.via === 'variant')).toBe(true);
  });

  it('finds names written in Cyrillic, Greek, Devanagari and Hangul, and a declined Russian surname', () => {
    expect(spans(scanWith([lavrov], 'Министр Сергей Лавров заявил'))).toEqual(['designated:Сергей Лавров']);
    expect(spans(scanWith([kadyrov], 'встреча с Рамзаном Кадыровым'))).toEqual(['designated:Рамзаном Кадыровым']);
    expect(spans(scanWith([lavrov], 'ο Σεργκέι Λαβρόφ δήλωσε'))).toEqual(['designated:Σεργκέι Λαβρόφ']);
    expect(spans(scanWith([kim], '북한 김정은이 말했다'))).toEqual(['designated:김정은']);
  });

  it('takes a Latin-listed name in Han, kana or Hangul only as a whole word of three syllables or more', () => {
    const chang = entity('ofac:c', 'Person', [{ value: 'CHANG, Wen-Fu', quality: 'strong', kind: 'primary' }]);
    const zhang = entity('ofac:z', 'Person', [{ value: 'ZHANG, Jian', quality: 'strong', kind: 'primary' }]);
    // 위원장 ("chairman") holds 원장, which romanises to Chang Wen's parts; 金正 (of 金正恩) to Zhang Jian's.
    expect(spans(scanWith([chang, kim], '김정은 위원장과 원장 선생님'))).toEqual(['designated:김정은']);
    expect(spans(scanWith([zhang], '金正恩与朝鲜'))).toEqual([]);
    // Inside a longer Hangul word, three syllables are the end of some other word.
    expect(spans(scanWith([kim], '고김정은이'))).toEqual([]);
  });

  it('gives short words of another script no extra tolerance, and Arabic consonants must say enough', () => {
    const heJing = entity('ofac:hj', 'Person', [{ value: 'HE, Jing', quality: 'strong', kind: 'primary' }]);
    const aouadi = entity('un:QDi.060', 'Person', [{ value: 'Mohamed AOUADI', quality: 'strong', kind: 'primary' }]);
    // Hindi हैं जिनके ("who have") romanises to "h jink".
    expect(spans(scanWith([heJing], 'सचिन हैं जिनके नाम पर'))).toEqual([]);
    // عواد (Awad) and Aouadi share one consonant, and two short parts have five consonants in all.
    expect(spans(scanWith([aouadi], 'حارس مرمى الزمالك محمد عواد'))).toEqual([]);
    const muammar = entity('ofac:mq', 'Person', [{ value: 'QADHAFI, Muammar', quality: 'strong', kind: 'primary' }]);
    expect(spans(scanWith([muammar], 'قال معمر القذافي'))).toEqual(['designated:معمر القذافي']);
  });

  it('meets names built on "Allah" joined or apart, and a final ه as the lists\' "-ah"', () => {
    expect(spans(scanWith([nasrallah], 'قال حسن نصر الله، ثم حسن نصرالله'))).toEqual(['designated:حسن نصر الله', 'designated:حسن نصرالله']);
  });

  it('drops a short Arabic-script skeleton that fits several listed people', () => {
    const saidi = entity('ofac:s1', 'Person', [{ value: "SA'IDI, Ahmad", quality: 'strong', kind: 'primary' }]);
    const sayed = entity('ofac:s2', 'Person', [{ value: 'SAADI, Ahmed', quality: 'strong', kind: 'primary' }]);
    const text = 'سجل أحمد سيد الهدف الأول';
    expect(spans(scanWith([saidi], text))).toEqual(['designated:أحمد سيد']);
    expect(spans(scanWith([saidi, sayed], text))).toEqual([]);
  });

  it('does not take a looser spelling that stops inside a hyphenated name', () => {
    const karima = entity('ofac:ak', 'Person', [{ value: 'KARIMA, Abdollah', quality: 'strong', kind: 'primary' }]);
    expect(spans(scanWith([karima], 'чтобы обогнать Карима Абдул-Джаббара'))).toEqual([]);
    expect(spans(scanWith([karima], 'встреча с Абдоллой Каримой'))).toHaveLength(1);
  });

  it("lets the page's own spelling of a surname refer back to a name found through a variant", () => {
    expect(spans(scanWith([lavrov], 'Сергей Лавров прибыл. Лавров заявил'))).toEqual(['designated:Сергей Лавров', 'designated:Лавров']);
    expect(spans(scanWith([lavrov], 'التقى سيرغي لافروف. وقال لافروف إن'))).toEqual(['designated:سيرغي لافروف', 'designated:لافروف']);
    expect(spans(scanWith([qadhafi], 'Muammar Gaddafi spoke. Later Gaddafi left.'))).toEqual(['designated:Muammar Gaddafi', 'designated:Gaddafi']);
    // An Arabic-script surname of three consonants is shaped like any word: alone it does not refer back.
    const shurayqi = entity('ofac:sh', 'Person', [{ value: "SHURAYQI, 'Abd-al-Salam", quality: 'strong', kind: 'primary', parts: { given: ['Abd'], family: 'SHURAYQI' } }]);
    const ms = scanWith([shurayqi], 'قال عبد شريقي ثم شريقي');
    expect(spans(ms)[0]).toBe('designated:عبد شريقي');
    expect(spans(ms)).toHaveLength(1);
    // Not before the full name, and not a lower-case word.
    expect(spans(scanWith([lavrov], 'Лавров заявил. Сергей Лавров прибыл. лавров'))).toEqual(['designated:Сергей Лавров']);
  });

  it('meets Arabic articles joined, split or dropped', () => {
    expect(spans(scanWith([qaida], 'fighters of Alqaida and of al Qaeda'))).toEqual(['designated:Alqaida', 'designated:al Qaeda']);
    expect(spans(scanWith([baghdadi], 'Abu Bakr Baghdadi, أبو بكر البغدادي'))).toEqual(['designated:Abu Bakr Baghdadi', 'designated:أبو بكر البغدادي']);
  });

  it('does not take a different name with the same consonants', () => {
    expect(spans(scanWith([nasrallah], 'Hussein Nasrallah and Hasan Nasri spoke.'))).toEqual([]);
    expect(spans(scanWith([lavrov], 'sergei lavrov in lower case, Sergio Lavrador'))).toEqual([]);
  });
});
