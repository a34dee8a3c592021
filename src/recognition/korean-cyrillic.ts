/**
 * Korean names written in Russian Cyrillic. Russian renders Korean by the
 * Kontsevich system (and the older Kholodovich spellings the press kept):
 * one Cyrillic word per syllable, "Ким Чен Ын" for 김정은 (Kim Jong Un),
 * "Ким Ё Чжон" (Kim Yo Jong), "Чхве Рён Хэ" (Choe Ryong Hae). Read letter
 * by letter as Russian (any-ascii: "kim chen yn") they are far from the
 * lists' McCune-Reischauer forms, because the system spells Korean sounds
 * Russian has no letter for: ㅈ is "чж" or "ч" (Latin j/ch), ㅊ "чх" (ch),
 * ㅡ "ы" (u), ㅓ "о" or, after a palatal, "е" (o: Чен = Jong, Пхеньян =
 * Pyongyang), ㅐ "э" (ae), and final ㅇ and ㄴ are both "н" (ng / n).
 *
 * A word that is exactly one syllable of that system gets its Latin
 * readings here: one per consonant skeleton (the trie key), each with the
 * vowel spellings the part alignment may compare (`lats`). They are only
 * walked as alternatives to the word as written, so every part of a listed
 * name must be reached; a Russian word that happens to be one syllable
 * ("Дом", "Сон") reaches nothing unless it sits in a listed Korean name.
 * Russian declines the last word of a Korean name ("с Ким Чен Ыном"): a
 * case ending after the syllable is read off.
 */
import { lightKey, skeleton } from './phonetic-key';
import type { Token } from './tokenize';

/** Initial consonants, longest first, with the Latin letters the lists write for them. */
const INITIALS: [string, string[]][] = [
  ['чж', ['j', 'ch']], ['чх', ['ch']], ['кх', ['k']], ['тх', ['t']], ['пх', ['p']],
  ['ч', ['j', 'ch']], ['ж', ['j']], ['к', ['k']], ['г', ['g', 'k']], ['н', ['n']], ['т', ['t']], ['д', ['d', 't']],
  ['р', ['r', 'l']], ['л', ['l', 'r']], ['м', ['m']], ['б', ['b', 'p']], ['п', ['p', 'b']], ['с', ['s']], ['х', ['h']],
];
/** Vowels, longest first. "в" before a vowel is the glide w ("Кван" Kwang, "Чхве" Choe). */
const VOWELS: [string, string[]][] = [
  ['ве', ['oe', 'we']], ['ва', ['wa']], ['во', ['wo']], ['ви', ['wi']], ['вэ', ['wae']], ['ый', ['ui']], ['уй', ['wi', 'ui']], ['ой', ['oi']],
  ['а', ['a']], ['я', ['ya']], ['о', ['o']], ['ё', ['yo']], ['у', ['u']], ['ю', ['yu']], ['ы', ['u', 'eu']], ['и', ['i']],
  ['е', ['e', 'o', 'yo', 'ye']], ['э', ['ae', 'e']],
];
const FINALS: [string, string[]][] = [
  ['ль', ['l']], ['н', ['n', 'ng']], ['м', ['m']], ['л', ['l']], ['р', ['l']], ['к', ['k']], ['п', ['p']], ['т', ['t']], ['', ['']],
];
/** Russian case endings a Korean name's last word takes ("Ына", "Ыну", "Ыном"), longest first. */
const CASE_ENDINGS = ['ом', 'ем', 'ой', 'а', 'у', 'е', 'я', 'ю'];
/** One-letter Russian words are prepositions and conjunctions; only a vowel that is no Russian word is read alone. */
const LONE_VOWELS = new Set(['ё', 'э', 'ы']);
const MAX_LETTERS = 7;
const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/;
/** Cyrillic capitals: Ѐ..Я. */
const CAPITAL_FIRST = 0x0400;
const CAPITAL_LAST = 0x042f;

/** Every Latin spelling of `word` read as exactly one syllable. */
function syllableSpellings(word: string): string[] {
  const out: string[] = [];
  const initials = INITIALS.filter(([c]) => word.startsWith(c));
  for (const [ci, li] of [...initials, ['', ['']] as [string, string[]]]) {
    const afterInitial = word.slice(ci.length);
    for (const [cv, lv] of VOWELS) {
      if (!afterInitial.startsWith(cv)) continue;
      const rest = afterInitial.slice(cv.length);
      for (const [cf, lf] of FINALS) {
        if (rest !== cf) continue;
        for (const a of li) for (const b of lv) for (const c of lf) out.push(a + b + c);
      }
    }
    // Only the longest initial that leaves a syllable counts ("чх" before "ч").
    if (out.length) break;
  }
  return out;
}

const cache = new Map<string, Token[]>();
const CACHE_MAX = 20_000;

/**
 * The Latin readings of a capitalised Cyrillic word as one Korean syllable,
 * at the word's place in `text` (read from the text as written, since the
 * token's folded form has lost ё and й); none for any other word.
 */
export function koreanReadings(t: Token, text: string): Token[] {
  // Most words fail on their first letter or length, before any string is made.
  const c = text.charCodeAt(t.start);
  if (c < CAPITAL_FIRST || c > CAPITAL_LAST || t.end - t.start > MAX_LETTERS) return [];
  const raw = text.slice(t.start, t.end);
  if (!CYRILLIC_WORD.test(raw)) return [];
  const word = raw.normalize('NFC').toLowerCase();
  if (word.length === 1 && !LONE_VOWELS.has(word)) return [];
  let shapes = cache.get(word);
  if (!shapes) {
    const spellings = new Set(syllableSpellings(word));
    if (!spellings.size) {
      for (const end of CASE_ENDINGS) {
        if (word.length - end.length >= 2 && word.endsWith(end)) for (const s of syllableSpellings(word.slice(0, -end.length))) spellings.add(s);
      }
    }
    const bySkeleton = new Map<string, string[]>();
    for (const s of spellings) {
      const lat = lightKey(s);
      const skel = skeleton(lat);
      const lats = bySkeleton.get(skel);
      if (!lats) bySkeleton.set(skel, [lat]);
      else if (!lats.includes(lat)) lats.push(lat);
    }
    shapes = [...bySkeleton].map(([skel, lats]) => ({ ...t, norm: lats[0], key: lats[0], lat: lats[0], lats, skel }));
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(word, shapes);
  }
  return shapes.map((s) => ({ ...t, norm: s.norm, key: s.key, lat: s.lat, lats: s.lats, skel: s.skel }));
}
