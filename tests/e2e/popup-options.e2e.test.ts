/**
 * The popup, the options page, the badge and the settings in the built
 * extension: site switch at both scopes across real subdomains (Chromium
 * resolves *.localhost to this machine), pause, filters, "only on sites I
 * switch on", export, the settings migration, axe and the keyboard.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { pageSummary, startE2E, tabIdOf, waitForMarks, type E2E } from './setup';
import { axeViolations } from './axe';
import { REPO_ROOT } from '../../scripts/lib/paths';

let e2e: E2E;
let port: string;

beforeAll(async () => {
  e2e = await startE2E([
    (req, res) => {
      if (new URL(req.url ?? '/', 'http://x').pathname !== '/short.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><head><title>Short</title></head><body><p>The Lazarus Group and North Korea.</p></body></html>');
      return true;
    },
  ]);
  port = new URL(e2e.server.origin).port;
});
afterAll(async () => e2e?.close());

/** Each test starts from the defaults, as a fresh install would. */
beforeEach(async () => {
  await e2e.browser.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> } } } }).chrome;
    await c.storage.local.remove(['settings', 'settings$']);
  });
  for (const p of e2e.browser.context.pages()) if (p.url().startsWith('http')) await p.close();
});

const at = (host: string, path = '/index.html') => `http://${host}:${port}${path}`;

async function openArticle(host: string): Promise<{ page: Page; count: number }> {
  const page = await e2e.browser.context.newPage();
  await page.goto(at(host));
  const count = await waitForMarks(page, 5);
  return { page, count };
}

const markCount = (page: Page) => page.locator('mark[data-sl-category]:not(.sl-continued)').count();
const waitMarkCount = (page: Page, n: number) =>
  page.waitForFunction((k) => document.querySelectorAll('mark[data-sl-category]:not(.sl-continued)').length === k, n, { timeout: 10_000 });

async function openPopupFor(page: Page): Promise<Page> {
  const tabId = await tabIdOf(e2e, page);
  const popup = await e2e.browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  if (process.env.SL_DEBUG) {
    popup.on('console', (m) => console.log('POPUP', m.text()));
    popup.on('pageerror', (m) => console.log('POPUPERR', m.message));
  }
  await popup.goto(`chrome-extension://${e2e.browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('body[data-ready="1"]');
  return popup;
}

async function openOptions(): Promise<Page> {
  const p = await e2e.browser.context.newPage();
  await p.goto(`chrome-extension://${e2e.browser.extensionId}/options.html`);
  await p.waitForSelector('body[data-ready="1"]');
  return p;
}

async function badge(tabId: number): Promise<string> {
  return e2e.browser.worker.evaluate(async (id) => {
    const c = (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome;
    return c.action.getBadgeText({ tabId: id });
  }, tabId);
}

async function storedSettings(): Promise<Record<string, unknown>> {
  return e2e.browser.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } } }).chrome;
    return c.storage.local.get(['settings', 'settings$']);
  });
}

interface Summary { host: string; active: boolean; count: number; items: { entity: string; name: string; category: string; count: number; authorities: string[] }[] }
function summaryOf(popup: Page, tabId: number): Promise<Summary> {
  return popup.evaluate(async (id) => {
    const c = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
    return (await c.tabs.sendMessage(id, { type: 'page-summary' })) as Summary;
  }, tabId);
}

