/**
 * Looking names up in the built extension: the search page typed into with
 * the keyboard only, a result's card, the filters, the popup's box, the
 * context menu's and the omnibox's real handlers in the worker, and axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { axeViolations, startE2E, tabIdOf, type E2E } from './setup';
import { REPO_ROOT } from '../../scripts/lib/paths';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E([
    (req, res) => {
      if (new URL(req.url ?? '/', 'http://x').pathname !== '/chat.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      // A name written as no list writes it, so the page marks nothing and the reader looks it up.
      res.end('<!doctype html><html lang="en"><head><title>Chat</title></head><body><p id="msg">Did you see the piece on Moammar Qaddafi yesterday?</p></body></html>');
      return true;
    },
  ]);
}, 60_000);
afterAll(async () => e2e?.close());

const searchUrl = () => `chrome-extension://${e2e.browser.extensionId}/search.html`;

/** Every address a page has had, history.replaceState included: what the browser's history can record. */
function addressesOf(page: Page): string[] {
  const seen = [page.url()];
  page.on('framenavigated', (f) => f === page.mainFrame() && seen.push(f.url()));
  return seen;
}

/** The query is in none of the page's addresses, and a reload keeps it in the box. */
async function queryStaysOutOfTheAddress(page: Page, seen: string[], query: string): Promise<void> {
  const words = query.split(/\W+/).filter((w) => w.length > 2);
  for (const url of [...seen, page.url()]) for (const w of words) expect(decodeURIComponent(url.replace(/\+/g, ' ')).toLowerCase()).not.toContain(w.toLowerCase());
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  expect(await page.inputValue('#q')).toBe(query);
  expect(page.url()).toBe(searchUrl());
}

async function openSearch(q = ''): Promise<Page> {
  const page = await e2e.browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 820 });
  await page.goto(searchUrl());
  await page.waitForSelector('body[data-ready="1"]');
  if (q) await page.fill('#q', q);
  return page;
}

const resultNames = (page: Page) => page.locator('#results .result-name').allTextContents();

/** Waits for the tab the extension opens at `prefix` and returns it loaded. */
async function nextTab(prefix: string, act: () => Promise<unknown>): Promise<{ page: Page; seen: string[] }> {
  const opened = e2e.browser.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(prefix), timeout: 15_000 });
  await act();
  const page = await opened;
  const seen = addressesOf(page);
  await page.waitForSelector('body[data-ready="1"]');
  return { page, seen };
}

