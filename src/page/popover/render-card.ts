/**
 * Builds a card's DOM from CardData, in two levels: a summary that answers at
 * a glance (what it is, who lists it under what and since when, its status,
 * how old the data is) with the actions always in view, and everything else
 * (identifiers, aliases, reasons, measures, sources) folded under "More".
 * Every string from the knowledge base or the page goes through textContent
 * (./card-parts.ts).
 */
import type { CardData, CardFact, CardListing } from '../../kb/cards';
import { CATEGORY_LABEL, removalText, sameWords, withoutAuthority } from '../../kb/cards';
import { button, clip, distinctLabels, el, hostOf, link, linkRow, splitWebLink, valueNode, type ValueTools } from './card-parts';
import { localDay, termLine, termState } from '../../kb/validity';

export interface CardActions {
  onCopy(card: CardData): void;
  onPin(): void;
  onClose(): void;
  /** Copies one value (a long identifier); the card's own clipboard write when absent. */
  onCopyValue?(value: string): void;
}

/** Facts that say at a glance who or what this is: shown in the summary's kind line, not only under More. */
const GLANCE_FACTS = ['Date of birth', 'Nationality', 'Country', 'Flag', 'IMO number'];
/** A fact that is a status ("revoked by …"): a status line in the summary. */
const STATUS_FACT = 'Status';
/** The summary text shows this much; the whole of it is under More. */
const SUMMARY_CLAMP = 220;

export function renderCard(doc: Document, card: CardData, actions: CardActions): HTMLElement {
  const root = el(doc, 'div', `card card-${card.category}`);
  const tools: ValueTools = { copy: (v) => (actions.onCopyValue ? actions.onCopyValue(v) : void copyFromCard(root, v)) };
  const body = el(doc, 'div', 'body');
  body.append(...summaryPart(doc, card));
  const more = morePart(doc, card, tools);
  if (more) body.append(...more);
  root.append(body, footPart(doc, card, actions));
  return root;
}

/** Badge, title, kind line, status lines, one line per authority, summary text, the data's age. */
function summaryPart(doc: Document, card: CardData): HTMLElement[] {
  const head = el(doc, 'div', 'head');
  const title = el(doc, 'h2', 'title', card.title);
  title.id = 'sl-card-title';
  head.append(el(doc, 'span', `badge badge-${card.category}`, CATEGORY_LABEL[card.category]), title);
  const glance = card.facts.filter((f) => GLANCE_FACTS.includes(f.label)).map((f) => (f.label === 'Date of birth' ? `born ${f.value.split(';')[0]}` : f.label === 'IMO number' ? `IMO ${f.value}` : f.value.split(';')[0]));
  head.append(el(doc, 'p', 'kind', [card.kind, ...glance.slice(0, 2)].join(' · ')));

  const parts: HTMLElement[] = [head];
  const status = statusLines(doc, card);
  if (status.childElementCount) parts.push(status);
  if (card.listings.length) parts.push(authorityLines(doc, card));
  if (card.summary && card.category !== 'designated') parts.push(el(doc, 'p', 'summary', clip(card.summary, SUMMARY_CLAMP)));
  parts.push(el(doc, 'p', card.mirrors?.length ? 'as-of from-mirror' : 'as-of', `Data as of ${card.asOf}`));
  // A party's listings can only come from lists that are loaded: the card names those it could not check.
  if (card.notLoaded?.length && card.category === 'designated') parts.push(el(doc, 'p', 'not-loaded', `${card.notLoaded.join(', ')} list${card.notLoaded.length > 1 ? 's' : ''} not loaded yet: not checked`));
  const mirrorNote = mirrorWarning(doc, card.mirrors);
  if (mirrorNote) parts.push(mirrorNote);
  return parts;
}

/**
 * The card's status, one line each: formerly listed, a possible match, the
 * listed name a variant matched, the end of a measure's or mandate's term,
 * a revoked instrument.
 */