describe('per-site switch', () => {
  it('at site scope switches the site and its subdomains off and on, live; at host scope only that host', async () => {
    const news = await openArticle('news.example.localhost');
    const root = await openArticle('example.localhost');
    const other = await openArticle('other.localhost');
    const popup = await openPopupFor(news.page);
    expect(await popup.locator('#site-label').textContent()).toBe('news.example.localhost');
    expect(await popup.locator('#scope-site').isChecked()).toBe(true);
    expect(await popup.locator('#rule').textContent()).toMatch(/^Default: on everywhere/);

    // Whole site: the subdomain and the parent domain go dark without a reload; another site stays marked.
    await popup.locator('#site-switch').uncheck();
    await waitMarkCount(news.page, 0);
    await waitMarkCount(root.page, 0);
    expect(await markCount(other.page)).toBe(other.count);
    await expect.poll(() => popup.locator('#rule').textContent()).toBe('Off by your rule for example.localhost and its subdomains');
    expect(await badge(await tabIdOf(e2e, news.page))).toBe('');

    // This host only: news comes back, the parent domain stays off.
    const popup2 = await openPopupFor(news.page);
    // The scope is folded under the switch.
    await popup2.locator('#scope-toggle').click();
    await popup2.locator('#scope-host').check();
    await popup2.locator('#site-switch').check();
    expect(await waitForMarks(news.page, 5)).toBe(news.count);
    await expect.poll(() => popup2.locator('#rule').textContent()).toBe('On by your rule for news.example.localhost only');
    expect(await markCount(root.page)).toBe(0);
    expect((await storedSettings()).settings).toMatchObject({
      sites: [
        { domain: 'example.localhost', scope: 'site', enabled: false },
        { domain: 'news.example.localhost', scope: 'host', enabled: true },
      ],
    });

    // A deeper subdomain follows the site rule, not the host rule.
    const deep = await e2e.browser.context.newPage();
    await deep.goto(at('live.news.example.localhost'));
    await deep.waitForLoadState('load');
    await deep.waitForTimeout(1_000);
    expect(await markCount(deep)).toBe(0);

    // Switching the whole site on again from the subdomain brings everything back.
    const popup3 = await openPopupFor(root.page);
    expect(await popup3.locator('#site-switch').isChecked()).toBe(false);
    await popup3.locator('#site-switch').check();
    expect(await waitForMarks(root.page, 5)).toBe(root.count);
    expect(await waitForMarks(deep, 5)).toBeGreaterThan(0);
  });

  it('pause everywhere and resume; pause for one hour stores an end one hour ahead', async () => {
    const { page, count } = await openArticle('example.localhost');
    const popup = await openPopupFor(page);
    await popup.locator('#pause').click();
    await waitMarkCount(page, 0);
    await expect.poll(() => popup.locator('#paused-note').textContent()).toContain('until you resume');
    expect(await popup.locator('#site-switch').isDisabled()).toBe(true);
    await popup.locator('#resume').click();
    expect(await waitForMarks(page, 5)).toBe(count);

    const before = Date.now();
    await popup.locator('#pause-hour').click();
    await waitMarkCount(page, 0);
    const until = ((await storedSettings()).settings as { pausedUntil: number }).pausedUntil;
    expect(until).toBeGreaterThanOrEqual(before + 3_600_000 - 5_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 3_600_000);
    await popup.locator('#resume').click();
    expect(await waitForMarks(page, 5)).toBe(count);
  });
});

describe('toolbar badge', () => {
  it('equals the number of marks per tab, after live changes and after a site switch', async () => {
    const a = await openArticle('example.localhost');
    const b = await e2e.browser.context.newPage();
    await b.goto(at('other.localhost', '/short.html'));
    const bCount = await waitForMarks(b, 2);
    const aTab = await tabIdOf(e2e, a.page);
    const bTab = await tabIdOf(e2e, b);
    await expect.poll(() => badge(aTab)).toBe(String(a.count));
    await expect.poll(() => badge(bTab)).toBe(String(bCount));

    await a.page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, OFAC designated the Reconnaissance General Bureau again under resolution 2397.';
      document.body.append(p);
    });
    await a.page.waitForFunction((n) => document.querySelectorAll('mark[data-sl-category]:not(.sl-continued)').length > n, a.count);
    await a.page.waitForTimeout(300);
    const after = await markCount(a.page);
    await expect.poll(() => badge(aTab)).toBe(String(after));

    const popup = await openPopupFor(a.page);
    expect(Number(await popup.locator('#mention-count').textContent())).toBe(after);
    await popup.locator('#site-switch').uncheck();
    await waitMarkCount(a.page, 0);
    await expect.poll(() => badge(aTab)).toBe('');
    await expect.poll(() => badge(bTab)).toBe(String(bCount));
  });
});

