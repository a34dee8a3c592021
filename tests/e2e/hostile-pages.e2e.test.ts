/**
 * Hostile pages against the built extension in Chromium: pages that try to
 * talk to it, take its element name, clobber the DOM, drown it in nodes,
 * nest frames, edit text, or mutate forever. On each: no page error caused
 * by the extension, and its settings and knowledge base stay as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, startE2E, waitForMarks, type E2E } from './setup';
import { inCard, waitForCard } from './card';
import { closeBaselineBrowser, HANG_TOLERANCE_MS, installHeartbeat, liveFor, pageWithoutExtension, readHeartbeat, sinceLoaded } from './hang-detector';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await closeBaselineBrowser();
  await e2e?.close();
});

interface Watched {
  page: Page;
  /** Errors whose stack, text or location points into the extension. */
  extensionErrors: string[];
}

/** A new page that records extension-caused errors and keeps a main-thread heartbeat. */
async function watchedPage(): Promise<Watched> {
  const page = await e2e.browser.context.newPage();
  const extensionErrors: string[] = [];
  const ours = (s: string | undefined) => !!s && s.includes('chrome-extension://');
  page.on('pageerror', (err) => {
    if (ours(err.stack) || ours(err.message)) extensionErrors.push(`pageerror: ${err.message}`);
  });
  page.on('console', (msg) => {
    if ((msg.type() === 'error' || msg.type() === 'warning') && (ours(msg.location().url) || ours(msg.text()))) extensionErrors.push(`console.${msg.type()}: ${msg.text()}`);
  });
  await installHeartbeat(page);
  return { page, extensionErrors };
}

/** Everything the extension keeps in storage, as the worker reads it. */
function storageSnapshot(): Promise<string> {
  return e2e.browser.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> }; sync: { get(k: null): Promise<object> } } } }).chrome;
    return JSON.stringify([await c.storage.local.get(null), await c.storage.sync.get(null).catch(() => ({}))]);
  });
}

/** The demo page still marks as before: the knowledge base and settings were not changed. */
async function demoMarks(): Promise<number> {
  const page = await e2e.browser.context.newPage();
  await page.goto(e2e.server.url('/index.html'));
  const n = await waitForMarks(page, 5);
  await page.close();
  return n;
}

async function hoverFirst(page: Page, text: string): Promise<string> {
  const mark = page.locator('mark[data-sl-category]', { hasText: text }).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  // The card's host may carry a private name when the page took `sanctions-lens-popover`.
  await waitForCard(page);
  return (await inCard(page, (root) => root.querySelector('.title')?.textContent ?? '')) ?? '';
}