function statusLines(doc: Document, card: CardData): HTMLElement {
  const box = el(doc, 'div', 'status-lines');
  if (card.formerly) box.append(el(doc, 'p', 'formerly', card.formerly));
  if (card.possible) {
    const others = card.candidates.length ? ` ${card.candidates.length === 1 ? 'Another party has' : `${card.candidates.length} other parties have`} this name (see More).` : ' Check the details under More.';
    box.append(el(doc, 'p', 'possible', `Possible match.${others}`));
  }
  if (card.matchedName) box.append(el(doc, 'p', 'matched', `Matched listed name: ${card.matchedName}`));
  // Worded against the reader's today, not the day the card or the data was made.
  const today = localDay(new Date());
  for (const t of card.validity?.terms ?? []) box.append(el(doc, 'p', `validity validity-${termState(t, today)}`, termLine(t, today, card.validity!.dataOf)));
  for (const f of card.facts.filter((x) => x.label === STATUS_FACT && card.category === 'instrument')) box.append(el(doc, 'p', 'instrument-status', capitalise(f.value)));
  return box;
}

/** One line per authority: who lists it, under which programme or regime, since when (or that it ended). */
function authorityLines(doc: Document, card: CardData): HTMLElement {
  const list = el(doc, 'ul', 'authority-lines');
  list.setAttribute('aria-label', card.category === 'designated' ? 'Listed by' : 'Measures by');
  const byAuthority = new Map<string, CardListing[]>();
  for (const l of card.listings) byAuthority.set(l.authority, [...(byAuthority.get(l.authority) ?? []), l]);
  for (const [authority, ls] of byAuthority) {
    const item = el(doc, 'li', 'authority-line');
    const what = [...new Set(ls.flatMap((l) => (l.programmes.length ? l.programmes : [withoutAuthority(l.list, authority)])))].join(' · ');
    const live = ls.filter((l) => !l.removed);
    const since = live.map((l) => l.since).filter((s): s is string => !!s).sort()[0];
    const when = live.length ? (since ? `since ${since}` : '') : `formerly listed: ${removalText(ls[0].removed!)}`;
    if (!live.length) item.classList.add('listing-removed');
    const whatNode = el(doc, 'span', 'what', what);
    whatNode.title = what;
    item.append(el(doc, 'strong', 'authority', authority), whatNode);
    if (when) item.append(el(doc, 'span', 'when', when));
    list.append(item);
  }
  return list;
}

/** The "More" button and the region it shows: listings in full, facts, aliases, other parties, sources. Null when there is nothing more. */
function morePart(doc: Document, card: CardData, tools: ValueTools): HTMLElement[] | null {
  const region = el(doc, 'div', 'more');
  region.id = 'sl-card-more';
  region.hidden = true;
  const kinds: string[] = [];

  if (card.listedAs && !sameWords(card.listedAs, card.title)) region.append(el(doc, 'p', 'listed-as', `Listed as ${card.listedAs}`));
  if (card.summary && (card.category === 'designated' || card.summary.length > SUMMARY_CLAMP)) {
    region.append(el(doc, 'h3', 'section-title', card.category === 'designated' ? 'Reason' : 'About'), reasonNode(doc, card.summary, tools, 'summary-full'));
    kinds.push(card.category === 'designated' ? 'reasons' : 'about');
  }
  if (card.listings.length) {
    region.append(listingDetails(doc, card, tools));
    kinds.push(card.category === 'designated' ? 'listings' : 'measures');
  }
  const facts = card.facts.filter((f) => !(f.label === STATUS_FACT && card.category === 'instrument'));
  if (facts.length) {
    region.append(factList(doc, facts, tools));
    kinds.push(card.category === 'designated' ? 'identifiers' : 'details');
  }
  if (card.aliases.length) {
    region.append(el(doc, 'h3', 'section-title', 'Also known as'), el(doc, 'p', 'aliases', card.aliases.join('; ')));
    kinds.push('aliases');
  }
  if (card.candidates.length) {
    region.append(candidateList(doc, card));
    kinds.push('other parties');
  }
  if (card.links.length) {
    const nav = linkRow(doc, 'links', distinctLabels(card.links.slice(0, 4)));
    nav.setAttribute('role', 'navigation');
    nav.setAttribute('aria-label', 'Official sources');
    region.append(el(doc, 'h3', 'section-title', 'Official sources'), nav);
    kinds.push('sources');
  }
  if (!region.childElementCount) return null;

  const toggle = button(doc, 'more-toggle', `More: ${kinds.join(', ') || 'details'}`);
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', region.id);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    region.hidden = !open;
  });
  return [toggle, region];
}