describe('options', () => {
  it('category and authority filters, mark style and first mention apply to the open page at once', async () => {
    const { page, count } = await openArticle('example.localhost');
    const popup = await openPopupFor(page);
    const tabId = await tabIdOf(e2e, page);
    const before = await summaryOf(popup, tabId);
    const options = await openOptions();

    await options.locator('#cat-jurisdiction').uncheck();
    await page.waitForFunction(() => document.querySelectorAll('mark[data-sl-category="jurisdiction"]').length === 0);
    const jurisdictions = before.items.filter((i) => i.category === 'jurisdiction').reduce((n, i) => n + i.count, 0);
    expect(jurisdictions).toBeGreaterThan(0);
    await waitMarkCount(page, count - jurisdictions);
    await options.locator('#cat-jurisdiction').check();
    await waitMarkCount(page, count);

    // Parties listed only by the UN and OFAC go; parties any other kept authority lists, and everything else, stay.
    await options.locator('#auth-UN').uncheck();
    await options.locator('#auth-OFAC').uncheck();
    const gone = before.items.filter((i) => i.category === 'designated' && i.authorities.length && i.authorities.every((a) => a === 'UN' || a === 'OFAC'));
    expect(gone.length).toBeGreaterThan(0);
    const expected = count - gone.reduce((n, i) => n + i.count, 0);
    await waitMarkCount(page, expected);
    const now = await summaryOf(popup, tabId);
    expect(now.items.map((i) => i.entity).sort()).toEqual(before.items.filter((i) => !gone.includes(i)).map((i) => i.entity).sort());
    await options.locator('#auth-UN').check();
    await options.locator('#auth-OFAC').check();
    await waitMarkCount(page, count);

    await options.locator('#style-underline').check();
    // The style is a rule of the marks' style sheet: every mark loses its tint at once.
    await page.waitForFunction(() => [...document.querySelectorAll('mark[data-sl-category]')].every((m) => getComputedStyle(m).backgroundColor === 'rgba(0, 0, 0, 0)'));
    expect(await page.locator('mark[data-sl-category]').first().evaluate((m) => getComputedStyle(m).textDecorationLine)).toBe('underline');

    await options.locator('#display-first').check();
    await page.waitForFunction(() => document.querySelectorAll('mark.sl-repeat').length > 0);
    const repeats = await page.locator('mark.sl-repeat:not(.sl-continued)').count();
    const entities = (await pageSummary(e2e, page)).items.length;
    expect(repeats).toBe(count - entities);
  });

  it('"only on the sites I switch on": off by default, on where switched on (and only there)', async () => {
    const news = await openArticle('news.example.localhost');
    const other = await openArticle('other.localhost');
    const options = await openOptions();
    await options.locator('#mode-off').check();
    await waitMarkCount(news.page, 0);
    await waitMarkCount(other.page, 0);
    const popup = await openPopupFor(news.page);
    expect(await popup.locator('#site-switch').isChecked()).toBe(false);
    expect(await popup.locator('#rule').textContent()).toMatch(/only on sites you switch on/);
    await popup.locator('#site-switch').check();
    expect(await waitForMarks(news.page, 5)).toBe(news.count);
    await other.page.waitForTimeout(500);
    expect(await markCount(other.page)).toBe(0);

    // The options' site list shows the rule, and editing it to this host only keeps the page on.
    await options.reload();
    await options.waitForSelector('body[data-ready="1"]');
    await expect.poll(() => options.locator('#sites-table tbody tr').count()).toBe(1);
    expect(await options.locator('#sites-table td.domain').textContent()).toBe('example.localhost');
    await options.locator('#edit-0').click();
    await options.locator('#edit-domain-0').fill('news.example.localhost');
    await options.locator('#edit-scope-0').selectOption('host');
    await options.locator('#save-0').click();
    await expect.poll(() => options.locator('#sites-table td.domain').textContent()).toBe('news.example.localhost');
    expect((await storedSettings()).settings).toMatchObject({ siteDefault: 'off', sites: [{ domain: 'news.example.localhost', scope: 'host', enabled: true }] });
    expect(await markCount(news.page)).toBe(news.count);

    await options.locator('#remove-0').click();
    await waitMarkCount(news.page, 0);
    await options.locator('#reset').click();
    await options.locator('#reset').click();
    expect(await waitForMarks(news.page, 5)).toBe(news.count);
    expect(await waitForMarks(other.page, 5)).toBe(other.count);
  });

  it('site list export and import through JSON files', async () => {
    const options = await openOptions();
    await options.locator('#new-domain').fill('https://www.Example.org/news');
    await options.locator('#add-site').click();
    await expect.poll(() => options.locator('#sites-table td.domain').textContent()).toBe('example.org');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('#export-sites').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text)).toEqual({ format: 'sanctions-lens/site-rules', version: 2, siteDefault: 'on', sites: [{ domain: 'example.org', scope: 'site', enabled: false }] });

    await options.locator('#remove-0').click();
    await expect.poll(() => options.locator('#no-sites').count()).toBe(1);
    await options.locator('#import-sites').setInputFiles({ name: 'sites.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => options.locator('#status').textContent()).toBe('Imported 1 rule.');
    expect(await options.locator('#sites-table td.domain').textContent()).toBe('example.org');
    await options.locator('#import-sites').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{oops') });
    await expect.poll(() => options.locator('#status').textContent()).toBe('This file is not JSON.');
  });
});

describe('export', () => {
  it('Markdown and CSV list exactly the page’s entities with their mention counts and the knowledge-base version', async () => {
    const { page, count } = await openArticle('example.localhost');
    // Which party each mark names is the content script's to say (the marks carry only their category).
    const byEntity = new Map((await pageSummary(e2e, page)).items.map((i) => [i.entity, i.count]));
    expect([...byEntity.values()].reduce((a, b) => a + b, 0)).toBe(count);
    const popup = await openPopupFor(page);
    const kbVersion = ((await popup.locator('#kb-version').textContent()) ?? '').replace('Version ', '');
    expect(kbVersion).not.toBe('');

    await popup.locator('#export-format').selectOption('csv');
    const [csvDl] = await Promise.all([popup.waitForEvent('download'), popup.locator('#export-save').click()]);
    expect(csvDl.suggestedFilename()).toMatch(/^sanctions-context-example\.localhost-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await csvDl.path())!, 'utf8').trimEnd(), { header: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(byEntity.size);
    expect(csv.data.reduce((n, r) => n + Number(r.Mentions), 0)).toBe(count);
    expect(csv.data.map((r) => Number(r.Mentions)).sort((a, b) => a - b)).toEqual([...byEntity.values()].sort((a, b) => a - b));
    for (const r of csv.data) expect(r['Knowledge base']).toBe(kbVersion);
    expect(csv.data.some((r) => r.Category === 'Sanctioned party' && /UN/.test(r.Authorities) && r.Programmes && r['Listed since'])).toBe(true);
    expect(csv.data.every((r) => r['Official links'].split(' ').filter(Boolean).every((u) => u.startsWith('https://')))).toBe(true);

    await popup.locator('#export-format').selectOption('md');
    const [mdDl] = await Promise.all([popup.waitForEvent('download'), popup.locator('#export-save').click()]);
    const md = readFileSync((await mdDl.path())!, 'utf8');
    expect(md.match(/^### /gm)).toHaveLength(byEntity.size);
    expect(md).toContain(`${byEntity.size} entities, ${count} mentions.`);
    expect(md).toContain(`Knowledge base: ${kbVersion}`);
    for (const name of csv.data.map((r) => r.Name.replace(/^'/, ''))) expect(md).toContain(name.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`));
  });
});

describe('settings migration', () => {
  it('a version-1 value written by an older release is upgraded and used by the extension pages and the page', async () => {
    await e2e.browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await c.storage.local.set({
        settings: {
          mode: 'only-listed',
          sites: [
            { domain: 'WWW.Example.Localhost.', scope: 'site', enabled: true },
            { domain: 'example.localhost', scope: 'site', enabled: false },
            { domain: 'example.localhost', scope: 'site', enabled: true },
          ],
          pausedUntil: 0,
          categories: { designated: true, jurisdiction: true, instrument: true, body: true },
          authorities: { UN: true, OFAC: true, EU: true, UK: true },
          display: 'all',
          markStyle: 'underline',
          updateIntervalHours: 24,
        },
        settings$: { v: 1 },
      });
    });
    const options = await openOptions();
    expect(await options.locator('#mode-off').isChecked()).toBe(true);
    expect(await options.locator('#sites-table tbody tr').count()).toBe(1);
    expect(await options.locator('#sites-table td.domain').textContent()).toBe('example.localhost');
    expect(await options.locator('#style-underline').isChecked()).toBe(true);
    expect(await options.locator('#update-interval').inputValue()).toBe('24');
    const stored = await storedSettings();
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).toMatchObject({ siteDefault: 'off', sites: [{ domain: 'example.localhost', scope: 'site', enabled: true }] });
    expect(stored.settings).not.toHaveProperty('mode');

    const on = await openArticle('news.example.localhost');
    expect(on.count).toBeGreaterThan(0);
    expect(await on.page.locator('mark[data-sl-category]').first().evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    const off = await e2e.browser.context.newPage();
    await off.goto(at('other.localhost'));
    await off.waitForTimeout(1_000);
    expect(await markCount(off)).toBe(0);
  });
});

describe('accessibility', () => {
  it('popup and options have no axe-core violations; screenshots for the docs', async () => {
    // Some site rules, so the options' table is checked (and shown) too.
    await e2e.browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await c.storage.local.set({
        settings: {
          siteDefault: 'on',
          sites: [
            { domain: 'example.com', scope: 'site', enabled: false },
            { domain: 'live.example.com', scope: 'host', enabled: true },
            { domain: 'intranet.example.org', scope: 'site', enabled: false },
          ],
        },
        settings$: { v: 2 },
      });
    });
    const { page } = await openArticle('news.example.localhost');
    const popup = await openPopupFor(page);
    expect(await axeViolations(popup)).toEqual([]);
    const options = await openOptions();
    await options.setViewportSize({ width: 1000, height: 900 });
    expect(await axeViolations(options)).toEqual([]);

    // The docs' screenshots are refreshed only on request, so a test run leaves the checkout unchanged.
    if (process.env.SL_SCREENSHOTS) {
      mkdirSync(resolve(REPO_ROOT, 'docs'), { recursive: true });
      const height = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      await popup.setViewportSize({ width: 380, height: Math.min(height, 1400) });
      await popup.screenshot({ path: resolve(REPO_ROOT, 'docs/popup.png'), fullPage: true });
      await options.screenshot({ path: resolve(REPO_ROOT, 'docs/options.png'), fullPage: true });
    }
  });

  it('the popup works with the keyboard alone: tab order, Space on the switch, Enter on a mention and on pause', async () => {
    const { page, count } = await openArticle('example.localhost');
    const popup = await openPopupFor(page);
    const order: string[] = [];
    for (let i = 0; i < 14; i++) {
      await popup.keyboard.press('Tab');
      order.push(await popup.evaluate(() => document.activeElement?.id ?? ''));
    }
    const idx = (id: string) => order.indexOf(id);
    // What the page holds comes first, then the switch, its folded scope, and the pause.
    for (const id of ['options-link', 'item-0', 'site-switch', 'scope-toggle', 'pause', 'pause-hour']) expect(idx(id), `${id} in ${order.join(',')}`).toBeGreaterThanOrEqual(0);
    expect(idx('item-0')).toBeLessThan(idx('site-switch'));
    expect(idx('site-switch')).toBeLessThan(idx('scope-toggle'));
    expect(idx('scope-toggle')).toBeLessThan(idx('pause'));

    // Enter opens the scope; arrow keys move within the scope radios; Space operates the switch.
    await popup.locator('#scope-toggle').focus();
    await popup.keyboard.press('Enter');
    await popup.locator('#scope-site').focus();
    await popup.keyboard.press('ArrowRight');
    expect(await popup.locator('#scope-host').isChecked()).toBe(true);
    await popup.keyboard.press('ArrowLeft');
    expect(await popup.locator('#scope-site').isChecked()).toBe(true);
    await popup.locator('#site-switch').focus();
    await popup.keyboard.press('Space');
    await waitMarkCount(page, 0);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('site-switch');
    await popup.keyboard.press('Space');
    expect(await waitForMarks(page, 5)).toBe(count);

    // Enter on a mention reveals it in the page (scrolls to it and flashes it).
    await expect.poll(() => popup.locator('#item-0').count()).toBe(1);
    const entity = await popup.locator('#item-0').getAttribute('data-entity');
    await popup.locator('#item-0').focus();
    await popup.keyboard.press('Enter');
    const name = (await pageSummary(e2e, page)).items.find((i) => i.entity === entity)?.name ?? '';
    await page.waitForFunction((n) => !!n && (document.querySelector('mark.sl-flash')?.textContent ?? '').length > 0, name, { timeout: 5_000 });

    await popup.locator('#pause').focus();
    await popup.keyboard.press('Enter');
    await waitMarkCount(page, 0);
    await popup.locator('#resume').focus();
    await popup.keyboard.press('Enter');
    expect(await waitForMarks(page, 5)).toBe(count);
  });

  // Browser-level shortcuts are not delivered to headless Chromium through CDP key events, so the commands'
  // logic is unit-tested (tests/unit/ui/commands-and-format.test.ts); here the built manifest must declare them.
  it('the built extension declares the toggle-site and next-mention commands with their keys', async () => {
    const manifest = await e2e.browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest());
    expect(manifest).toMatchObject({
      commands: {
        'toggle-site': { suggested_key: { default: 'Alt+Shift+S' } },
        'next-mention': { suggested_key: { default: 'Alt+Shift+N' } },
      },
    });
  });

  it('the options page works with the keyboard alone', async () => {
    const { page, count } = await openArticle('example.localhost');
    const options = await openOptions();
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      await options.keyboard.press('Tab');
      order.push(await options.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(order.slice(0, 4)).toEqual(['cat-designated', 'cat-jurisdiction', 'cat-instrument', 'cat-body']);
    expect(order).toContain('auth-UN');
    await options.locator('#cat-designated').focus();
    await options.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelectorAll('mark[data-sl-category="designated"]').length === 0);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('cat-designated');
    await options.keyboard.press('Space');
    await waitMarkCount(page, count);

    await options.locator('#new-domain').focus();
    await options.keyboard.type('example.localhost');
    await options.keyboard.press('Enter');
    await waitMarkCount(page, 0);
    await options.locator('#remove-0').focus();
    await options.keyboard.press('Enter');
    expect(await waitForMarks(page, 5)).toBe(count);
  });
});
