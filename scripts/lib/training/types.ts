/**
 * The labelled sets the linker's trainer reads, as `npm run data:build`
 * writes them (one JSON object a line in `.data/training/<split>.jsonl`) and
 * as `buildTrainingSets` returns them in memory.
 *
 * A set is a list of texts. Each text carries the spans known to be right
 * (`gold`) and, for texts whose every designated name is known, the promise
 * that any other designated candidate in it is wrong (`exhaustive`). The
 * trainer finds the candidates itself (its own index walk) and labels each by
 * these spans: a candidate whose span and party match a gold span is a
 * positive; one that overlaps a gold span with another party is the wrong
 * party; one elsewhere in an exhaustive text is a negative.
 */
import type { Category } from '../../../src/kb/model';

/** Which side of the held-out line a text is on: by party and by source page, never both sides at once. */
export type Split = 'train' | 'test';

/**
 * Where a text comes from:
 * - `template`: a real sanctions sentence with a listed party's name (or its short form) put in place of the party it named;
 * - `sentence`: the real sanctions sentence as published, with the names it really mentions;
 * - `ordinary`: everyday news (tests/fixtures/ordinary-news), no designated party in it;
 * - `brown`: a Brown corpus document (1961 American English), no designated party in it;
 * - `namesake`: a text about a real person or organisation that shares a name with a listed party, who is not that party.
 */
export type TextSource = 'template' | 'sentence' | 'ordinary' | 'brown' | 'namesake';

/** How a gold designated name was written. */
export type NameForm =
  /** a name the list gives, as listed (case as a reader writes it) */
  | 'listed'
  /** a conventional short form of a listed name (given name + first surname, legal form dropped...) */
  | 'short'
  /** the sentence's own wording, as published */
  | 'original';

export interface GoldSpan {
  /** UTF-16 offsets into `text`, end exclusive (the recogniser's own Mention offsets). */
  start: number;
  end: number;
  text: string;
  category: Category;
  /**
   * The KB entity id for a designated party (`ofac:17018`, merged ids as the KB gives them), or the
   * curated id for the rest (`jurisdiction:ru`, `body:ofac`, `instrument:unscr-2231`). Absent when the
   * party is known to be listed but could not be pinned to one entity: such a span is neither a
   * positive nor a negative.
   */
  entity?: string;
  /** Authority references as `npm run lookup` prints them (`OFAC:17018`, `UN:KPe.001`, `UK:7855`). */
  refs?: string[];
  /** Designated spans only. */
  form?: NameForm;
}

/** A span that looks like a listed party and is not it (a namesake): a hard negative for that party. */
export interface Confusable {
  start: number;
  end: number;
  text: string;
  /** The listed party it could be taken for. */
  entity: string;
  refs: string[];
}

export interface TrainingText {
  /** Stable across runs with the same seed and inputs: `<source>:<file or page>:<n>`. */
  id: string;
  split: Split;
  source: TextSource;
  /** BCP 47 language of the text: en, de, ru, zh-Hans... */
  lang: string;
  /** The page the text (or its template sentence) was taken from; Brown documents have none. */
  url?: string;
  text: string;
  gold: GoldSpan[];
  confusables: Confusable[];
  /** True when every designated party the text names is in `gold`: any other designated candidate is a negative. */
  exhaustive: boolean;
  /** Jurisdictions an exhaustive text is allowed to name (its file lists them); any other jurisdiction mark is a false mark. */
  allowedJurisdictions?: string[];
}

/** What `npm run data:build` writes beside the sets. */
export interface TrainingManifest {
  seed: number;
  /** Share of parties and of pages held out for test. */
  testShare: number;
  counts: Record<Split, Record<TextSource, { texts: number; goldDesignated: number; words: number }>>;
  /** Entity ids held out: no train text names them as gold. */
  testParties: number;
  /** Pages held out: no train text comes from them. */
  testPages: number;
}
