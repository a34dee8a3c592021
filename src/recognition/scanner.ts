/**
 * Scanning: finds every mention in one block of page text using the name
 * index, the instrument patterns, IMO numbers, within-page coreference and
 * the page's own defined short forms.
 */
import type { Body, Regime } from '../kb/curated/types';
import type { Antecedent, Mention, PageContext, Recognizer } from './types';
import {
  F_ACRONYM, F_ALIAS, F_BLOCK, F_CASED, F_COMMON, F_GIVEN_ONLY, F_LOCAL, F_PERSON, F_REWORDED, F_SINGLE, F_UNCASED, F_VARIANT, F_VESSEL,
  type Entry, type NameTrie, type Target,
} from './name-trie';
import { COURTESY_TITLES, NAME_PARTICLES, TITLES, TITLE_MODIFIERS, UNIT_QUALIFIERS, isOrdinal } from './name-variants';
import { reachingStems, uniqueStem } from './inflection';
import { firstWordReadings } from './clitics';
import { koreanReadings } from './korean-cyrillic';
import { arabicSoundReadings } from './arabic-sounds';
import { hasCase, isAllUpper, startsUpper } from './normalize';
import { hasMaritimeCue, isValidImo } from './imo';
import { scanInstruments, type InstrumentCatalogue } from './instruments';
import { tokenize, type Token } from './tokenize';
import { SpanSet } from './spans';
import { cueNear, cuePositions, keepWithEvidence } from './evidence';
import { isArabicScriptStopword } from './stopword-rule';
import { alignmentCost, ARABIC_SCRIPT, isAllahCompound, skeleton } from './phonetic-key';

const CJK_MIN_CHARS = 3;
const HANGUL = /\p{Script=Hangul}/u;
const UNCASED_MIN_CHARS = 4;
const CUE_WINDOW = 80;

interface Context {
  text: string;
  tokens: Token[];
}

const DIGIT_FIRST = /^\d/;

/** Capitalised as a name part; a number has no case ("39"), nor does an ordinal in digits ("4th"). */
function isCapitalisedName(t: Token): boolean {
  return !hasCase(t.cased) || startsUpper(t.cased) || NAME_PARTICLES.has(t.norm) || t.hyphenBefore || DIGIT_FIRST.test(t.cased);
}

/**
 * Words that say what kind of organisation a name is and that news write in
 * lower case after it ("the Wagner group", "the Lazarus group"). Lower case
 * only as the last word, after a capitalised name: "the group" alone is no name.
 */
const GENERIC_HEADS = new Set([
  'group', 'organization', 'organisation', 'network', 'movement', 'front', 'militia', 'brigade', 'brigades', 'battalion', 'army', 'company',
]);

function capitalisedSurface(surface: Token[]): boolean {
  const n = surface.length;
  if (n >= 2 && GENERIC_HEADS.has(surface[n - 1].norm)) {
    const before = surface.slice(0, n - 1);
    return before.every(isCapitalisedName) && before.some((t) => !NAME_PARTICLES.has(t.norm));
  }
  return surface.every(isCapitalisedName);
}

/** A title before a name, capitalised ("Mullah", "General"); not a modifier that needs a title after it ("Vice"). */
function isTitleBefore(t: Token): boolean {
  return TITLES.has(t.norm) && !TITLE_MODIFIERS.has(t.norm) && hasCase(t.cased) && startsUpper(t.cased);
}

function surfaceAllUpper(surface: Token[]): boolean {
  let any = false;
  for (const t of surface) {
    if (!hasCase(t.cased)) continue;
    if (isAllUpper(t.cased)) any = true;
    else if (!NAME_PARTICLES.has(t.norm)) return false;
  }
  return any;
}

/** An all-caps word between other all-caps words is a headline, not a name written in its listed case. */
function inUpperContext(ctx: Context, i: number, j: number): boolean {
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[j + 1];
  const upper = (t: Token | undefined, soft: boolean) => t !== undefined && soft && t.norm.length > 1 && isAllUpper(t.cased);
  return upper(prev, ctx.tokens[i].softBefore) || upper(next, next?.softBefore ?? false);
}

function lineWindow(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CUE_WINDOW);
  const to = Math.min(text.length, end + CUE_WINDOW);
  let s = text.slice(from, to);
  const rel = start - from;
  const nlBefore = s.lastIndexOf('\n', rel);
  const nlAfter = s.indexOf('\n', rel + (end - start));
  s = s.slice(nlBefore + 1, nlAfter < 0 ? undefined : nlAfter);
  return s;
}

