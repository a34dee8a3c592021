/**
 * Case endings of names in languages that decline them, written in Latin
 * letters: Polish ("Putinowi", "Putina", "Putinem"), Lithuanian ("Putino",
 * "Putinui", "Putinas"), Czech and Slovak, and Russian in transliteration
 * ("Putinym", "Kadyrovu"). In a name's walk through the trie, Cyrillic
 * endings are handled by the trie key itself (phonetic-key.ts); a surname
 * that refers back alone ("Лаврова" after "Сергей Лавров") is stemmed here,
 * Russian, Ukrainian and Belarusian endings alike.
 *
 * The table is bounded and the stem must keep four letters; a stem only
 * counts when the name trie has a listed part for it and the rest of a
 * longer name (or a name the page gave in full) confirms it, so an ordinary
 * capitalised word that happens to end in "-a" reaches nothing.
 */
import { lightKey, trieKeyOf } from './phonetic-key';
import { translitKey } from './normalize';
import type { Token } from './tokenize';

/** Longest first, so that "-owi" is tried before "-i". */
const LATIN_CASE_ENDINGS = [
  'owie', 'owi', 'ego', 'emu', 'ami', 'ach', 'owa', 'ui', 'as', 'is', 'ys', 'em', 'om', 'ym', 'im', 'ie', 'oy', 'oj',
  'a', 'u', 'e', 'o', 'y', 'i',
];
/**
 * Cyrillic case endings of surnames, in the folded form (й is и), each with
 * what the base form ends in instead: -ов/-ев/-ин ("Лаврова", "Путину",
 * "Путиным", Ukrainian "Путінові"), -ский ("Зеленского"), and -а, the
 * ending of both a feminine surname and a masculine one such as Дерипаска
 * ("Дерипаски", "Кадыровой" of Кадырова). "Кадырова" is Кадыров declined or a
 * woman's name: both stems are tried, and only one that reaches the page's
 * names counts.
 */
const CYRILLIC_CASE_ENDINGS: [string, string][] = [
  ['ові', ''], ['ого', 'ии'], ['ому', 'ии'], ['ым', ''], ['им', ''], ['им', 'ии'], ['ом', ''], ['ем', ''], ['ои', 'а'],
  ['а', ''], ['у', ''], ['ю', ''], ['е', ''], ['і', ''], ['и', 'а'], ['ы', 'а'], ['е', 'а'], ['у', 'а'],
];
const STEM_MIN = 4;
const LATIN_WORD = /^[a-z]+$/;
const CYRILLIC_WORD = /^[\u0430-\u045f\u0491]+$/;

/** A token read as its stem: keys of the stem, offsets and written form of the token. */
export interface StemmedToken extends Token {
  stemmed: true;
}

const cache = new Map<string, StemmedToken[]>();
const cyrillicCache = new Map<string, StemmedToken[]>();
const CACHE_MAX = 20_000;

function stemToken(t: Token, stem: string): StemmedToken {
  const key = translitKey(stem);
  const lat = lightKey(stem, key);
  return { ...t, key, lat, skel: trieKeyOf(stem, lat), stemmed: true };
}

/** Stem keys of a capitalised Latin word under the case endings it may carry, longest ending first (offsets not set). */
function stemKeys(t: Token): StemmedToken[] {
  if (t.cjk || t.norm.length < STEM_MIN + 1) return [];
  const c = t.cased.charAt(0);
  if (c === c.toLowerCase() || !LATIN_WORD.test(t.norm)) return [];
  let keys = cache.get(t.norm);
  if (!keys) {
    keys = [];
    for (const end of LATIN_CASE_ENDINGS) {
      if (!t.norm.endsWith(end) || t.norm.length - end.length < STEM_MIN) continue;
      keys.push(stemToken(t, t.norm.slice(0, -end.length)));
    }
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(t.norm, keys);
  }
  return keys;
}

/** Base forms of a capitalised Cyrillic word under the case endings it may carry, longest ending first (offsets not set). */
function cyrillicStemKeys(t: Token): StemmedToken[] {
  if (t.norm.length < STEM_MIN + 1) return [];
  const c = t.cased.charAt(0);
  if (c === c.toLowerCase() || !CYRILLIC_WORD.test(t.norm)) return [];
  let keys = cyrillicCache.get(t.norm);
  if (!keys) {
    keys = [];
    for (const [end, base] of CYRILLIC_CASE_ENDINGS) {
      if (!t.norm.endsWith(end) || t.norm.length - end.length < STEM_MIN) continue;
      keys.push(stemToken(t, t.norm.slice(0, -end.length) + base));
    }
    if (cyrillicCache.size >= CACHE_MAX) cyrillicCache.clear();
    cyrillicCache.set(t.norm, keys);
  }
  return keys;
}

/**
 * The stems of `t` that `reaches` accepts (a trie edge, a surname), one per
 * distinct key, longest ending first, read at `t`'s place in the text.
 */
export function reachingStems(t: Token, reaches: (s: StemmedToken) => boolean, cyrillic = false): StemmedToken[] {
  const out: StemmedToken[] = [];
  // A word is Latin or Cyrillic: at most one of the two has stems.
  const latin = stemKeys(t);
  for (const s of latin.length || !cyrillic ? latin : cyrillicStemKeys(t)) {
    if (!reaches(s) || out.some((o) => o.skel === s.skel)) continue;
    out.push({ ...t, key: s.key, lat: s.lat, skel: s.skel, stemmed: true });
  }
  return out;
}

/**
 * The one stem of `t` that `reaches` accepts: none when no stem or more than
 * one different stem does, since then the base name is not certain. A
 * Cyrillic word's stems are tried too.
 */
export function uniqueStem(t: Token, reaches: (s: StemmedToken) => boolean): StemmedToken | undefined {
  const stems = reachingStems(t, reaches, true);
  return stems.length === 1 ? stems[0] : undefined;
}
