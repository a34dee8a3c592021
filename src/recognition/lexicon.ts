/**
 * Common English words and common given names, in normalised form. A listed
 * name made only of such words needs more evidence than capitalisation
 * before it is marked. Built by scripts/lexicon-build.ts into
 * assets/kb/lexicon.json.
 */
import { foldToken } from './normalize';

export interface LexiconData {
  format: 1;
  /** Where the lists came from, for the about page. */
  sources: string[];
  /** Common English words (normalised, lower case). */
  words: string[];
  /** Common given names (normalised, lower case). */
  givenNames: string[];
}

export interface Lexicon {
  isCommonWord(norm: string): boolean;
  isGivenName(norm: string): boolean;
}

export function createLexicon(data: Pick<LexiconData, 'words' | 'givenNames'>): Lexicon {
  const words = new Set(data.words.map(foldToken));
  const given = new Set(data.givenNames.map(foldToken));
  return {
    isCommonWord: (norm) => words.has(norm),
    isGivenName: (norm) => given.has(norm),
  };
}

/** Parses lexicon.json content (already JSON-decoded) after a shape check. */
export function loadLexicon(json: unknown): Lexicon {
  const d = json as Partial<LexiconData> | null;
  if (!d || d.format !== 1 || !Array.isArray(d.words) || !Array.isArray(d.givenNames)) {
    throw new Error('lexicon: not a format-1 lexicon document');
  }
  return createLexicon({ words: d.words, givenNames: d.givenNames });
}

export const EMPTY_LEXICON: Lexicon = { isCommonWord: () => false, isGivenName: () => false };
