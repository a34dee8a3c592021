import type { Category } from '../kb/model';

/**
 * One recognised mention in a text. Offsets are JavaScript string (UTF-16)
 * offsets into the text that was scanned, end exclusive.
 */
export interface Mention {
  start: number;
  end: number;
  text: string;
  category: Category;
  /**
   * Knowledge-base id of what is mentioned: a designation id ("un:KPi.033",
   * merged ids as the KB gives them), "jurisdiction:kp", "instrument:unscr-2397",
   * "body:ofac". An instrument the KB does not know still gets an id of the
   * same shape ("instrument:us-eo-99999") and `known: false`.
   */
  entity: string;
  /** Display name of what is mentioned (the entity's caption or the instrument as cited). */
  name: string;
  /** false when the mention is recognised by form but the KB has no entry for it. */
  known: boolean;
  /** 'possible' when the match is weak or ambiguous (the card says "possible match"). */
  confidence: 'high' | 'possible';
  /** Other entities the same surface form fits, when ambiguous. */
  candidates?: string[];
  /**
   * For a mention found through a spelling or form the list does not give
   * (a transliteration, another script, a reordering): the listed form it
   * matched, in normalised lower case ("muammar qadhafi"). The card names the
   * listed name it comes from.
   */
  matched?: string;
  /** How it was found: a listed name, a generated variant, a within-page coreference, an identifier (IMO), a pattern. */
  via: 'name' | 'variant' | 'coref' | 'identifier' | 'pattern' | 'alias';
  /** Authorities that list or sanction it, filled in by the background for the popup's summary. */
  authorities?: string[];
}

/**
 * What the rest of the page has already shown, for a text scanned on its own
 * (a block a living page added): context cues count page-wide.
 */
export interface PageContext {
  /** Jurisdiction ids ("kp", "ir") mentioned elsewhere on the page. */
  jurisdictions?: string[];
  /** Whether the page elsewhere names a sanctions body or instrument, or uses sanctions words. */
  aboutSanctions?: boolean;
  /** Designated entities the page elsewhere names by a strong name: evidence for their acronyms and short forms here. */
  designated?: string[];
  /** Mark jurisdictions on pages with no sanctions context too (the reader's choice; off by default). */
  jurisdictionsEverywhere?: boolean;
  /**
   * Mentions earlier text of the same scan introduced that keep referring
   * back (a person named in full, whose surname counts; an acronym the text
   * defined): carried from one chunk of a long text to the next.
   */
  antecedents?: Antecedent[];
}

/** A mention that later text may refer back to, and how. */
export interface Antecedent {
  /** 'name': the party's surnames and weak aliases refer back; 'definition': the mention's exact text does. */
  kind: 'name' | 'definition';
  mention: Mention;
}

/** A recogniser built once per knowledge-base version. */
export interface Recognizer {
  /** Every mention in the text, in text order, never overlapping. */
  scan(text: string, context?: PageContext): Mention[];
}
