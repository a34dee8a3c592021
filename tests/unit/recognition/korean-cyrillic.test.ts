import { describe, expect, it } from 'vitest';
import { koreanReadings } from '../../../src/recognition/korean-cyrillic';
import { tokenize } from '../../../src/recognition/tokenize';
import { entity, scanWith, spans } from './helpers';

const kimJongUn = entity('ofac:20157', 'Person', [{ value: 'KIM, Jong Un', quality: 'strong', kind: 'primary', parts: { given: ['Jong', 'Un'], family: 'KIM' } }]);
const kimYoJong = entity('ofac:21444', 'Person', [{ value: 'KIM, Yo Jong', quality: 'strong', kind: 'primary', parts: { given: ['Yo', 'Jong'], family: 'KIM' } }]);
const choe = entity('ofac:23213', 'Person', [{ value: 'CHOE, Ryong Hae', quality: 'strong', kind: 'primary', parts: { given: ['Ryong', 'Hae'], family: 'CHOE' } }]);
const riPyongChol = entity('un:KPi.076', 'Person', ['Ri Pyong Chol']);
const pakBong = entity('un:p', 'Person', ['PAK BONG']);
const koreans = [kimJongUn, kimYoJong, choe, riPyongChol, pakBong];

const readings = (word: string) => {
  const [t] = tokenize(word);
  return koreanReadings(t, word).flatMap((r) => r.lats ?? []);
};

describe('Korean names in Russian Cyrillic (Kontsevich)', () => {
  it('reads a Cyrillic syllable with the Latin letters the lists write for it', () => {
    expect(readings('Чен')).toContain('jong');
    expect(readings('Чжон')).toContain('jong');
    expect(readings('Ын')).toContain('un');
    expect(readings('Ё')).toEqual(['yo']);
    expect(readings('Чхве')).toContain('choe');
    expect(readings('Рён')).toContain('ryong');
    // More than one syllable, a lower-case word, a one-letter Russian word: no Korean reading.
    expect(readings('Москва')).toEqual([]);
    expect(readings('чен')).toEqual([]);
    expect(readings('В')).toEqual([]);
  });

  it('finds Korean names written in Cyrillic syllables, also with the last one declined', () => {
    for (const [text, name, matched] of [
      ['Ким Чен Ын посетил завод', 'Ким Чен Ын', 'kim jong un'],
      ['Ким Чжон Ын посетил завод', 'Ким Чжон Ын', 'kim jong un'],
      ['встреча с Ким Чен Ыном прошла', 'Ким Чен Ыном', 'kim jong un'],
      ['Ким Ё Чжон заявила', 'Ким Ё Чжон', 'kim yo jong'],
      ['Чхве Рён Хэ выступил', 'Чхве Рён Хэ', 'choe ryong hae'],
      ['Ри Пён Чхоль осмотрел ракету', 'Ри Пён Чхоль', 'ri pyong chol'],
    ]) {
      const m = scanWith(koreans, text);
      expect(spans(m), text).toEqual([`designated:${name}`]);
      expect(m[0].matched, text).toBe(matched);
    }
  });

  it('does not take the first syllables of a longer Korean name, nor Russian words', () => {
    // Pak Pong Ju is not Pak Bong.
    expect(scanWith(koreans, 'Пак Пон Чжу заявил')).toEqual([]);
    expect(scanWith(koreans, 'Он Дом Сон Мак')).toEqual([]);
  });
});