describe('the search page', () => {
  it('finds as you type, keyboard only, and opens the card of a result', async () => {
    const page = await openSearch();
    const seen = addressesOf(page);
    // The box has focus on arrival.
    await page.keyboard.type('Muammar Gaddafi', { delay: 15 });
    // The answer to the whole name, not one to a prefix typed before it (those rows are replaced when it arrives).
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]') && /^Muammar Qadhafi$/.test(document.querySelector('#results .result-name')?.textContent ?? ''), null, { timeout: 20_000 });
    const first = page.locator('#results .result').first();
    expect(await first.locator('.result-why').textContent()).toMatch(/name variant|transliteration|similar spelling|exact/);
    expect(await first.locator('.likely-badge').count()).toBe(1);
    expect(await first.locator('.chip').allTextContents()).toContain('OFAC');

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('result'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#card-panel:not([hidden]) .card-host');
    const card = await page.evaluate(() => {
      const root = document.querySelector('#card-panel .card-host')!.shadowRoot!;
      return {
        title: root.querySelector('.title')?.textContent,
        listings: [...root.querySelectorAll('.listing .authority')].map((a) => a.textContent),
        focused: root.activeElement?.classList.contains('card') ?? false,
      };
    });
    expect(card.title).toBe('Muammar Qadhafi');
    expect(card.listings).toContain('OFAC');
    expect(card.focused).toBe(true);
    expect(await page.locator('#results .result[aria-expanded="true"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#card-panel[hidden]', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('result'))).toBe(true);
    await queryStaysOutOfTheAddress(page, seen, 'Muammar Gaddafi');
    await page.close();
  });

  it('filters by type, authority and country, and searches jurisdictions, instruments, regimes and bodies', async () => {
    const page = await openSearch('North Korea');
    await page.waitForFunction(() => Number(document.querySelector('main')?.dataset.results ?? 0) > 0);
    expect((await resultNames(page))[0]).toBe('North Korea');
    await page.selectOption('#f-type', 'regime');
    await page.waitForFunction(() => [...document.querySelectorAll('#results .result-type')].every((t) => t.textContent === 'Regime'));
    expect((await resultNames(page)).length).toBeGreaterThan(0);
    await page.selectOption('#f-type', '');
    await page.fill('#q', 'resolution 2397');
    await page.waitForFunction(() => /2397/.test(document.querySelector('#results .result-name')?.textContent ?? ''));
    await page.fill('#q', 'Kim');
    await page.selectOption('#f-country', 'kp');
    await page.selectOption('#f-authority', 'UN');
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('#results .result')];
      return rows.length > 0 && rows.every((r) => [...r.querySelectorAll('.chip')].some((c) => c.textContent === 'UN'));
    });
    await page.close();
  });

  it('says so when nothing matches, and hostile input is shown as text', async () => {
    const page = await openSearch('<img src=x onerror="document.title=1">zzqxv');
    await page.waitForFunction(() => /Nothing in the lists matches/.test(document.querySelector('#result-count')?.textContent ?? ''));
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    await page.close();
  });

  it('has no axe-core violations, with results and a card open; screenshot for the docs', async () => {
    const page = await openSearch('Lazarus Group');
    await page.waitForFunction(() => Number(document.querySelector('main')?.dataset.results ?? 0) > 0);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#results .result').first().click();
    await page.waitForSelector('#card-panel:not([hidden]) .card-host');
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.SL_SCREENSHOTS) {
      mkdirSync(resolve(REPO_ROOT, 'docs'), { recursive: true });
      await page.fill('#q', 'Muammar Gaddafi');
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]') && /^Muammar Qadhafi$/.test(document.querySelector('#results .result-name')?.textContent ?? ''));
      await page.locator('#results .result').first().click();
      await page.waitForFunction(() => document.querySelector('#card-panel .card-host')?.shadowRoot?.querySelector('.title')?.textContent === 'Muammar Qadhafi');
      await page.screenshot({ path: resolve(REPO_ROOT, 'docs/search.png') });
    }
    await page.close();
  });
});

describe('ranking', () => {
  it('puts the main party first under natural names, folds the weaker matches, fits ten rows, and groups the programmes', async () => {
    const page = await openSearch();
    await page.fill('#q', 'gaddafi');
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]') && document.querySelector('#results .result-name')?.textContent === 'Muammar Qadhafi', null, { timeout: 20_000 });
    // Natural casing: no row shows a list's "FAMILY, Given" capitals as its title.
    const names = await resultNames(page);
    expect(names.filter((n) => /^[A-Z]+, /.test(n))).toEqual([]);
    // At least ten compact rows in view.
    const inView = await page.evaluate(() => [...document.querySelectorAll('#results .result')].filter((r) => r.getBoundingClientRect().bottom <= innerHeight).length);
    expect(inView).toBeGreaterThanOrEqual(10);

    // One resolution asked for: the other resolutions fold under "N weaker matches" until asked.
    await page.fill('#q', 'resolution 2397');
    await page.waitForFunction(() => /weaker match/.test(document.querySelector('#results .weaker-toggle')?.textContent ?? ''), null, { timeout: 20_000 });
    expect(await resultNames(page)).toEqual(['Security Council resolution 2397 (2017)']);
    const folded = Number(/\d+/.exec((await page.locator('.weaker-toggle').textContent()) ?? '')?.[0]);
    await page.locator('.weaker-toggle').click();
    expect((await resultNames(page)).length).toBe(1 + folded);

    // Programmes grouped by authority, with names rather than bare codes.
    const groups = await page.locator('#f-programme optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
    expect(groups).toEqual(expect.arrayContaining(['OFAC', 'UN']));
    const labels = await page.locator('#f-programme optgroup[label="OFAC"] option').allTextContents();
    expect(labels.some((l) => /\(SDGT\)$/.test(l) && l.length > 10)).toBe(true);
    await page.close();
  });
});

