/**
 * The hostile-page fixtures in Firefox ESR on the built firefox-mv2
 * extension: a page firing WXT's own "newer script started" event and every
 * page-reachable event cannot switch the extension off, and a page probing
 * for our styles, elements and attributes finds none where nothing is
 * marked (and finds them where something is: the probe can see us).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { firefoxPath, launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { FIREFOX_EXT_DIR } from '../../scripts/lib/browser';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { REPO_ROOT } from '../../scripts/lib/paths';

const missing = !firefoxPath()
  ? 'firefox-esr is not installed (apt-get install -y firefox-esr)'
  : !existsSync(resolve(FIREFOX_EXT_DIR, 'manifest.json'))
    ? `no Firefox build in ${FIREFOX_EXT_DIR} (npm run build:firefox)`
    : null;
if (missing) console.warn(`Skipping the Firefox hostile pages: ${missing}`);

let ff: FirefoxWithExtension;
let server: StaticServer;
beforeAll(async () => {
  if (missing) return;
  server = await startStaticServer([resolve(REPO_ROOT, 'demo'), resolve(REPO_ROOT, 'tests/fixtures/pages')]);
  ff = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const MARKS = 'mark[data-sl-category]:not(.sl-continued)';
async function marked(page: Page, min: number): Promise<number> {
  await page.waitForFunction((n: number) => document.querySelectorAll('mark[data-sl-category]').length >= n, { timeout: 20_000 }, min);
  await new Promise((r) => setTimeout(r, 300));
  return page.$$eval(MARKS, (ms) => ms.length);
}

interface Probe {
  ownStyle: { cursor: string; background: string };
  styleSheets: number;
  adoptedStyleSheets: number;
  rules: string[];
  elements: string;
  shadowHosts: string[];
  attributes: string[];
  marks: number;
}
const probe = (page: Page) => page.evaluate(() => (window as unknown as { __probe(): Probe }).__probe());

describe.skipIf(!!missing)('hostile pages in Firefox ESR', () => {
  it('WXT’s "newer script started" event, its postMessage variant and every lifecycle event leave the page marked and followed', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/hostile-messaging.html'));
    const count = await marked(page, 4);
    await page.evaluate((id: string) => {
      const w = window as unknown as { __extId: string; __attackWxt(): void; __attack(): void };
      w.__extId = id;
      w.__attackWxt();
      for (let i = 0; i < 3; i++) w.__attack();
    }, ff.addonId);
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.$$eval(MARKS, (ms) => ms.length)).toBe(count);
    // Still running, not just its old marks: new text is marked.
    await page.evaluate(() => document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p id="later">Later, OFAC named the Lazarus Group again.</p>'));
    await page.waitForFunction(() => document.querySelectorAll('#later mark[data-sl-category]').length >= 2, { timeout: 20_000 });
    await page.close();
  });

  it('a page probing for our styles with nothing to mark finds none; with mentions, the same probe finds them', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/hostile-style-probe.html'));
    await new Promise((r) => setTimeout(r, 1_500));
    const seen = await probe(page);
    // Only the page's own sheet and elements; its own mark.sl-mark keeps the browser's look.
    expect(seen.styleSheets).toBe(1);
    expect(seen.adoptedStyleSheets).toBe(0);
    expect(seen.rules.filter((r) => r.includes('sl-'))).toEqual([]);
    expect(seen.ownStyle.cursor).not.toBe('help');
    expect(seen.elements).not.toMatch(/sanctions-lens/);
    expect(seen.shadowHosts).toEqual([]);
    expect(seen.attributes).toEqual([]);
    expect(seen.marks).toBe(1);
    await page.close();

    const withMentions = await ff.browser.newPage();
    await withMentions.goto(server.url('/hostile-style-probe.html?mentions'));
    await marked(withMentions, 3);
    const found = await probe(withMentions);
    expect(found.styleSheets).toBe(2);
    expect(found.ownStyle.cursor).toBe('help');
    expect(found.attributes.filter((a) => a.includes('[data-'))).toEqual(['mark[data-sl-category]']);
    await withMentions.close();
  });
});
