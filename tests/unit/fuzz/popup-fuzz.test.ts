// @vitest-environment jsdom
/**
 * Fuzz: the toolbar popup (renderPopup) with hostile page-summary items
 * (names, authorities, entity ids, the host) and hostile knowledge-base and
 * updater status strings, through fake tab and background answers. Every
 * render must contain only the popup's own elements, no handler attribute,
 * no link, and every string shown as the text it was.
 */
import { describe, expect, it, vi } from 'vitest';
import { renderPopup } from '../../../src/ui/popup';
import type { PopupDeps } from '../../../src/ui/popup-sections/context';
import { DEFAULT_SETTINGS, normaliseHost, type Settings } from '../../../src/settings/model';
import { authorityShort } from '../../../src/ui/format';
import type { KbStatusReply, PageSummaryItem, PageSummaryReply, UpdateStatusReply } from '../../../src/messaging/protocol';
import { CATEGORIES as ORDER, type Category } from '../../../src/kb/model';
import { hostileGen, PAYLOADS, type HostileGen } from './hostile';
import { coverageOf } from '../../../src/kb/coverage';

const SEED = Number(process.env.SL_FUZZ_SEED ?? 20260510);
const RENDERS = 200;
const ITEMS_PER_RENDER = 50;
const CATEGORIES: Category[] = ['designated', 'jurisdiction', 'instrument', 'body'];

/** What renderPopup itself creates; anything else came from data. */
const OWN_TAGS = new Set(['div', 'p', 'section', 'h2', 'h3', 'input', 'label', 'strong', 'small', 'span', 'fieldset', 'legend', 'wbr', 'button', 'ul', 'li', 'select', 'option', 'details', 'summary']);
const OWN_ATTRS = new Set([
  'id', 'class', 'role', 'type', 'name', 'value', 'for', 'title', 'data-entity',
  'aria-describedby', 'aria-labelledby', 'aria-label', 'aria-hidden', 'aria-busy', 'hidden',
]);

function problems(root: Element): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (!OWN_TAGS.has(tag)) out.push(`element <${tag}>`);
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) out.push(`handler attribute ${attr} on <${tag}>`);
      else if (!OWN_ATTRS.has(attr)) out.push(`attribute ${attr} on <${tag}>`);
    }
  }
  return out;
}

function hostileItem(g: HostileGen): PageSummaryItem {
  return {
    entity: g.text(),
    name: g.text(),
    category: g.pick(CATEGORIES),
    count: 1 + Math.floor(g.rand() * 50),
    authorities: g.rand() < 0.3 ? [] : [g.pick(['UN', 'OFAC', 'EU', 'UK']), g.text()],
  };
}

function hostileKbStatus(g: HostileGen): KbStatusReply {
  return { version: g.text(), builtAt: g.text(), sources: [0, 1, 2].map(() => ({ authority: g.rand() < 0.5 ? 'OFAC' : g.text(), list: g.text(), date: g.text(), entries: 1 })) };
}

function hostileUpdates(g: HostileGen, running: boolean): UpdateStatusReply {
  return {
    running,
    progress: g.text(),
    lastOutcome: g.text(),
    feeds: ['un', 'ofac-sdn'].map((feed) => ({
      feed,
      authority: g.text(),
      title: g.text(),
      url: g.url(),
      lastCheck: 1_778_000_000_000,
      lastChange: null,
      nextCheck: null,
      dataDate: g.text(),
      entries: 3,
      lastError: g.text(),
    })),
  };
}

/** The fake answers resolve within a few ticks: poll often rather than vitest's 50 ms default. */
const FAST = { interval: 1, timeout: 5_000 };

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');

