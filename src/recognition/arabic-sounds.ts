/**
 * Sounds that Arabic script has no letter for. Arabic writes the p of Putin
 * with ب ("بوتين"), the g of Georgy with ج ("جورجي") as well as غ or ق, the
 * ch of Chechnya with تش or ش ("تشيتشنيا", "شافيز" for Chávez), the v of
 * Lavrov with ف or, in Persian, و ("لاوروف"); Persian has پ, گ and چ but
 * Arabic news do not. The skeleton already folds g/q/k and f/v, and vowels
 * are dropped; what it cannot know is that an Arabic b may be a Latin p, an
 * Arabic j a Latin g, an Arabic sh or tsh a Latin ch, and the و it romanises
 * as the vowel u a Latin v.
 *
 * Each Arabic-script word is also read with those letters swapped (a bounded
 * number of readings), so that the trie path of a name listed in Latin
 * letters is reached; the part alignment then compares skeletons as for any
 * Arabic word, with the same guards (enough consonants in all, none confirmed
 * by a single consonant, a short skeleton that fits several people dropped),
 * and a word read so counts one consonant less towards the minimum: the
 * swapped letter is a guess, not evidence.
 */
import { lightKey, trieKeyOf } from './phonetic-key';
import type { Token } from './tokenize';

/** Romanised Arabic letters and the Latin letters a listed name may have for them. */
const SWAPS: [string, string][] = [['tsh', 'ch'], ['sh', 'ch'], ['b', 'p'], ['j', 'g'], ['u', 'v']];
/** At most this many letters of one word are swapped: a name part has few, and readings grow as 2^n. */
const MAX_SITES = 3;
/**
 * A swapped letter is a guess: it counts only in a word with two written
 * consonants beside its guesses. "جودة" (Gouda, a footballer's surname) read
 * as "guda" has the skeleton "kd" of the Aqad of some listed name; "بوتين"
 * read as "putin" keeps t and n.
 */
const MIN_WRITTEN_CONSONANTS = 2;

/**
 * Letters that romanise to one consonant which, followed by the h of ه or ح,
 * the transliteration key would read as a digraph (zh, kh, sh, dh, th, ph,
 * gh): "زاهد" romanises to "zhd", read as "jd", where the listed Zahid is
 * z-h-d. Arabic leaves out the short vowel between the two letters; it is put
 * back, as a fatha, in one more reading of the word.
 */
const BEFORE_H = new Set(['ز', 'ك', 'س', 'ص', 'د', 'ض', 'ت', 'ط', 'پ', 'گ']);
const H_LETTERS = new Set(['ه', 'ح']);
/** Letters that romanise to no letter (alif, hamza, ain), so that the two letters around them still meet. */
const SILENT = new Set(['ا', 'أ', 'إ', 'ء', 'ع']);
const FATHA = '\u064E';

/** The word with a fatha after every such letter that meets an h, or null where there is none. */
function splitFalseDigraphs(norm: string): string | null {
  let out = '';
  let split = false;
  for (let i = 0; i < norm.length; i++) {
    out += norm[i];
    if (!BEFORE_H.has(norm[i])) continue;
    let j = i + 1;
    while (SILENT.has(norm[j] ?? '')) j++;
    if (H_LETTERS.has(norm[j] ?? '')) {
      out += FATHA;
      split = true;
    }
  }
  return split ? out : null;
}

/**
 * Persian (and Egyptian Arabic) say ض, ذ and ظ as z, and names from Persian are
 * listed with z ("رضا" Reza, "رمضان" Ramazan) where the romanisation writes d
 * or dh. One more reading has them as ز. Unlike a swap it is no guess at a
 * letter the script lacks but the letter's own sound, so the short-word guard
 * below counts its consonants as written (it would otherwise drop "رضا" as
 * "rz"); the part alignment still counts any reading that changes a word's
 * skeleton as one guessed consonant (phonetic-key.ts, `alignmentCost`).
 */
const Z_LETTERS = /[ضذظ]/g;

interface Shape {
  lat: string;
  skel: string;
}

const cache = new Map<string, Shape[]>();
const CACHE_MAX = 20_000;

/** Whether a word is in Arabic script, from its first letter (Arabic, its supplements and presentation forms). */
function arabicFirst(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return (c >= 0x0600 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfeff);
}

/** The light keys of `lat` with one or more of its swappable letters swapped (not `lat` itself), with how many were swapped. */
function swappedSpellings(lat: string): { lat: string; swaps: number }[] {
  const sites: { at: number; from: string; to: string }[] = [];
  for (let i = 0; i < lat.length && sites.length < MAX_SITES; ) {
    const swap = SWAPS.find(([from]) => lat.startsWith(from, i));
    // A final و is the vowel of a foreign name ("أرامكو", Aramco); a final v is written ف ("لافروف").
    if (!swap || (swap[0] === 'u' && i === lat.length - 1)) {
      i++;
      continue;
    }
    sites.push({ at: i, from: swap[0], to: swap[1] });
    i += swap[0].length;
  }
  const out: { lat: string; swaps: number }[] = [];
  for (let mask = 1; mask < 1 << sites.length; mask++) {
    let s = '';
    let from = 0;
    let swaps = 0;
    sites.forEach((site, k) => {
      if (!(mask & (1 << k))) return;
      s += lat.slice(from, site.at) + site.to;
      from = site.at + site.from.length;
      swaps++;
    });
    out.push({ lat: s + lat.slice(from), swaps });
  }
  return out;
}

/**
 * Readings of an Arabic-script token with the letters Arabic lacks restored
 * (بوتين "butin" also as "putin"), one per distinct trie key, the written
 * form not among them; only those `keep` accepts (a trie edge), so that no
 * token is copied for a reading that leads nowhere. Offsets and written form
 * stay the token's.
 */
export function arabicSoundReadings(t: Token, keep: (skel: string) => boolean = () => true): Token[] {
  if (!arabicFirst(t.norm)) return [];
  const id = `${t.norm}\u0000${t.lat}`;
  let shapes = cache.get(id);
  if (!shapes) {
    shapes = [];
    const seen = new Set([t.skel]);
    const split = splitFalseDigraphs(t.norm);
    const spellings = swappedSpellings(t.lat);
    if (split) spellings.push({ lat: lightKey(split), swaps: 0 });
    const zs = t.norm.match(Z_LETTERS)?.length ?? 0;
    if (zs) spellings.push({ lat: lightKey((split ?? t.norm).replace(Z_LETTERS, 'ز')), swaps: 0 });
    for (const { lat, swaps } of spellings) {
      const skel = trieKeyOf(t.norm, lat);
      if (seen.has(skel) || skel.length - swaps < MIN_WRITTEN_CONSONANTS) continue;
      seen.add(skel);
      shapes.push({ lat, skel });
    }
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(id, shapes);
  }
  const out: Token[] = [];
  for (const s of shapes) if (keep(s.skel)) out.push({ ...t, lat: s.lat, skel: s.skel });
  return out;
}