/** Curated names keep their listed capitals; acronyms their exact case. */
function curatedCaseOk(e: Entry, surface: Token[]): boolean {
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

const NON_ASCII = /[^\x00-\x7f]/;

function sameLightKeys(e: Entry, surface: Token[]): boolean {
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
function romanisedCjkHolds(ctx: Context, surface: Token[], cost: number): boolean {
  if (surface.length < CJK_MIN_CHARS) return false;
  const start = surface[0].start;
  if (HANGUL.test(ctx.text[start])) return start === 0 || !HANGUL.test(ctx.text[start - 1]);
  return cost === 0;
}

function acceptDesignated(e: Entry, surface: Token[], ctx: Context, i: number, j: number): boolean {
  const f = e.flags;
  // The trie meets on consonant skeletons; each part must still be close enough to the listed part.
  const cost = alignmentCost(e.norm, surface);
  if (cost === undefined) return false;
  // "بعد شركة" (after the company) reads as a listed Abd ... : a function word is no name part, unless two
  // other words already carry the name ("كم جونغ أون", where كم is also "how many", is Kim Jong Un).
  let stops = 0;
  for (const t of surface) if (isArabicScriptStopword(t)) stops++;
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
 * An organisation name made only of common words ("Ministry of Defence",
 * "Central Bank", "Golden Star") says little by itself: it counts only on a
 * page that also names a jurisdiction the party is tied to (see `keepByCue`).
 */
function needsJurisdictionCue(e: Entry): boolean {
  const f = e.flags;
  if (f & (F_PERSON | F_CASED | F_VESSEL | F_SINGLE) || !(f & F_COMMON)) return false;
  // Three or more common words in exactly the listed order are a name, not a phrase ("Reconnaissance General Bureau").
  return e.content < 3 || (f & (F_VARIANT | F_ALIAS)) !== 0;
}

/**
 * A designated name that is also an ordinary company, product, place or
 * event name: an acronym, or one word (cut from a longer listed name, short,
 * or a common word). It is marked only with evidence on the page (evidence.ts).
 */
function isWeakEntry(e: Entry): boolean {
  const f = e.flags;
  if (f & (F_CASED | F_PERSON | F_VESSEL | F_UNCASED)) return false;
  if (f & F_ACRONYM) return true;
  if (!(f & F_SINGLE)) {
    // A generated short form whose only distinctive word is one word ("Everest Group" of "OOO EVEREST GRUP", "Z Axis").
    return (f & F_VARIANT) !== 0 && e.norm.split(' ').filter((w) => w.length > 1 && !ORGANISATION_WORDS.has(w)).length <= 1;
  }
  const letters = e.norm.replace(/[^\p{L}\p{N}]/gu, '').length;
  return (f & (F_VARIANT | F_COMMON)) !== 0 || letters <= 5;
}

/** Words that say what kind of organisation a name is, not which one. */
const ORGANISATION_WORDS = new Set([
  'group', 'grup', 'gruppa', 'company', 'co', 'corporation', 'corp', 'holding', 'holdings', 'enterprises', 'enterprise',
  'international', 'trading', 'industries', 'services', 'systems', 'technologies', 'solutions', 'partners',
]);

const SANCTIONS_WORDS = /\b(?:sanction(?:s|ed|ing)?|blacklist(?:s|ed)?|designat(?:ed|es|ion|ions)|asset freeze|terrorist organi[sz]ation)\b/i;

/**
 * A Korean name read from Cyrillic syllables that runs on into one more
 * capitalised syllable ("Пак Пон Чжу", Pak Pong Ju) is a longer name, not the
 * listed one its first syllables fit.
 */
function runsOnInSyllables(ctx: Context, surface: Token[], j: number): boolean {
  if (!surface.some((t) => t.lats)) return false;
  const next = ctx.tokens[j + 1];
  return next !== undefined && next.softBefore && koreanReadings(next, ctx.text).length > 0;
}

const KATAKANA = /[\p{Script=Katakana}ー]/u;

/**
 * A country's name in a script that writes no space between words is a name
 * only where the word around it ends: katakana words run on in katakana
 * ("シリアル", cereal, is no Syria), and a Hangul name starts its word (its
 * case particle follows it: "북한은"), as "이란" inside "무엇이란" does not.
 */
function localNameBounded(ctx: Context, surface: Token[]): boolean {
  const start = surface[0].start;
  const end = surface[surface.length - 1].end;
  const before = ctx.text[start - 1] ?? '';
  if (KATAKANA.test(ctx.text[start])) return !KATAKANA.test(before) && !KATAKANA.test(ctx.text[end] ?? '');
  if (HANGUL.test(ctx.text[start])) return !HANGUL.test(before);
  return true;
}

/**
 * A jurisdiction's name in another language that is one word (or one run of
 * Han, kana or Hangul) can be an ordinary word somewhere ("Kuba", a Polish
 * given name; "苏丹", a sultan; "海地" inside "沿海地区"): it is kept only near
 * a sanctions cue word, not on any page with sanctions context.
 */
function isShortLocalName(e: Entry): boolean {
  return (e.flags & F_LOCAL) !== 0 && (e.content === 1 || CJK_TEXT.test(e.norm));
}
const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function acceptEntry(e: Entry, surface: Token[], surfaceNorm: string, ctx: Context, i: number, j: number, altered: boolean): boolean {
  if (e.flags & F_LOCAL && !localNameBounded(ctx, surface)) return false;
  if (e.flags & F_CASED) return !altered && e.norm === surfaceNorm && curatedCaseOk(e, surface);
  // A declined word or a left-out qualifier needs the rest of a longer name to confirm it.
  if (altered && e.flags & F_SINGLE) return false;
  if (runsOnInSyllables(ctx, surface, j)) return false;
  return acceptDesignated(e, surface, ctx, i, j);
}

/** One way the trie walk reached a terminal: the tokens it aligned (qualifiers skipped, declined words stemmed). */
interface WalkEnd {
  j: number;
  entries: number[];
  surface: Token[];
  altered: boolean;
  /** Which reading of the first word (clitics.ts) the walk started from; -1 for the word as written. */
  reading: number;
}

/** Bounds the branching on declined words: a name has few parts, and each few stems that reach the trie. */
const MAX_STEM_BRANCHES = 16;

/**
 * Walk ends grouped by the token they end at, longest first; within a group
 * in the order they were found. Most walks follow one path, whose ends are
 * already in order of length: those come back without a sort.
 */
function endsByLength(ends: WalkEnd[]): WalkEnd[][] {
  let ordered = true;
  for (let k = 1; k < ends.length && ordered; k++) if (ends[k].j <= ends[k - 1].j) ordered = false;
  if (ordered) return ends.map((e) => [e]).reverse();
  // The sort is stable: ends at one length keep the order they were found in.
  const sorted = ends.slice().sort((a, b) => b.j - a.j);
  const groups: WalkEnd[][] = [];
  for (const e of sorted) {
    const last = groups[groups.length - 1];
    if (last && last[0].j === e.j) last.push(e);
    else groups.push([e]);
  }
  return groups;
}

function sameTargets(a: Entry[], b: Entry[]): boolean {
  const ta = new Set(a.map((e) => e.target));
  const tb = new Set(b.map((e) => e.target));
  return ta.size === tb.size && [...ta].every((t) => tb.has(t));
}

const CATEGORY_RANK: Record<string, number> = { instrument: 0, body: 1, jurisdiction: 2, designated: 3 };

export interface RecognizerParts {
  index: NameTrie;
  instruments: InstrumentCatalogue;
  bodies: Body[];
  regimes: Regime[];
  /** Counts the page-wide passes' inner steps, so a test can check they grow linearly with the text. */
  meter?: ScanMeter;
}

export interface ScanMeter {
  steps: number;
}

/** Among entries a surface reaches by transliteration, those spelled closest to it. */
function closestSpellings(entries: Entry[], surface: Token[]): Entry[] {
  if (entries.length < 2) return entries;
  const costs = entries.map((e) => alignmentCost(e.norm, surface) ?? Infinity);
  const min = Math.min(...costs);
  return entries.filter((_, k) => costs[k] === min);
}

const AMBIGUOUS_ARABIC_MIN_CONSONANTS = 6;

/**
 * Arabic script leaves short vowels unwritten, so a page name is matched on
 * its consonants alone. Few consonants that fit several listed people are a
 * common name ("أحمد سيد", Ahmed Sayed, fits Ahmad Sa'idi and Ahmad
 * al-Hamidawi's aliases; "ياسر إبراهيم" is a footballer as well as a listed
 * Yasser Ibrahim): nothing on the page says which, or whether any.
 */
function isShortArabicSkeleton(surface: Token[]): boolean {
  if (!surface.some((s) => ARABIC_SCRIPT.test(s.norm))) return false;
  let consonants = 0;
  for (const s of surface) if (!NAME_PARTICLES.has(s.lat)) consonants += skeleton(s.lat).length;
  return consonants < AMBIGUOUS_ARABIC_MIN_CONSONANTS;
}

/** Gives a target's id for a mention, remembering the target for that id (see `targetOf` in createScanner). */
type NoteTarget = (t: Target) => string;

function mentionFor(
  index: NameTrie,
  note: NoteTarget,
  entries: Entry[],
  surface: Token[],
  surfaceNorm: string,
  text: string,
  altered = false,
): Mention | undefined {
  if (entries.some((e) => e.flags & F_BLOCK)) return undefined;
  let best = entries;
  const rank = (e: Entry) => CATEGORY_RANK[index.targets[e.target].category];
  const minRank = Math.min(...best.map(rank));
  best = best.filter((e) => rank(e) === minRank);
  const exact = best.filter((e) => e.norm === surfaceNorm && !(e.flags & F_VARIANT));
  if (exact.length) best = exact;
  else best = closestSpellings(best, surface);
  const targets = [...new Set(best.map((e) => e.target))];
  const lead = best[0];
  const t: Target = index.targets[targets[0]];
  if (targets.length > 1 && t.category === 'designated' && isShortArabicSkeleton(surface)) return undefined;
  const start = surface[0].start;
  const end = surface[surface.length - 1].end;
  const m: Mention = {
    start,
    end,
    text: text.slice(start, end),
    category: t.category,
    entity: note(t),
    name: t.name,
    known: true,
    confidence: targets.length > 1 ? 'possible' : 'high',
    via: altered || lead.flags & F_VARIANT || lead.norm !== surfaceNorm ? 'variant' : lead.flags & F_ALIAS ? 'alias' : 'name',
  };
  if (targets.length > 1) m.candidates = targets.map((k) => note(index.targets[k]));
  if ((altered || lead.norm !== surfaceNorm || lead.flags & F_REWORDED) && index.targets[lead.target].category === 'designated') m.matched = lead.norm;
  return m;
}

const IMO_RE = /\bIMO(?:\s*(?:[Nn]o\.?|[Nn]umber|#))?\s*[:.]?\s*(\d{7})(?!\d)/g;
const BARE_7_RE = /(?<![\d.,])\d{7}(?![\d.,]\d)/g;

function scanImo(text: string, index: NameTrie, note: NoteTarget, out: Mention[]): void {
  const seen = new Set<number>();
  IMO_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IMO_RE.exec(text))) {
    const digits = m[1];
    seen.add(m.index + m[0].length - 7);
    if (!isValidImo(digits)) continue;
    const hits = index.imo.get(digits);
    if (hits?.length) out.push(imoMention(index, note, text, m.index, m.index + m[0].length, hits));
  }
  BARE_7_RE.lastIndex = 0;
  while ((m = BARE_7_RE.exec(text))) {
    if (seen.has(m.index) || !isValidImo(m[0])) continue;
    const hits = index.imo.get(m[0]);
    if (hits?.length && hasMaritimeCue(lineWindow(text, m.index, m.index + 7))) {
      out.push(imoMention(index, note, text, m.index, m.index + 7, hits));
    }
  }
}

function imoMention(index: NameTrie, note: NoteTarget, text: string, start: number, end: number, hits: number[]): Mention {
  const t = index.targets[hits[0]];
  const m: Mention = {
    start,
    end,
    text: text.slice(start, end),
    category: 'designated',
    entity: note(t),
    name: t.name,
    known: true,
    confidence: hits.length > 1 ? 'possible' : 'high',
    via: 'identifier',
  };
  if (hits.length > 1) m.candidates = hits.map((k) => note(index.targets[k]));
  return m;
}

function overlaps(a: { start: number; end: number }, list: { start: number; end: number }[]): boolean {
  for (const b of list) if (a.start < b.end && b.start < a.end) return true;
  return false;
}

const COMMITTEE_RE = /\b(?:(?:UN\s+|U\.N\.\s+)?Security Council Committee|(\d{3,4}) (?:Sanctions )?Committee|Sanctions Committee)(?:\s+(?:established\s+)?pursuant\s+to\s+resolution\s+(\d{3,4}))?/g;

function findCommittee(bodies: Body[], num: string | undefined): Body[] {
  const committees = bodies.filter((b) => b.kind === 'committee');
  if (!num) return committees;
  const hit = committees.filter((b) => new RegExp(`(?:^|\\D)${num}(?:\\D|$)`).test(`${b.id} ${b.name} ${b.regime ?? ''}`));
  return hit;
}

function bodyMention(text: string, start: number, end: number, list: Body[], confidence: 'high' | 'possible'): Mention | undefined {
  if (!list.length) return undefined;
  const m: Mention = {
    start,
    end,
    text: text.slice(start, end),
    category: 'body',
    entity: `body:${list[0].id}`,
    name: list[0].name,
    known: true,
    confidence: list.length > 1 ? 'possible' : confidence,
    via: 'pattern',
  };
  if (list.length > 1) m.candidates = list.map((b) => `body:${b.id}`);
  return m;
}

/** "Security Council Committee established pursuant to resolution 1988", "1267 Committee", capitalised "Sanctions Committee". */
function scanCommittees(text: string, bodies: Body[], taken: Mention[], out: Mention[], meter?: ScanMeter): void {
  // Committees found here never overlap one another (regular-expression matches are disjoint), so only
  // what was taken before counts; asked once per match, in O(log n).
  const before = new SpanSet(taken === out ? taken : [...taken, ...out]);
  const committeesByNumber = new Map<string | undefined, Body[]>();
  COMMITTEE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMITTEE_RE.exec(text))) {
    if (meter) meter.steps++;
    const num = m[1] ?? m[2];
    // The span is the committee's name; a following "resolution NNNN" is an instrument of its own.
    const nameLen = m[0].search(/\s+(?:established\s+)?pursuant\s+to/);
    const end = m.index + (nameLen >= 0 ? nameLen : m[0].length);
    const span = { start: m.index, end };
    if (before.overlaps(span)) continue;
    let fits = committeesByNumber.get(num);
    if (!fits) committeesByNumber.set(num, (fits = findCommittee(bodies, num)));
    const mention = bodyMention(text, span.start, span.end, fits, 'high');
    if (mention) out.push(mention);
  }
}

/** A name, surname or defined short form that refers back to a mention for the rest of the page. */
interface CorefRef {
  keys: string[];
  cased?: string;
  norm?: string;
  upperOnly?: boolean;
  /** Counts from this offset on: after the mention that introduced it. */
  from: number;
  m: Mention;
}

/** A page's own spelling of a surname must say this much to refer back: a short word of a script without case is a common word. */
const PAGE_SURNAME_MIN = 4;
/**
 * Arabic words are built on roots of three consonants, so an Arabic-script
 * surname of three ("شركة", company, read as a listed Shurayqi) is shaped
 * like any ordinary word: alone, it refers back only with four or more.
 */
const PAGE_ARABIC_SURNAME_MIN_CONSONANTS = 4;

const SENTENCE_END = /[.!?…:;\n]/;

/**
 * Whether token `i` follows a capitalised word of its name, not one that
 * starts a sentence: "Мария Лаврова" is someone's full name, Лавров's wife or
 * a namesake, where "Слова Лаврова" (Lavrov's words) and "С.В.Лаврова" are him.
 */
function afterGivenName(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // Initials ("С.В.Лаврова") are the person's own.
  if (!prev || !t.softBefore || !hasCase(prev.cased) || !startsUpper(prev.cased) || prev.norm.length <= 2) return false;
  const before = tokens[i - 2];
  return before !== undefined && !SENTENCE_END.test(text.slice(before.end, prev.start));
}

function saysEnoughAlone(t: Token): boolean {
  if (t.lat.length < PAGE_SURNAME_MIN) return false;
  return !ARABIC_SCRIPT.test(t.norm) || skeleton(t.lat).length >= PAGE_ARABIC_SURNAME_MIN_CONSONANTS;
}

/**
 * The page's own spelling of a listed person's surname, from a mention found
 * through a variant: "Сергей Лавров" ... "Лавров", "سيرغي لافروف" ...
 * "لافروف", "Muammar Gaddafi" ... "Gaddafi" (listed Qadhafi). The mention's
 * parts align one to one with the listed form it matched, so the parts that
 * stand where a surname stands in the listed form are the surname as written.
 */
function pageSurnames(m: Mention, surnames: string[]): string[][] {
  if (m.matched === undefined) return [];
  const page = tokenize(m.text);
  const listed = tokenize(m.matched).map((t) => t.key);
  if (page.length !== listed.length) return [];
  const out: string[][] = [];
  for (const s of surnames) {
    const keys = s.split(' ');
    for (let k = 0; k + keys.length <= listed.length; k++) {
      if (!keys.every((key, q) => listed[k + q] === key)) continue;
      const written = page.slice(k, k + keys.length);
      const own = written.map((t) => t.key);
      if (own.join(' ') !== s && saysEnoughAlone(written[written.length - 1])) out.push(own);
    }
  }
  return out;
}

/** How many of `list` (in text order, not overlapping) end at or before `offset`. */
function countEndingBy(list: Mention[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SHORT_FORM_KIND: Record<string, Body['kind'][]> = {
  Committee: ['committee'],
  Panel: ['panel', 'monitoring-team'],
  Council: ['council'],
};

/** "… of the football federation": what follows a body name when it names another body. */
const OF_SOMETHING_ELSE = /^\s+of\s+(?:the\s+)?([\p{L}][\p{L}.\-']*(?:\s+[\p{L}][\p{L}.\-']*)?)/u;
/** "… of the United Nations", "… of the Security Council", "… of 2017": still the same body or instrument. */
const OF_OWN = /^(?:United Nations|UN|U\.N\.|Security Council|European Union|EU|Council|Treasury|Department|Office|Foreign|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

const ROOT_EDGES_MAX = 50_000;
/** The first code point of the Arabic block: no Latin or Cyrillic word starts at or above it. */
const ARABIC_BLOCK_START = 0x0600;

/** Surname keys that belong to exactly one listed person: only those are read after a title alone. */
function surnamesOfOnePerson(targets: readonly Target[]): Map<string, number> {
  const unique = new Map<string, number>();
  const shared = new Set<string>();
  targets.forEach((t, k) => {
    for (const s of t.surnames ?? []) {
      if (shared.has(s)) continue;
      const had = unique.get(s);
      if (had === undefined) unique.set(s, k);
      else if (had !== k) {
        unique.delete(s);
        shared.add(s);
      }
    }
  });
  return unique;
}

export function createScanner(parts: RecognizerParts): Recognizer {
  const { index, instruments, bodies, meter } = parts;
  // Names that fit more than one body ("Panel of Experts", "Sanctions Committee") are generic.
  const nameCount = new Map<string, number>();
  for (const b of bodies) for (const a of new Set([b.name, ...b.aliases].map((x) => x.toLowerCase()))) nameCount.set(a, (nameCount.get(a) ?? 0) + 1);
  const sharedBodyNames = new Set([...nameCount].filter(([, n]) => n > 1).map(([a]) => a));
  for (const a of ['panel of experts', 'sanctions committee', 'security council committee', 'group of experts', 'monitoring team']) sharedBodyNames.add(a);
  const bodyById = new Map(bodies.map((b) => [`body:${b.id}`, b]));
  // Both tables walk every target (a packed index decodes each one's surnames to do so): built on first
  // need, not at load, where they were a third of the worker's cold start.
  let targetById: Map<string, Target> | null = null;
  // Mentions name their targets by id. Designated targets are remembered as mentions are made from them (at
  // most every target once) and the few hundred curated ones (bodies, jurisdictions, instruments, whose
  // mentions are made from the curated layer) in one pass, so a scan, a cold start's first among them, looks
  // its mentions up without mapping all 17,000 targets (~4 ms). The full map stays for ids from elsewhere.
  const noted = new Map<string, Target>();
  const note: NoteTarget = (t) => {
    noted.set(t.id, t);
    return t.id;
  };
  let curatedTargets: Map<string, Target> | null = null;
  const curatedTarget = (id: string) => {
    if (!curatedTargets) {
      curatedTargets = new Map();
      for (const t of index.targets) if (t.category !== 'designated') curatedTargets.set(t.id, t);
    }
    return curatedTargets.get(id);
  };
  const targetOf = (id: string) => noted.get(id) ?? curatedTarget(id) ?? (targetById ??= new Map(index.targets.map((t) => [t.id, t]))).get(id);
  // Every token starts a walk at the root, and tries its stems there too: the root's edges are looked up
  // for the same words page after page, so they are remembered (bounded) instead of searched each time.
  const rootEdges = new Map<string, number | undefined>();
  const child = (node: number, skel: string): number | undefined => {
    if (node !== 0) return index.child(node, skel);
    if (rootEdges.has(skel)) return rootEdges.get(skel);
    const to = index.child(0, skel);
    if (rootEdges.size >= ROOT_EDGES_MAX) rootEdges.clear();
    rootEdges.set(skel, to);
    return to;
  };
  let uniqueSurnames: Map<string, number> | null = null;
  const uniqueSurnameTarget = (key: string) => (uniqueSurnames ??= surnamesOfOnePerson(index.targets)).get(key);
  const regimesByInstrument = new Map<string, string[]>();
  for (const r of parts.regimes) {
    for (const ins of r.establishedBy) regimesByInstrument.set(ins, [...(regimesByInstrument.get(ins) ?? []), r.id]);
  }

  function scanText(text: string, context: PageContext = {}): Mention[] {
    const tokens = tokenize(text);
    const ctx: Context = { text, tokens };
    const found: Mention[] = scanInstruments(text, instruments);
    scanCommittees(text, bodies, found, found, meter);
    found.sort((a, b) => a.start - b.start);
    const claimed = new Uint8Array(tokens.length);
    const claim = (list: Mention[]) => {
      let k = 0;
      for (let ti = 0; ti < tokens.length; ti++) {
        const t = tokens[ti];
        while (k < list.length && list[k].end <= t.start) k++;
        for (let q = k; q < list.length && list[q].start < t.end; q++) {
          if (t.start < list[q].end && list[q].start < t.end) claimed[ti] = 1;
        }
      }
    };
    claim(found);

    const names: Mention[] = [];
    const titledMentions = new Set<Mention>();
    /**
     * "Mullah Baradar", "General Ntaganda": a title and the surname of
     * exactly one listed person. The mark is the surname (a title is outside
     * it, as it is before a full name). Weak (the page must show evidence),
     * since a surname is shared with people nobody listed.
     */
    const titledSurname = (i: number): { m: Mention; j: number } | undefined => {
      const t = tokens[i];
      const title = tokens[i - 1];
      if (i === 0 || !t.softBefore || !isTitleBefore(title) || COURTESY_TITLES.has(title.norm) || claimed[i - 1]) return undefined;
      for (const n of [2, 1]) {
        const surface = tokens.slice(i, i + n);
        if (surface.length < n || surface.some((u, k) => claimed[i + k] || (k > 0 && !u.softBefore))) continue;
        const target = uniqueSurnameTarget(surface.map((u) => u.key).join(' '));
        if (target === undefined) continue;
        const last = surface[n - 1];
        if (!surface.every(isCapitalisedName) || !startsUpper(last.cased) || last.lat.length < 4) continue;
        // "General Ntaganda Bosco" is some longer name, not this one.
        const next = tokens[i + n];
        if (next && next.softBefore && hasCase(next.cased) && startsUpper(next.cased)) return undefined;
        const tg = index.targets[target];
        const start = t.start;
        const m: Mention = {
          start, end: last.end, text: text.slice(start, last.end), category: 'designated', entity: note(tg), name: tg.name, known: true,
          confidence: 'possible', via: 'variant', matched: surface.map((u) => u.norm).join(' '),
        };
        return { m, j: i + n - 1 };
      }
      return undefined;
    };
    const weak = new Set<Mention>();
    const cueNeeded = new Map<Mention, number[]>();
    const shortLocal = new Set<Mention>();
    /**
     * Walks the name trie from token `i`, read as `first`, and collects every
     * terminal reached. A declined word may also be read as each of its stems
     * that reaches a trie edge ("Władimirowi": "Władimir" of Vladimir, and
     * "Władimirow", itself a listed surname Vladimirov): the walk branches,
     * and the rest of the name decides which was meant. The word as written
     * is walked first.
     */
    // The walk's state: where it started, how the first word was read, what it found. One walk at a time.
    let walkStart = 0;
    let walkFirst: Token = tokens[0];
    let walkReading = -1;
    let walkEnds: WalkEnd[] = [];
    let branchesLeft = 0;
    const walk = (i: number, first: Token, firstAltered: boolean, reading: number, ends: WalkEnd[]) => {
      walkStart = i;
      walkFirst = first;
      walkReading = reading;
      walkEnds = ends;
      branchesLeft = MAX_STEM_BRANCHES;
      step(i, 0, firstAltered);
    };
    // The words of the path being walked, as read; copied only where a name ends.
    const path: Token[] = [];
    // The trie node a reading must continue from; one closure for the whole scan, not one per step.
    let reachFrom = 0;
    const reaches = (st: Token) => child(reachFrom, st.skel) !== undefined;
    const reachesSkel = (skel: string) => child(reachFrom, skel) !== undefined;
    const go = (j: number, to: number, used: Token, altered: boolean) => {
      path.push(used);
      const term = index.terminals.get(to);
      if (term) walkEnds.push({ j, entries: term, surface: path.slice(), altered, reading: walkReading });
      step(j + 1, to, altered);
      path.pop();
    };
    const step = (j: number, node: number, altered: boolean): void => {
      if (j >= tokens.length || claimed[j] || (j > walkStart && !tokens[j].softBefore)) return;
      const t = j === walkStart ? walkFirst : tokens[j];
      const next = child(node, t.skel);
      // "4th Armoured Division" for "Fourth Division": a qualifier between a unit's number and its kind may be left out.
      if (next === undefined && j > walkStart && UNIT_QUALIFIERS.has(t.norm) && startsUpper(t.cased) && isOrdinal(path[0].norm) && path.length === 1) {
        step(j + 1, node, true);
        return;
      }
      if (next !== undefined) go(j, next, t, altered);
      // "Władimirowi Putinowi": a declined word reaches its listed base form.
      // A stem on the same trie edge as the word still counts: its letters are what the part alignment compares
      // ("Ławrowowi" and its stem "Ławrow" share the skeleton of Lavrov, but only the stem is spelled close to it).
      // So does a Cyrillic syllable read as Korean ("Чен" of Kim Jong Un), and an Arabic word read with the
      // letters Arabic lacks ("بوتين" as "putin").
      reachFrom = node;
      const korean = koreanReadings(t, text);
      const stems = reachingStems(t, reaches);
      let readings = korean.length ? [...stems, ...korean.filter(reaches)] : stems;
      // Only an Arabic-script word has such readings: the test is inline, as it runs at every step of every walk.
      if (t.norm.charCodeAt(0) >= ARABIC_BLOCK_START) {
        const arabic = arabicSoundReadings(t, reachesSkel);
        if (arabic.length) readings = [...readings, ...arabic];
      }
      for (const r of readings) {
        const to = child(node, r.skel);
        if (to === undefined || branchesLeft-- <= 0) return;
        go(j, to, r, true);
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      if (claimed[i]) continue;
      const ends: WalkEnd[] = [];
      // A proclitic read off comes first: "و" romanises to a vowel that the trie key drops, so "وسيرغي" reaches
      // Sergei as written too, but the mark belongs on the name. "del Mayo Zambada" is the listed article
      // contracted: read as "el", it is a reworded form of the alias.
      const readings = firstWordReadings(text, tokens[i]);
      readings.forEach((r, k) => walk(i, r.token, r.firstWord !== undefined, k, ends));
      walk(i, tokens[i], false, -1, ends);
      let matchedAt = -1;
      for (const group of ends.length ? endsByLength(ends) : []) {
        const j = group[0].j;
        let chosen: { end: WalkEnd; accepted: Entry[]; surfaceNorm: string } | undefined;
        let ambiguous = false;
        for (const end of group) {
          const { surface } = end;
          const surfaceNorm = surface.map((t) => t.norm).join(' ');
          const firstWord = end.reading >= 0 ? readings[end.reading].firstWord : undefined;
          const accepted: Entry[] = [];
          for (const ei of end.entries) {
            const e = index.entries[ei];
            if (firstWord !== undefined && e.norm.split(' ', 1)[0] !== firstWord) continue;
            if (acceptEntry(e, surface, surfaceNorm, ctx, i, j, end.altered)) accepted.push(e);
          }
          if (!accepted.length) continue;
          if (!chosen) {
            chosen = { end, accepted, surfaceNorm };
            continue;
          }
          // Two stems of one declined name that reach different parties: the base name is not certain. A word
          // as written that is a listed name ("Ivanova") is that name, whatever its stem would reach.
          if (end.reading === chosen.end.reading) {
            if (chosen.end.altered && end.altered && !sameTargets(accepted, chosen.accepted)) ambiguous = true;
          }
          // A word that begins with what reads as a proclitic may be the listed word itself ("وليد", Walid).
          else if (end.reading < 0 && chosen.end.reading >= 0 && accepted.some((e) => e.norm.split(' ', 1)[0] === surface[0].norm)) {
            chosen = { end, accepted, surfaceNorm };
          }
        }
        if (!chosen || ambiguous) continue;
        const { end, accepted, surfaceNorm } = chosen;
        const m = mentionFor(index, note, accepted, end.surface, surfaceNorm, text, end.altered);
        // A short Arabic skeleton that fits several people names none of them, and claims no words: a name may
        // start at the next one ("سید حسن نصرالله", Sayyid Hasan Nasrallah, where "سید حسن" fits several).
        if (!m && !accepted.some((e) => e.flags & F_BLOCK)) break;
        if (m) {
          names.push(m);
          if (m.category === 'designated' && accepted.every(isWeakEntry)) weak.add(m);
          if (accepted.every(needsJurisdictionCue)) cueNeeded.set(m, [...new Set(accepted.map((e) => e.target))]);
          if (m.category === 'jurisdiction' && accepted.every(isShortLocalName)) shortLocal.add(m);
        }
        matchedAt = j;
        break;
      }
      if (matchedAt >= 0) {
        i = matchedAt;
        continue;
      }
      const titled = titledSurname(i);
      if (titled) {
        names.push(titled.m);
        weak.add(titled.m);
        titledMentions.add(titled.m);
        i = titled.j;
      }
    }
    const imo: Mention[] = [];
    scanImo(text, index, note, imo);
    const kept = keepByCue(text, found, names, cueNeeded, context);
    const imoSpans = new SpanSet(imo);
    let all = [...found, ...kept.filter((m) => !imoSpans.overlaps(m)), ...imo];
    all.sort((a, b) => a.start - b.start);
    all = dropOtherOrganisations(text, all, context);
    const cues = cuePositions(text);
    all = keepWithEvidence({
      mentions: all,
      weak,
      patternsFound: found.length > 0,
      context,
      cues,
      jurisdictionsOf: (id) => {
        return targetOf(id)?.jurisdictions;
      },
    });
    if (titledMentions.size) all = keepTitledNearCues(all, titledMentions, context, cues);
    if (shortLocal.size) all = all.filter((m) => !shortLocal.has(m) || cueNear(cues, m));
    resolveBodies(all);
    all = addCoreferences(text, tokens, all, titledMentions, context.antecedents ?? []);
    all = addBodyShortForms(text, tokens, all, bodyById);
    return all.sort((a, b) => a.start - b.start);
  }

  /**
   * A title and a surname say less than a weak name: a country on the page
   * is no evidence (a Russian prince in a history of Russia). It stays only
   * near a sanctions cue word or where the page names the person in full.
   */
  function keepTitledNearCues(mentions: Mention[], titled: Set<Mention>, context: PageContext, cues: number[]): Mention[] {
    const named = new Set(context.designated ?? []);
    for (const m of mentions) if (m.category === 'designated' && !titled.has(m) && m.confidence === 'high') named.add(m.entity);
    return mentions.filter((m) => !titled.has(m) || named.has(m.entity) || cueNear(cues, m));
  }

  /**
   * Keeps a common-word organisation name only where the page names a
   * jurisdiction its party is tied to; a party tied to none (a thematic
   * listing such as terrorism) needs the page to be about sanctions at all.
   * Among several parties the name fits, those the page supports remain.
   */
  function keepByCue(text: string, found: Mention[], names: Mention[], cueNeeded: Map<Mention, number[]>, context: PageContext): Mention[] {
    if (!cueNeeded.size) return names;
    const onPage = new Set(names.filter((m) => m.category === 'jurisdiction').map((m) => m.entity.slice('jurisdiction:'.length)));
    for (const j of context.jurisdictions ?? []) onPage.add(j);
    const aboutSanctions =
      context.aboutSanctions === true || found.length > 0 || names.some((m) => m.category === 'body' || m.category === 'instrument') || SANCTIONS_WORDS.test(text);
    const out: Mention[] = [];
    for (const m of names) {
      const targets = cueNeeded.get(m);
      if (!targets) {
        out.push(m);
        continue;
      }
      const supported = targets.filter((t) => {
        const tied = index.targets[t].jurisdictions;
        return tied ? tied.split(',').some((j) => onPage.has(j)) : aboutSanctions;
      });
      if (!supported.length) continue;
      const lead = index.targets[supported[0]];
      m.entity = lead.id;
      m.name = lead.name;
      // Common words found by context are a weaker match than a distinctive name: the card says so.
      m.confidence = 'possible';
      if (supported.length > 1) m.candidates = supported.map((t) => index.targets[t].id);
      else delete m.candidates;
      out.push(m);
    }
    return out;
  }

  /**
   * Sanctions bodies share their words with every other organisation: "the
   * Security Council of the football federation", "the Sanctions Committee of
   * the cricket board", "the Panel of Experts" of a flower show. A body name
   * that runs on into "of ..." naming something else is that other body; a
   * name several bodies share counts only on a page with other sanctions
   * context (a jurisdiction, an instrument, a specific body, sanctions words).
   */
  function dropOtherOrganisations(text: string, mentions: Mention[], context: PageContext): Mention[] {
    const ofOther = (m: Mention) => {
      const after = OF_SOMETHING_ELSE.exec(text.slice(m.end, m.end + 60));
      return after !== null && !OF_OWN.test(after[1]);
    };
    const kept = mentions.filter((m) => !((m.category === 'body' || (m.category === 'instrument' && m.via === 'pattern')) && ofOther(m)));
    const generic = (m: Mention) => m.category === 'body' && (sharedBodyNames.has(m.text.toLowerCase()) || m.confidence === 'possible');
    const context_ =
      (context.jurisdictions?.length ?? 0) > 0 ||
      context.aboutSanctions === true ||
      SANCTIONS_WORDS.test(text) ||
      kept.some((m) => m.category === 'jurisdiction' || m.category === 'instrument' || m.category === 'designated' || (m.category === 'body' && !generic(m)));
    return context_ ? kept : kept.filter((m) => !generic(m));
  }

  /** Picks, among bodies a generic name fits ("Panel of Experts"), the one whose regime the page is about. */
  function resolveBodies(mentions: Mention[]): void {
    const context = new Set<string>();
    for (const m of mentions) {
      if (m.candidates) continue;
      if (m.category === 'body') {
        const r = bodyById.get(m.entity)?.regime;
        if (r) context.add(r);
      } else if (m.category === 'instrument') {
        for (const r of regimesByInstrument.get(m.entity.slice('instrument:'.length)) ?? []) context.add(r);
      }
    }
    for (const m of mentions) {
      if (m.category !== 'body' || !m.candidates) continue;
      const fit = m.candidates.filter((id) => {
        const r = bodyById.get(id)?.regime;
        return r !== undefined && context.has(r);
      });
      if (fit.length !== 1) continue;
      const b = bodyById.get(fit[0]);
      if (!b) continue;
      m.entity = fit[0];
      m.name = b.name;
      m.confidence = 'high';
      delete m.candidates;
    }
  }

  function addCoreferences(text: string, tokens: Token[], mentions: Mention[], titled: Set<Mention>, antecedents: Antecedent[]): Mention[] {
    // Surnames of persons named in full, and short forms defined in parentheses right after a name.
    // A reference is looked up by its first key. Of references that test the same words the same way,
    // only the first counts: it is in force from an earlier offset, and the first fitting reference wins,
    // so a later twin could never be chosen. On a page naming one party a thousand times, this keeps
    // the references few and the pass linear in the text.
    const refsByKey = new Map<string, CorefRef[]>();
    const twins = new Set<string>();
    const addRef = (r: CorefRef) => {
      const signature = `${r.keys.join(' ')}\u0000${r.cased ?? '\u0001'}\u0000${r.norm ?? '\u0001'}\u0000${r.upperOnly === true}`;
      if (twins.has(signature)) return;
      twins.add(signature);
      const list = refsByKey.get(r.keys[0]);
      if (list) list.push(r);
      else refsByKey.set(r.keys[0], [r]);
    };
    const extra: Mention[] = [];
    const named = new SpanSet(mentions);
    // What earlier chunks of the text introduced is in force from this chunk's start, before anything named here.
    for (const a of antecedents) {
      const m = a.mention;
      if (a.kind === 'definition') {
        const keys = tokenize(m.text).map((t) => t.key);
        if (keys.length) addRef({ keys, cased: m.text, from: 0, m });
        continue;
      }
      const target = targetOf(m.entity);
      for (const s of target?.surnames ?? []) addRef({ keys: s.split(' '), from: 0, m });
      for (const w of target?.weak ?? []) addRef({ keys: w.keys.split(' '), norm: w.norm, upperOnly: w.commonSingle, from: 0, m });
    }
    for (const m of mentions) {
      if (m.category !== 'designated' && m.category !== 'body') continue;
      const target = targetOf(m.entity);
      if (m.category === 'designated' && target?.surnames && m.via !== 'identifier') {
        // A title with the surname names the person as surely as a full name ("Mullah Baradar ... Baradar").
        const words = titled.has(m) ? 2 : m.text.split(/[\s\-‐‑]+/).length;
        if (words >= 2) {
          for (const s of target.surnames) addRef({ keys: s.split(' '), from: m.end, m });
          for (const keys of pageSurnames(m, target.surnames)) addRef({ keys, from: m.end, m });
        }
      }
      if (m.category === 'designated' && target?.weak) {
        for (const w of target.weak) addRef({ keys: w.keys.split(' '), norm: w.norm, upperOnly: w.commonSingle, from: m.end, m });
      }
      const paren = /^\s*\(([^()\n]{2,40})\)/.exec(text.slice(m.end, m.end + 45));
      if (paren) {
        const inner = paren[1].trim();
        const acronym = /^[A-Z][A-Z0-9&-]{1,9}$/.test(inner);
        const words = inner.split(/\s+/);
        const titled = words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'-]+$/u.test(w));
        if (acronym || titled) {
          const start = m.end + paren[0].indexOf(inner);
          const span = { start, end: start + inner.length };
          // Earlier definitions all end before this mention starts, so only the page's mentions can overlap.
          if (!named.overlaps(span)) {
            const def: Mention = { ...m, ...span, text: inner, via: 'coref', confidence: 'possible' };
            delete def.candidates;
            extra.push(def);
            const keys = tokenize(inner).map((t) => t.key);
            if (keys.length) addRef({ keys, cased: inner, from: span.end, m: def });
          }
        }
      }
    }
    if (!refsByKey.size) return [...mentions, ...extra].sort((a, b) => a.start - b.start);
    // References found below lie after every earlier one (the walk skips past each), so only the page's
    // mentions and the definitions can overlap a new one.
    const taken = new SpanSet([...mentions, ...extra]);
    for (let i = 0; i < tokens.length; i++) {
      let t = tokens[i];
      let refs = refsByKey.get(t.key);
      let contracted = false;
      if (!refs) {
        // "Putinowi", "Putino": a declined surname refers back like its base form; a defined acronym does not decline.
        const stem = uniqueStem(t, (st) => refsByKey.has(st.key));
        if (stem && !afterGivenName(text, tokens, i)) {
          t = stem;
          refs = refsByKey.get(stem.key)?.filter((r) => r.cased === undefined && r.norm === undefined);
        } else if (t.norm === 'del' || t.norm === 'al') {
          // "la familia del Mayo": a short form listed with its article ("El Mayo") after the contraction.
          const el = firstWordReadings(text, t).find((r) => r.firstWord !== undefined);
          refs = el && refsByKey.get(el.token.key)?.filter((r) => r.cased === undefined && r.keys.length > 1);
          if (el) t = el.token;
          contracted = true;
        } else {
          // "وقال ولافروف": a surname with a proclitic ("and Lavrov") refers back without it.
          const bare = firstWordReadings(text, t).find((r) => r.firstWord === undefined && refsByKey.has(r.token.key));
          if (bare) {
            t = bare.token;
            refs = refsByKey.get(bare.token.key)?.filter((r) => r.cased === undefined && r.norm === undefined);
          }
        }
        if (!refs) continue;
      }
      for (const r of refs) {
        if (meter) meter.steps++;
        if (t.start < r.from) continue;
        let ok = true;
        for (let k = 1; k < r.keys.length; k++) {
          const u = tokens[i + k];
          if (!u || !u.softBefore || u.key !== r.keys[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const last = tokens[i + r.keys.length - 1];
        const span = { start: t.start, end: last.end };
        const surface = tokens.slice(i, i + r.keys.length);
        surface[0] = t;
        if (r.cased !== undefined) {
          if (text.slice(span.start, span.end) !== r.cased) continue;
        } else if (r.norm !== undefined) {
          if (surface.map((x) => x.norm).join(' ') !== r.norm || !surface.every(isCapitalisedName)) continue;
          // After a contraction the article is in lower case, as Spanish writes it; the name after it is not.
          const head = contracted ? surface[1] : surface[0];
          if (!startsUpper(head.cased) && hasCase(head.cased)) continue;
          if (r.upperOnly && !surfaceAllUpper(surface)) continue;
        } else {
          const lastCased = surface[surface.length - 1].cased;
          if (!surface.every(isCapitalisedName) || (hasCase(lastCased) && !startsUpper(lastCased))) continue;
          // "Kim" followed by more capitalised names is someone else's full name.
          const next = tokens[i + r.keys.length];
          if (next && next.softBefore && hasCase(next.cased) && startsUpper(next.cased)) continue;
        }
        if (taken.overlaps(span)) continue;
        const m: Mention = { ...r.m, ...span, text: text.slice(span.start, span.end), via: 'coref' };
        delete m.candidates;
        if (r.m.category === 'designated' && r.cased === undefined) m.confidence = r.m.confidence;
        extra.push(m);
        i += r.keys.length - 1;
        break;
      }
    }
    return [...mentions, ...extra].sort((a, b) => a.start - b.start);
  }

  function addBodyShortForms(text: string, tokens: Token[], mentions: Mention[], byId: Map<string, Body>): Mention[] {
    const bodyMentions = mentions.filter((m) => m.category === 'body');
    if (!bodyMentions.length) return mentions;
    // Per short form ("Committee"), the body mentions it can stand for, in text order: looked up once.
    const fitsByWord = new Map<string, Mention[]>();
    for (const [word, kinds] of Object.entries(SHORT_FORM_KIND)) {
      fitsByWord.set(
        word,
        bodyMentions.filter((m) => {
          const b = byId.get(m.entity);
          return b !== undefined && kinds.includes(b.kind);
        }),
      );
    }
    const taken = new SpanSet(mentions);
    const extra: Mention[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      const fits = fitsByWord.get(t.cased);
      if (!fits || tokens[i - 1].norm !== 'the' || !t.softBefore) continue;
      if (meter) meter.steps++;
      const next = tokens[i + 1];
      if (next && next.softBefore && startsUpper(next.cased)) continue;
      if (taken.overlaps(t)) continue;
      if (!fits.length) continue;
      // Nearest body of the same kind, the preceding one first.
      const before = countEndingBy(fits, t.start);
      const ref = before ? fits[before - 1] : fits[0];
      const m: Mention = { ...ref, start: t.start, end: t.end, text: t.cased, via: 'coref', confidence: 'possible' };
      delete m.candidates;
      m.text = text.slice(t.start, t.end);
      extra.push(m);
    }
    return extra.length ? [...mentions, ...extra] : mentions;
  }

  // The page is scanned whole so that coreference sees earlier blocks; "\n" is a hard token boundary.
  return { scan: scanText };
}
