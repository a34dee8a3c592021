/**
 * Within-page coreference: surnames of persons the page named in full (also
 * as the page spells them), weak aliases of named parties, and short forms
 * defined in parentheses right after a name refer back for the rest of the
 * page, across the chunks of a long text too.
 */
import { firstWordReadings } from '../clitics';
import { uniqueStem } from '../inflection';
import type { Target } from '../name-trie';
import { hasCase, startsUpper } from '../normalize';
import { ARABIC_SCRIPT, skeleton } from '../phonetic-key';
import { SpanSet } from '../spans';
import { tokenize, type Token } from '../tokenize';
import type { Antecedent, Mention } from '../types';
import type { ScanMeter } from './bodies-pass';
import { isCapitalisedName, surfaceAllUpper } from './surface';

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

/** The references in force on a page, by their first key. */
class References {
  readonly byKey = new Map<string, CorefRef[]>();
  private readonly twins = new Set<string>();

  /**
   * Of references that test the same words the same way, only the first
   * counts: it is in force from an earlier offset, and the first fitting
   * reference wins, so a later twin could never be chosen. On a page naming
   * one party a thousand times, this keeps the references few and the pass
   * linear in the text.
   */
  add(r: CorefRef): void {
    const signature = `${r.keys.join(' ')}\u0000${r.cased ?? '\u0001'}\u0000${r.norm ?? '\u0001'}\u0000${r.upperOnly === true}`;
    if (this.twins.has(signature)) return;
    this.twins.add(signature);
    const list = this.byKey.get(r.keys[0]);
    if (list) list.push(r);
    else this.byKey.set(r.keys[0], [r]);
  }
}

export interface CorefInput {
  text: string;
  tokens: Token[];
  mentions: Mention[];
  titled: Set<Mention>;
  antecedents: Antecedent[];
  targetOf: (id: string) => Target | undefined;
  meter?: ScanMeter;
}

/** Collects the references the page's mentions and earlier chunks introduce; returns the short forms defined here. */
function collectReferences(input: CorefInput, refs: References): Mention[] {
  const { text, mentions, titled, antecedents, targetOf } = input;
  const extra: Mention[] = [];
  const named = new SpanSet(mentions);
  // What earlier chunks of the text introduced is in force from this chunk's start, before anything named here.
  for (const a of antecedents) {
    const m = a.mention;
    if (a.kind === 'definition') {
      const keys = tokenize(m.text).map((t) => t.key);
      if (keys.length) refs.add({ keys, cased: m.text, from: 0, m });
      continue;
    }
    const target = targetOf(m.entity);
    for (const s of target?.surnames ?? []) refs.add({ keys: s.split(' '), from: 0, m });
    for (const w of target?.weak ?? []) refs.add({ keys: w.keys.split(' '), norm: w.norm, upperOnly: w.commonSingle, from: 0, m });
  }
  for (const m of mentions) {
    if (m.category !== 'designated' && m.category !== 'body') continue;
    const target = targetOf(m.entity);
    if (m.category === 'designated' && target?.surnames && m.via !== 'identifier') {
      // A title with the surname names the person as surely as a full name ("Mullah Baradar ... Baradar").
      const words = titled.has(m) ? 2 : m.text.split(/[\s\-‐‑]+/).length;
      if (words >= 2) {
        for (const s of target.surnames) refs.add({ keys: s.split(' '), from: m.end, m });
        for (const keys of pageSurnames(m, target.surnames)) refs.add({ keys, from: m.end, m });
      }
    }
    if (m.category === 'designated' && target?.weak) {
      for (const w of target.weak) refs.add({ keys: w.keys.split(' '), norm: w.norm, upperOnly: w.commonSingle, from: m.end, m });
    }
    const paren = /^\s*\(([^()\n]{2,40})\)/.exec(text.slice(m.end, m.end + 45));
    if (!paren) continue;
    const inner = paren[1].trim();
    const acronym = /^[A-Z][A-Z0-9&-]{1,9}$/.test(inner);
    const words = inner.split(/\s+/);
    const titledWords = words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'-]+$/u.test(w));
    if (!acronym && !titledWords) continue;
    const start = m.end + paren[0].indexOf(inner);
    const span = { start, end: start + inner.length };
    // Earlier definitions all end before this mention starts, so only the page's mentions can overlap.
    if (named.overlaps(span)) continue;
    const def: Mention = { ...m, ...span, text: inner, via: 'coref', confidence: 'possible' };
    delete def.candidates;
    extra.push(def);
    const keys = tokenize(inner).map((t) => t.key);
    if (keys.length) refs.add({ keys, cased: inner, from: span.end, m: def });
  }
  return extra;
}

