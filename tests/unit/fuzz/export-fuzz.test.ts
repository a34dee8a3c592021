/**
 * Fuzz: 10,000+ generated hostile entities (names, authorities, card data
 * from the real card path and tampered card data, page title and URL,
 * knowledge-base strings) through the page export. The CSV must parse back
 * to the same fields, one row per entity, with formulas defused; the
 * Markdown must hold its structure, carry no markup from the data, link only
 * to https official publishers, and contain no bidi control that could
 * reorder what follows it.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_HEADER, exportRows, toCsv, toMarkdown, type ExportContext, type ExportEntity } from '../../../src/export/page-export';
import { isOfficialUrl } from '../../../src/kb/official-links';
import { KbLookup } from '../../../src/kb/kb-lookup';
import type { CardData } from '../../../src/kb/cards';
import type { Category } from '../../../src/kb/model';
import { hostileGen, hostileKb, type HostileGen } from './hostile';

const SEED = Number(process.env.SL_FUZZ_SEED ?? 20260509);
const ENTITIES = 10_000;
const PER_PAGE = 200;
const CATEGORIES: Category[] = ['designated', 'jurisdiction', 'instrument', 'body'];

/** The documented defusing: a cell starting with = + - @ tab or CR gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;
const defused = (v: string) => (FORMULA_START.test(v) ? `'${v}` : v);

/** An https link to an official publisher, as the card rules define it. */
const officialHttps = (url: string) => isOfficialUrl(url) && new URL(url).protocol === 'https:';

/** Explicit bidi embeddings, overrides and isolates: they reorder the text after them. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

function tamperedCard(g: HostileGen): CardData {
  const link = () => ({ label: g.text(), url: g.url() });
  return {
    entity: g.text(),
    category: g.pick(CATEGORIES),
    title: g.text(),
    kind: g.text(),
    possible: g.rand() < 0.5,
    known: true,
    summary: g.text(),
    facts: [{ label: g.text(), value: g.text() }],
    listings: Array.from({ length: 1 + Math.floor(g.rand() * 3) }, () => ({
      authority: g.text(),
      list: g.text(),
      programmes: [g.text(), g.text()],
      since: g.rand() < 0.8 ? g.text() : undefined,
      reason: g.text(),
      reference: g.rand() < 0.8 ? g.text() : undefined,
      link: g.rand() < 0.8 ? link() : undefined,
    })),
    aliases: [g.text()],
    links: [link(), link(), link()],
    candidates: [],
    asOf: g.text(),
    kbVersion: g.text(),
    citation: g.text(),
  };
}

/** Pages of hostile entities; a third of the cards come from the real card path over a hostile knowledge base. */
function hostilePages(): ExportContext[] {
  const g = hostileGen(SEED);
  const kb = hostileKb({ seed: SEED + 1, designations: 2_000, curatedEach: 60 });
  const index = new KbLookup(kb);
  const ids = [...kb.entities.map((e) => e.id), ...kb.curated.bodies.map((b) => `body:${b.id}`), ...kb.curated.instruments.map((i) => `instrument:${i.id}`)];
  const pages: ExportContext[] = [];
  for (let p = 0; p * PER_PAGE < ENTITIES; p++) {
    const entities: ExportEntity[] = [];
    for (let i = 0; i < PER_PAGE; i++) {
      const n = p * PER_PAGE + i;
      const r = g.rand();
      const card = r < 0.33 ? null : r < 0.66 ? index.card(ids[n % ids.length], g.text()) : tamperedCard(g);
      entities.push({
        entity: g.text(),
        name: g.text(),
        category: g.pick(CATEGORIES),
        count: Math.floor(g.rand() * 500),
        authorities: g.rand() < 0.5 ? [g.pick(['UN', 'OFAC', 'EU', 'UK']), g.text()] : [],
        card,
      });
    }
    pages.push({
      page: { url: g.rand() < 0.5 ? g.url() : `https://news.example/${g.text()}`, title: g.text(), host: g.text() },
      generatedAt: '2026-05-09T10:00:00.000Z',
      kb: g.rand() < 0.9 ? { version: g.text(), sources: [{ authority: g.text(), list: g.text(), date: g.text() }, { authority: 'UN', list: g.text(), date: g.text() }] } : null,
      entities,
    });
  }
  return pages;
}

/** Markdown text back to the characters it shows: a backslash before ASCII punctuation is an escape. */
function unescapeMd(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** What the Markdown may show of a data string: whitespace runs as one space, bidi controls dropped. */
function shownInMd(s: string): string {
  return s.replace(new RegExp(BIDI_CONTROLS.source, 'g'), '').replace(/\s+/g, ' ').trim();
}

/**
 * Every `<` the data could turn into markup (raw HTML, an autolink). Only the
 * export's own autolinks are allowed: official https sources, and the page's
 * own http(s) address on the "Page:" line.
 */
function markupProblems(md: string, pageUrl: string | undefined): string[] {
  const out: string[] = [];
  md.split('\n').forEach((line, ln) => {
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '`') out.push(`line ${ln}: code span or fence from data`);
      if (c === '[' || c === ']') out.push(`line ${ln}: unescaped bracket (link syntax)`);
      if (c !== '<') continue;
      const auto = /^<([^<>\s]*)>/.exec(line.slice(i));
      const url = auto?.[1] ?? '';
      const isSource = line.startsWith('- Official sources: ') && officialHttps(url);
      // The page's own address, which the reader opened: a link only when it is a web page, and only as one token.
      const isPage = ln === 2 && i === 6 && line.startsWith('Page: <') && /^https?:\/\/[^\x00-\x20\x7f]*$/i.test(url) && !!pageUrl;
      if (!auto || !(isSource || isPage)) out.push(`line ${ln}: raw "<" at ${i}: ${line.slice(i, i + 60)}`);
      else i += auto[0].length - 1;
    }
  });
  return out;
}