describe(`hostile strings through the popup (seed ${SEED})`, () => {
  it('the detector sees markup when a string is interpreted (control)', () => {
    const div = document.createElement('div');
    div.innerHTML = PAYLOADS.slice(0, 4).join('');
    expect(problems(div).length).toBeGreaterThan(0);
  });

  it(`renders ${RENDERS * ITEMS_PER_RENDER} hostile page items and ${RENDERS} hostile statuses as inert text`, async () => {
    const g = hostileGen(SEED);
    let items = 0;
    for (let r = 0; r < RENDERS; r++) {
      document.body.replaceChildren();
      const root = document.body.appendChild(document.createElement('div'));
      const summary: PageSummaryReply = { host: g.text(), active: true, count: 0, items: Array.from({ length: ITEMS_PER_RENDER }, () => hostileItem(g)) };
      summary.count = summary.items.reduce((n, i) => n + i.count, 0);
      const kb = hostileKbStatus(g);
      const updates = hostileUpdates(g, false);
      const afterUpdate = hostileUpdates(g, false);
      const kbAfter = hostileKbStatus(g);
      let updated = false;
      const settings: Settings = { ...DEFAULT_SETTINGS };
      const deps: PopupDeps = {
        tab: { id: 1, url: g.url(), title: g.text() },
        askTab: async (msg) => ((msg as { type: string }).type === 'page-summary' ? summary : true),
        askBackground: async (msg) => {
          switch ((msg as { type: string }).type) {
            case 'kb-status':
              return updated ? kbAfter : kb;
            case 'update-status':
              return updated ? afterUpdate : updates;
            case 'update-now':
              updated = true;
              return afterUpdate;
            default:
              return null;
          }
        },
        loadSettings: async () => settings,
        updateSettings: async (fn) => fn(settings),
        openOptions: () => undefined,
        now: () => 1_778_000_100_000,
      };
      await renderPopup(root, deps);

      expect(problems(root), `render ${r}`).toEqual([]);
      expect(root.querySelectorAll('a')).toHaveLength(0);
      expect(root.querySelector('#site-label')?.textContent).toBe(normaliseHost(summary.host));
      // The items, in the popup's order (by category, then by count), each showing its name and authorities as given.
      const shown = [...root.querySelectorAll<HTMLButtonElement>('button.item')];
      expect(shown).toHaveLength(ITEMS_PER_RENDER);
      const expectedOrder = ORDER.flatMap((cat) => summary.items.filter((i) => i.category === cat).sort((a, b) => b.count - a.count));
      shown.forEach((btn, k) => {
        const item = expectedOrder[k];
        expect(btn.dataset.entity).toBe(item.entity);
        expect(btn.querySelector('.item-name')?.textContent).toBe(item.name);
        expect(texts(btn, '.chip')).toEqual(item.authorities.map(authorityShort));
        expect(btn.querySelector('.item-count')?.textContent).toBe(`×${item.count}${item.count === 1 ? ' mention' : ' mentions'}`);
      });
      expect(root.querySelector('#kb-version')?.textContent).toBe(`Version ${kb.version}`);
      // Authority by authority: the lists' dates as text, each list's own (hostile) title in a title attribute.
      const coverage = coverageOf(kb.sources);
      expect(texts(root, '.sources .src-list')).toEqual(coverage.map((c) => c.short));
      expect([...root.querySelectorAll('.sources .src-list')].map((e) => e.getAttribute('title'))).toEqual(coverage.map((c) => c.text));
      expect(texts(root, '.sources .chip')).toEqual(coverage.map((c) => authorityShort(c.authority)));
      expect(root.querySelector('#update-progress')?.textContent).toBe(updates.lastOutcome);

      // Clicking an item and "Update now" put more hostile text on screen: still text.
      shown[0].click();
      const first = shown[0].querySelector('.item-name')?.textContent ?? '';
      await vi.waitFor(() => expect(root.querySelector('#status')?.textContent).toBe(`Showing ${first} on the page.`), FAST);
      root.querySelector<HTMLButtonElement>('#update-now')!.click();
      await vi.waitFor(() => expect(root.querySelector('#kb-version')?.textContent).toBe(`Version ${kbAfter.version}`), FAST);
      expect(root.querySelector('#status')?.textContent).toBe(afterUpdate.lastOutcome);
      expect(root.querySelector('#update-progress')?.textContent).toBe(afterUpdate.lastOutcome);
      expect(problems(root), `render ${r} after the update`).toEqual([]);
      // Class names come from the popup's own vocabulary, never from data.
      const classes = new Set([...root.querySelectorAll('[class]')].flatMap((e) => [...e.classList]));
      expect([...classes].filter((c) => !/^[a-z][a-z0-9-]*$/.test(c) || (c.startsWith('chip-') && !/^chip-(un|us|eu|uk)$/.test(c)))).toEqual([]);
      items += shown.length;
    }
    expect(items).toBe(RENDERS * ITEMS_PER_RENDER);
    // Nothing the payloads carry ran: they would have bumped this.
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('a hostile host where the page cannot be read, and a running update, still render as text', async () => {
    const g = hostileGen(SEED + 1);
    for (let r = 0; r < 100; r++) {
      document.body.replaceChildren();
      const root = document.body.appendChild(document.createElement('div'));
      const updates = hostileUpdates(g, true);
      const settings: Settings = { ...DEFAULT_SETTINGS };
      await renderPopup(root, {
        tab: { id: 1, url: g.url(), title: g.text() },
        askTab: async () => {
          throw new Error(g.text());
        },
        askBackground: async (msg) => ((msg as { type: string }).type === 'update-status' ? { ...updates, running: false } : null),
        loadSettings: async () => settings,
        updateSettings: async (fn) => fn(settings),
        openOptions: () => undefined,
      });
      expect(problems(root)).toEqual([]);
      expect(root.querySelector('#protected')).not.toBeNull();
      expect(root.querySelector('#update-progress')?.textContent).toBe(updates.lastOutcome);
    }
  });
});
