import { describe, expect, it } from 'vitest';
import { entity, scanWith, spans } from './helpers';
import { firstWordReadings } from '../../../src/recognition/clitics';
import { tokenize } from '../../../src/recognition/tokenize';

const zambada = entity('ofac:7226', 'Person', [
  { value: 'ZAMBADA GARCIA, Ismael', quality: 'strong', kind: 'primary', parts: { given: ['Ismael'], family: 'ZAMBADA GARCIA' } },
  { value: 'ZAMBADA, El Mayo', quality: 'strong', kind: 'alias', parts: { given: ['El', 'Mayo'], family: 'ZAMBADA' } },
]);
const lavrov = entity('ofac:l', 'Person', [
  { value: 'LAVROV, Sergei Viktorovich', quality: 'strong', kind: 'primary', parts: { given: ['Sergei', 'Viktorovich'], family: 'LAVROV' } },
]);
const hizballah = entity('un:h', 'Organization', ['HIZBALLAH', 'حزب الله']);
const guard = entity('un:g', 'Organization', ['ISLAMIC REVOLUTIONARY GUARD CORPS', 'الحرس الثوري الإسلامي']);
const muallem = entity('un:m', 'Person', ['Walid al-Muallem', 'وليد المعلم']);

describe('Spanish contractions of a listed article', () => {
  it('reads "del" and "al" before a name listed with "El" as the article, inside the mark', () => {
    for (const [text, mark] of [
      ['la detención del Mayo Zambada en Texas', 'del Mayo Zambada'],
      ['entregaron al Mayo Zambada a Estados Unidos', 'al Mayo Zambada'],
      ['Del Mayo Zambada se sabe poco', 'Del Mayo Zambada'],
    ]) {
      const m = scanWith([zambada], text);
      expect(spans(m), text).toEqual([`designated:${mark}`]);
      // The card says the listed form, article included, that the contraction stood for.
      expect(m[0].matched, text).toBe('el mayo zambada');
      expect(m[0].via, text).toBe('variant');
    }
  });

  it('lets a short form listed with its article refer back after "del" and "al"', () => {
    const mayo = entity('ofac:m', 'Person', [
      { value: 'ZAMBADA GARCIA, Ismael', quality: 'strong', kind: 'primary', parts: { given: ['Ismael'], family: 'ZAMBADA GARCIA' } },
      { value: 'El Mayo', quality: 'weak', kind: 'alias' },
    ]);
    const m = scanWith([mayo], 'Ismael Zambada García fue detenido. La familia del Mayo pidió clemencia; entregaron al Mayo a Texas. El 5 de mayo.');
    expect(spans(m)).toEqual(['designated:Ismael Zambada García', 'designated:del Mayo', 'designated:al Mayo']);
    expect(m[1].via).toBe('coref');
  });

  it('reads "del" as "el" only for a name listed with that article', () => {
    const noor = entity('ofac:n', 'Organization', ['AL NOOR TRADING COMPANY']);
    expect(spans(scanWith([noor], 'el director del Noor Trading Company'))).not.toContain('designated:del Noor Trading Company');
  });
});

describe('Arabic-script proclitics', () => {
  it('finds a name after و, ف, ب, ل or a conjunction and a preposition, and leaves the prefix out of the mark', () => {
    for (const prefix of ['و', 'ف', 'ب', 'ل', 'وب', 'فل']) {
      const text = `التقى ${prefix}سيرغي لافروف في موسكو`;
      const m = scanWith([lavrov], text);
      expect(spans(m), prefix).toEqual(['designated:سيرغي لافروف']);
      expect(text.slice(m[0].start, m[0].end)).toBe('سيرغي لافروف');
    }
  });

  it('reads وال and بال as the article, and لل as ل with the article\'s alif elided', () => {
    expect(spans(scanWith([hizballah], 'قال وحزب الله إن'))).toEqual(['designated:حزب الله']);
    expect(spans(scanWith([guard], 'قادة والحرس الثوري الإسلامي'))).toEqual(['designated:الحرس الثوري الإسلامي']);
    expect(spans(scanWith([guard], 'تابع بالحرس الثوري الإسلامي'))).toEqual(['designated:الحرس الثوري الإسلامي']);
    expect(spans(scanWith([guard], 'قائد للحرس الثوري الإسلامي'))).toEqual(['designated:لحرس الثوري الإسلامي']);
  });

  it('lets a surname with a proclitic refer back to the name given in full, without the proclitic', () => {
    const text = 'التقى سيرغي لافروف في موسكو. وقال ولافروف إن';
    const m = scanWith([lavrov], text);
    expect(spans(m)).toEqual(['designated:سيرغي لافروف', 'designated:لافروف']);
    expect(m[1].via).toBe('coref');
    expect(text.slice(m[1].start - 1, m[1].start)).toBe('و');
  });

  it('keeps a first letter that belongs to the listed name', () => {
    // وليد (Walid) begins with what could be "and": the listed word is the whole word.
    expect(spans(scanWith([muallem], 'قال وليد المعلم'))).toEqual(['designated:وليد المعلم']);
  });
});

describe('French and Italian elision', () => {
  it('reads the word after an elided article as a name, the mark after the apostrophe', () => {
    const text = "Le sanzioni contro l'Iran e dell’Iraq";
    const iran = firstWordReadings(text, tokenize(text)[3]);
    expect(iran.map((r) => text.slice(r.token.start, r.token.end))).toEqual(['Iran']);
    const iraq = firstWordReadings(text, tokenize(text)[5]);
    expect(iraq.map((r) => text.slice(r.token.start, r.token.end))).toEqual(['Iraq']);
  });
  it('marks a country and a listed name after the apostrophe', () => {
    expect(spans(scanWith([lavrov], "Les sanctions contre l'Iran visent aussi l’équipe de Sergei Lavrov."))).toEqual([
      'jurisdiction:Iran', 'designated:Sergei Lavrov',
    ]);
  });
  it('leaves a lower-case word and a longer prefix alone', () => {
    const text = "l'année Gll'Iran";
    expect(tokenize(text).map((t) => firstWordReadings(text, t).length)).toEqual([0, 0]);
  });
});
