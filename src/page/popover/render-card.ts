/**
 * Builds a card's DOM from CardData. Every string from the knowledge base or
 * the page goes through textContent; links are re-checked against the
 * official publishers here too, because the card must be safe even if a
 * stored knowledge base was tampered with.
 */
import type { CardData } from '../../kb/cards';
import { CATEGORY_LABEL, removalText } from '../../kb/cards';
import { localDay, termLine, termState } from '../../kb/validity';
import { isOfficialUrl } from '../../kb/official-links';

export interface CardActions {
  onCopy(card: CardData): void;
  onPin(): void;
  onClose(): void;
}

const MAX_TEXT = 600;

function clip(s: string, max = MAX_TEXT): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = clip(text);
  return node;
}

function link(doc: Document, label: string, url: string): HTMLElement {
  if (!isOfficialUrl(url)) return el(doc, 'span', 'link-dropped', label);
  const a = el(doc, 'a', 'link', label);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

export function renderCard(doc: Document, card: CardData, actions: CardActions): HTMLElement {
  const root = el(doc, 'div', `card card-${card.category}`);

  const header = el(doc, 'div', 'head');
  const badge = el(doc, 'span', `badge badge-${card.category}`, CATEGORY_LABEL[card.category]);
  const title = el(doc, 'h2', 'title', card.title);
  title.id = 'sl-card-title';
  const kind = el(doc, 'p', 'kind', card.kind);
  header.append(badge, title);
  if (card.listedAs) header.append(el(doc, 'p', 'listed-as', `Listed as ${card.listedAs}`));
  header.append(kind);
  if (card.formerly) header.append(el(doc, 'p', 'formerly', card.formerly));
  // Worded against the reader's today, not the day the card or the data was made.
  const today = localDay(new Date());
  for (const t of card.validity?.terms ?? []) header.append(el(doc, 'p', `validity validity-${termState(t, today)}`, termLine(t, today, card.validity!.dataOf)));
  if (card.possible) header.append(el(doc, 'p', 'possible', 'Possible match: check the details below'));
  if (card.matchedName) header.append(el(doc, 'p', 'matched', `Matched listed name: ${card.matchedName}`));
  root.append(header);

  if (card.summary) root.append(el(doc, 'p', 'summary', card.summary));

  if (card.listings.length) {
    const section = el(doc, 'section', 'listings');
    section.append(el(doc, 'h3', 'section-title', card.category === 'designated' ? 'Listings' : 'Measures'));
    const list = el(doc, 'ul', 'listing-list');
    for (const l of card.listings) {
      const item = el(doc, 'li', 'listing');
      const top = el(doc, 'div', 'listing-head');
      top.append(el(doc, 'strong', 'authority', l.authority), doc.createTextNode(' '), el(doc, 'span', 'list-name', l.list));
      item.append(top);
      if (l.programmes.length) item.append(el(doc, 'div', 'programmes', l.programmes.join(' · ')));
      const meta: string[] = [];
      if (l.since) meta.push(`since ${l.since}`);
      if (l.reference) meta.push(`ref. ${l.reference}`);
      if (meta.length) item.append(el(doc, 'div', 'listing-meta', meta.join(' · ')));
      if (l.removed) {
        item.classList.add('listing-removed');
        item.append(el(doc, 'div', 'removed', `Formerly listed: ${removalText(l.removed)}`));
        if (l.removed.link) item.append(link(doc, l.removed.link.label, l.removed.link.url));
      }
      if (l.reason) item.append(el(doc, 'div', 'reason', clip(l.reason, 400)));
      if (l.link) item.append(link(doc, l.link.label, l.link.url));
      list.append(item);
    }
    section.append(list);
    root.append(section);
  }

  if (card.facts.length) {
    const dl = el(doc, 'dl', 'facts');
    for (const f of card.facts) dl.append(el(doc, 'dt', '', f.label), el(doc, 'dd', '', f.value));
    root.append(dl);
  }

  if (card.aliases.length) root.append(el(doc, 'p', 'aliases', `Also known as: ${card.aliases.join('; ')}`));

  if (card.candidates.length) {
    const section = el(doc, 'section', 'candidates');
    section.append(el(doc, 'h3', 'section-title', 'Other parties with this name'));
    const list = el(doc, 'ul', 'candidate-list');
    for (const c of card.candidates) {
      const item = el(doc, 'li', 'candidate');
      item.append(el(doc, 'strong', '', c.title), doc.createTextNode(' '), el(doc, 'span', '', c.detail));
      list.append(item);
    }
    section.append(list);
    root.append(section);
  }

  if (card.links.length) {
    const nav = el(doc, 'nav', 'links');
    nav.setAttribute('aria-label', 'Official sources');
    for (const l of card.links.slice(0, 4)) nav.append(link(doc, l.label, l.url));
    root.append(nav);
  }

  const footer = el(doc, 'div', 'foot');
  footer.append(el(doc, 'p', card.mirrors?.length ? 'as-of from-mirror' : 'as-of', `Data as of ${card.asOf}`));
  const mirrorNote = mirrorWarning(doc, card.mirrors);
  if (mirrorNote) footer.append(mirrorNote);
  const buttons = el(doc, 'div', 'actions');
  const copy = el(doc, 'button', 'btn copy', 'Copy citation');
  copy.type = 'button';
  copy.addEventListener('click', () => actions.onCopy(card));
  const pin = el(doc, 'button', 'btn pin', 'Pin');
  pin.type = 'button';
  pin.setAttribute('aria-pressed', 'false');
  pin.addEventListener('click', () => actions.onPin());
  const close = el(doc, 'button', 'btn close', 'Close');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close (Escape)');
  close.addEventListener('click', () => actions.onClose());
  buttons.append(copy, pin, close);
  footer.append(buttons);
  root.append(footer);
  return root;
}

/** Data read from a mirror the user set is only as good as that mirror: the card says so in its own line. */
function mirrorWarning(doc: Document, mirrors: string[] | undefined): HTMLElement | null {
  if (!mirrors?.length) return null;
  return el(doc, 'p', 'mirror-note', `Read from ${mirrors.length === 1 ? 'a mirror' : 'mirrors'} set in the options (${mirrors.join(', ')}), not from the publisher.`);
}
