/**
 * Phonetic keys for transliterated names. A listed name and its spelling in
 * a news article rarely agree letter for letter when the name comes from
 * Arabic, Persian, Pashto, Russian or Korean (Qaddafi / Gadhafi / Kadhafi,
 * Nasrallah / Nasrollah, Sergei / Serguei / Sergej). Two keys serve:
 *
 * - the *skeleton* (consonant classes, vowels dropped, doubles single) is
 *   what the name trie is keyed on, so every such variant lands on the same
 *   path at the cost of one extra pass over each token;
 * - the *light key* (`translitKey` of the romanised token) is compared part
 *   by part, within an edit distance bounded by the part's length, only for
 *   the few entries a skeleton path reaches: the skeleton gathers
 *   candidates, the bounded distance decides.
 *
 * Text in another script (Cyrillic, Greek, Arabic, Devanagari, Hangul...) is
 * romanised with any-ascii first, so it meets the Latin keys of the lists.
 */
import anyAscii from 'any-ascii';
import { translitKey } from './normalize';

const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** Arabic script (Arabic, Persian, Pashto, Urdu): written without short vowels, so matched on consonants. */
export const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const GREEK = /\p{Script=Greek}/u;
const FINAL_H = /[هة]$/u;
const NOT_ALNUM = /[^a-z0-9]/g;

/** Articles and filiation words that are written in many ways but mean one thing. */
const ARTICLE_KEYS: Record<string, string> = {
  al: 'al', el: 'al', ad: 'al', ar: 'al', as: 'al', ash: 'al', at: 'al', az: 'al', an: 'al', ul: 'al', ol: 'al', ed: 'al', es: 'al', er: 'al',
  bin: 'bin', ben: 'bin', ibn: 'bin', bn: 'bin',
};

/** Romanised, lower-case, letters and digits only. ASCII tokens come back unchanged. */
export function romanize(norm: string): string {
  if (ASCII_ONLY.test(norm)) return norm;
  let r = anyAscii(norm).toLowerCase();
  // Greek writes /u/ as ου, which any-ascii spells "oy" (Πούτιν → "poytin").
  if (GREEK.test(norm)) r = r.replace(/oy/g, 'u');
  if (ARABIC_SCRIPT.test(norm)) {
    // Arabic joins the article to the word ("البغدادي" → "lbghddy"); the Latin lists write it apart.
    if (norm.startsWith('ال') && r.length > 3) r = r.slice(1);
    // Written Arabic has no short vowels; و and ي stand for the long ones (محمد نور → "mhmd nwr" for Muhammad Nur).
    r = r.replace(/w/g, 'u').replace(/y/g, 'i');
    // A final ه or ة ends a word in a vowel the Latin lists write "-ah" or "-a" (نصرالله Nasrallah, فاطمة Fatima).
    if (FINAL_H.test(norm) && r.endsWith('h') && r.length > 3) r = r.slice(0, -1);
  }
  return r.replace(NOT_ALNUM, '');
}

/** Light key of any token: romanised, then the transliteration key (`key`, when known, is `translitKey(norm)`). */
export function lightKey(norm: string, key?: string): string {
  const r = romanize(norm);
  return ARTICLE_KEYS[r] ?? (key !== undefined && r === norm ? key : translitKey(r));
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'j']);
/** Consonants that transliteration systems use for the same sound. */
const CONSONANT_CLASS: Record<string, string> = { g: 'k', q: 'k', c: 'k', w: 'v', f: 'v', x: 'k' };

/**
 * The consonant skeleton of a light key: vowels (and the glides y/j, which
 * stand for vowels in Russian and Arabic romanisation) dropped, g/q/c/k one
 * class, v/w/f one class, "ch" and "sh" kept apart from c and s, a final
 * "h" after a vowel dropped, doubles single. A key of one letter and the
 * article keys stay as they are.
 */
