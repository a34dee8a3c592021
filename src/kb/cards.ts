/**
 * The card's data shape, as the worker sends it and the page and search
 * draw it (kb/kb-lookup.ts assembles it; page/popover/render-card.ts draws it).
 * Cards are plain data: the page side renders them with textContent only.
 */
import type { Category } from './model';
import { isOfficialUrl } from './official-links';
import { localDay, termLine, type CardTerm } from './validity';

export interface CardLink { label: string; url: string }
export interface CardFact { label: string; value: string }
export interface CardListing {
  authority: string;
  list: string;
  programmes: string[];
  since?: string;
  reason?: string;
  reference?: string;
  link?: CardLink;
  /** The listing has ended: the party is formerly listed by this authority. */
  removed?: CardRemoval;
}
export interface CardRemoval {
  date: string;
  by: string;
  /** announced: from the authority's notice; seen: absent from a newer copy of the list. */
  how: 'announced' | 'seen';
  lastListed?: string;
  link?: CardLink;
}
export interface CardValidity { terms: CardTerm[]; dataOf: string }
export interface CardCandidate { entity: string; title: string; detail: string }

export interface CardData {
  entity: string;
  category: Category;
  title: string;
  /** The name as the list writes it, when the title reads differently ("KIM, Jong Un" for "Kim Jong Un"). */
  listedAs?: string;
  /** "Formerly listed: removed by OFAC on 2025-03-21", when every listing has ended; or the ended ones by authority. */
  formerly?: string;
  /** What kind of thing it is: "Person", "Vessel", "Jurisdiction", "UN Security Council resolution"... */
  kind: string;
  /** The match is weak or ambiguous: the card says "possible match". */
  possible: boolean;
  /** The listed name a variant spelling on the page matched ("QADHAFI, Muammar"), when the page did not write a listed name. */
  matchedName?: string;
  /** Whether the knowledge base has an entry (an unknown instrument is shown as the text cites it). */
  known: boolean;
  summary?: string;
  facts: CardFact[];
  listings: CardListing[];
  aliases: string[];
  links: CardLink[];
  candidates: CardCandidate[];
  /**
   * The data's as-of date(s), for this card only: the lists that list a party
   * ("UN list of 2026-05-08 · OFAC SDN of 2024-05-03"), or the curated record's
   * knowledge base (and, for a jurisdiction's party count, every list).
   */
  asOf: string;
  /**
   * End dates of the measures and mandates the card is about, with the day the curated
   * records were last checked; whoever shows the card words them against that day's date.
   */
  validity?: CardValidity;
  /** Authorities whose lists are not loaded at all ("EU"): the card says so beside its data's age. */
  notLoaded?: string[];
  /** Hosts of the mirrors (set by the user instead of a publisher's address) that data on this card was read from. */
  mirrors?: string[];
  kbVersion: string;
  /** Plain-text citation for "copy citation". */
  citation: string;
}

export function safeLink(label: string, url: string | undefined): CardLink | undefined {
  return url && isOfficialUrl(url) ? { label, url } : undefined;
}

/** Whether two names have the same words, whatever their case, order and punctuation ("CHON MA SAN" / "Chon Ma San"). */
export function sameWords(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{Mn}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .sort()
      .join(' ');
  return words(a) === words(b);
}

/** A list or regime name without the authority the card already names before it ("UK Democratic…" under UK). */
export function withoutAuthority(list: string, authority: string): string {
  return list.startsWith(`${authority} `) ? list.slice(authority.length + 1) : list;
}

export const CATEGORY_LABEL: Record<Category, string> = {
  designated: 'Sanctioned party',
  jurisdiction: 'Sanctioned jurisdiction',
  instrument: 'Legal instrument',
  body: 'Sanctions body',
};

/** "removed 2025-03-21 by OFAC" / "not on the UN list of 2026-05-08 (on it 2026-02-27)". */
export function removalText(r: CardRemoval): string {
  return r.how === 'seen' ? `not on the ${r.by} of ${r.date}${r.lastListed ? ` (on it ${r.lastListed})` : ''}` : `removed ${r.date} by ${r.by}`;
}

/** The card's term lines as of `today` (YYYY-MM-DD): what a card, an export or a citation says of each end date. */
export function validityLines(v: CardValidity | undefined, today: string): string[] {
  return v ? v.terms.map((t) => termLine(t, today, v.dataOf)) : [];
}

export function citationFor(
  card: Pick<CardData, 'title' | 'kind' | 'listings' | 'asOf' | 'kbVersion' | 'links'> & Partial<Pick<CardData, 'listedAs' | 'formerly' | 'validity'>>,
  today = localDay(new Date()),
): string {
  const lines = [`${card.title}${card.listedAs ? ` (listed as ${card.listedAs})` : ''} (${card.kind})`];
  if (card.formerly) lines.push(card.formerly);
  lines.push(...validityLines(card.validity, today));
  for (const l of card.listings) {
    const parts = [`${l.authority} ${withoutAuthority(l.list, l.authority)}`];
    if (l.programmes.length) parts.push(l.programmes.join(', '));
    if (l.reference) parts.push(`ref. ${l.reference}`);
    if (l.since) parts.push(`listed ${l.since}`);
    if (l.removed) parts.push(`formerly listed: ${removalText(l.removed)}`);
    if (l.link) parts.push(l.link.url);
    lines.push(`- ${parts.join('; ')}`);
  }
  const link = card.links[0];
  if (link) lines.push(`Source: ${link.url}`);
  lines.push(`Data as of ${card.asOf} (Sanctions Lens knowledge base ${card.kbVersion})`);
  return lines.join('\n');
}

