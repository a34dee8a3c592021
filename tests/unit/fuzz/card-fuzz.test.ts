// @vitest-environment jsdom
/**
 * Fuzz: 10,000+ generated hostile knowledge-base entries go through the real
 * card path (KbLookup.card, then renderCard) and every card must be inert:
 * only the renderer's own elements and attributes, links only to https
 * official publishers, and every string shown as the text it was.
 */
import { describe, expect, it } from 'vitest';
import { KbLookup } from '../../../src/kb/kb-lookup';
import { sameWords } from '../../../src/kb/cards';
import { renderCard } from '../../../src/page/popover/render-card';
import { isOfficialUrl } from '../../../src/kb/official-links';
import type { CardData } from '../../../src/kb/cards';
import { hostileGen, hostileKb, PAYLOADS } from './hostile';

const SEED = Number(process.env.SL_FUZZ_SEED ?? 20260508);
const DESIGNATIONS = 10_000;
const CURATED_EACH = 150;
/** A guard against a hang, not a speed check: ~40 s alone on 2 cores, and CI runs other files beside it. */
const FIXED_WORK_TIMEOUT_MS = 300_000;

/** What the renderer itself creates; anything else came from data. */
const OWN_TAGS = new Set(['div', 'header', 'span', 'h2', 'h3', 'p', 'section', 'ul', 'li', 'strong', 'a', 'dl', 'dt', 'dd', 'nav', 'footer', 'button']);
const OWN_ATTRS = new Set(['class', 'id', 'data-entity', 'href', 'target', 'rel', 'type', 'aria-pressed', 'aria-label', 'aria-expanded', 'aria-controls', 'hidden', 'role', 'title']);

const noop = { onCopy: () => undefined, onPin: () => undefined, onClose: () => undefined };

/** The renderer shows at most 600 characters of a string, cut with an ellipsis. */
function shown(s: string, max = 600): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Problems in one rendered subtree: foreign elements, foreign or handler attributes, unofficial links. */
function problems(root: Element): string[] {
  const out: string[] = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const tag = el.localName;
    if (!OWN_TAGS.has(tag)) out.push(`element <${tag}>`);
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) out.push(`handler attribute ${attr} on <${tag}>`);
      else if (!OWN_ATTRS.has(attr)) out.push(`attribute ${attr} on <${tag}>`);
    }
    if (tag === 'a') {
      const href = el.getAttribute('href') ?? '';
      if (!isOfficialUrl(href) || new URL(href).protocol !== 'https:') out.push(`link to ${href.slice(0, 80)}`);
      if (el.getAttribute('rel') !== 'noopener noreferrer') out.push('link without noopener');
    }
  }
  return out;
}

function texts(root: Element, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');
}

/**
 * The card's strings, as they must appear in the DOM: text, not markup. Long
 * values are shown shortened (a long token with its middle left out, a long
 * text with its start), so the rest is checked by its first characters.
 */
function expectTextsShown(root: Element, card: CardData): void {
  const all = root.textContent ?? '';
  const start = (s: string) => s.trim().split(/\s+/)[0].slice(0, 8);
  expect(texts(root, '.title')).toEqual([shown(card.title)]);
  expect(texts(root, '.kind')[0].startsWith(shown(card.kind))).toBe(true);
  expect(texts(root, '.as-of')).toEqual([shown(`Data as of ${card.asOf}`)]);
  expect(texts(root, 'dt')).toEqual(card.facts.filter((f) => f.label !== 'Status' || card.category !== 'instrument').map((f) => shown(f.label)).filter((l, i, a) => i === 0 || a[i - 1] !== l));
  for (const l of card.listings) {
    expect(all).toContain(shown(l.authority));
    if (l.reason) expect(all).toContain(start(l.reason));
  }
  for (const f of card.facts) expect(all).toContain(start(f.value));
  if (card.summary) expect(all).toContain(start(card.summary));
}