describe('hostile pages in Chromium', () => {
  let baseline = 0;
  let storageBefore = '';
  beforeAll(async () => {
    baseline = await demoMarks();
    storageBefore = await storageSnapshot();
  });

  it('a page that postMessages, dispatches synthetic events and calls page-world chrome.runtime cannot reach the extension', async () => {
    const { page, extensionErrors } = await watchedPage();
    await page.addInitScript((id) => ((window as unknown as { __extId: string }).__extId = id), e2e.browser.extensionId);
    await page.goto(e2e.server.url('/hostile-messaging.html'));
    const count = await waitForMarks(page, 4);
    // Attack again now that the marks exist, several times.
    await page.evaluate(() => (window as unknown as { __attackWxt(): void }).__attackWxt());
    for (let i = 0; i < 5; i++) await page.evaluate(() => (window as unknown as { __attack(): void }).__attack());
    await page.waitForTimeout(500);
    const attempts = await page.evaluate(() => (window as unknown as { __attempts: Record<string, unknown>[] }).__attempts);
    // No extension API in the page's world: no externally_connectable.
    expect(attempts[0]).toMatchObject({ hasSendMessage: false, hasConnect: false, hasBrowser: false });
    // The page is still marked as before, nothing was reset or paused: WXT's "newer script started" event did not stop us.
    expect(await page.locator('mark[data-sl-category]:not(.sl-continued)').count()).toBe(count);
    // And the page still follows its changes: new text is marked, so the content script is running, not just its old marks.
    await page.evaluate(() => document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p id="later">Later, OFAC named the Lazarus Group again.</p>'));
    await page.waitForFunction(() => document.querySelectorAll('#later mark[data-sl-category]').length >= 2, null, { timeout: 20_000 });
    const popup = await openPopup(e2e, page);
    expect(await popup.locator('#site-switch').isChecked()).toBe(true);
    await popup.close();
    expect(await storageSnapshot()).toBe(storageBefore);
    expect(await demoMarks()).toBe(baseline);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it('a page that defined sanctions-lens-popover first still gets the real card, and no error', async () => {
    const { page, extensionErrors } = await watchedPage();
    await page.goto(e2e.server.url('/hostile-custom-element.html'));
    await waitForMarks(page, 4);
    const title = await hoverFirst(page, 'Reconnaissance General Bureau');
    expect(title.toUpperCase()).toContain('RECONNAISSANCE GENERAL BUREAU');
    await page.keyboard.press('Escape');
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it('a page that clobbers DOM names and overrides built-ins is marked and carded, without an extension error', async () => {
    const { page, extensionErrors } = await watchedPage();
    await page.goto(e2e.server.url('/hostile-clobber.html'));
    // The page broke the main world's MutationObserver and requestAnimationFrame, which waitForFunction uses: poll from Playwright's own world.
    await expect.poll(() => page.locator('mark[data-sl-category]').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
    const title = await hoverFirst(page, 'Lazarus Group');
    expect(title.toUpperCase()).toContain('LAZARUS');
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it('a page with a million text nodes: the article is marked and the extension adds no long freeze to the page', async () => {
    const { page, extensionErrors } = await watchedPage();
    const url = e2e.server.url('/hostile-million.html');
    await page.goto(url, { timeout: 30_000 });
    expect(await page.evaluate(() => document.querySelectorAll('#bulk p').length)).toBe(1000);
    // The visible article at the top is marked (the bulk may be capped).
    await page.waitForFunction(() => !!document.querySelector('article mark[data-sl-category]'), null, { timeout: 30_000 });
    // Keep the page busy with a live edit and let the extension settle.
    await page.evaluate(() => document.querySelector('article p')!.append(' OFAC said.'));
    await page.waitForTimeout(2_000);
    const watched = await sinceLoaded(page);
    const withExtension = await readHeartbeat(page);
    expect(extensionErrors).toEqual([]);
    await page.close();

    // The same page, the same edit, the same stretch of its life, in the same Chromium without the extension.
    const plain = await pageWithoutExtension();
    await plain.goto(url, { timeout: 30_000 });
    expect(await plain.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
    await plain.evaluate(() => document.querySelector('article p')!.append(' OFAC said.'));
    await liveFor(plain, watched);
    const without = await readHeartbeat(plain);
    await plain.close();

    // Both heartbeats ran (at least one measured gap each); how many beats fit in depends on the machine's load.
    expect(withExtension.beats).toBeGreaterThanOrEqual(2);
    expect(without.beats).toBeGreaterThanOrEqual(2);
    // A hang detector, not a benchmark: the extension must not keep the page's timers waiting
    // seconds longer than the page and the machine do on their own.
    console.info(`million-node page: longest timer gap ${Math.round(withExtension.maxGap)} ms with the extension, ${Math.round(without.maxGap)} ms without`);
    expect(withExtension.maxGap - without.maxGap).toBeLessThan(HANG_TOLERANCE_MS);
  });

  it('the hang detector sees a page blocked for seconds', async () => {
    // The comparison above can fail: the same page without the extension, once calm and once with
    // a 4 s task of the kind a hang of ours would be. (A light page: the detector, not the page, is tested.)
    const url = e2e.server.url('/hostile-messaging.html');
    const calm = await pageWithoutExtension();
    await calm.goto(url);
    await liveFor(calm, 5_000);
    const base = await readHeartbeat(calm);
    await calm.close();
    const blocked = await pageWithoutExtension();
    await blocked.goto(url);
    await blocked.evaluate(() => setTimeout(() => {
      const until = performance.now() + 4_000;
      while (performance.now() < until);
    }, 100));
    await liveFor(blocked, 5_000);
    const hung = await readHeartbeat(blocked);
    await blocked.close();
    expect(hung.maxGap - base.maxGap).toBeGreaterThanOrEqual(HANG_TOLERANCE_MS);
  });

  it('deeply nested iframes: the top document is marked, nothing throws', async () => {
    const { page, extensionErrors } = await watchedPage();
    await page.goto(e2e.server.url('/hostile-iframes.html?d=12'));
    await waitForMarks(page, 2);
    await page.waitForFunction(() => {
      let doc: Document | null = document;
      let depth = 0;
      while (doc) {
        const f: HTMLIFrameElement | null = doc.querySelector('iframe[src]');
        doc = f?.contentDocument ?? null;
        if (doc) depth++;
      }
      return depth >= 12;
    }, null, { timeout: 15_000 });
    await page.waitForTimeout(500);
    expect(page.frames().length).toBeGreaterThan(24);
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it('contenteditable editors get no marks, and typing in them is not disturbed', async () => {
    const { page, extensionErrors } = await watchedPage();
    await page.goto(e2e.server.url('/hostile-editable.html'));
    await waitForMarks(page, 2);
    expect(await page.locator('[contenteditable] mark, textarea mark').count()).toBe(0);
    const typed = ' Then North Korea met the Lazarus Group and OFAC.';
    await page.locator('#editor p').click();
    await page.keyboard.press('End');
    await page.keyboard.type(typed, { delay: 5 });
    await page.locator('#rich').click();
    await page.keyboard.type('North Korea, OFAC, resolution 2397.', { delay: 5 });
    await page.waitForTimeout(800);
    expect(await page.locator('#editor').textContent()).toBe(`Draft: North Korea and the Lazarus Group, per OFAC.${typed}`);
    expect(await page.locator('#rich').textContent()).toBe('North Korea, OFAC, resolution 2397.');
    expect(await page.locator('[contenteditable] mark').count()).toBe(0);
    // The caret stayed in the editor the whole time.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rich');
    expect(extensionErrors).toEqual([]);
    await page.close();
  });

  it('endless mutation: the loop guard holds, the page keeps working', async () => {
    const { page, extensionErrors } = await watchedPage();
    // Count the scans the content script sends, from the worker's side.
    await e2e.browser.worker.evaluate(() => {
      const g = globalThis as unknown as { __scans?: number; chrome: { runtime: { onMessage: { addListener(fn: (m: { type?: string }) => undefined): void } } } };
      if (g.__scans === undefined) g.chrome.runtime.onMessage.addListener((m) => {
          if (m?.type === 'scan') g.__scans = (g.__scans ?? 0) + 1;
        });
      g.__scans = 0;
    });
    await page.goto(e2e.server.url('/hostile-mutation.html'));
    await waitForMarks(page, 2);
    const scansAt = () => e2e.browser.worker.evaluate(() => (globalThis as unknown as { __scans: number }).__scans);
    const ticksAt = () => page.evaluate(() => Number(document.getElementById('counter')!.textContent));
    const s0 = await scansAt();
    const t0 = await ticksAt();
    // Watch the page until it has mutated hundreds of times (counted, not timed).
    await expect.poll(ticksAt, { timeout: 60_000, interval: 250 }).toBeGreaterThan(t0 + 400);
    const scans = (await scansAt()) - s0;
    const ticks = (await ticksAt()) - t0;
    // The page mutated hundreds of times; the extension rescanned a bounded number of times.
    expect(scans).toBeLessThan(ticks / 4);
    await page.locator('#btn').click();
    await page.locator('#btn').click();
    expect(await page.locator('#btn').textContent()).toBe('clicked 2');
    const watched = await sinceLoaded(page);
    const withExtension = await readHeartbeat(page);
    expect(extensionErrors).toEqual([]);
    await page.close();
    // Compared with the same page, as long, without the extension: no long freeze of ours.
    const plain = await pageWithoutExtension();
    await plain.goto(e2e.server.url('/hostile-mutation.html'));
    await liveFor(plain, watched);
    const without = await readHeartbeat(plain);
    await plain.close();
    expect(withExtension.maxGap - without.maxGap).toBeLessThan(HANG_TOLERANCE_MS);
  });

  it('after all the hostile pages, the settings and the knowledge base are unchanged', async () => {
    expect(await storageSnapshot()).toBe(storageBefore);
    expect(await demoMarks()).toBe(baseline);
  });
});
