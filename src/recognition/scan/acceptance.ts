/**
 * Whether one index entry may be read at one run of page tokens: the case,
 * script and spelling conditions each kind of listed name needs.
 */
import {
  F_ACRONYM, F_CASED, F_COMMON, F_GIVEN_ONLY, F_LOCAL, F_PERSON, F_SINGLE, F_UNCASED, F_VARIANT, F_VESSEL, type Entry,
} from '../name-trie';
import { NAME_PARTICLES } from '../name-variants';
import { hasCase, isAllUpper, startsUpper } from '../normalize';
import { hasMaritimeCue } from '../imo';
import { koreanReadings } from '../korean-cyrillic';
import { isArabicScriptStopword } from '../stopword-rule';
import { alignmentCost, isAllahCompound } from '../phonetic-key';
import type { Token } from '../tokenize';
import { capitalisedSurface, inUpperContext, isCapitalisedName, lineWindow, surfaceAllUpper, type Context } from './surface';

const CJK_MIN_CHARS = 3;
const HANGUL = /\p{Script=Hangul}/u;
const KATAKANA = /[\p{Script=Katakana}ー]/u;
const UNCASED_MIN_CHARS = 4;
const NON_ASCII = /[^\x00-\x7f]/;

/** Curated names keep their listed capitals; acronyms their exact case. */
export function curatedCaseOk(e: Entry, surface: Token[]): boolean {
  const listed = e.cased.split(' ');
  if (listed.length !== surface.length) return false;
  if (e.flags & F_ACRONYM) return surface.every((t, k) => t.cased === listed[k]);
  const headline = surface.length > 1 && surface.every((t) => !hasCase(t.cased) || isAllUpper(t.cased));
  if (headline) return true;
  for (let k = 0; k < listed.length; k++) {
    const l = listed[k];
    const s = surface[k].cased;
    if (l.length > 1 && isAllUpper(l)) {
      if (s !== l) return false;
    } else if (startsUpper(l) && !startsUpper(s)) return false;
  }
  return true;
}

export function sameLightKeys(e: Entry, surface: Token[]): boolean {
  return alignmentCost(e.norm, surface) === 0 && surface.every((t) => NAME_PARTICLES.has(t.norm) || (t.lat.length >= 5 && startsUpper(t.cased)));
}

/**
 * A name listed in Latin letters, met in Han, kana or Hangul romanised
 * syllable by syllable. Those scripts put no space between a name and the
 * word around it (Han none at all), so any two syllables inside a word
 * romanise to some listed name by chance ("원장" in 위원장, "chairman"). A
 * Korean name is a whole word of three syllables or more, particles after
 * it; in Han or kana, where no word boundary shows, three characters must
 * romanise to the listed parts exactly.
 */
export function romanisedCjkHolds(ctx: Context, surface: Token[], cost: number): boolean {
  if (surface.length < CJK_MIN_CHARS) return false;
  const start = surface[0].start;
  if (HANGUL.test(ctx.text[start])) return start === 0 || !HANGUL.test(ctx.text[start - 1]);
  return cost === 0;
}

/** Arabic-script function words in the surface ("بعد شركة", after the company, read as a listed Abd ...). */
export function arabicStopwordCount(surface: Token[]): number {
  let stops = 0;
  for (const t of surface) if (isArabicScriptStopword(t)) stops++;
  return stops;
}