export function skeleton(light: string): string {
  if (light.length < 2 || ARTICLE_KEYS[light] !== undefined) return light;
  let out = '';
  let last = '';
  const n = light.length;
  for (let i = 0; i < n; i++) {
    let c = light[i];
    const next = i + 1 < n ? light[i + 1] : '';
    if (c >= '0' && c <= '9') {
      out += c;
      last = c;
      continue;
    }
    // A consonant repeated across a vowel counts once: Arabic script leaves the long vowel out of
    // romanisation ("بغدادي" → "bghddy" for Baghdadi).
    if (VOWELS.has(c)) continue;
    if ((c === 'c' || c === 's') && next === 'h') {
      c = c === 'c' ? 'C' : 'S';
      i++;
    } else if (c === 'h' && i === n - 1 && i > 0 && VOWELS.has(light[i - 1])) {
      continue;
    } else {
      c = CONSONANT_CLASS[c] ?? c;
    }
    if (c !== last) out += c;
    last = c;
  }
  // A name part of vowels only ("Ia", "Aiyu") keeps its light key.
  return out || light;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
/**
 * Russian case endings of surnames and first names (Кадырову, Кадыровым,
 * Рамзаном, Путина), romanised, longest first. Only the skeleton loses
 * them, so a declined name reaches the trie path of its base form, while
 * the part alignment still sees the whole word (Кадырова stays closer to a
 * listed Kadyrova than to Kadyrov).
 */
const RUSSIAN_CASE_ENDINGS = ['ymi', 'ami', 'ogo', 'ego', 'omu', 'emu', 'om', 'ym', 'em', 'oi', 'ei', 'u', 'a', 'e', 'y'];

/** The trie key of a token from its norm and light key: the skeleton, of the stem for a declined Cyrillic name. */
export function trieKeyOf(norm: string, lat: string): string {
  if (lat.length > 5 && CYRILLIC.test(norm)) {
    for (const end of RUSSIAN_CASE_ENDINGS) {
      if (lat.endsWith(end) && lat.length - end.length >= 4) return skeleton(lat.slice(0, -end.length));
    }
  }
  return skeleton(lat);
}

/** The trie key of a token. */
export function trieKey(norm: string): string {
  return trieKeyOf(norm, lightKey(norm));
}

/**
 * Russian в is "v" in English and French romanisation and "w" in Polish and
 * German ("Ławrow", "Władimir", "Wolkow"): one letter, as k/q or ou/u are in
 * the transliteration key. Only the part alignment treats them as one; keys stay apart.
 */
function sameLetter(x: string, y: string): boolean {
  return x === y || (x === 'w' && y === 'v') || (x === 'v' && y === 'w');
}

function editDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = sameLetter(a[i - 1], b[j - 1]) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * How far one name part may drift: nothing for four letters or fewer (Anda
 * is not "and", Mudde is not Moody), one edit up to six letters, two beyond
 * (Mohammed / Muhammad). A part romanised from another script
 * gets one more, because romanisation systems differ most there (Korean
 * 정 → "jeong" for "Jong", 은 → "eun" for "Un").
 */
export function partTolerance(len: number, fromOtherScript: boolean): number {
  const base = len <= 4 ? 0 : len <= 6 ? 1 : 2;
  return base + (fromOtherScript ? 1 : 0);
}

/** Particles whose spellings swap freely inside names (al / el / ad, e / i / ul). */
const FREE_PARTICLES = new Set(['al', 'bin', 'e', 'i', 'u', 'ul', 'y', 'de', 'del', 'da', 'di', 'a']);

export interface SurfacePart {
  norm: string;
  /** Light key (`lightKey(norm)`). */
  lat: string;
  /** A reading's other spellings (tokenize.ts `Token.lats`): the part aligns if any of them does. */
  lats?: string[];
}

const listedCache = new Map<string, string[]>();
const writtenCache = new Map<string, string>();

/** The skeleton of a word as written, whatever reading of it is being aligned. */
function writtenSkeleton(norm: string): string {
  let sk = writtenCache.get(norm);
  if (sk === undefined) {
    sk = skeleton(lightKey(norm));
    if (writtenCache.size > 5000) writtenCache.clear();
    writtenCache.set(norm, sk);
  }
  return sk;
}

function listedLightKeys(listedNorm: string): string[] {
  let keys = listedCache.get(listedNorm);
  if (!keys) {
    keys = listedNorm.split(' ').map((w) => lightKey(w));
    if (listedCache.size > 5000) listedCache.clear();
    listedCache.set(listedNorm, keys);
  }
  return keys;
}

const ALIF_OR_AIN = /^[اأإآٱع]/u;
const GLIDE_OR_HAMZA = /^[ويىءئؤ]/u;

/**
 * Arabic script writes a word-initial vowel on an alif or an ain and leaves
 * the others unwritten, so the skeletons of "أنصار" (Ansar) and "نصر" (Nasr)
 * agree while their first letters do not: an Arabic word opens with a vowel
 * exactly when the listed part does. The article is read past ("الحوثي" opens
 * with its h); و and ي are a vowel or a consonant, and so are a listed w and y.
 * The listed word is taken as written ("Jedi" opens with a consonant though
 * its transliteration key is "edi"); one listed in Arabic script is compared
 * letter to letter.
 */
const PERSIAN_LETTERS: Record<string, string> = { 'ی': 'ي', 'ک': 'ك' };
const withoutArticle = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);
const firstArabicLetter = (w: string) => PERSIAN_LETTERS[w.charAt(0)] ?? w.charAt(0);