describe('the ways in', () => {
  it('the popup box shows the best matches as you type; a match opens its card on the search page', async () => {
    const article = await e2e.browser.context.newPage();
    await article.goto(`${e2e.server.origin}/chat.html`);
    const tabId = await tabIdOf(e2e, article);
    const popup = await e2e.browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('body[data-ready="1"]');
    // The box comes right after the header's Help and Options links.
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('popup-search');
    await popup.keyboard.type('lazarus group', { delay: 15 });
    await popup.waitForFunction(() => {
      const list = document.querySelector('#popup-search-results');
      return !!list && !list.hasAttribute('aria-busy') && /Lazarus Group/.test(list.querySelector('strong')?.textContent ?? '');
    }, null, { timeout: 20_000 });
    await popup.keyboard.press('ArrowDown');
    const { page, seen } = await nextTab(searchUrl(), () => popup.keyboard.press('Enter'));
    await page.waitForSelector('#card-panel:not([hidden]) .card-host');
    const title = await page.evaluate(() => document.querySelector('#card-panel .card-host')!.shadowRoot!.querySelector('.title')?.textContent);
    expect(title).toBe('Lazarus Group');
    await queryStaysOutOfTheAddress(page, seen, 'lazarus group');
    await Promise.all([page.close(), popup.close(), article.close()]);
  });

  it('the context menu handler looks up the selected text on the search page', async () => {
    const article = await e2e.browser.context.newPage();
    await article.goto(`${e2e.server.origin}/chat.html`);
    const selection = await article.evaluate(() => {
      // The name may already be marked, so it can span several text nodes: find both ends in the element's text.
      const msg = document.getElementById('msg')!;
      const at = msg.textContent!.indexOf('Moammar Qaddafi');
      const walker = document.createTreeWalker(msg, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent!.length;
        if (seen <= at && at < seen + len) range.setStart(node, at - seen);
        const end = at + 'Moammar Qaddafi'.length;
        if (seen < end && end <= seen + len) range.setEnd(node, end - seen);
        seen += len;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(selection).toBe('Moammar Qaddafi');
    const { page, seen } = await nextTab(searchUrl(), () =>
      e2e.browser.worker.evaluate(async (selectionText) => {
        type Launchers = { contextMenuClicked(info: { menuItemId: string; selectionText?: string }): Promise<void> };
        await (globalThis as unknown as { slSearchLaunchers: Launchers }).slSearchLaunchers.contextMenuClicked({ menuItemId: 'sl-lookup', selectionText });
      }, selection),
    );
    expect(await page.inputValue('#q')).toBe('Moammar Qaddafi');
    await page.waitForFunction(() => /Qadhafi/.test(document.querySelector('#results .result-name')?.textContent ?? ''), null, { timeout: 20_000 });
    await queryStaysOutOfTheAddress(page, seen, 'Moammar Qaddafi');
    await Promise.all([page.close(), article.close()]);
  });

  it('the omnibox suggests listed names for "sl gadhafi" and Enter opens the search page', async () => {
    const suggestions = await e2e.browser.worker.evaluate(async () => {
      type Launchers = { omniboxInputChanged(text: string, suggest: (s: { content: string; description: string }[]) => void): Promise<void> };
      const l = (globalThis as unknown as { slSearchLaunchers: Launchers }).slSearchLaunchers;
      return new Promise<{ content: string; description: string }[]>((done) => void l.omniboxInputChanged('muammar gadhafi', done));
    });
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions[0].content).toBe('Muammar Qadhafi');
    expect(suggestions[0].description).toMatch(/^Muammar Qadhafi — person · OFAC · likely match/);
    const { page, seen } = await nextTab(searchUrl(), () =>
      e2e.browser.worker.evaluate(async (text) => {
        type Launchers = { omniboxInputEntered(text: string, disposition?: string): Promise<void> };
        await (globalThis as unknown as { slSearchLaunchers: Launchers }).slSearchLaunchers.omniboxInputEntered(text, 'newForegroundTab');
      }, suggestions[0].content),
    );
    expect(await page.inputValue('#q')).toBe('Muammar Qadhafi');
    await queryStaysOutOfTheAddress(page, seen, 'Muammar Qadhafi');
    await page.close();
  });

  it('the manifest declares the context menu permission and the sl keyword', () => {
    const manifest = JSON.parse(readFileSync(resolve(REPO_ROOT, process.env.SL_OUTPUT_DIR ?? '.output', 'chrome-mv3/manifest.json'), 'utf8')) as {
      permissions: string[];
      omnibox?: { keyword: string };
    };
    expect(manifest.permissions).toContain('contextMenus');
    expect(manifest.omnibox?.keyword).toBe('sl');
  });
});
