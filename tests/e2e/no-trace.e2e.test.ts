/**
 * Where the extension does nothing, a page cannot see it: a page probing for
 * our styles, elements and attributes sees exactly what it sees in the same
 * Chromium without the extension, on a page with nothing to mark and on a
 * site switched off; frames without an address of their own (srcdoc,
 * about:blank) follow their page's switch. Where it marks, the only traces
 * are the marks (with the published data-sl-category) and
 * their style sheet, and a closed card leaves no element behind.
 */
import { waitForCard, waitForNoCard } from './card';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, waitForMarks, type E2E } from './setup';
import { closeBaselineBrowser, pageWithoutExtension } from './hang-detector';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/settings/model';

let e2e: E2E;
let port = '';
/**
 * A page with the strictest policy a site can send (no script, no other resource, Trusted Types), and a srcdoc
 * frame that inherits it: the card code is still loaded into the content script's world, in both.
 */
const STRICT_PAGE = `<!doctype html><html><head><title>strict</title></head><body>
<p>OFAC sanctions: the Lazarus Group of North Korea was designated by the Treasury.</p>
<iframe id="inner" srcdoc="<p>OFAC sanctions: the Lazarus Group of North Korea was designated.</p>"></iframe>
</body></html>`;
const strictPage = (req: IncomingMessage, res: ServerResponse): boolean => {
  if (!req.url?.startsWith('/strict-csp.html')) return false;
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
  });
  res.end(STRICT_PAGE);
  return true;
};

beforeAll(async () => {
  e2e = await startE2E([strictPage]);
  port = new URL(e2e.server.url('/')).port;
});
afterAll(async () => {
  await closeBaselineBrowser();
  await e2e?.close();
});

/** *.localhost resolves to this machine: one name per site switch. */
const at = (host: string, path: string) => `http://${host}:${port}${path}`;

type Probe = Record<string, unknown>;
const probe = (page: Page): Promise<Probe> => page.evaluate(() => (window as unknown as { __probe(): Probe }).__probe());

function writeSettings(s: Settings): Promise<void> {
  return e2e.browser.worker.evaluate(
    async ([settings, v]) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome;
      await c.storage.local.set({ settings, settings$: { v } });
    },
    [s, SETTINGS_VERSION] as const,
  );
}

/** The probe of a page in Chromium without the extension. */
async function baselineProbe(url: string): Promise<Probe> {
  const page = await pageWithoutExtension();
  await page.goto(url);
  await page.waitForLoadState('load');
  const p = await probe(page);
  await page.close();
  return p;
}

/** The probe once the content script has had its turn (settings read, page read): what a page sees. */
async function probeWithExtension(url: string): Promise<{ page: Page; seen: Probe }> {
  const page = await e2e.browser.context.newPage();
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1_500);
  return { page, seen: await probe(page) };
}

describe('no trace where nothing is marked or the site is off', () => {
  beforeAll(async () => {
    await writeSettings({ ...structuredClone(DEFAULT_SETTINGS), sites: [{ domain: 'off.localhost', scope: 'site', enabled: false }] });
  });
  afterAll(async () => writeSettings(structuredClone(DEFAULT_SETTINGS)));

  it('a page with nothing to mark sees no style, element or attribute of ours, not even on its own mark.sl-mark', async () => {
    const url = at('on.localhost', '/hostile-style-probe.html');
    const { page, seen } = await probeWithExtension(url);
    const expected = await baselineProbe(url);
    expect(seen).toEqual(expected);
    expect((seen.ownStyle as { cursor: string }).cursor).not.toBe('help');
    await page.close();
  });

  it('on a switched-off site, a page naming parties sees nothing of ours either', async () => {
    const url = at('off.localhost', '/hostile-style-probe.html?mentions');
    const { page, seen } = await probeWithExtension(url);
    expect(seen).toEqual(await baselineProbe(url));
    await page.close();
    // The same page on a site that is on is marked: the probe above would have seen it.
    const on = await e2e.browser.context.newPage();
    await on.goto(at('on.localhost', '/hostile-style-probe.html?mentions'));
    await waitForMarks(on, 3);
    const marked = await probe(on);
    expect(marked.styleSheets).toBe((seen.styleSheets as number) + 1);
    expect((marked.ownStyle as { cursor: string }).cursor).toBe('help');
    await on.close();
  });

  it('srcdoc and about:blank frames of a switched-off site stay unmarked; of a site that is on, they are marked', async () => {
    const frameMarks = async (host: string) => {
      const page = await e2e.browser.context.newPage();
      await page.goto(at(host, '/hostile-srcdoc.html'));
      await page.waitForLoadState('load');
      return { page, count: () => page.evaluate(() => ['srcdoc', 'blank'].map((id) => (document.getElementById(id) as HTMLIFrameElement).contentDocument!.querySelectorAll('mark').length)) };
    };
    const on = await frameMarks('on.localhost');
    await on.page.waitForFunction(() => ['srcdoc', 'blank'].every((id) => (document.getElementById(id) as HTMLIFrameElement).contentDocument!.querySelectorAll('mark[data-sl-category]').length >= 2), null, { timeout: 20_000 });
    await on.page.close();
    const off = await frameMarks('off.localhost');
    await off.page.waitForTimeout(2_000);
    expect(await off.count()).toEqual([0, 0]);
    expect(await off.page.locator('mark').count()).toBe(0);
    await off.page.close();
  });
});

