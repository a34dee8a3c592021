/**
 * npx tsx scripts/popup-height.ts [PAGE] (needs a build)
 * Opens PAGE (default: the demo article) in headless Chromium with the
 * extension, then the toolbar popup for that tab at Chrome's popup width, and
 * prints the popup's full height in px: Chrome shows at most 600.
 */
import { resolve } from 'node:path';
import { REPO_ROOT } from './lib/paths';
import { launchWithExtension, type ExtensionBrowser } from './lib/browser';
import { startStaticServer } from './lib/static-server';
import type { Page } from 'playwright-core';

/** The popup's page for `page`'s tab, ready, in a window as wide as Chrome's popup. */
export async function popupFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  // Without the tabs permission the worker sees no addresses: the page brought to the front is the active tab.
  const tabId = await browser.worker.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]> };
    const tabs = await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs[0]?.id ?? -1;
  });
  const popup = await browser.context.newPage();
  popup.on('console', (m) => process.env.SL_DEBUG && console.error(`popup ${tabId}: ${m.text()}`));
  popup.on('pageerror', (e) => process.env.SL_DEBUG && console.error(`popup ${tabId}: ${e.message}`));
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('body[data-ready="1"]', { state: 'attached' });
  return popup;
}

export function popupHeight(popup: Page): Promise<number> {
  // The content's own height: the document's scrollHeight is never less than the window.
  return popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
}

async function main(): Promise<void> {
  const target = process.argv[2] ?? '/index.html';
  const server = await startStaticServer([resolve(REPO_ROOT, 'demo'), resolve(REPO_ROOT, 'tests/fixtures/pages')]);
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url(target));
    await page.waitForSelector('mark[data-sl-category]', { timeout: 15_000 });
    await page.waitForTimeout(800);
    const popup = await popupFor(browser, page);
    await popup.waitForTimeout(500);
    console.log(JSON.stringify({ page: target, popupHeight: await popupHeight(popup) }));
    if (process.argv.includes('--shot')) await popup.screenshot({ path: resolve(REPO_ROOT, '.output/popup-height.png'), fullPage: true });
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(REPO_ROOT, 'scripts/popup-height.ts')) void main();
