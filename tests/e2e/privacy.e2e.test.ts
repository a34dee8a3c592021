/**
 * Privacy and least privilege, on the built extension.
 * - Browsing ten local pages (several about sanctions, cards opened) makes
 *   no request from the extension: every request the browser context sees,
 *   the service worker's included, is the page's own or the extension's own
 *   packaged files.
 * - The built manifests ask only for the permissions the README's
 *   "## Permissions" table lists and justifies, keep the default CSP, expose
 *   no web-accessible resources and nothing to other extensions or pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startE2E, waitForMarks, type E2E } from './setup';
import { waitForCard } from './card';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { CHROME_EXT_DIR, FIREFOX_EXT_DIR } from '../../scripts/lib/browser';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { isDynamicCardChunk, leakedRequests, manifestProblems, permissionsOf, readmePermissions, readManifest, remoteCodeProblems, TEN_PAGES, TYPED_QUERIES } from './privacy-lib';

let e2e: E2E;
let other: StaticServer;

beforeAll(async () => {
  e2e = await startE2E([TEN_PAGES.handler]);
  // A second origin, only for the control request below.
  other = await startStaticServer([resolve(REPO_ROOT, 'demo')]);
});
afterAll(async () => {
  await e2e?.close();
  await other?.close();
});

describe('privacy in Chromium', () => {
  it('records a request the service worker makes (control: the recorder sees the worker)', async () => {
    const seen: string[] = [];
    const onRequest = (r: { url(): string }) => seen.push(r.url());
    e2e.browser.context.on('request', onRequest);
    await e2e.browser.worker.evaluate(async (u) => {
      await fetch(u).catch(() => undefined);
    }, other.url('/control-from-worker'));
    e2e.browser.context.off('request', onRequest);
    expect(seen).toContain(other.url('/control-from-worker'));
  });

  it('browsing ten pages, with cards opened, the extension makes no network request', async () => {
    const requests: { url: string; fromWorker: boolean }[] = [];
    e2e.browser.context.on('request', (r) => requests.push({ url: r.url(), fromWorker: !!r.serviceWorker() }));
    const page = await e2e.browser.context.newPage();
    let marked = 0;
    for (const path of TEN_PAGES.paths) {
      await page.goto(e2e.server.url(path));
      if (TEN_PAGES.sanctions.has(path)) {
        marked += await waitForMarks(page, 1);
        const mark = page.locator('mark[data-sl-category]').first();
        await mark.scrollIntoViewIfNeeded();
        await mark.hover();
        await waitForCard(page);
      } else {
        await page.waitForTimeout(300);
      }
    }
    await page.close();
    expect(marked).toBeGreaterThan(10);
    const own = `chrome-extension://${e2e.browser.extensionId}/`;
    const foreign = requests.filter((r) => !r.url.startsWith(e2e.server.origin) && !r.url.startsWith(own) && !isDynamicCardChunk(r.url));
    expect(foreign).toEqual([]);
    // What reached the page server is exactly what the pages themselves load.
    const pagePaths = new Set(requests.filter((r) => r.url.startsWith(e2e.server.origin)).map((r) => new URL(r.url).pathname));
    expect([...pagePaths].sort()).toEqual([...TEN_PAGES.expectedPaths].sort());
    // The worker reads only its own packaged files.
    expect(requests.filter((r) => r.fromWorker && !r.url.startsWith(own))).toEqual([]);
  });
});

describe('privacy of look-ups in Chromium', () => {
  it('typing on the search page, opening a card and using the sl keyword make no network request', async () => {
    const requests: string[] = [];
    const onRequest = (r: { url(): string }) => requests.push(r.url());
    e2e.browser.context.on('request', onRequest);
    const own = `chrome-extension://${e2e.browser.extensionId}/`;
    const page = await e2e.browser.context.newPage();
    await page.goto(`${own}search.html`);
    await page.waitForSelector('body[data-ready="1"]');
    for (const q of TYPED_QUERIES) {
      await page.fill('#q', '');
      await page.keyboard.type(q, { delay: 10 });
      await page.waitForFunction(() => /result|Nothing/.test(document.querySelector('#result-count')?.textContent ?? ''));
    }
    await page.fill('#q', TYPED_QUERIES[0]);
    await page.locator('#results .result').first().click();
    await page.waitForSelector('#card-panel:not([hidden]) .card-host');
    const suggested = await e2e.browser.worker.evaluate(async (qs) => {
      type Launchers = { omniboxInputChanged(text: string, suggest: (s: unknown[]) => void): Promise<void> };
      const l = (globalThis as unknown as { slSearchLaunchers: Launchers }).slSearchLaunchers;
      let n = 0;
      for (const q of qs) n += (await new Promise<unknown[]>((done) => void l.omniboxInputChanged(q, done))).length;
      return n;
    }, TYPED_QUERIES);
    await page.close();
    e2e.browser.context.off('request', onRequest);
    expect(suggested).toBeGreaterThan(0);
    expect(requests.some((u) => u.startsWith(`${own}search.html`))).toBe(true);
    expect(leakedRequests(requests, own, TYPED_QUERIES)).toEqual([]);
  });
});

describe('least privilege: the built manifests', () => {
  const readme = readmePermissions(resolve(REPO_ROOT, 'README.md'));
  const builds = [
    ['chrome-mv3', CHROME_EXT_DIR],
    ['firefox-mv2', FIREFOX_EXT_DIR],
  ] as const;

  it('the README has a "## Permissions" table naming each permission in backticks', () => {
    expect(readme.size).toBeGreaterThan(0);
  });

  for (const [name, dir] of builds) {
    const built = existsSync(resolve(dir, 'manifest.json'));
    it.skipIf(!built)(`${name}: asks for exactly what the README justifies, default CSP, no web-accessible resources, no remote code`, () => {
      const manifest = readManifest(dir);
      const asked = permissionsOf(manifest);
      const unjustified = [...asked].filter((p) => !readme.has(p));
      expect(unjustified, `permissions in ${name}/manifest.json missing from the README table`).toEqual([]);
      expect(manifestProblems(manifest)).toEqual([]);
      expect(remoteCodeProblems(dir)).toEqual([]);
    });
  }

  it('every permission the README lists is used by one of the builds (the table has no stale rows)', () => {
    const used = new Set<string>();
    for (const [, dir] of builds) if (existsSync(resolve(dir, 'manifest.json'))) for (const p of permissionsOf(readManifest(dir))) used.add(p);
    expect(used.size).toBeGreaterThan(0);
    expect([...readme].filter((p) => !used.has(p))).toEqual([]);
  });
});
