/**
 * The knowledge-base data model, after the FollowTheMoney vocabulary
 * (Person, Organization, Company, Vessel, Airplane; Sanction with authority,
 * program, listingDate, reason). Everything the extension shows comes from here.
 */

export type Authority = 'UN' | 'OFAC' | 'EU' | 'UK';
export const AUTHORITIES: readonly Authority[] = ['UN', 'OFAC', 'EU', 'UK'];

export type Category = 'designated' | 'jurisdiction' | 'instrument' | 'body';
export const CATEGORIES: readonly Category[] = ['designated', 'jurisdiction', 'instrument', 'body'];

export type EntitySchema = 'Person' | 'Organization' | 'Company' | 'Vessel' | 'Airplane';

/**
 * A name as a list gives it. `strong` names may be matched in text; `weak`
 * names (OFAC "weak a.k.a.", UN "Low quality") are kept for display only,
 * like FtM's `weakAlias`, which is `matchable: false`.
 */
export interface EntityName {
  value: string;
  quality: 'strong' | 'weak';
  /** primary: the list's own main name; alias; formerName (f.k.a., vessel's former name); original: original-script. */
  kind: 'primary' | 'alias' | 'formerName' | 'original';
  /**
   * The list gave this alias no quality (a blank UK AliasStrength). It is matched, since only a
   * stated low quality makes a name weak, but it is not one the list vouches for as good quality.
   */
  unrated?: true;
  /** When the list splits a personal name, its parts; used to generate word-order variants. */
  parts?: { given?: string[]; patronymic?: string; family?: string };
}

export interface Identifier {
  /** e.g. "Passport", "National ID No.", "IMO", "SWIFT/BIC", "Digital Currency Address - ETH". */
  type: string;
  value: string;
  country?: string;
  note?: string;
}

/** One listing of a party by one authority: FtM's Sanction. */
export interface Sanction {
  authority: Authority;
  /** The publication: "UN Security Council Consolidated List", "SDN List", "Non-SDN Consolidated List", "EU Financial Sanctions Files", "UK Sanctions List". */
  list: string;
  /** Programme or regime codes as the list writes them (OFAC "SDGT", UN list type "DPRK", EU regulation, UK regime name). */
  programs: string[];
  /** The list's own reference: UN reference number ("QDi.430"), OFAC ent_num, EU logical id, UK unique id. */
  sourceId: string;
  listingDate?: string;
  /** Narrative reason, "Linked To", UN narrative summary. */
  reason?: string;
  /** Official https link for this listing (publisher's page, search or notice). */
  sourceUrl: string;
  /** Set when the party is no longer on this list: it stays in the knowledge base as "formerly listed". */
  removed?: Removal;
  /**
   * Set when the listing is known only from the list's companion files (OFAC's alias and
   * address files), not from its main file: the names and addresses are the list's, the
   * programmes and listing date are not given, and the type of party only where the
   * remarks say it. A later copy of the whole list replaces the record.
   */
  partial?: PartialListing;
}

export interface PartialListing {
  /** The files it was read from, as the publisher names them: "ALT.CSV, ADD.CSV". */
  files: string;
  /** YYYY-MM-DD of those files. */
  date: string;
  /** Whether the remarks said what kind of party it is (else its schema is only a placeholder). */
  typeGiven: boolean;
}

/**
 * A listing's end. `seen` removals come from comparing two successive copies
 * of a list (the date is the newer copy's: the day the absence was seen);
 * `announced` removals come from the authority's own notice (src/kb/removals.ts).
 */
export interface Removal {
  date: string;
  /** Who removed it, as the notice names it: "UN Security Council (resolution 2799 (2025))", "OFAC". */
  by: string;
  how: 'announced' | 'seen';
  /** Official https page of the notice (announced), absent for a seen removal. */
  sourceUrl?: string;
  /** For a seen removal: the date of the last copy that still listed it. */
  lastListed?: string;
}

/** Facts about a party; every field optional because lists differ in what they carry. */
export interface EntityProps {
  birthDate?: string[];
  birthPlace?: string[];
  nationality?: string[];
  citizenship?: string[];
  country?: string[];
  address?: string[];
  title?: string[];
  position?: string[];
  gender?: string;
  identifiers?: Identifier[];
  imoNumber?: string;
  mmsi?: string;
  callSign?: string;
  flag?: string;
  vesselType?: string;
  tonnage?: string;
  aircraftModel?: string;
  aircraftSerial?: string;
  /** Names or ids of linked parties (OFAC "Linked To:"). */
  linkedTo?: string[];
  /** UN reference numbers this party carries (UN list) or that another list cites for it. */
  unscId?: string[];
  website?: string[];
  email?: string[];
  notes?: string[];
}

/** A party as one source list describes it, before merging across authorities. */
export interface SourceRecord {
  /** Stable id within its source, e.g. "un:QDi.430", "ofac:36", "eu:13", "uk:RUS0001". */
  id: string;
  schema: EntitySchema;
  names: EntityName[];
  sanctions: Sanction[];
  props: EntityProps;
}

/** One real-world party after merging: the unit the extension marks and shows. */
export interface Designation extends SourceRecord {
  /** The display name (the primary name of the most authoritative listing). */
  caption: string;
  /** Ids of the source records merged into this entity. */
  sourceRecords: string[];
}

/** Where a parsed list came from, for stats, cards and the updater. */
export interface SourceInfo {
  authority: Authority;
  /** Short key: "un", "ofac-sdn", "ofac-nonsdn", "eu-fsf", "uk-sl", "ofsi". */
  list: string;
  /** Human title of the publication. */
  title: string;
  /** File(s) the data was read from (paths for kb:build, URLs for the updater). */
  file: string;
  /** The data's date (YYYY-MM-DD), from inside the file where it has one. */
  date: string;
  /** How many entries (parties) the source lists. */
  entries: number;
  /** The host the updater read this list from when the user set a mirror for it instead of the publisher's address. */
  mirror?: string;
  /** The host that served the file when a redirect took the download away from the host asked (updater/redirects.ts). */
  servedBy?: string;
}

/** What every parser returns. */
export interface ParsedList {
  source: SourceInfo;
  records: SourceRecord[];
  /** Things skipped and counted rather than fatal (e.g. orphan alias rows). */
  skipped: Record<string, number>;
}

/** Thrown by parsers for malformed input: it names the source and where. */
export class ListParseError extends Error {
  constructor(
    readonly source: string,
    readonly position: string,
    detail: string,
  ) {
    super(`${source}: ${detail} (at ${position})`);
    this.name = 'ListParseError';
  }
}
