/**
 * Turns a knowledge-base entry into the data a popover card shows. Cards are
 * plain data: the page side renders them with textContent only.
 */
import type { Category } from './model';
import type { KbIndex } from './kb-index';
import { isOfficialUrl } from './official-links';

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
}
export interface CardCandidate { entity: string; title: string; detail: string }

export interface CardData {
  entity: string;
  category: Category;
  title: string;
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
  /** Hosts of the mirrors (set by the user instead of a publisher's address) that data on this card was read from. */
  mirrors?: string[];
  kbVersion: string;
  /** Plain-text citation for "copy citation". */
  citation: string;
}

export function safeLink(label: string, url: string | undefined): CardLink | undefined {
  return url && isOfficialUrl(url) ? { label, url } : undefined;
}

export const CATEGORY_LABEL: Record<Category, string> = {
  designated: 'Sanctioned party',
  jurisdiction: 'Sanctioned jurisdiction',
  instrument: 'Legal instrument',
  body: 'Sanctions body',
};

export function citationFor(card: Pick<CardData, 'title' | 'kind' | 'listings' | 'asOf' | 'kbVersion' | 'links'>): string {
  const lines = [`${card.title} (${card.kind})`];
  for (const l of card.listings) {
    const parts = [`${l.authority} ${l.list}`];
    if (l.programmes.length) parts.push(l.programmes.join(', '));
    if (l.reference) parts.push(`ref. ${l.reference}`);
    if (l.since) parts.push(`listed ${l.since}`);
    if (l.link) parts.push(l.link.url);
    lines.push(`- ${parts.join('; ')}`);
  }
  const link = card.links[0];
  if (link) lines.push(`Source: ${link.url}`);
  lines.push(`Data as of ${card.asOf} (Sanctions Lens knowledge base ${card.kbVersion})`);
  return lines.join('\n');
}

export type { KbIndex };
