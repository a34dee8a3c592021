/**
 * The page's sanctions context as Markdown and as CSV: pure functions from
 * the page's mentions, their cards and the knowledge-base status to text.
 */
import type { CardData, CardLink } from '../kb/cards';
import { CATEGORY_LABEL, validityLines } from '../kb/cards';
import type { Category } from '../kb/model';
import { isOfficialUrl } from '../kb/official-links';

export interface ExportEntity {
  entity: string;
  name: string;
  category: Category;
  /** Mentions of it on the page. */
  count: number;
  authorities: string[];
  card: CardData | null;
}

export interface ExportSource { authority: string; list: string; date: string }

export interface ExportContext {
  page: { url?: string; title?: string; host: string };
  /** ISO timestamp of the export. */
  generatedAt: string;
  kb: { version: string; sources: ExportSource[] } | null;
  entities: ExportEntity[];
}

export interface ExportRow {
  name: string;
  category: string;
  kind: string;
  mentions: number;
  authorities: string;
  programmes: string;
  listedSince: string;
  references: string;
  /** "Formerly listed: removed 2025-03-21 by OFAC", empty for a party whose listings all stand. */
  formerly: string;
  /** End dates of the measures and mandates, worded as of the export's day ("… ran to 31 May 2026 — no renewal on record …"). */
  validity: string;
  links: string;
}

const CATEGORY_ORDER: Category[] = ['designated', 'jurisdiction', 'instrument', 'body'];

function uniq(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x.trim()))];
}

/**
 * Official links only: a card is built from them already, but exported text outlives the card.
 * Written as the URL parser serialises them: the parser accepts (and drops) line breaks and
 * tabs and keeps spaces and angle brackets that would split a link or end a Markdown autolink.
 */
function officialLinks(card: CardData | null): CardLink[] {
  if (!card) return [];
  const all = [...card.links, ...card.listings.flatMap((l) => (l.link ? [l.link] : []))];
  const seen = new Set<string>();
  return all
    .filter((l) => isOfficialUrl(l.url))
    .map((l) => ({ ...l, url: new URL(l.url).href }))
    .filter((l) => !seen.has(l.url) && seen.add(l.url));
}