/** The references token `i` may start, and the token as read for them (a stem, the article of a contraction, without a proclitic). */
function referencesAt(text: string, tokens: Token[], i: number, refs: References): { t: Token; list: CorefRef[]; contracted: boolean } | undefined {
  const t = tokens[i];
  const direct = refs.byKey.get(t.key);
  if (direct) return { t, list: direct, contracted: false };
  // "Putinowi", "Putino": a declined surname refers back like its base form; a defined acronym does not decline.
  const stem = uniqueStem(t, (st) => refs.byKey.has(st.key));
  const plain = (r: CorefRef) => r.cased === undefined && r.norm === undefined;
  if (stem && !afterGivenName(text, tokens, i)) {
    const list = refs.byKey.get(stem.key)?.filter(plain);
    return list && { t: stem, list, contracted: false };
  }
  if (t.norm === 'del' || t.norm === 'al') {
    // "la familia del Mayo": a short form listed with its article ("El Mayo") after the contraction.
    const el = firstWordReadings(text, t).find((r) => r.firstWord !== undefined);
    const list = el && refs.byKey.get(el.token.key)?.filter((r) => r.cased === undefined && r.keys.length > 1);
    return list ? { t: el.token, list, contracted: true } : undefined;
  }
  // "وقال ولافروف": a surname with a proclitic ("and Lavrov") refers back without it.
  const bare = firstWordReadings(text, t).find((r) => r.firstWord === undefined && refs.byKey.has(r.token.key));
  if (!bare) return undefined;
  const list = refs.byKey.get(bare.token.key)?.filter(plain);
  return list && { t: bare.token, list, contracted: false };
}

/** Whether the words from token `i` read as reference `r`, written as it requires. */
function fits(tokens: Token[], i: number, t: Token, r: CorefRef, contracted: boolean, text: string): boolean {
  for (let k = 1; k < r.keys.length; k++) {
    const u = tokens[i + k];
    if (!u || !u.softBefore || u.key !== r.keys[k]) return false;
  }
  const last = tokens[i + r.keys.length - 1];
  const surface = tokens.slice(i, i + r.keys.length);
  surface[0] = t;
  if (r.cased !== undefined) return text.slice(t.start, last.end) === r.cased;
  if (r.norm !== undefined) {
    if (surface.map((x) => x.norm).join(' ') !== r.norm || !surface.every(isCapitalisedName)) return false;
    // After a contraction the article is in lower case, as Spanish writes it; the name after it is not.
    const head = contracted ? surface[1] : surface[0];
    if (!startsUpper(head.cased) && hasCase(head.cased)) return false;
    return !r.upperOnly || surfaceAllUpper(surface);
  }
  const lastCased = surface[surface.length - 1].cased;
  if (!surface.every(isCapitalisedName) || (hasCase(lastCased) && !startsUpper(lastCased))) return false;
  // "Kim" followed by more capitalised names is someone else's full name.
  const next = tokens[i + r.keys.length];
  return !(next && next.softBefore && hasCase(next.cased) && startsUpper(next.cased));
}

export function addCoreferences(input: CorefInput): Mention[] {
  const { text, tokens, mentions, meter } = input;
  const refs = new References();
  const extra = collectReferences(input, refs);
  if (!refs.byKey.size) return [...mentions, ...extra].sort((a, b) => a.start - b.start);
  // References found below lie after every earlier one (the walk skips past each), so only the page's
  // mentions and the definitions can overlap a new one.
  const taken = new SpanSet([...mentions, ...extra]);
  for (let i = 0; i < tokens.length; i++) {
    const at = referencesAt(text, tokens, i, refs);
    if (!at) continue;
    const { t, list, contracted } = at;
    for (const r of list) {
      if (meter) meter.steps++;
      if (t.start < r.from) continue;
      if (!fits(tokens, i, t, r, contracted, text)) continue;
      const span = { start: t.start, end: tokens[i + r.keys.length - 1].end };
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
