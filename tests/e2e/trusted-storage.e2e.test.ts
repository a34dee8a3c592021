/**
 * A content script cannot steer the extension (issue 25, item 1): from the
 * content-script world of an ordinary page, the attack of the security
 * review — set a mirror for the UN feed, raise the updater's limits, switch
 * the extension off — must fail, and the worker must go on with the
 * reader's own settings and the official feeds. The content script still
 * gets its settings (by message) and follows their changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, waitForMarks, type E2E } from './setup';
import { contentWorld } from './content-world';
import type { UpdateStatusReply } from '../../src/messaging/protocol';

let e2e: E2E;
let ext: Page;
const ask = <T>(msg: unknown) => ext.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), msg) as Promise<T>;

beforeAll(async () => {
  e2e = await startE2E();
  ext = await e2e.browser.context.newPage();
  await ext.goto(`chrome-extension://${e2e.browser.extensionId}/popup.html`);
});
afterAll(async () => e2e?.close());

describe('extension storage is out of content scripts\' reach (Chromium)', () => {
  it('a content script can neither read the settings nor set a mirror, the limits or the switch', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/index.html'));
    await waitForMarks(page, 5);
    const world = await contentWorld(e2e.browser.context, page, e2e.browser.extensionId);
    const attack = await world.run<{ read: string; write: string }>(`(async () => {
      const outcome = async (p) => { try { await p; return 'allowed'; } catch (e) { return 'refused'; } };
      const read = await outcome(chrome.storage.local.get(null));
      const write = await outcome(chrome.storage.local.set({
        feedOverrides: { un: 'https://lists.attacker.example/un.xml' },
        updaterTuning: { maxBytes: 1e12, attempts: 100 },
        settings: { siteDefault: 'off', sites: [] },
      }));
      return { read, write };
    })()`);
    await world.close();
    expect(attack).toEqual({ read: 'refused', write: 'refused' });
    // The worker still reads the UN list from its publisher.
    const status = await ask<UpdateStatusReply>({ type: 'update-status' });
    expect(status.feeds.find((f) => f.feed === 'un')?.url).toMatch(/^https:\/\/scsanctions\.un\.org\//);
    // And the extension is still on: a fresh page is marked.
    const again = await e2e.browser.context.newPage();
    await again.goto(e2e.server.url('/index.html'));
    expect(await waitForMarks(again, 5)).toBeGreaterThan(4);
    await again.close();
    await page.close();
  });

  it('items written where content scripts once could reach them do not steer the worker', async () => {
    // What a content script could write on an older version (or in Firefox): a mirror in storage.local.
    await ext.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ feedOverrides: { un: 'https://lists.attacker.example/un.xml' } }),
    );
    // The upgrade path moves such items into the extension's own database at the first start of this
    // version only: a later start (here, after Chrome stops the idle worker) leaves them where they are.
    const cdp = await e2e.browser.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const status = await ask<UpdateStatusReply>({ type: 'update-status' });
    expect(status.feeds.find((f) => f.feed === 'un')?.url).toMatch(/^https:\/\/scsanctions\.un\.org\//);
  });

  it('the content script gets the settings by message and follows a change made in the popup', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/index.html'));
    await waitForMarks(page, 5);
    const host = new URL(page.url()).hostname;
    // The options' own write path, from an extension page: the site is switched off, the page follows at once.
    await ext.evaluate(async (h) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome.storage.local;
      const s = (await local.get('settings')).settings as Record<string, unknown> | undefined;
      await local.set({ settings: { ...s, sites: [{ domain: h, scope: 'host', enabled: false }] } });
    }, host);
    await page.waitForFunction(() => document.querySelectorAll('mark[data-sl-category], mark[data-sl-category]').length === 0, null, { timeout: 10_000 });
    await ext.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome.storage.local;
      const s = (await local.get('settings')).settings as Record<string, unknown>;
      await local.set({ settings: { ...s, sites: [] } });
    });
    await page.waitForFunction(() => document.querySelectorAll('mark[data-sl-category]').length > 4, null, { timeout: 10_000 });
    await page.close();
  });
});