/** One row per entity, in category order then by mentions; the shared shape of both formats. */
export function exportRows(ctx: ExportContext): ExportRow[] {
  const sorted = [...ctx.entities].sort(
    (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || b.count - a.count || a.name.localeCompare(b.name),
  );
  return sorted.map((e) => {
    const listings = e.card?.listings ?? [];
    const authorities = uniq([...listings.map((l) => l.authority), ...e.authorities]);
    return {
      name: e.card?.title ?? e.name,
      category: CATEGORY_LABEL[e.category],
      kind: e.card?.kind ?? '',
      mentions: e.count,
      authorities: authorities.join('; '),
      programmes: uniq(listings.flatMap((l) => l.programmes)).join('; '),
      listedSince: uniq(listings.flatMap((l) => (l.since ? [`${l.authority} ${l.since}`] : []))).join('; '),
      references: uniq(listings.flatMap((l) => (l.reference ? [`${l.authority} ${l.reference}`] : []))).join('; '),
      formerly: e.card?.formerly ?? '',
      validity: validityLines(e.card?.validity, ctx.generatedAt.slice(0, 10)).join('; '),
      links: officialLinks(e.card).map((l) => l.url).join(' '),
    };
  });
}

/** Neutralises spreadsheet formulas: a cell starting with = + - @ (or tab/CR) is read as text. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = [
  'Name',
  'Category',
  'Kind',
  'Mentions',
  'Authorities',
  'Programmes',
  'Listed since',
  'References',
  'Official links',
  'Knowledge base',
  'Data as of',
  'Page',
  'Formerly listed',
  'Validity',
];

/** RFC 4180 CSV; provenance is repeated on every row so that each row stands alone when filtered or pasted. */
export function toCsv(ctx: ExportContext): string {
  const kb = ctx.kb?.version ?? '';
  const dates = dataDates(ctx);
  const page = ctx.page.url ?? ctx.page.host;
  const lines = [CSV_HEADER.map(csvCell).join(',')];
  for (const r of exportRows(ctx))
    lines.push(
      [r.name, r.category, r.kind, r.mentions, r.authorities, r.programmes, r.listedSince, r.references, r.links, kb, dates, page, r.formerly, r.validity].map(csvCell).join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}

function dataDates(ctx: ExportContext): string {
  return ctx.kb ? ctx.kb.sources.map((s) => `${s.authority} ${s.list}: ${s.date}`).join('; ') : '';
}

/** Explicit bidi embeddings, overrides and isolates: one left open reorders the rest of its line. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Markdown text: escapes what would turn page or list text into markup, and drops bidi controls. */
export function mdText(s: string): string {
  return s.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

/**
 * Text a page wrote (its title): besides markup, nothing in it may become a
 * link when a viewer renders the file. Link syntax is escaped by mdText; the
 * addresses viewers link by themselves (GitHub's autolinks: a scheme, "www.",
 * an e-mail address) are written defanged, as security reports write them:
 * "hxxps://evil[.]example", "www[.]example", "name[@]example".
 */
export function mdPageText(s: string): string {
  const defanged = s
    .replace(/\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>]*/gi, (url) => url.replace(/^h(tt)(ps?)/i, 'hxx$2').replace(/^ftp/i, 'fxp').replace(/\./g, '[.]'))
    .replace(/([\w.+-])@(?=[\w-]+\.)/g, '$1[@]')
    .replace(/\b(mailto|xmpp):/gi, '$1[:]');
  return mdText(defanged);
}

export function toMarkdown(ctx: ExportContext): string {
  const out: string[] = [];
  const title = ctx.page.title?.trim() || ctx.page.host;
  out.push(`# Sanctions context: ${mdPageText(title)}`, '');
  // The page itself is linked only when it is a web page; any other address is shown as text.
  if (ctx.page.url)
    out.push(/^https?:\/\//i.test(ctx.page.url) ? `Page: <${ctx.page.url.replace(/[<>\s\x00-\x1f\x7f\u202A-\u202E\u2066-\u2069]/g, encodeURIComponent)}>` : `Page: ${mdPageText(ctx.page.url)}`);
  out.push(`Exported: ${ctx.generatedAt}`);
  if (ctx.kb) {
    out.push(`Knowledge base: ${mdText(ctx.kb.version)}`);
    for (const s of ctx.kb.sources) out.push(`- ${mdText(s.authority)} ${mdText(s.list)}: data as of ${mdText(s.date)}`);
  }
  out.push('');
  const rows = exportRows(ctx);
  if (!rows.length) {
    out.push('No sanctions mentions on this page.', '');
    return out.join('\n');
  }
  const total = rows.reduce((n, r) => n + r.mentions, 0);
  out.push(`${rows.length} ${rows.length === 1 ? 'entity' : 'entities'}, ${total} ${total === 1 ? 'mention' : 'mentions'}.`, '');
  let category = '';
  for (const r of rows) {
    if (r.category !== category) {
      category = r.category;
      out.push(`## ${mdText(category)}`, '');
    }
    out.push(`### ${mdText(r.name)}`, '');
    const facts: [string, string][] = [
      ['Kind', r.kind],
      ['Mentions on the page', String(r.mentions)],
      ['Authorities', r.authorities],
      ['Programmes', r.programmes],
      ['Listed since', r.listedSince],
      ['References', r.references],
      ['Formerly listed', r.formerly.replace(/^Formerly listed:?\s*/, '')],
      ['Validity', r.validity],
    ];
    for (const [k, v] of facts) if (v) out.push(`- ${k}: ${mdText(v)}`);
    const links = r.links ? r.links.split(' ') : [];
    if (links.length) out.push(`- Official sources: ${links.map((u) => `<${u}>`).join(', ')}`);
    out.push('');
  }
  return out.join('\n');
}

/** A file name like "sanctions-context-example.com-2026-05-09.md". */
export function exportFileName(host: string, generatedAt: string, ext: 'md' | 'csv'): string {
  const safeHost = host.replace(/[^a-z0-9.-]+/gi, '_').slice(0, 80) || 'page';
  return `sanctions-context-${safeHost}-${generatedAt.slice(0, 10)}.${ext}`;
}