describe('where it marks, the marks are the only trace', () => {
  it('only the published data-* attributes, and a closed card leaves no element; switched off, the page is as without us', async () => {
    await writeSettings(structuredClone(DEFAULT_SETTINGS));
    const url = at('marked.localhost', '/hostile-style-probe.html?mentions');
    const page = await e2e.browser.context.newPage();
    await page.goto(url);
    await waitForMarks(page, 3);
    const mark = page.locator('mark[data-sl-category]', { hasText: 'Lazarus Group' }).first();
    await mark.hover();
    await waitForCard(page);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    // The card's host (appended beside <body>) is gone from the DOM, not just hidden.
    await expect.poll(() => page.evaluate(() => document.documentElement.querySelectorAll(':scope > :not(head):not(body)').length), { timeout: 5_000 }).toBe(0);
    const seen = await probe(page);
    // Data attributes: the published one, on our marks only (which party a mark names stays in the content script).
    expect((seen.attributes as string[]).filter((a) => a.includes('[data-'))).toEqual(['mark[data-sl-category]']);
    expect(seen.shadowHosts).toEqual([]);
    expect(seen.elements as string).not.toMatch(/sanctions-lens/);
    // Switched off while open: marks and styles go, the page is as it is without the extension.
    await writeSettings({ ...structuredClone(DEFAULT_SETTINGS), sites: [{ domain: 'marked.localhost', scope: 'site', enabled: false }] });
    await page.waitForFunction(() => !document.querySelector('mark[data-sl-category]'), null, { timeout: 10_000 });
    expect(await probe(page)).toEqual(await baselineProbe(url));
    await page.close();
    await writeSettings(structuredClone(DEFAULT_SETTINGS));
  });
});

describe('the card code, loaded on the first card, cannot be used to detect the extension', () => {
  it('its fixed address is refused like a missing file, and loading it leaves no request, element or global the page can see', async () => {
    await writeSettings(structuredClone(DEFAULT_SETTINGS));
    const page = await e2e.browser.context.newPage();
    // The page's own watchers from its first script on: every resource it can observe, and every error.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) seen.push(e.name);
      }).observe({ type: 'resource', buffered: true });
      // Script errors only: the failed <script> probes below fire plain error events on their elements.
      window.addEventListener('error', (e) => e instanceof ErrorEvent && seen.push(`error: ${e.message}`), true);
    });
    await page.goto(at('marked.localhost', '/hostile-style-probe.html?mentions'));
    await waitForMarks(page, 3);
    const base = `chrome-extension://${e2e.browser.extensionId}`;
    // What a probing page gets for the chunk and for a file that does not exist: a fetch and a <script> load.
    const tryLoad = (path: string) =>
      page.evaluate(async (url) => {
        const fetched = await fetch(url).then(
          (r) => `status ${r.status}`,
          (e: unknown) => `${(e as Error).name}: ${(e as Error).message}`,
        );
        const script = await new Promise<string>((done) => {
          const s = document.createElement('script');
          s.src = url;
          s.onload = () => done('loaded');
          s.onerror = () => done('error');
          document.head.append(s);
        });
        return { fetched, script };
      }, `${base}${path}`);
    const missing = await tryLoad('/no-such-file.js');
    expect(missing.script).toBe('error');
    expect(await tryLoad('/card-ui.js')).toEqual(missing);

    const globalsBefore = await page.evaluate(() => Object.getOwnPropertyNames(window));
    const mark = page.locator('mark[data-sl-category]', { hasText: 'Lazarus Group' }).first();
    await mark.hover();
    await waitForCard(page);
    const after = await page.evaluate(([probed, before]) => {
      // The page's own two probes (at the fixed address) are left out; the chunk's real load would be at another.
      const other = (n: string) => !probed.includes(n) && !n.endsWith('/favicon.ico');
      return {
        observed: (window as unknown as { __seen: string[] }).__seen.filter(other),
        timing: performance.getEntriesByType('resource').map((e) => e.name).filter(other),
        extensionEntries: performance.getEntries().filter((e) => e.name.startsWith('chrome-extension:') && other(e.name)).length,
        globals: Object.getOwnPropertyNames(window).filter((k) => !before.includes(k)),
      };
    }, [[`${base}/no-such-file.js`, `${base}/card-ui.js`] as string[], globalsBefore] as const);
    // The chunk's import from the content script's world: no resource entry (the two probes above are the page's own).
    expect(after).toEqual({ observed: [], timing: [], extensionEntries: 0, globals: [] });
    // Once loaded, its fixed address is still refused like a missing file.
    expect(await tryLoad('/card-ui.js')).toEqual(missing);
    await page.close();
  });

  it("a page's strict content security policy, inherited by its srcdoc frame, does not keep the card from opening", async () => {
    await writeSettings(structuredClone(DEFAULT_SETTINGS));
    const page = await e2e.browser.context.newPage();
    await page.goto(at('marked.localhost', '/strict-csp.html'));
    await waitForMarks(page, 1);
    await page.locator('mark[data-sl-category]', { hasText: 'Lazarus Group' }).first().hover();
    await waitForCard(page);
    await page.mouse.move(5, 5);
    await waitForNoCard(page, 5_000);
    const frame = page.frameLocator('#inner');
    await frame.locator('mark[data-sl-category]', { hasText: 'Lazarus Group' }).waitFor({ timeout: 20_000 });
    await frame.locator('mark[data-sl-category]', { hasText: 'Lazarus Group' }).hover();
    await waitForCard(page);
    await page.close();
  });
});