function sameOnset(norm: string, listed: string): boolean {
  const word = withoutArticle(norm);
  // A name listed in Arabic script opens with the page's letter: spellings of one word differ in
  // vowels and hamza seats, not in their first letter ("زاهد" Zahid is not "عواد" Awad).
  if (ARABIC_SCRIPT.test(listed)) return firstArabicLetter(withoutArticle(listed)) === firstArabicLetter(word);
  const l = listed.charAt(0);
  if (l < 'a' || l > 'z' || l === 'y' || l === 'w' || GLIDE_OR_HAMZA.test(word)) return true;
  return ALIF_OR_AIN.test(word) === 'aeiou'.includes(l);
}

const ALLAH_COMPOUND = /^\p{Script=Arabic}{2,}الله$/u;

/**
 * A word built on Allah, written as one ("حزبالله", "نصرالله"; tokenize.ts
 * joins "حزب الله"): two words in one, the first of two consonants or more.
 * Its skeleton counts Allah's l and h as one letter (the doubled l is single,
 * a final h after the vowel is dropped), so it says one consonant more than
 * its skeleton shows.
 */
export function isAllahCompound(norm: string): boolean {
  return norm.length > 5 && ALLAH_COMPOUND.test(norm);
}

const SYLLABIC = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ARABIC_MIN_CONSONANTS = 5;
const ARABIC_MIN_PART_CONSONANTS = 2;

/**
 * Whether every part of the surface aligns with the same part of the listed
 * form, and at what cost (the summed edit distances; 0 for an exact
 * transliteration key match). `undefined` when some part drifts further than
 * its length allows. Arabic-script parts are compared by skeleton alone:
 * the script leaves short vowels unwritten, so the light keys cannot agree.
 */
export function alignmentCost(listedNorm: string, surface: SurfacePart[]): number | undefined {
  const listed = listedLightKeys(listedNorm);
  if (listed.length !== surface.length) return undefined;
  let cost = 0;
  let arabicLetters = -1;
  for (let k = 0; k < listed.length; k++) {
    const a = listed[k];
    const s = surface[k];
    if (s.lats) {
      // A reading is already in Latin letters: the closest of its spellings counts, within the Latin bounds.
      let best = Infinity;
      for (const lat of s.lats) {
        if (lat === a || (FREE_PARTICLES.has(a) && FREE_PARTICLES.has(lat))) {
          best = 0;
          break;
        }
        const limit = partTolerance(Math.max(a.length, lat.length), false);
        const d = editDistance(a, lat, limit);
        if (d <= limit && d < best) best = d;
      }
      if (best === Infinity) return undefined;
      cost += best;
      continue;
    }
    const b = s.lat;
    const arabic = ARABIC_SCRIPT.test(s.norm);
    // An Arabic-script part is judged by its consonants below, however short ("كيم" of Kim Jong Un).
    if (a === b && !arabic) {
      // A key of two or three letters is a whole word: "the" is not "Te", "sa" is not "as".
      if (b.length <= 3 && s.norm.length <= 3 && s.norm !== listedNorm.split(' ')[k] && !(FREE_PARTICLES.has(a) && FREE_PARTICLES.has(b))) return undefined;
      continue;
    }
    if (FREE_PARTICLES.has(a) && FREE_PARTICLES.has(b)) continue;
    const other = !ASCII_ONLY.test(s.norm);
    if (arabic) {
      const sk = skeleton(b);
      // One consonant cannot confirm a longer listed part: "عواد" (Awad) and Aouadi are both "d" once
      // their vowels go. Short parts (Abu, Ali) are whole words and keep their one or two consonants.
      if (skeleton(a) !== sk || (sk.length < ARABIC_MIN_PART_CONSONANTS && a.length > 3) || !sameOnset(s.norm, listedNorm.split(' ')[k])) return undefined;
      // A word read with a letter Arabic lacks (arabic-sounds.ts, "بوتين" as "putin") has guessed one of them.
      const guessed = writtenSkeleton(s.norm) !== sk;
      arabicLetters = Math.max(arabicLetters, 0) + sk.length + (isAllahCompound(s.norm) ? 1 : 0) - (guessed ? 1 : 0);
      cost += 1;
      continue;
    }
    // Romanised from another script, a word of one or two letters is a short word of that language
    // (Hindi हैं "are" is "h", के "of" is "k"): it gets no extra tolerance. A Hangul or kana token is
    // one syllable of a name, short by nature ("은" of 김정은 is "eun").
    const loose = other && (SYLLABIC.test(s.norm) || Math.min(a.length, b.length) > 2);
    const limit = partTolerance(Math.max(a.length, b.length), loose);
    const d = editDistance(a, b, limit);
    if (d > limit) return undefined;
    cost += d;
  }
  // Consonants alone say little about a short name: an Arabic-script match needs six of them
  // (common two-part names such as "أحمد سيد" Ahmed Sayed have five).
  if (arabicLetters >= 0 && arabicLetters < ARABIC_MIN_CONSONANTS) return undefined;
  return cost;
}
