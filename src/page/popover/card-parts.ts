/**
 * The card's small building blocks: text nodes, official links, rows of links
 * kept apart, and long values shown short with a way to read or copy them
 * whole. Every string goes through textContent; links are re-checked against
 * the official publishers, because a stored knowledge base could have been
 * tampered with.
 */
import { isOfficialUrl } from '../../kb/official-links';

const MAX_TEXT = 600;

export function clip(s: string, max = MAX_TEXT): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = clip(text);
  return node;
}

export function button(doc: Document, cls: string, text: string, label?: string): HTMLButtonElement {
  const b = el(doc, 'button', `btn ${cls}`, text);
  b.type = 'button';
  if (label) b.setAttribute('aria-label', label);
  return b;
}

export function link(doc: Document, label: string, url: string): HTMLElement {
  if (!isOfficialUrl(url)) return el(doc, 'span', 'link-dropped', label);
  const a = el(doc, 'a', 'link', label);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

/**
 * Links side by side, each its own word: a separator in the text (read by
 * screen readers and kept by copy and paste), so two labels never run together.
 */
export function linkRow(doc: Document, cls: string, links: { label: string; url: string }[]): HTMLElement {
  const row = el(doc, 'div', `link-row ${cls}`);
  links.forEach((l, i) => {
    if (i) row.append(el(doc, 'span', 'sep', ' · '));
    row.append(link(doc, l.label, l.url));
  });
  return row;
}

/**
 * Labels for links by publisher: a publisher named twice gets the page's own
 * name beside it ("United Nations: sc13141"), so no two links read the same.
 */
export function distinctLabels<T extends { label: string; url: string }>(links: T[]): T[] {
  const count = new Map<string, number>();
  for (const l of links) count.set(l.label, (count.get(l.label) ?? 0) + 1);
  return links.map((l) => (count.get(l.label)! > 1 ? { ...l, label: `${l.label}: ${pageNameOf(l.url)}` } : l));
}

function pageNameOf(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).pop() ?? u.hostname;
    return decodeURIComponent(last).replace(/\.(s?html?|aspx?|php|pdf)$/i, '').replace(/[-_]+/g, ' ').slice(0, 40) || u.hostname;
  } catch {
    return url.slice(0, 40);
  }
}

/** One token this long without a space (a crypto address, a hash) is shown with its middle left out. */
const LONG_TOKEN = 28;
/** A text longer than this (a reason) shows its start and a button that shows the rest. */
const LONG_TEXT = 260;

export interface ValueTools {
  copy(value: string): void;
}

/**
 * A value as the card shows it: short values as they are; a long token with
 * its middle elided and a Copy button; a long text with its start and a
 * "Show all" button (aria-expanded) that shows the rest in place.
 */
export function valueNode(doc: Document, value: string, tools: ValueTools, cls = 'value'): HTMLElement {
  const box = el(doc, 'span', cls);
  const token = value.split(/\s+/).find((t) => t.length > LONG_TOKEN);
  if (token) {
    const short = value.replace(token, `${token.slice(0, 10)}…${token.slice(-6)}`);
    const text = el(doc, 'span', 'short', short);
    text.title = value;
    const copy = button(doc, 'mini copy-value', 'Copy', `Copy ${clip(value, 80)}`);
    copy.addEventListener('click', () => tools.copy(value));
    box.append(text, doc.createTextNode(' '), copy);
    return box;
  }
  if (value.length > LONG_TEXT) {
    const cut = value.lastIndexOf(' ', LONG_TEXT - 20);
    const head = `${value.slice(0, cut > 0 ? cut : LONG_TEXT - 20)}…`;
    const text = el(doc, 'span', 'short', head);
    const more = button(doc, 'mini show-all', 'Show all');
    more.setAttribute('aria-expanded', 'false');
    more.addEventListener('click', () => {
      const open = more.getAttribute('aria-expanded') !== 'true';
      more.setAttribute('aria-expanded', String(open));
      more.textContent = open ? 'Show less' : 'Show all';
      text.textContent = open ? clip(value, 4000) : head;
    });
    box.append(text, doc.createTextNode(' '), more);
    return box;
  }
  box.textContent = clip(value);
  return box;
}

/**
 * A reason as the lists write it may end in "… Special Notice web link:https://…":
 * that link becomes a link (when its publisher is official) or names its site,
 * instead of a bare "web link:" in the text.
 */
export function splitWebLink(reason: string): { text: string; label?: string; url?: string } {
  const m = /^(.*?)(?:\.\s*|\s+)([^.]{0,80}?)\s*web link:\s*(https?:\/\/\S+?)[.\s]*$/i.exec(reason.trim());
  if (!m) return { text: reason };
  const label = m[2].trim() || 'Web page';
  return { text: m[1].trim() ? `${m[1].trim()}.` : '', label, url: m[3] };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
