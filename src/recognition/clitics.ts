/**
 * Words that a language writes fused to the first word of a name, so that
 * the page's word is not the listed word:
 *
 * - Spanish contracts "de" and "a" with the article "el": a name listed with
 *   its article ("El Mayo Zambada", an alias) reads "la detención del Mayo
 *   Zambada", "entregaron al Mayo Zambada": both are read as "el". The
 *   contraction stays inside the mark: it is one written word, and it is the
 *   article of the alias (the card names the listed form it matched).
 * - Arabic script prefixes conjunctions and prepositions to the next word:
 *   و "and", ف "so", ب "with/by", ل "for", ك "like" ("وسيرغي لافروف", "and
 *   Sergei Lavrov"; "بالبغدادي", "with al-Baghdadi"; "للبغدادي", where ل + ال
 *   elide the article's alif). The prefix is read off, and the mark starts
 *   after it: it is not part of the name.
 *
 * A reading is only an alternative: the scanner still tries the word as
 * written, and a stripped reading must reach a whole listed name.
 */
import { ARABIC_SCRIPT } from './phonetic-key';
import { makeToken, type Token } from './tokenize';

/** The first word of a possible name read another way. */
export interface Reading {
  token: Token;
  /** The listed name's first word this reading stands for, when it must be that word ("el" for "del"). */
  firstWord?: string;
}

const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ب', 'ل', 'ك']);
const ALIF = 'ا';
const LAM = 'ل';
const COMBINING = /\p{M}/u;
/** What must remain of a word after its prefixes: a name part of three letters or more. */
const ARABIC_REST_MIN = 3;
const JOINED_GAP = /[ \u200c]/g;

/** Length of a letter and the vowel signs written on it, from `i`. */
function letterEnd(raw: string, i: number): number {
  let k = i + 1;
  while (k < raw.length && COMBINING.test(raw[k])) k++;
  return k;
}

function lettersIn(s: string): number {
  let n = 0;
  for (const ch of s) if (!COMBINING.test(ch)) n++;
  return n;
}

/**
 * The readings of an Arabic-script word without its proclitics: a
 * conjunction, a preposition, or one of each, in that order ("وب", "فل").
 * After ل, a following ل is the article with its alif elided ("للبغدادي"),
 * read as "البغدادي".
 */
function arabicReadings(text: string, t: Token): Reading[] {
  if (!ARABIC_SCRIPT.test(text.charAt(t.start))) return [];
  const raw = text.slice(t.start, t.end);
  const out: Reading[] = [];
  let i = 0;
  let sawConjunction = false;
  let sawPreposition = false;
  while (i < raw.length && !sawPreposition) {
    const ch = raw[i];
    if (!sawConjunction && CONJUNCTIONS.has(ch)) sawConjunction = true;
    else if (PREPOSITIONS.has(ch)) sawPreposition = true;
    else break;
    i = letterEnd(raw, i);
    const rest = raw.slice(i);
    if (lettersIn(rest) < ARABIC_REST_MIN) break;
    const elided = ch === LAM && rest.startsWith(LAM);
    // A word joined with Allah (tokenize.ts) spans the gap written between its two parts: the reading is one word.
    const word = t.norm.includes(' ') ? rest : rest.replace(JOINED_GAP, '');
    out.push({ token: makeToken(text, t.start + i, t.end, elided ? ALIF + word : word) });
  }
  return out;
}

/**
 * French and Italian elide an article or preposition into the next word with
 * an apostrophe ("l'Iran", "d'Irak", "dell'Iran", "qu'Al-Qaida"), which the
 * tokeniser keeps as one word. The word after the apostrophe is read on its
 * own when it starts with a capital, and the mark starts after the apostrophe.
 */
const ELISION_RE = /^(?:[lLdDjJmMnNsStTcC]|[qQ]u|[dD]ell|[aA]ll|[nN]ell|[sS]ull|[dD]all)['’](?=\p{Lu})/u;

const ELISION_MAX = 5;

function elisionReading(text: string, t: Token): Reading[] {
  // The apostrophe was dropped from the word's forms, so its written length is longer than them.
  if (t.end - t.start === t.cased.length || t.cjk) return [];
  const m = ELISION_RE.exec(text.slice(t.start, t.start + ELISION_MAX + 1));
  if (!m || t.end - t.start - m[0].length < 2) return [];
  const start = t.start + m[0].length;
  return [{ token: makeToken(text, start, t.end, text.slice(start, t.end)) }];
}

/** Other readings of `t` as the first word of a name, fewest letters read off first; none for most words. */
export function firstWordReadings(text: string, t: Token): Reading[] {
  const elided = elisionReading(text, t);
  if (elided.length) return elided;
  // "al" meets "el" in the trie already (both are the article key); coreference compares transliteration keys.
  if (t.norm === 'del' || t.norm === 'al') {
    const el = makeToken(text, t.start, t.end, 'el');
    return [{ token: { ...el, cased: t.cased }, firstWord: 'el' }];
  }
  if (t.cjk || t.norm.length <= ARABIC_REST_MIN) return [];
  return arabicReadings(text, t);
}
