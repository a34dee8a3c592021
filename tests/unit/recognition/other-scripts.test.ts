import { describe, expect, it } from 'vitest';
import { arabicSoundReadings } from '../../../src/recognition/arabic-sounds';
import { tokenize } from '../../../src/recognition/tokenize';
import { entity, scanWith, spans } from './helpers';

const person = (id: string, family: string, given: string[]) =>
  entity(id, 'Person', [{ value: `${family.toUpperCase()}, ${given.join(' ')}`, quality: 'strong', kind: 'primary', parts: { given, family: family.toUpperCase() } }]);
const putin = person('ofac:p', 'Putin', ['Vladimir', 'Vladimirovich']);
const lavrov = person('ofac:l', 'Lavrov', ['Sergei', 'Viktorovich']);
const nasrallah = entity('ofac:n', 'Person', [{ value: 'NASRALLAH, Hasan', quality: 'strong', kind: 'primary' }]);
const kim = person('ofac:k', 'Kim', ['Jong', 'Un']);
const hizballah = entity('ofac:h', 'Organization', ['HIZBALLAH', 'PARTY OF GOD']);
const houthis = entity('un:y', 'Organization', ['THE HOUTHIS', 'ANSARALLAH']);
const entities = (text: string, list: Parameters<typeof scanWith>[0]) => scanWith(list, text).map((m) => `${m.text}=${m.entity}`);

describe('letters Arabic script lacks', () => {
  it('reads ب as p, ج as g and a و inside a word as v, in Arabic and Persian news', () => {
    expect(entities('قال الرئيس الروسي فلاديمير بوتين إن', [putin])).toEqual(['فلاديمير بوتين=ofac:p']);
    expect(entities('وزير الخارجية، سيرجي لافروف، سيزور تركيا', [lavrov])).toEqual(['سيرجي لافروف=ofac:l']);
    expect(entities('«ولادیمیر پوتین» رییس جمهوری روسیه', [putin])).toEqual(['ولادیمیر پوتین=ofac:p']);
    expect(entities('سرگئی لاوروف، وزیر امور خارجه روسیه', [lavrov])).toEqual(['سرگئی لاوروف=ofac:l']);
  });

  it('counts a swapped letter as a guess, never a final و, and only in a word of three consonants', () => {
    const [t] = tokenize('بوتين');
    expect(arabicSoundReadings(t).map((r) => r.lat)).toContain('putin');
    // "أرامكو" (Aramco): the final و is a vowel, not the v of a listed Ermakov.
    expect(arabicSoundReadings(tokenize('أرامكو')[0]).map((r) => r.lat)).not.toContain('rmkv');
    // "جودة" read as "guda" would be two consonants: no reading.
    expect(arabicSoundReadings(tokenize('جودة')[0])).toEqual([]);
    // "كيم جونغ" read as Kam Kong: four written consonants and one guessed are too few for a name.
    const wong = person('ofac:w', 'Wong', ['Kam', 'Kong']);
    expect(entities('هو نجل كيم جونغ إيل', [wong])).toEqual([]);
  });
});

