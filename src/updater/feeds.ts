/**
 * The official feeds the updater polls, and how each one's files become a
 * ParsedList with the same parsers kb:build uses.
 *
 * OFAC: the CSV set (SDN.CSV + ADD.CSV + ALT.CSV + SDN_COMMENTS.CSV, and the
 * CONS_* set for the non-SDN list) rather than SDN.XML, because kb:build
 * builds the bundled snapshot from exactly these CSVs with parseOfacCsv, so
 * an updated KB is what kb:build would make from the same day's files; and
 * the CSV set is about 7 MB against tens of MB for SDN.XML. The CSVs carry no
 * date: the data date is the primary file's Last-Modified, else the day of
 * the check (the content hash still tells whether anything changed).
 * OFAC's WAF refuses clients whose User-Agent does not look like a browser;
 * the extension's fetch sends the browser's own UA, so nothing is needed here.
 */
import type { Authority, ParsedList } from '../kb/model';
import { parseUnXml } from '../kb/parsers/un-xml';
import { parseOfacCsv } from '../kb/parsers/ofac-csv';
import { parseEuXml } from '../kb/parsers/eu-xml';
import { parseUkXml } from '../kb/parsers/uk-xml';

export type FeedKey = 'un' | 'ofac-sdn' | 'ofac-nonsdn' | 'eu-fsf' | 'uk-sl';

/** One downloaded file of a feed. */
export interface FeedFile {
  url: string;
  body: Uint8Array;
  lastModified?: string;
}

export interface FeedDef {
  key: FeedKey;
  authority: Authority;
  /** Short name for plain-words messages: "UN", "OFAC SDN". */
  label: string;
  title: string;
  /** The official URL of the feed's first (or only) file. */
  url: string;
  /** Further files, resolved relative to the first file's URL (so a mirror only needs one override). */
  companions: string[];
  format: 'xml' | 'csv';
  /** Document element a right file starts with (XML feeds). */
  root?: string;
  /** The SourceInfo.list key the parsed list carries: it replaces the bundled list with that key. */
  listKey: string;
  parse(files: FeedFile[], checkedAt: number): Promise<ParsedList>;
}

const OFAC_BASE = 'https://sanctionslistservice.ofac.treas.gov/api/download/';

/** YYYY-MM-DD of an HTTP date, or of `fallback` (epoch ms). */
export function httpDateDay(header: string | undefined, fallback: number): string {
  const t = header ? Date.parse(header) : NaN;
  return new Date(Number.isNaN(t) ? fallback : t).toISOString().slice(0, 10);
}

function ofacCsv(kind: 'sdn' | 'nonsdn') {
  return (files: FeedFile[], checkedAt: number): Promise<ParsedList> => {
    const [primary, addresses, aliases, comments] = files;
    return parseOfacCsv(
      { primary: primary.body, addresses: addresses?.body, aliases: aliases?.body, comments: comments?.body },
      { list: kind, date: httpDateDay(primary.lastModified, checkedAt), file: files.map((f) => f.url).join(' + ') },
    );
  };
}

export const FEEDS: readonly FeedDef[] = [
  {
    key: 'un',
    authority: 'UN',
    label: 'UN',
    title: 'UN Security Council Consolidated List',
    url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
    companions: [],
    format: 'xml',
    root: 'CONSOLIDATED_LIST',
    listKey: 'un',
    parse: (files) => parseUnXml(files[0].body, { file: files[0].url }),
  },
  {
    key: 'ofac-sdn',
    authority: 'OFAC',
    label: 'OFAC SDN',
    title: 'OFAC SDN List',
    url: `${OFAC_BASE}SDN.CSV`,
    companions: ['ADD.CSV', 'ALT.CSV', 'SDN_COMMENTS.CSV'],
    format: 'csv',
    listKey: 'ofac-sdn',
    parse: ofacCsv('sdn'),
  },
  {
    key: 'ofac-nonsdn',
    authority: 'OFAC',
    label: 'OFAC non-SDN',
    title: 'OFAC Consolidated (non-SDN) List',
    url: `${OFAC_BASE}CONS_PRIM.CSV`,
    companions: ['CONS_ADD.CSV', 'CONS_ALT.CSV', 'CONS_COMMENTS.CSV'],
    format: 'csv',
    listKey: 'ofac-nonsdn',
    parse: ofacCsv('nonsdn'),
  },
  {
    key: 'eu-fsf',
    authority: 'EU',
    label: 'EU',
    title: 'EU Financial Sanctions Files',
    // A fixed public token, the same for everyone (see PROVENANCE.md).
    url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
    companions: [],
    format: 'xml',
    root: 'export',
    listKey: 'eu-fsf',
    parse: (files) => parseEuXml(files[0].body, { file: files[0].url }),
  },
  {
    key: 'uk-sl',
    authority: 'UK',
    label: 'UK',
    title: 'UK Sanctions List',
    url: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml',
    companions: [],
    format: 'xml',
    root: 'Designations',
    listKey: 'uk-sl',
    parse: (files) => parseUkXml(files[0].body, { file: files[0].url }),
  },
];

/** The URLs of a feed's files: the (possibly overridden) first URL, then its companions beside it. */
export function feedUrls(feed: FeedDef, override?: string): string[] {
  const first = override ?? feed.url;
  return [first, ...feed.companions.map((name) => new URL(name, first).href)];
}

/** Merge priority of the lists in a rebuilt KB: the first list's names and schema lead. */
export const LIST_ORDER: readonly string[] = ['un', 'ofac-sdn', 'ofac-nonsdn', 'eu-fsf', 'uk-sl', 'ofsi'];

/** What the root element of a file says it is, for "wrong file" messages. */
export const KNOWN_ROOTS: Record<string, string> = {
  CONSOLIDATED_LIST: 'the UN Consolidated List',
  sdnList: 'an OFAC list (SDN XML format)',
  export: 'the EU Financial Sanctions Files list',
  Designations: 'the UK Sanctions List',
  html: 'a web page',
};