describe(`hostile knowledge-base data through the card renderer (seed ${SEED})`, () => {
  it('the detector itself sees markup when a string is interpreted (control)', () => {
    const div = document.createElement('div');
    div.className = 'x';
    div.innerHTML = PAYLOADS.slice(0, 4).join('');
    expect(problems(div).length).toBeGreaterThan(0);
  });

  it(`renders ${DESIGNATIONS} hostile designations and ${CURATED_EACH * 3} hostile curated records as inert text`, () => {
    const kb = hostileKb({ seed: SEED, designations: DESIGNATIONS, curatedEach: CURATED_EACH });
    const index = new KbLookup(kb);
    const g = hostileGen(SEED + 1);
    const ids = [
      ...kb.entities.map((e) => e.id),
      ...kb.curated.jurisdictions.map((j) => `jurisdiction:${j.id}`),
      ...kb.curated.bodies.map((b) => `body:${b.id}`),
      ...kb.curated.instruments.map((i) => `instrument:${i.id}`),
    ];
    let rendered = 0;
    let links = 0;
    const failures: string[] = [];
    for (const [n, id] of ids.entries()) {
      // Page text reaches the card too (an instrument the KB lacks is titled by what the page says).
      const pageText = g.text();
      const candidates = n % 7 === 0 ? [kb.entities[(n * 31) % kb.entities.length].id, kb.entities[(n * 17) % kb.entities.length].id] : undefined;
      const card = index.card(id, pageText, { candidates, possible: n % 5 === 0 });
      expect(card, id).not.toBeNull();
      const root = renderCard(document, card!, noop);
      const found = problems(root);
      if (found.length) failures.push(`${id}: ${found.slice(0, 3).join(', ')}`);
      expectTextsShown(root, card!);
      // Input string in, the same string shown: the title is the caption in reading case, and the caption itself is
      // shown beside it unless it has the same words.
      const entity = index.entities.get(id);
      if (entity) expect((card!.listedAs ?? card!.title).toLowerCase()).toBe(card!.listedAs ? entity.caption.toLowerCase() : card!.title.toLowerCase());
      if (entity && !card!.listedAs) expect(sameWords(card!.title, entity.caption)).toBe(true);
      links += root.querySelectorAll('a').length;
      rendered++;
    }
    // An unknown instrument takes its title from the page.
    for (let i = 0; i < 200; i++) {
      const pageText = g.text();
      const card = index.card('instrument:unscr-99999', pageText)!;
      const root = renderCard(document, card, noop);
      expect(problems(root)).toEqual([]);
      expect(texts(root, '.title')).toEqual([shown(pageText)]);
      rendered++;
    }
    expect(failures).toEqual([]);
    expect(rendered).toBeGreaterThanOrEqual(10_000);
    // The generator produced both kinds: official links that survive, and hostile ones the index dropped.
    expect(links).toBeGreaterThan(0);
    expect(kb.entities.some((e) => e.sanctions.some((x) => !isOfficialUrl(x.sourceUrl)))).toBe(true);
  }, FIXED_WORK_TIMEOUT_MS);

  it('renders tampered card data (hostile links straight into CardData) without a foreign link', () => {
    const g = hostileGen(SEED + 3);
    let dropped = 0;
    for (let i = 0; i < 2_000; i++) {
      const link = () => ({ label: g.text(), url: g.url() });
      const card: CardData = {
        entity: g.text(),
        category: g.pick(['designated', 'jurisdiction', 'instrument', 'body'] as const),
        title: g.text(),
        kind: g.text(),
        possible: g.rand() < 0.5,
        known: true,
        summary: g.text(),
        facts: [{ label: g.text(), value: g.text() }],
        listings: [{ authority: g.text(), list: g.text(), programmes: [g.text()], since: g.text(), reason: g.text(), reference: g.text(), link: link() }],
        aliases: [g.text(), g.text()],
        links: [link(), link(), link(), link(), link()],
        candidates: [{ entity: g.text(), title: g.text(), detail: g.text() }],
        asOf: g.text(),
        kbVersion: g.text(),
        citation: g.text(),
      };
      const root = renderCard(document, card, noop);
      expect(problems(root), `card ${i}`).toEqual([]);
      expectTextsShown(root, card);
      dropped += root.querySelectorAll('.link-dropped').length;
    }
    expect(dropped).toBeGreaterThan(0);
  });

  it('card data never carries a link that is not https on an official host', () => {
    const kb = hostileKb({ seed: SEED + 2, designations: 2_000, curatedEach: 50 });
    const index = new KbLookup(kb);
    for (const e of kb.entities) {
      const card = index.card(e.id, '')!;
      for (const l of [...card.links, ...card.listings.flatMap((x) => (x.link ? [x.link] : []))]) expect(isOfficialUrl(l.url), l.url).toBe(true);
      // The citation is plain text: a copied citation links only to an official source.
      const source = /^Source: (.*)$/m.exec(card.citation)?.[1];
      if (source) expect(isOfficialUrl(source), source).toBe(true);
    }
  });
});
