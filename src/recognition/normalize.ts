/**
 * Character and token normalisation shared by index building and scanning,
 * so that a listed name and the page text meet in the same form.
 */

/** Letters that NFD does not decompose but readers treat as plain Latin. */
const LATIN_FOLDS: Record<string, string> = {
  ß: 'ss', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  ı: 'i', þ: 'th', Þ: 'TH', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H',
};
const LATIN_FOLD_RE = /[ßøØđĐłŁæÆœŒıþÞðÐħĦ]/g;
const MARKS_RE = /\p{Mn}/gu;
const HAS_NON_ASCII = /[^\x00-\x7f]/;

/** Removes compatibility forms and diacritics but keeps letter case. */
export function foldKeepCase(s: string): string {
  if (!HAS_NON_ASCII.test(s)) return s;
  return s
    .normalize('NFKC')
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .normalize('NFC')
    .replace(LATIN_FOLD_RE, (c) => LATIN_FOLDS[c] ?? c);
}

/** The comparison form of a token: folded and lower case. */
export function foldToken(s: string): string {
  return foldKeepCase(s).toLowerCase();
}

const LATIN_ONLY = /^[a-z0-9]+$/;

/**
 * A looser key for romanised names, so that common transliteration
 * variants of the same name meet (Yevgeniy / Yevgeny / Evgeny, Sergei /
 * Sergey / Sergej / Serguei, Khalid / Halid, Qaida / Kaida, Yousef / Yusef, Mohammad / Mohamad,
 * Djamal / Dzhamal / Zhamal, Qadhafi / Qadafi). The skeleton built on it
 * (phonetic-key.ts) is looser still.
 * Applied to listed tokens and text tokens alike; only Latin tokens change.
 */
export function translitKey(norm: string): string {
  if (norm.length < 3 || !LATIN_ONLY.test(norm)) return norm;
  let k = norm;
  k = k.replace(/^(?:ye|je|ie)/, 'e').replace(/^yu/, 'u').replace(/^ya/, 'a');
  k = k.replace(/dzh|dj|zh/g, 'j').replace(/kh/g, 'h').replace(/gh/g, 'g').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/q/g, 'k');
  k = k.replace(/tch/g, 'ch').replace(/dh/g, 'd').replace(/th/g, 't').replace(/gu(?=[ei])/g, 'g');
  k = k.replace(/ou/g, 'u').replace(/oo/g, 'u').replace(/ee/g, 'i').replace(/ae/g, 'ai');
  k = k.replace(/(?:iy|yy|ij|ii|y)$/, 'i').replace(/([aeou])j$/, '$1i');
  k = k.replace(/([a-z])\1+/g, '$1');
  return k;
}

/** Every apostrophe and single-quote form that may sit inside a word ("Hay'at", "O’Brien"). */
export const APOSTROPHES = "'’‘ʼʻ`´′";
/** Hyphen and dash forms that join parts of a name ("Jong-un", "al‑Sharaa"). */
export const HYPHENS = '-‐‑‒–­';

/** True when the string has at least one letter with case and every cased letter is upper case. */
export function isAllUpper(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

/** True when the first character is an upper-case letter. */
export function startsUpper(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when the token's script has letter case (Latin, Cyrillic, Greek, Armenian...). */
export function hasCase(s: string): boolean {
  return s.toLowerCase() !== s.toUpperCase();
}