describe('Arabic-script words and listed names', () => {
  it('keeps a consonant and the h after it two letters, as the listed name writes them ("زاهد" is Zahed, not "jd")', () => {
    const zahed = person('un:z', 'Zahed', ['Abdul', 'Rahman']);
    expect(entities('وقال عبد الرحمن زاهد في بيان', [zahed])).toEqual(['عبد الرحمن زاهد=un:z']);
    expect(arabicSoundReadings(tokenize('زاهد')[0]).map((r) => r.skel)).toContain('zhd');
    // Persian says ض as z: Reza, as the lists write it.
    const zahedi = person('un:r', 'Zahedi', ['Mohammad', 'Reza']);
    expect(entities('قال محمد رضا زاهدي', [zahedi])).toEqual(['محمد رضا زاهدي=un:r']);
    // An h that follows a vowel letter is no digraph: no extra reading.
    expect(arabicSoundReadings(tokenize('نهر')[0])).toEqual([]);
  });

  it('meets a one-word listed name built on Allah, joined, apart, after a proclitic or with a zero-width non-joiner', () => {
    const text = 'أعلن حزب الله. الأمين العام لحزب الله. سومین دبیرکل حزب‌الله لبنان. حزبالله';
    expect(spans(scanWith([hizballah], text))).toEqual(['designated:حزب الله', 'designated:حزب الله', 'designated:حزب‌الله', 'designated:حزبالله']);
    expect(entities('جماعة أنصار الله الحوثيين', [houthis, hizballah])).toEqual(['أنصار الله=un:y']);
  });

  it('takes a word that opens with a vowel only for a listed part that does', () => {
    // "نصر الله" (Nasrallah, a novelist's surname) has the consonants of Ansarallah, but no alif before them.
    expect(entities('الروائي إبراهيم نصر الله', [houthis])).toEqual([]);
    expect(entities('الروائي إبراهيم نصرالله', [houthis])).toEqual([]);
    // "بعد" (after) is not Abd: the listed part opens with a vowel, the word with a consonant.
    const abd = entity('ofac:a', 'Person', [{ value: 'ABD SHARIKA', quality: 'strong', kind: 'primary' }]);
    expect(entities('بعد شركة توتال', [abd])).toEqual([]);
    expect(entities('قال عبد شركة', [abd])).toEqual(['عبد شركة=ofac:a']);
    // A name listed in Arabic script opens with the page's letter: "عواد" (Awad, a goalkeeper) is not "زاهد".
    const zahid = entity('un:z', 'Person', ['MOHAMMAD ZAHID', { value: 'محمد زاهد', quality: 'strong', kind: 'original' }]);
    expect(entities('حارس مرمى الزمالك محمد عواد، لكي', [zahid])).toEqual([]);
    expect(entities('قال محمد زاهد إن', [zahid])).toEqual(['محمد زاهد=un:z']);
  });

  it('meets an "Abd al-" name whose Latin form writes the article on Abd ("Abdul Malik", "Abdulmalik")', () => {
    const houthi = entity('ofac:ah', 'Person', [{ value: 'AL HOUTHI, Abdul Malik', quality: 'strong', kind: 'primary', parts: { given: ['Abdul', 'Malik'], family: 'AL HOUTHI' } }]);
    const un = entity('un:ah', 'Person', ['ABDULMALIK AL-HOUTHI']);
    expect(entities('عبد الملك الحوثي زعيم جماعة الحوثيين', [houthi])).toEqual(['عبد الملك الحوثي=ofac:ah']);
    expect(entities('عبد الملك الحوثي زعيم جماعة الحوثيين', [un])).toEqual(['عبد الملك الحوثي=un:ah']);
  });

  it('judges a short Arabic part by its consonants, as a longer one ("كيم" of Kim Jong Un)', () => {
    // The country is marked too since country names are read in Arabic: only the person is this test's.
    expect(entities('كيم جونغ أون هو زعيم كوريا الشمالية', [kim]).filter((e) => !e.includes('=jurisdiction:'))).toEqual(['كيم جونغ أون=ofac:k']);
  });

  it('lets a name start at the next word when a short skeleton fitting several people is dropped', () => {
    const sayed1 = entity('ofac:s1', 'Person', [{ value: 'SAYED HASSAN', quality: 'strong', kind: 'primary' }]);
    const sayed2 = entity('ofac:s2', 'Person', [{ value: 'SAID HUSN', quality: 'strong', kind: 'primary' }]);
    expect(entities('سید حسن نصرالله در حومه بیروت', [sayed1, sayed2, nasrallah])).toEqual(['حسن نصرالله=ofac:n']);
  });
});

describe('declined Cyrillic surnames', () => {
  it('refer back to the person the page named in full, in Russian and Ukrainian cases', () => {
    const text = 'Президент Владимир Путин и министр Сергей Лавров. Слова Лаврова прозвучали. Позже Путину сообщили. С Путиным говорили. Вступительное слово министра С.В.Лаврова.';
    expect(spans(scanWith([putin, lavrov], text))).toEqual([
      'designated:Владимир Путин', 'designated:Сергей Лавров', 'designated:Лаврова', 'designated:Путину', 'designated:Путиным', 'designated:Лаврова',
    ]);
    expect(spans(scanWith([putin], 'Володимир Путін заявив. Путінові сказали.'))).toEqual(['designated:Володимир Путін', 'designated:Путінові']);
  });

  it('reads -а as a masculine surname declined or a feminine one, whichever the page named, and not inside a namesake', () => {
    const deripaska = person('ofac:d', 'Deripaska', ['Oleg', 'Vladimirovich']);
    expect(spans(scanWith([deripaska], 'Олег Дерипаска спорил. Юристам Дерипаски ответили. Не за Дерипаску.'))).toEqual([
      'designated:Олег Дерипаска', 'designated:Дерипаски', 'designated:Дерипаску',
    ]);
    const kadyrova = person('ofac:ka', 'Kadyrova', ['Aishat', 'Ramzanovna']);
    expect(spans(scanWith([kadyrova], 'Айшат Кадырова открыла магазин. Магазин Кадыровой закрыт.'))).toEqual(['designated:Айшат Кадырова', 'designated:Кадыровой']);
    // After "Сергей Лавров", "Кирилла Лаврова" is the actor, someone's full name.
    expect(spans(scanWith([lavrov], 'Сергей Лавров прибыл. Театр Кирилла Лаврова закрыт.'))).toEqual(['designated:Сергей Лавров']);
    // Not before the full name.
    expect(spans(scanWith([lavrov], 'Слова Лаврова. Сергей Лавров прибыл.'))).toEqual(['designated:Сергей Лавров']);
  });
});