function acceptDesignated(e: Entry, surface: Token[], ctx: Context, i: number, j: number): boolean {
  const f = e.flags;
  // The trie meets on consonant skeletons; each part must still be close enough to the listed part.
  const cost = alignmentCost(e.norm, surface);
  if (cost === undefined) return false;
  // A function word is no name part, unless two other words already carry the name ("كم جونغ أون",
  // where كم is also "how many", is Kim Jong Un).
  const stops = arabicStopwordCount(surface);
  if (stops && surface.length - stops < 2) return false;
  // A one-word name (a vessel, a company without its legal form) has no other part to confirm a looser spelling.
  // A word built on Allah is two words in one ("حزب الله" for Hizballah): its two parts confirm each other.
  const allahWord = surface.length === 1 && isAllahCompound(surface[0].norm);
  if (f & F_SINGLE && cost > 0 && !allahWord) return false;
  if (!(f & F_UNCASED) && surface.some((t) => t.cjk)) return romanisedCjkHolds(ctx, surface, cost);
  // A name listed in a script without case rules needs none, unless the page writes it in Latin letters.
  if (f & F_UNCASED && surface.some((t) => NON_ASCII.test(t.norm))) {
    if (surface.some((t) => t.cjk)) return surface.length >= CJK_MIN_CHARS;
    // Korean writes a full name as one word of three syllables or more.
    if (HANGUL.test(e.norm)) return [...e.norm.replace(/\s/g, '')].length >= CJK_MIN_CHARS;
    if (f & F_SINGLE) return e.norm.length >= UNCASED_MIN_CHARS && !(f & F_PERSON);
    return true;
  }
  if (!capitalisedSurface(surface)) return false;
  if (!isCapitalisedName(surface[0]) || NAME_PARTICLES.has(surface[0].norm) && surface.length === 1) return false;
  const upper = surfaceAllUpper(surface);
  if (f & F_VESSEL) {
    return hasMaritimeCue(lineWindow(ctx.text, surface[0].start, surface[surface.length - 1].end));
  }
  if (f & F_ACRONYM && !upper) return false;
  if (f & F_SINGLE) {
    if (f & F_PERSON) return false;
    // One word must be spelled as listed, or (five letters or more) differ only in the transliteration
    // key (Qaeda / Qaida): a skeleton is too loose for it.
    if (surface.map((t) => t.norm).join(' ') !== e.norm && !sameLightKeys(e, surface) && !allahWord) return false;
    // A word cut from a longer listed name ("Alfa" of "ALFA LLC") that runs on into another capitalised
    // word is the start of some other name ("Alfa Romeo").
    const next = ctx.tokens[j + 1];
    if (f & F_VARIANT && next?.softBefore && !next.hyphenBefore && hasCase(next.cased) && startsUpper(next.cased)) return false;
    const letters = e.norm.replace(/[^\p{L}\p{N}]/gu, '').length;
    if (letters <= 2) return false;
    if (letters === 3) return upper && !(f & F_COMMON) && !inUpperContext(ctx, i, j);
    if (f & F_COMMON) return upper && !inUpperContext(ctx, i, j);
    return true;
  }
  if (f & F_PERSON) {
    if (f & F_GIVEN_ONLY && e.content < 3) return false;
    // A looser spelling that stops inside a hyphenated name ("Карима Абдул-Джаббара", Kareem Abdul-Jabbar)
    // has cut the page's name in two: it is someone else's.
    const next = ctx.tokens[j + 1];
    if ((cost > 0 || f & F_VARIANT) && next?.hyphenBefore && startsUpper(next.cased)) return false;
    if (f & F_COMMON && e.content < 3) return upper && !inUpperContext(ctx, i, j);
  }
  return true;
}

/**
 * A Korean name read from Cyrillic syllables that runs on into one more
 * capitalised syllable ("Пак Пон Чжу", Pak Pong Ju) is a longer name, not the
 * listed one its first syllables fit.
 */
export function runsOnInSyllables(ctx: Context, surface: Token[], j: number): boolean {
  if (!surface.some((t) => t.lats)) return false;
  const next = ctx.tokens[j + 1];
  return next !== undefined && next.softBefore && koreanReadings(next, ctx.text).length > 0;
}

/**
 * A country's name in a script that writes no space between words is a name
 * only where the word around it ends: katakana words run on in katakana
 * ("シリアル", cereal, is no Syria), and a Hangul name starts its word (its
 * case particle follows it: "북한은"), as "이란" inside "무엇이란" does not.
 */
export function localNameBounded(ctx: Context, surface: Token[]): boolean {
  const start = surface[0].start;
  const end = surface[surface.length - 1].end;
  const before = ctx.text[start - 1] ?? '';
  if (KATAKANA.test(ctx.text[start])) return !KATAKANA.test(before) && !KATAKANA.test(ctx.text[end] ?? '');
  if (HANGUL.test(ctx.text[start])) return !HANGUL.test(before);
  return true;
}

export function acceptEntry(e: Entry, surface: Token[], surfaceNorm: string, ctx: Context, i: number, j: number, altered: boolean): boolean {
  if (e.flags & F_LOCAL && !localNameBounded(ctx, surface)) return false;
  if (e.flags & F_CASED) return !altered && e.norm === surfaceNorm && curatedCaseOk(e, surface);
  // A declined word or a left-out qualifier needs the rest of a longer name to confirm it.
  if (altered && e.flags & F_SINGLE) return false;
  if (runsOnInSyllables(ctx, surface, j)) return false;
  return acceptDesignated(e, surface, ctx, i, j);
}
