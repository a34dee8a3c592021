/**
 * Latin readings of query words in scripts whose romanisation alone does not
 * meet the lists' spellings: Hangul syllables (Revised Romanisation "Gim
 * Jeong Eun" against the lists' McCune-Reischauer "Kim Jong Un"), kana
 * words (the Hepburn "Puchin" of プーチン against "Putin") and Hebrew words
 * (ו and י are vowels as often as consonants: פוטין "fvtyn" is "putin").
 * Each rule is about the script, never about a name; the readings are only
 * kept where the lists have the key.
 */
import anyAscii from 'any-ascii';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** Latin letters the lists write for each initial consonant (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ). */
const INITIALS = [['k', 'g'], ['kk', 'k'], ['n'], ['t', 'd'], ['tt', 't'], ['r', 'l'], ['m'], ['p', 'b'], ['pp', 'p'], ['s', 'sh'], ['ss', 's'], [''], ['ch', 'j'], ['tch', 'jj', 'ch'], ['ch'], ['k'], ['t'], ['p'], ['h']];
/** Vowels (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ): McCune-Reischauer writes ㅓ and ㅗ both "o", ㅡ and ㅜ both "u". */
const VOWELS = [['a'], ['ae', 'e'], ['ya'], ['yae'], ['o', 'eo'], ['e'], ['yo', 'yeo'], ['ye'], ['o'], ['wa'], ['wae'], ['oe'], ['yo'], ['u'], ['wo'], ['we'], ['wi'], ['yu'], ['u', 'eu'], ['ui'], ['i']];
/** Final consonants (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ). */
const FINALS = [[''], ['k'], ['k'], ['k'], ['n'], ['n'], ['n'], ['t'], ['l'], ['k'], ['m'], ['l'], ['l'], ['l'], ['p'], ['l'], ['m'], ['p'], ['p'], ['t'], ['t'], ['ng'], ['t'], ['t'], ['k'], ['t'], ['p'], ['t']];

/** Every Latin spelling of one Hangul syllable; none for any other character. */
export function hangulSpellings(ch: string): string[] {
  const c = ch.codePointAt(0) ?? 0;
  if (ch.length !== 1 || c < HANGUL_FIRST || c > HANGUL_LAST) return [];
  const s = c - HANGUL_FIRST;
  const out: string[] = [];
  for (const a of INITIALS[Math.floor(s / 588)]) for (const b of VOWELS[Math.floor((s % 588) / 28)]) for (const f of FINALS[s % 28]) out.push(a + b + f);
  return out;
}

const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u;

/** Readings of a kana word: Hepburn as written, and with the syllables kana adds to foreign names read back ("chi" for ti, "tsu" for tu, an echo vowel after a final consonant). */
export function kanaSpellings(word: string): string[] {
  if (!KANA.test(word)) return [];
  const r = anyAscii(word).toLowerCase().replace(/[^a-z]/g, '');
  const out = new Set([r]);
  const back = r.replace(/chi/g, 'ti').replace(/tsu/g, 'tu').replace(/dji|ji/g, 'di');
  out.add(back);
  for (const s of [r, back]) {
    // Kana cannot end a syllable in a consonant other than n: "-ru", "-fu", "-to" stand for a bare consonant.
    const bare = s.replace(/([^aeioun])[uo]$/, '$1');
    out.add(bare);
    out.add(bare.replace(/r/g, 'l'));
  }
  return [...out].filter(Boolean);
}

const HEBREW = /^\p{Script=Hebrew}+$/u;

/** Readings of a Hebrew word: ו as a vowel (o/u) or v, י as i or y, פ as p or f. */
export function hebrewSpellings(word: string): string[] {
  if (!HEBREW.test(word)) return [];
  const r = anyAscii(word).toLowerCase().replace(/[^a-z]/g, '');
  const out = new Set([r]);
  const vowels = r.replace(/(?<=.)v(?=.)/g, 'u').replace(/(?<=.)y(?=.)/g, 'i');
  for (const s of [vowels, vowels.replace(/(?<=.)u/g, 'o')]) {
    out.add(s);
    out.add(s.replace(/^f/, 'p'));
  }
  return [...out];
}