/** Each listing in full: list, reference, reason, the official listing and removal notice as separate links. */
function listingDetails(doc: Document, card: CardData, tools: ValueTools): HTMLElement {
  const section = el(doc, 'section', 'listings');
  section.append(el(doc, 'h3', 'section-title', card.category === 'designated' ? 'Listings' : 'Measures'));
  const list = el(doc, 'ul', 'listing-list');
  for (const l of card.listings) {
    const item = el(doc, 'li', 'listing');
    const top = el(doc, 'div', 'listing-head');
    top.append(el(doc, 'strong', 'authority', l.authority), doc.createTextNode(' '), el(doc, 'span', 'list-name', withoutAuthority(l.list, l.authority)));
    item.append(top);
    if (l.programmes.length) item.append(el(doc, 'div', 'programmes', l.programmes.join(' · ')));
    const meta: string[] = [];
    if (l.since) meta.push(`listed ${l.since}`);
    if (l.reference) meta.push(`ref. ${l.reference}`);
    if (meta.length) item.append(el(doc, 'div', 'listing-meta', meta.join(' · ')));
    if (l.removed) {
      item.classList.add('listing-removed');
      item.append(el(doc, 'div', 'removed', `Formerly listed: ${removalText(l.removed)}`));
    }
    if (l.reason) item.append(reasonNode(doc, l.reason, tools, 'reason'));
    const links = [l.link, l.removed?.link].filter((x): x is NonNullable<typeof x> => !!x);
    if (links.length) item.append(linkRow(doc, 'listing-links', links));
    list.append(item);
  }
  section.append(list);
  return section;
}

/** A reason, shortened when long, with a trailing "web link:" made a link (or its site named). */
function reasonNode(doc: Document, reason: string, tools: ValueTools, cls: string): HTMLElement {
  const { text, label, url } = splitWebLink(reason);
  const box = el(doc, 'div', cls);
  if (text) box.append(valueNode(doc, text, tools));
  if (label && url) box.append(el(doc, 'div', 'web-link', `${label}: `), link(doc, hostOf(url), url));
  return box;
}

/** Facts as a definition list; a label given several values ("Digital Currency Address - XBT") is written once. */
function factList(doc: Document, facts: CardFact[], tools: ValueTools): HTMLElement {
  const dl = el(doc, 'dl', 'facts');
  let last = '';
  for (const f of facts) {
    if (f.label !== last) dl.append(el(doc, 'dt', '', f.label));
    last = f.label;
    const dd = el(doc, 'dd', '');
    dd.append(valueNode(doc, f.value, tools));
    dl.append(dd);
  }
  return dl;
}

function candidateList(doc: Document, card: CardData): HTMLElement {
  const section = el(doc, 'section', 'candidates');
  section.append(el(doc, 'h3', 'section-title', 'Other parties with this name'));
  const list = el(doc, 'ul', 'candidate-list');
  for (const c of card.candidates) {
    const item = el(doc, 'li', 'candidate');
    item.append(el(doc, 'strong', '', c.title), doc.createTextNode(' '), el(doc, 'span', '', c.detail));
    list.append(item);
  }
  section.append(list);
  return section;
}

/** The actions, outside the part that scrolls: Copy citation, Pin, Close, and the status line they report to. */
function footPart(doc: Document, card: CardData, actions: CardActions): HTMLElement {
  const footer = el(doc, 'div', 'foot');
  const buttons = el(doc, 'div', 'actions');
  const copy = button(doc, 'copy', 'Copy citation');
  copy.addEventListener('click', () => actions.onCopy(card));
  const pin = button(doc, 'pin', 'Pin');
  pin.setAttribute('aria-pressed', 'false');
  pin.addEventListener('click', () => actions.onPin());
  const close = button(doc, 'close', 'Close', 'Close (Escape)');
  close.addEventListener('click', () => actions.onClose());
  buttons.append(copy, pin, close);
  const status = el(doc, 'p', 'status');
  status.setAttribute('role', 'status');
  footer.append(buttons, status);
  return footer;
}

/** Data read from a mirror the user set is only as good as that mirror: the card says so in its own line. */
function mirrorWarning(doc: Document, mirrors: string[] | undefined): HTMLElement | null {
  if (!mirrors?.length) return null;
  return el(doc, 'p', 'mirror-note', `Read from ${mirrors.length === 1 ? 'a mirror' : 'mirrors'} set in the options (${mirrors.join(', ')}), not from the publisher.`);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

async function copyFromCard(root: HTMLElement, value: string): Promise<void> {
  const line = root.querySelector('.status');
  try {
    await root.ownerDocument.defaultView!.navigator.clipboard.writeText(value);
    if (line) line.textContent = 'Copied';
  } catch {
    if (line) line.textContent = 'Could not copy: the page does not allow clipboard access';
  }
}