/** Lines toMarkdown must produce for these rows: the structure, which no data string may add to. */
function expectedLineCount(ctx: ExportContext): number {
  const rows = exportRows(ctx);
  let n = 2 + (ctx.page.url ? 1 : 0) + 1 + (ctx.kb ? 1 + ctx.kb.sources.length : 0) + 1;
  if (!rows.length) return n + 2;
  n += 2;
  let cat = '';
  for (const r of rows) {
    if (r.category !== cat) {
      cat = r.category;
      n += 2;
    }
    n += 2 + [r.kind, String(r.mentions), r.authorities, r.programmes, r.listedSince, r.references, r.formerly].filter(Boolean).length + (r.links ? 1 : 0) + 1;
  }
  return n;
}

describe(`hostile data through the page export (seed ${SEED})`, () => {
  const pages = hostilePages();
  const total = pages.reduce((n, p) => n + p.entities.length, 0);

  it('the checks see what they look for (control)', () => {
    expect(markupProblems('### <img src=x onerror=alert(1)>', undefined)).not.toEqual([]);
    expect(markupProblems('- Official sources: <https://evil.example/>', undefined)).not.toEqual([]);
    expect(markupProblems('- Official sources: <https://www.un.org/x>', undefined)).toEqual([]);
    expect(markupProblems('### \\<img\\>', undefined)).toEqual([]);
    expect(FORMULA_START.test('=1+1')).toBe(true);
  });

  it(`CSV: ${total} entities parse back to the same fields, one row each, formulas defused`, () => {
    expect(total).toBeGreaterThanOrEqual(10_000);
    let links = 0;
    let defusedCells = 0;
    for (const ctx of pages) {
      const csv = toCsv(ctx);
      const parsed = Papa.parse<string[]>(csv, { header: false, delimiter: ',', newline: '\r\n', quoteChar: '"', skipEmptyLines: false });
      expect(parsed.errors).toEqual([]);
      const [header, ...rows] = parsed.data;
      // The file ends with a line break: the parser sees one empty record after the last row.
      expect(rows.pop()).toEqual(['']);
      expect(header).toEqual(CSV_HEADER);
      expect(rows).toHaveLength(ctx.entities.length);

      const kb = ctx.kb?.version ?? '';
      const dates = ctx.kb ? ctx.kb.sources.map((s) => `${s.authority} ${s.list}: ${s.date}`).join('; ') : '';
      const page = ctx.page.url ?? ctx.page.host;
      const expected = exportRows(ctx).map((r) =>
        [r.name, r.category, r.kind, String(r.mentions), r.authorities, r.programmes, r.listedSince, r.references, r.links, kb, dates, page, r.formerly, r.validity].map(defused),
      );
      expect(rows).toEqual(expected);
      for (const row of rows) {
        for (const cell of row) {
          expect(FORMULA_START.test(cell), cell.slice(0, 40)).toBe(false);
          if (cell.startsWith("'")) defusedCells++;
        }
        for (const url of row[8] ? row[8].split(' ') : []) {
          expect(officialHttps(url), url.slice(0, 80)).toBe(true);
          links++;
        }
      }
      // One row per entity: every entity's name (its card's title when it has one) is there once.
      const names = (xs: string[]) => [...xs].sort();
      expect(names(rows.map((r) => r[0]))).toEqual(names(ctx.entities.map((e) => defused(e.card?.title ?? e.name))));
    }
    expect(links).toBeGreaterThan(0);
    expect(defusedCells).toBeGreaterThan(0);
  });

  it(`Markdown: ${total} entities keep the structure, show the text, carry no markup, no foreign link and no bidi control`, () => {
    let longNames = 0;
    for (const ctx of pages) {
      const md = toMarkdown(ctx);
      const lines = md.split('\n');
      expect(lines).toHaveLength(expectedLineCount(ctx));
      expect(markupProblems(md, ctx.page.url)).toEqual([]);
      expect(BIDI_CONTROLS.test(md)).toBe(false);

      // Each entity is one "### " heading, in the export's order, showing its name as text.
      const rows = exportRows(ctx);
      const headings = lines.filter((l) => l.startsWith('### ')).map((l) => unescapeMd(l.slice(4)));
      expect(headings).toEqual(rows.map((r) => shownInMd(r.name)));
      longNames += rows.filter((r) => r.name.length >= 10_000).length;

      // Every link on a sources line is an official https address, and each of the row's links is there.
      const sourceLines = lines.filter((l) => l.startsWith('- Official sources: '));
      expect(sourceLines).toHaveLength(rows.filter((r) => r.links).length);
      for (const l of sourceLines)
        for (const m of l.matchAll(/<([^<>]*)>/g)) expect(officialHttps(m[1]), m[1].slice(0, 80)).toBe(true);
    }
    expect(longNames).toBeGreaterThan(0);
  });
});
