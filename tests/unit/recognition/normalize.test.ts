import { describe, expect, it } from 'vitest';
import { foldToken, translitKey } from '../../../src/recognition/normalize';
import { tokenize } from '../../../src/recognition/tokenize';
import { isValidImo } from '../../../src/recognition/imo';

describe('normalisation', () => {
  it('folds case, diacritics, compatibility forms and special letters', () => {
    expect(foldToken('Bozizé')).toBe('bozize');
    expect(foldToken('ＫＩＭ')).toBe('kim');
    expect(foldToken('Straße')).toBe('strasse');
    expect(foldToken('Łódź')).toBe('lodz');
    expect(foldToken('Ёлкин')).toBe('елкин');
  });
  it('joins every apostrophe form inside a word and splits the possessive', () => {
    for (const a of ["'", '’', 'ʼ', '‘', '`']) expect(tokenize(`Hay${a}at`).map((t) => t.norm)).toEqual(['hayat']);
    const t = tokenize('Russia’s war');
    expect(t.map((x) => x.norm)).toEqual(['russia', 'war']);
    expect(t[0].end).toBe(6);
  });
  it('treats hyphen variants as soft gaps and merges dotted initials', () => {
    const t = tokenize('Kim Jong‑un of the U.N. said');
    expect(t.map((x) => x.norm)).toEqual(['kim', 'jong', 'un', 'of', 'the', 'un', 'said']);
    expect(t[2].softBefore).toBe(true);
    const un = t[5];
    expect([un.start, un.end]).toEqual([19, 23]);
  });
  it('never lets a name continue across a line break or comma', () => {
    const t = tokenize('Kim\nJong, Un');
    expect(t[1].softBefore).toBe(false);
    expect(t[2].softBefore).toBe(false);
  });
  it('gives transliteration variants one key', () => {
    expect(translitKey('yevgeniy')).toBe(translitKey('evgeny'));
    expect(translitKey('yevgeny')).toBe(translitKey('evgeni'));
    expect(translitKey('sergei')).toBe(translitKey('sergey'));
    expect(translitKey('khalid')).toBe(translitKey('halid'));
    expect(translitKey('mohammad')).toBe(translitKey('mohamad'));
    expect(translitKey('smith')).not.toBe(translitKey('smyth'));
  });
  it('tokenises CJK characters one by one with UTF-16 offsets', () => {
    const t = tokenize('𝐀 金正恩');
    expect(t.map((x) => x.cased)).toEqual(['A', '金', '正', '恩']);
    expect(t[1].start).toBe(3);
  });
  it('checks IMO numbers', () => {
    expect(isValidImo('9522324')).toBe(true);
    expect(isValidImo('9522325')).toBe(false);
    expect(isValidImo('952232')).toBe(false);
  });
});
