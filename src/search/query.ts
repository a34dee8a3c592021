/**
 * A query as search reads it: the recogniser's tokens, each with a role and
 * the keys it may stand for. The roles are the naming conventions a reader
 * uses and a listed name does not need: a title before a name ("Präsident
 * Putin"), a legal form in any of its synonyms ("OAO" for PJSC), an initial
 * ("Путин В. В."), a word that says what kind of party is meant ("tanker").
 * Names run together ("AlisherUsmanov") are cut where both halves are listed
 * keys; words in other scripts get the readings of other-script-readings.ts
 * and, in Arabic script, the recogniser's sound readings.
 */
import { arabicSoundReadings } from '../recognition/arabic-sounds';
import { koreanReadings } from '../recognition/korean-cyrillic';
import { lightKey } from '../recognition/phonetic-key';
import { NAME_PARTICLES, TITLES, stripLegalForms } from '../recognition/name-variants';
import { tokenize, type Token } from '../recognition/tokenize';
import { hangulSpellings, hebrewSpellings, kanaSpellings } from './other-script-readings';

export type PartRole = 'content' | 'particle' | 'title' | 'legal' | 'initial';

export interface QueryPart {
  norm: string;
  /** Written in Arabic or Hebrew script, which leave most vowels out: compared on consonants too. */
  consonantal?: boolean;
  /** Keys it may stand for: the first as written, the rest readings. */
  keys: string[];
  role: PartRole;
  otherScript: boolean;
}

/**
 * Titles and offices in the languages the recogniser reads, and words naming
 * a kind of party: they say who is meant without being part of a listed name.
 */
const QUERY_TITLES = new Set([
  ...TITLES,
  'prasident', 'praesident', 'presidente', 'presidenta', 'prezydent', 'prezident', 'президент', 'رئيس', 'الرئيس', 'رئیس',
  'kanzler', 'ministre', 'ministro', 'министр', 'генерал', 'general', 'leader', 'chairman', 'herr', 'frau', 'monsieur',
  'madame', 'senor', 'senora', 'sr', 'sra', 'gospodin', 'господин', 'comrade', 'товарищ', 'dictator', 'oligarch', 'олигарх', 'businessman',
  'vessel', 'ship', 'tanker', 'mv', 'mt', 'boat', 'aircraft', 'plane', 'airline',
]);
/** Words that say the reader means a vessel or an aircraft. */
export const CRAFT_WORDS = new Set(['vessel', 'ship', 'tanker', 'mv', 'mt', 'boat', 'imo', 'aircraft', 'plane', 'airline', 'cargo', 'freighter', 'yacht']);

const ARTICLE_FIRST = /^ال/u;
const CONSONANTAL = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const LATIN_OR_DIGIT = /^[\p{Script=Latin}\p{N}]+$/u;
/** An initial: one letter of an alphabet with capitals (a Hangul or Han character is a syllable, not an initial). */
const SINGLE_LETTER = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]$/u;
/** Kana and Hangul words are cut into one token per character by the tokeniser: read them as words here. */
const KANA_CHAR = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;

export interface QueryVocabulary {
  has(key: string): boolean;
}

function partOf(t: Token, role: PartRole, extra: string[] = []): QueryPart {
  return { norm: t.norm, keys: [...new Set([t.lat, ...extra])], role, otherScript: !LATIN_OR_DIGIT.test(t.norm) };
}

/** Tokens of the query with consecutive kana joined into one word, as written (the tokeniser's fold loses the dakuten). */
function wordsOf(query: string): { token: Token; text: string }[] {
  const out: { token: Token; text: string }[] = [];
  for (const t of tokenize(query)) {
    const text = query.slice(t.start, t.end);
    const last = out.at(-1);
    if (last && KANA_CHAR.test(text) && KANA_CHAR.test(last.text) && last.token.end === t.start) {
      last.text += text;
      last.token = { ...last.token, end: t.end, norm: last.token.norm + t.norm, lat: last.token.lat + t.lat };
      continue;
    }
    // A long-vowel mark is no word of its own.
    if (text === 'ー') continue;
    out.push({ token: t, text });
  }
  return out;
}

function readingsOf(t: Token, text: string, query: string, vocab: QueryVocabulary): string[] {
  const spellings = [
    ...hangulSpellings(text),
    ...kanaSpellings(text),
    ...hebrewSpellings(text),
    ...arabicSoundReadings(t).map((r) => r.lat),
    // Korean names in Russian Cyrillic, one syllable a word ("Ким Чен Ын"), as the recogniser reads them.
    ...koreanReadings(t, query).flatMap((r) => r.lats ?? [r.lat]),
  ];
  const keys = spellings.map((s) => lightKey(s));
  // Arabic writes the article on the word ("الاسد"); the lists write the name without it ("Assad").
  if (ARTICLE_FIRST.test(text) && t.lat.startsWith('l') && t.lat.length >= 3) keys.push(t.lat.slice(1));
  return [...new Set(keys)].filter((k) => vocab.has(k) || ARTICLE_FIRST.test(text));
}

/** A word the lists do not know, cut into two they do ("AlisherUsmanov"), at a change of case first. */
function runTogether(t: Token, vocab: QueryVocabulary): [string, string] | undefined {
  const w = t.norm;
  if (w.length < 6 || !LATIN_OR_DIGIT.test(w) || vocab.has(t.lat)) return undefined;
  const isCamel = (i: number) => /\p{Lu}/u.test(t.cased[i]) && /\p{Ll}/u.test(t.cased[i - 1]);
  const even = (i: number) => Math.abs(w.length / 2 - i);
  const camel: number[] = [];
  const rest: number[] = [];
  for (let i = 2; i <= w.length - 2; i++) (isCamel(i) ? camel : rest).push(i);
  // A change of case first, then the most even cut.
  rest.sort((a, b) => even(a) - even(b));
  for (const i of [...camel, ...rest]) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (vocab.has(lightKey(a)) && vocab.has(lightKey(b))) return [a, b];
  }
  return undefined;
}

export function readQuery(query: string, vocab: QueryVocabulary): QueryPart[] {
  const q = query.slice(0, 300);
  const words = wordsOf(q).slice(0, 12);
  const tokens = words.map((w) => w.token);
  const core = stripLegalForms(tokens);
  const legal = new Set(core ? tokens.filter((t) => !core.includes(t)) : []);
  const parts: QueryPart[] = [];
  words.forEach(({ token: t, text }) => {
    if (legal.has(t)) return void parts.push(partOf(t, 'legal'));
    if (NAME_PARTICLES.has(t.norm)) return void parts.push(partOf(t, 'particle'));
    if (QUERY_TITLES.has(t.norm) || QUERY_TITLES.has(t.lat)) return void parts.push(partOf(t, 'title'));
    if (SINGLE_LETTER.test(t.norm)) return void parts.push(partOf(t, 'initial'));
    const cut = runTogether(t, vocab);
    if (cut) {
      for (const half of cut) parts.push({ norm: half, keys: [lightKey(half)], role: 'content', otherScript: false });
      return;
    }
    const part = partOf(t, 'content', readingsOf(t, text, q, vocab));
    if (CONSONANTAL.test(text)) part.consonantal = true;
    parts.push(part);
  });
  // Titles, initials and legal forms stand beside a name: alone they are the name looked for.
  if (!parts.some((p) => p.role === 'content')) for (const p of parts) if (p.role !== 'particle') p.role = 'content';
  return parts;
}
