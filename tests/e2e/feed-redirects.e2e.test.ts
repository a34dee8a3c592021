/**
 * Redirects of a feed download (issue 25 item 4, issue 26 item 4), in the
 * built extension in Chromium: a mirror's address that hands the download
 * to a host a mirror may not be (plain http off this machine) is refused and
 * the data in use stays; a hand-off to a second origin that may serve it (as
 * the UN feed's signed storage URL) installs, and the status names the host
 * that served the data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import type { KbStatusReply, UpdateStatusReply } from '../../src/messaging/protocol';
import { hasSources, startFeedServer, UN_PATH, type FeedServer } from './feed-server';
import { putWorkerItems } from './worker-items-access';

const TUNING = { attempts: 1, retryBaseMs: 100, retryMaxMs: 200, headersTimeoutMs: 5_000, idleTimeoutMs: 2_000, lockStaleMs: 2_000, maxBytes: 30_000_000 };

describe.skipIf(!hasSources)('feed redirects in Chromium', () => {
  let first: FeedServer;
  let elsewhere: FeedServer;
  let storageHost: FeedServer;
  let browser: ExtensionBrowser;
  let ext: Page;
  const ask = <T>(msg: unknown) => ext.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), msg) as Promise<T>;
  async function updateNow(): Promise<UpdateStatusReply> {
    await ask({ type: 'update-now' });
    for (;;) {
      const s = await ask<UpdateStatusReply>({ type: 'update-status' });
      if (!s.running) return s;
      await ext.waitForTimeout(150);
    }
  }

  beforeAll(async () => {
    first = await startFeedServer();
    // Another host to the browser, reached over plain http: a mirror may not hand off there.
    elsewhere = await startFeedServer({ listen: '127.0.0.2' });
    // A second origin on this machine, as a publisher's storage host is a second https origin.
    storageHost = await startFeedServer({ hostName: 'localhost' });
    browser = await launchWithExtension();
    ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // Only the UN feed: the others answer 404 at once.
    const only = Object.fromEntries(Object.keys(first.overrides()).map((k) => [k, `${first.origin}/absent/${k}`]));
    const values = { feedOverrides: { ...only, un: `${first.origin}${UN_PATH}` }, updaterTuning: TUNING };
    await ext.evaluate(`(${putWorkerItems.toString()})(indexedDB, ${JSON.stringify(values)})`);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([first?.close(), elsewhere?.close(), storageHost?.close()]);
  });

  it('a mirror handing the download to a plain-http host off this machine is refused; the data in use stays', async () => {
    const before = await ask<KbStatusReply>({ type: 'kb-status' });
    first.unRedirect = elsewhere.origin;
    const s = await updateNow();
    const un = s.feeds.find((f) => f.feed === 'un')!;
    expect(un.lastError).toMatch(/sent the download on to http:\/\/127\.0\.0\.2:\d+, which a list is not read from/);
    expect((await ask<KbStatusReply>({ type: 'kb-status' })).version).toBe(before.version);
    // Nothing was read from the refused host's answer: at most its headers arrived.
    expect(elsewhere.log.filter((l) => l.path === UN_PATH).length).toBeLessThanOrEqual(1);
  });

  it('a redirect to a second origin that may serve the list installs it, and the status names the host that served it', async () => {
    first.unRedirect = storageHost.origin;
    const s = await updateNow();
    const un = s.feeds.find((f) => f.feed === 'un')!;
    expect(un.lastError).toBeNull();
    expect(un.dataDate).toBe('2026-05-08');
    const host = new URL(storageHost.origin).host;
    expect(un.mirror).toBe(host);
    const kb = await ask<KbStatusReply>({ type: 'kb-status' });
    expect(kb.sources.find((x) => x.authority === 'UN')).toMatchObject({ date: '2026-05-08', mirror: host });
    expect(storageHost.log.some((l) => l.path === UN_PATH && l.status === 200)).toBe(true);
  });
});
