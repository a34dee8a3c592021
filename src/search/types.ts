/** What search answers: plain data, shared by the worker, the pages and the CLI. */

export type ResultType = 'person' | 'organisation' | 'vessel' | 'aircraft' | 'jurisdiction' | 'instrument' | 'regime' | 'body';
export const RESULT_TYPES: readonly ResultType[] = ['person', 'organisation', 'vessel', 'aircraft', 'jurisdiction', 'instrument', 'regime', 'body'];

/** Why a listed name matched, strongest first in the page's wording. */
export type MatchWhy = 'exact' | 'variant' | 'transliteration' | 'other script' | 'similar spelling' | 'partial';

export interface SearchFilters {
  type?: ResultType;
  authority?: string;
  /** A programme choice's value: one code or several joined by "|" (programme-labels.ts). */
  programme?: string;
  /** A jurisdiction id ("kp", "ir"): parties tied to it by nationality, citizenship, country or address. */
  country?: string;
}

export interface SearchResult {
  /** The id a card is asked for ("ofac-12345", "jurisdiction:kp", "instrument:unscr-2397"). */
  entity: string;
  /** The id to ask a card for: the entity itself, or for a regime its committee's or instrument's. */
  card: string;
  /** The name as a reader writes it ("Kim Jong Un"). */
  name: string;
  /** The name as listed ("KIM, Jong Un"), where it differs. */
  listed?: string;
  type: ResultType;
  authorities: string[];
  programmes: string[];
  /** "<authority>:<source id>" per listing ("UN:KPi.033", "OFAC:12345"). */
  refs: string[];
  /** The listed name or alias that matched. */
  matched: string;
  why: MatchWhy;
  /** 0–100. */
  score: number;
  /** The score passes the "likely match" threshold. */
  likely: boolean;
  /** Well below the best result: the search page folds these under "N weaker matches". */
  weaker?: true;
}

/** A score from this value on is shown as "likely match". */
export const LIKELY_SCORE = 85;

export interface FilterOptions {
  authorities: string[];
  programmes: ProgrammeGroup[];
  countries: { id: string; name: string }[];
}

/** One authority's programmes, each choice with a human label. */
export interface ProgrammeGroup {
  authority: string;
  choices: { value: string; label: string }[];
}
