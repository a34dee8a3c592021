/**
 * A hang detector that measures the extension, not the page or the machine:
 * the page's timers are watched with and without the extension, over the
 * same stretch of the page's life, and only the difference counts.
 *
 * The heartbeat starts at DOMContentLoaded, after a forced first layout: a
 * page's own parse-time script and first layout (the million-node page
 * freezes itself for seconds while it builds and lays out) are not ours to
 * answer for.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../../scripts/lib/browser';

export interface Heartbeat {
  /** The longest the page's 50 ms timer was kept waiting, in ms. */
  maxGap: number;
  /** Timer ticks since DOMContentLoaded. */
  beats: number;
  /** performance.now() at DOMContentLoaded (-1 before it). */
  since: number;
}

/** Installs the heartbeat before any page script runs (page.addInitScript). */
export async function installHeartbeat(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __heartbeat: Heartbeat };
    w.__heartbeat = { maxGap: 0, beats: 0, since: -1 };
    document.addEventListener('DOMContentLoaded', () => {
      // The page's first style and layout pass (seconds for a million text nodes) is the page's own cost, and
      // whether it falls inside the watched stretch is chance: force it here, before the watch starts, in both runs.
      void document.documentElement.getBoundingClientRect();
      document.body?.getBoundingClientRect();
      let last = performance.now();
      w.__heartbeat.since = last;
      setInterval(() => {
        const now = performance.now();
        w.__heartbeat.maxGap = Math.max(w.__heartbeat.maxGap, now - last);
        w.__heartbeat.beats++;
        last = now;
      }, 50);
    }, { once: true });
  });
}

export function readHeartbeat(page: Page): Promise<Heartbeat> {
  return page.evaluate(() => ({ ...(window as unknown as { __heartbeat: Heartbeat }).__heartbeat }));
}

/** How long the page has lived since DOMContentLoaded, by its own clock. */
export function sinceLoaded(page: Page): Promise<number> {
  return page.evaluate(() => performance.now() - (window as unknown as { __heartbeat: Heartbeat }).__heartbeat.since);
}

/** Waits until the page has lived `ms` since DOMContentLoaded (a stretch to watch, not a measurement). */
export async function liveFor(page: Page, ms: number): Promise<void> {
  await page.waitForFunction((t) => {
    const h = (window as unknown as { __heartbeat: Heartbeat }).__heartbeat;
    return h.since >= 0 && performance.now() - h.since >= t;
  }, ms, { timeout: ms + 60_000, polling: 100 });
}

let plain: Browser | null = null;

/** The same Chromium, flags and viewport as the extension's, without the extension. */
export async function pageWithoutExtension(): Promise<Page> {
  plain ??= await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await plain.newPage({ viewport: { width: 1280, height: 900 } });
  await installHeartbeat(page);
  return page;
}

export async function closeBaselineBrowser(): Promise<void> {
  await plain?.close().catch(() => undefined);
  plain = null;
}

/**
 * How much longer the page's timers were kept waiting with the extension
 * than without it. Machine noise moves both runs alike; an extension task
 * that blocks the page for seconds shows up as the difference.
 */
export const HANG_TOLERANCE_MS = 2_500;
