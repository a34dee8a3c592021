/**
 * The curated context layer: facts a reader needs that no designation list
 * carries (regimes, resolutions, programmes, jurisdictions, bodies).
 * Written by hand from public official sources; every record cites them.
 */
import type { Authority } from '../model';

/** https URLs of the official pages each fact was checked against. */
export type Sources = string[];

export type Measure =
  | 'arms embargo'
  | 'asset freeze'
  | 'travel ban'
  | 'sectoral'
  | 'financial'
  | 'trade'
  | 'aviation'
  | 'maritime'
  | 'other';

/**
 * How long a measure, mandate or listing period runs, as the latest instrument in this
 * data set it. Only the end date is data: whether it has run out is computed when it is
 * shown (src/kb/validity.ts), so a record never says "in force" after its day has passed.
 */
export interface Term {
  /** What runs to that day, as a reader would name it: "measures", "Panel of Experts mandate". */
  what: string;
  /** YYYY-MM-DD: the last day it runs. Absent when the setting instrument is known but its end date is not in this data. */
  until?: string;
  /** Instrument id that set the end date ("unscr-2781", "eu-dec-2025-2436-cfsp"). */
  setBy: string;
  /** Where the date rests on something other than the instrument's text read in an official copy. */
  note?: string;
}

/** A sanctions regime: a UN Security Council regime, an EU or UK regime, or a group of OFAC programmes. */
export interface Regime {
  /** e.g. "un-1718", "eu-russia-833", "uk-russia". */
  id: string;
  authority: Authority;
  name: string;
  /** The regime's code on its list (UN list type "DPRK", OFAC code, EU programme "RUS", UK regime name). */
  listCodes: string[];
  /** Body id of the committee that administers it, if any. */
  committee?: string;
  /** Instrument ids that established it. */
  establishedBy: string[];
  /** Latest instrument that renewed or amended it. */
  latest?: string;
  target: string;
  /** Jurisdiction ids it targets (may be empty for thematic regimes). */
  jurisdictions: string[];
  measures: Measure[];
  /** Plain words on the measures, e.g. "arms embargo, asset freeze, travel ban, ban on coal and textile exports". */
  measuresText: string;
  status: 'active' | 'ended';
  /** YYYY-MM-DD when it ended or was terminated. */
  ended?: string;
  /** Body id of the panel of experts or monitoring team, if any. */
  panel?: string;
  /** End dates of its measures as last set in this data (a regime renewed for fixed periods). */
  terms?: Term[];
  summary: string;
  sources: Sources;
}

export type InstrumentKind = 'unscr' | 'eu-regulation' | 'eu-decision' | 'eu-package' | 'us-eo' | 'us-act' | 'uk-regulations';

/** A legal instrument: a UN Security Council resolution, an EU act or package, a US executive order or act. */
export interface Instrument {
  /** "unscr-2397", "eu-reg-833-2014", "eu-dec-2014-512-cfsp", "eu-package-17", "us-eo-14024", "us-act-caatsa". */
  id: string;
  kind: InstrumentKind;
  /** The number as cited: "2397", "833/2014", "2014/512/CFSP", "17", "14024". */
  number: string;
  /** Display title, e.g. "Security Council resolution 2397 (2017)", "Countering America's Adversaries Through Sanctions Act". */
  title: string;
  year?: number;
  /** YYYY-MM-DD */
  adopted?: string;
  /** e.g. "15-0-0", "13-1-1 (vetoed)". */
  vote?: string;
  /** Regime id. */
  regime?: string;
  /** One line on what it did. */
  summary: string;
  /** Official text (https, official publisher only). */
  url: string;
  /** Names under which news cites it, for acts: "CAATSA", "Caesar Act", "Caesar Syria Civilian Protection Act". */
  aliases?: string[];
  /**
   * Set once a later instrument revoked or repealed this one as a whole, so a card
   * does not present it as live. Partial amendments are left to the summary.
   */
  revoked?: Revocation;
  sources: Sources;
}

export interface Revocation {
  /** Instrument id of the revoking order or act, e.g. "us-eo-13846". */
  by: string;
  /** YYYY-MM-DD from which the revocation took effect. */
  on: string;
}

/** An OFAC programme code, or an EU/UK programme, with its legal basis. */
export interface Programme {
  /** The code as it appears in the data: "SDGT", "RUSSIA-EO14024", "DPRK3". */
  code: string;
  authority: Authority;
  name: string;
  /** Instrument ids or citations (executive orders, acts, regulations). */
  legalBasis: string[];
  regime?: string;
  jurisdictions?: string[];
  sources: Sources;
}

/** A country or territory under sanctions. */
export interface Jurisdiction {
  /** ISO 3166 alpha-2 in lower case where one exists ("kp", "ru"), else a slug ("crimea"). */
  id: string;
  name: string;
  /** Official long name, e.g. "Democratic People's Republic of Korea". */
  officialName: string;
  /** Other names and abbreviations news use: "North Korea", "DPRK", "D.P.R.K.". Matched case-sensitively. */
  aliases: string[];
  /** Plain-language summary of which authorities impose what. */
  summary: string;
  /** Per authority: regime ids and a line on the measures. */
  measures: { authority: Authority; regimes: string[]; text: string }[];
  /** ISO codes or country names as lists write them in nationality/address fields, to count linked parties. */
  listCountryNames: string[];
  sources: Sources;
}

export type BodyKind = 'council' | 'committee' | 'panel' | 'monitoring-team' | 'agency' | 'other';

/** A sanctions body: UN Security Council, a committee, a panel, the MSMT, OFAC, OFSI, the EU Council. */
export interface Body {
  /** "unsc", "un-1718-committee", "un-1718-panel", "msmt", "ofac", "ofsi", "eu-council". */
  id: string;
  kind: BodyKind;
  name: string;
  /** Names and short forms as news write them: "1718 Committee", "Office of Foreign Assets Control". Matched case-insensitively unless all-caps. */
  aliases: string[];
  /** Acronyms matched in their listed case only: "OFAC", "MSMT", "UNSC". */
  acronyms: string[];
  authority?: Authority;
  regime?: string;
  summary: string;
  mandate: string;
  status: 'active' | 'ended';
  /** e.g. "mandate ended 30 April 2024 after Russia vetoed its renewal". */
  statusNote?: string;
  /** The end of its current mandate as last set in this data (panels renewed for fixed periods). */
  term?: Term;
  url: string;
  sources: Sources;
}

export interface CuratedLayer {
  /** YYYY-MM-DD of the last audit of the curated records against their sources: the "data of" of a term's line. */
  checkedOn?: string;
  regimes: Regime[];
  instruments: Instrument[];
  programmes: Programme[];
  jurisdictions: Jurisdiction[];
  bodies: Body[];
}
