/**
 * The core flows in Firefox ESR (headless, puppeteer-core over WebDriver
 * BiDi) on the built firefox-mv2 extension: marks on the demo page, the card
 * on hover, and privacy: every request Firefox makes while browsing ten
 * pages goes through a recording proxy, and none of them is the extension's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { firefoxPath, launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { FIREFOX_EXT_DIR } from '../../scripts/lib/browser';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { TEN_PAGES } from '../e2e/privacy-lib';
import { proxyPrefs, startRecordingProxy, type RecordingProxy } from './recording-proxy';

const missing = !firefoxPath()
  ? 'firefox-esr is not installed (apt-get install -y firefox-esr)'
  : !existsSync(resolve(FIREFOX_EXT_DIR, 'manifest.json'))
    ? `no Firefox build in ${FIREFOX_EXT_DIR} (npm run build:firefox)`
    : null;
if (missing) console.warn(`Skipping the Firefox suite: ${missing}`);

let ff: FirefoxWithExtension;
let server: StaticServer;
let proxy: RecordingProxy;

beforeAll(async () => {
  if (missing) return;
  server = await startStaticServer([resolve(REPO_ROOT, 'demo'), resolve(REPO_ROOT, 'tests/fixtures/pages')], [TEN_PAGES.handler]);
  proxy = await startRecordingProxy();
  ff = await launchFirefoxWithExtension({ prefs: proxyPrefs(proxy.port) });
});
afterAll(async () => {
  await ff?.close();
  await proxy?.close();
  await server?.close();
});

async function marksOn(page: Page, min: number): Promise<{ text: string; category: string }[]> {
  await page.waitForFunction((n: number) => document.querySelectorAll('mark[data-sl-category]').length >= n, { timeout: 20_000 }, min);
  return page.$$eval('mark[data-sl-category]:not(.sl-continued)', (ms) => ms.map((m) => ({ text: m.textContent ?? '', category: (m as HTMLElement).dataset.slCategory ?? '' })));
}

/**
 * Whether a card is shown. Its shadow root is closed: no page script (and no puppeteer selector) reaches inside,
 * so a test sees what the page sees — the host element, drawn at the card's size — and the reader's eyes check the
 * rest (the Chromium tests read the card through DevTools, which Firefox's WebDriver BiDi does not offer).
 */
function cardShown(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('*')].some((h) => h.localName.startsWith('sanctions-lens-popover') && !h.hidden && h.getBoundingClientRect().height > 40),
  );
}

async function waitForCard(page: Page, shown = true, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await cardShown(page)) !== shown) {
    if (Date.now() > until) throw new Error(shown ? 'no card was shown' : 'the card is still shown');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!!missing)('Firefox ESR with the built extension', () => {
  it('installs the add-on and marks the demo page in all four categories', async () => {
    expect(ff.addonId).toBe('sanctions-lens@sanctions-lens.invalid');
    const page = await ff.browser.newPage();
    await page.goto(server.url('/index.html'));
    const marks = await marksOn(page, 5);
    expect([...new Set(marks.map((m) => m.category))].sort()).toEqual(['body', 'designated', 'instrument', 'jurisdiction']);
    const texts = marks.map((m) => m.text);
    for (const t of ['North Korea', 'Lazarus Group', 'OFAC']) expect(texts).toContain(t);
    expect(await page.$$eval('form mark, code mark, input mark', (m) => m.length)).toBe(0);
    await page.close();
  });

  it('opens the card on hover and closes it on Escape', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/index.html'));
    await marksOn(page, 5);
    const handle = await page.waitForSelector('mark[data-sl-category="designated"]');
    await handle!.scrollIntoView();
    await handle!.hover();
    await waitForCard(page);
    // Closed: the page sees the card's host and nothing in it.
    expect(
      await page.evaluate(() => [...document.querySelectorAll('*')].filter((h) => h.localName.startsWith('sanctions-lens-popover')).map((h) => [h.shadowRoot, h.textContent])),
    ).toEqual([[null, '']]);
    await page.keyboard.press('Escape');
    await waitForCard(page, false, 3_000);
    await page.close();
  });

  it('browsing ten pages, every request Firefox makes is a page\'s own: none from the extension', async () => {
    proxy.seen.length = 0;
    const page = await ff.browser.newPage();
    let marked = 0;
    for (const path of TEN_PAGES.paths) {
      await page.goto(server.url(path));
      if (TEN_PAGES.sanctions.has(path)) {
        marked += (await marksOn(page, 1)).length;
        const mark = await page.$('mark[data-sl-category]');
        await mark!.hover();
        await waitForCard(page);
      } else {
        await new Promise((r) => setTimeout(r, 300));
      }
    }
    await page.close();
    expect(marked).toBeGreaterThan(10);
    // Control: the proxy saw the pages themselves, so it sees this profile's traffic.
    const paths = proxy.seen.filter((u) => u.startsWith(server.origin)).map((u) => new URL(u).pathname);
    for (const p of TEN_PAGES.paths) expect(paths).toContain(p);
    // Firefox's own Remote Settings polling is the browser's, not the extension's (release builds ignore the pref that would redirect it).
    const BROWSER_OWN = new Set(['CONNECT firefox.settings.services.mozilla.com:443']);
    const foreign = proxy.seen.filter((u) => !u.startsWith(`${server.origin}/`) && !BROWSER_OWN.has(u));
    expect(foreign).toEqual([]);
    expect([...new Set(paths)].filter((p) => !TEN_PAGES.expectedPaths.has(p) && p !== '/favicon.ico')).toEqual([]);
  });
});
