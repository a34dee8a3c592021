/**
 * The popup's per-site switch and an update from a local feed server, in
 * Firefox ESR (headless) on the built firefox-mv2 extension. The popup and
 * the messages to the background come from the extension's own pages, opened
 * in tabs as a user would open them (see extension-pages.ts for why BiDi
 * alone cannot reach them); the news page is an ordinary BiDi page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { firefoxPath, launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { FIREFOX_EXT_DIR } from '../../scripts/lib/browser';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { REPO_ROOT } from '../../scripts/lib/paths';
import type { FeedStatus, KbStatusReply, PageSummaryReply, UpdateStatusReply } from '../../src/messaging/protocol';
import { readFileSync } from 'node:fs';
import { parseUnXml } from '../../src/kb/parsers/un-xml';
import { dropThirtyPercent, hasSources, startFeedServer, UN_NEW, UN_PATH, type FeedServer, type UnFault } from '../e2e/feed-server';
import { ExtensionPages, type ExtensionTab } from './extension-pages';
import { putWorkerItems } from '../e2e/worker-items-access';

const missing = !firefoxPath()
  ? 'firefox-esr is not installed (apt-get install -y firefox-esr)'
  : !existsSync(resolve(FIREFOX_EXT_DIR, 'manifest.json'))
    ? `no Firefox build in ${FIREFOX_EXT_DIR} (npm run build:firefox)`
    : null;
if (missing) console.warn(`Skipping the Firefox popup and updater tests: ${missing}`);

let ff: FirefoxWithExtension;
let server: StaticServer;
let ext: ExtensionPages;
/** An extension page kept open to ask the background and the tabs, as the popup does. */
let control: ExtensionTab;

beforeAll(async () => {
  if (missing) return;
  server = await startStaticServer([resolve(REPO_ROOT, 'demo')]);
  ff = await launchFirefoxWithExtension({ systemAccess: true });
  ext = await ExtensionPages.attach(ff);
  control = await ext.open('/popup.html');
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const MARKS = 'mark[data-sl-category]:not(.sl-continued)';
const markCount = (page: Page) => page.$$eval(MARKS, (m) => m.length);
async function waitMarks(page: Page, atLeast: number): Promise<number> {
  await page.waitForFunction((sel: string, n: number) => document.querySelectorAll(sel).length >= n, { timeout: 20_000 }, MARKS, atLeast);
  return markCount(page);
}
const waitNoMarks = (page: Page) => page.waitForFunction((sel: string) => document.querySelectorAll(sel).length === 0, { timeout: 10_000 }, MARKS);

/** Sends a message to the background from an extension page. */
function ask<T>(tab: ExtensionTab, msg: object): Promise<T> {
  return tab.run(async (w, m, t) => (await w.browser.runtime.sendMessage(t.clone(m))) as T, msg);
}

/**
 * The content script's own summary of a tab, once it answers (after a
 * reload it may not listen yet). Without the "tabs" permission Firefox hides
 * tab URLs, so a tab is found by the host its content script reports.
 */
function summaryOf(tabId: number): Promise<PageSummaryReply | null> {
  return control.run(
    async (w, id, t) => {
      for (let i = 0; i < 100; i++) {
        const r = await w.browser.tabs.sendMessage(id, t.clone({ type: 'page-summary' })).catch(() => null);
        if (r) return r as PageSummaryReply;
        await t.sleep(100);
      }
      return null;
    },
    tabId,
  );
}

async function tabIdFor(host: string): Promise<number> {
  const ids = await control.run(
    async (w, h, t) => {
      const found: number[] = [];
      for (const tab of await w.browser.tabs.query(t.clone({}))) {
        if (tab.id === undefined) continue;
        const s = (await w.browser.tabs.sendMessage(tab.id, t.clone({ type: 'page-summary' })).catch(() => null)) as { host?: string } | null;
        if (s?.host === h) found.push(tab.id);
      }
      return found;
    },
    host,
  );
  expect(ids, `tabs whose content script reports ${host}`).toHaveLength(1);
  return ids[0];
}

interface PopupState { label: string; checked: boolean; disabled: boolean; rule: string; count: string; empty: string }
function popupState(popup: ExtensionTab): Promise<PopupState> {
  return popup.run((w) => {
    const d = w.document;
    const box = d.getElementById('site-switch') as HTMLInputElement | null;
    return {
      label: d.getElementById('site-label')?.textContent ?? '',
      checked: !!box?.checked,
      disabled: !!box?.disabled,
      rule: d.getElementById('rule')?.textContent ?? '',
      count: d.getElementById('mention-count')?.textContent ?? '',
      empty: d.querySelector('.mentions .empty')?.textContent ?? '',
    };
  }, null);
}

/** Clicks the popup's site switch and waits for the popup to redraw with the new state and the rule that now applies. */
async function flipSwitch(popup: ExtensionTab, to: boolean, rule: string): Promise<void> {
  const ok = await popup.run(
    async (w, { want, rule }, t) => {
      const box = w.document.getElementById('site-switch') as HTMLInputElement;
      if (box.checked === want) return 'already';
      t.click(box);
      let now: HTMLInputElement | null = null;
      for (let i = 0; i < 100; i++) {
        now = w.document.getElementById('site-switch') as HTMLInputElement | null;
        if (now?.checked === want && w.document.getElementById('rule')?.textContent === rule) return true;
        await t.sleep(50);
      }
      return `checked=${now?.checked} rule=${w.document.getElementById('rule')?.textContent} status=${w.document.getElementById('status')?.textContent}`;
    },
    { want: to, rule },
  );
  expect(ok, `the switch turned ${to ? 'on' : 'off'} and the popup shows the rule`).toBe(true);
}

describe.skipIf(!!missing)('Firefox ESR: the popup\'s per-site switch', () => {
  it('turns the site off live, stays off across a reload, and turns it on again live', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/index.html'));
    const count = await waitMarks(page, 5);
    const host = new URL(server.origin).hostname;
    const tabId = await tabIdFor(host);

    const popup = await ext.open(`/popup.html?tabId=${tabId}`);
    const before = await popupState(popup);
    expect(before).toMatchObject({ label: host, checked: true, disabled: false, count: String(count) });
    expect(before.rule).toMatch(/^Default: on everywhere/);

    // Off: the marks go without a reload, and the popup says why.
    await flipSwitch(popup, false, `Off by your rule for ${host} and its subdomains`);
    await waitNoMarks(page);
    expect(await control.run(async (w) => ((await w.browser.storage.local.get('settings')).settings as { sites: unknown[] }).sites, null)).toEqual([
      expect.objectContaining({ domain: host, scope: 'site', enabled: false }),
    ]);

    // Reload: the content script is back (it answers) and leaves the page unmarked, while the
    // same article on another host, loaded after it, is marked: the reloaded page had its chance.
    await page.reload();
    const other = await ff.browser.newPage();
    await other.goto(server.url('/index.html').replace('127.0.0.1', 'localhost'));
    expect(await waitMarks(other, count)).toBe(count);
    await other.close();
    expect(await summaryOf(tabId)).toMatchObject({ host, active: false, count: 0 });
    expect(await markCount(page)).toBe(0);
    await popup.close();

    // On again, from a popup opened afresh: the marks come back without a reload.
    const popup2 = await ext.open(`/popup.html?tabId=${tabId}`);
    expect(await popupState(popup2)).toMatchObject({ checked: false, empty: 'Marks are off on this page.' });
    // Back to the default (on everywhere), the rule is dropped rather than kept as a redundant "on".
    await flipSwitch(popup2, true, `Default: on everywhere except sites you switch off (no rule for ${host})`);
    expect(await waitMarks(page, count)).toBe(count);
    expect(await summaryOf(tabId)).toMatchObject({ host, active: true, count });
    await popup2.close();

    // And they survive a reload, so the reload above was a fair test.
    await page.reload();
    expect(await waitMarks(page, count)).toBe(count);
    await page.close();
  });
});

const TUNING = { attempts: 2, retryBaseMs: 100, retryMaxMs: 200, headersTimeoutMs: 5_000, idleTimeoutMs: 2_000, lockStaleMs: 2_000, maxBytes: 30_000_000 };

describe.skipIf(!!missing || !hasSources)('Firefox ESR: an update from a local feed server', () => {
  let feeds: FeedServer;
  let bundled: KbStatusReply;
  beforeAll(async () => {
    if (missing) return;
    // Firefox fetches a mirror outside the manifest's host permissions under CORS.
    feeds = await startFeedServer({ cors: true });
    bundled = await ask<KbStatusReply>(control, { type: 'kb-status' });
    // Where the worker reads them: the extension's own IndexedDB (through the frame script's Xray view of the page).
    await control.run(`async (w, v, t) => (${putWorkerItems.toString()})(content.indexedDB, t.clone(v))`, { feedOverrides: feeds.overrides(), updaterTuning: TUNING });
  });
  afterAll(async () => feeds?.close());

  /** "Update now" from the extension page, then the status once the run has ended. */
  async function updateNow(fault: UnFault): Promise<{ status: UpdateStatusReply; kb: KbStatusReply; startedAt: number }> {
    feeds.unFault = fault;
    feeds.log.length = 0;
    const startedAt = Date.now();
    const started = await ask<UpdateStatusReply>(control, { type: 'update-now' });
    expect(started.running).toBe(true);
    // Polled from here, one short call at a time: a single call waiting for the whole run would outlast the
    // frame script's answer time on a loaded machine.
    let status: UpdateStatusReply | null = null;
    for (let i = 0; i < 1200 && !status; i++) {
      const s = await ask<UpdateStatusReply>(control, { type: 'update-status' });
      if (!s.running) status = s;
      else await new Promise((r) => setTimeout(r, 150));
    }
    expect(status, 'the update run ended').not.toBeNull();
    return { status: status!, kb: await ask<KbStatusReply>(control, { type: 'kb-status' }), startedAt };
  }
  const feed = (s: UpdateStatusReply, key: string): FeedStatus => s.feeds.find((f) => f.feed === key)!;

  it('a mirror written to storage.local, which Firefox content scripts can write, does not steer the worker', async () => {
    // Firefox has no access level for storage.local: what an extension page writes there, a content script could write too.
    await control.run(async (w, v, t) => w.browser.storage.local.set(t.clone(v)), { feedOverrides: { un: 'https://lists.attacker.example/un.xml' }, updaterTuning: { maxBytes: 1e12 } });
    const status = await ask<UpdateStatusReply>(control, { type: 'update-status' });
    expect(feed(status, 'un').url).toBe(feeds.overrides().un);
  });

  it('a fault in the UN file is named in its status and leaves the UN data in use; the other feeds install', async () => {
    const { status, kb, startedAt } = await updateNow('invalid-xml');
    const un = feed(status, 'un');
    expect(un.url).toBe(`${feeds.origin}${UN_PATH}`);
    expect(un.lastError).toMatch(/The file is not valid XML \(line 3, column \d+\)/);
    expect(un.lastCheck).toBeGreaterThanOrEqual(startedAt);
    expect(un.lastChange).toBeNull();
    expect(un).toMatchObject({ dataDate: '2026-05-08', entries: 1009 });
    expect(feed(status, 'ofac-sdn')).toMatchObject({ lastError: null, entries: 14965 });
    expect(feed(status, 'eu-fsf').lastError).toMatch(/EU server answered with an error \(HTTP 404\)/);
    expect(status.lastOutcome).toMatch(/^Installed the new OFAC SDN, OFAC non-SDN data .*UN, EU, UK$/);
    // The files came from the feed server, and the KB in use is a new build that keeps the bundled UN list.
    expect(feeds.log.map((l) => l.path)).toEqual(expect.arrayContaining([UN_PATH, '/ofac/sdn/SDN.CSV', '/ofac/cons/CONS_PRIM.CSV']));
    expect(kb.version).not.toBe(bundled.version);
    expect(kb.sources.find((s) => s.authority === 'UN')).toEqual(bundled.sources.find((s) => s.authority === 'UN'));
  });

  it('the good UN file then installs, and the next check is a conditional 304 that changes nothing', async () => {
    const first = await updateNow('none');
    expect(feed(first.status, 'un')).toMatchObject({ lastError: null, dataDate: '2026-05-08', entries: 1009 });
    expect(feed(first.status, 'un').lastChange).toBeGreaterThanOrEqual(first.startedAt);
    expect(first.status.lastOutcome).toMatch(/^Installed the new UN data \(knowledge base (\S+)\)/);
    expect(first.status.lastOutcome).toContain(first.kb.version);

    // The popup shows the knowledge base now in use and the run's outcome.
    const popup = await ext.open('/popup.html');
    const shown = await popup.run((w) => ({ version: w.document.getElementById('kb-version')?.textContent, outcome: w.document.getElementById('update-progress')?.textContent }), null);
    expect(shown).toEqual({ version: `Version ${first.kb.version}`, outcome: first.status.lastOutcome });
    await popup.close();

    const second = await updateNow('none');
    expect(second.kb.version).toBe(first.kb.version);
    expect(second.status.lastOutcome).toMatch(/^No list has changed since the last check/);
    // The validator crossed CORS: Firefox sent If-None-Match (a preflighted header) and got the 304.
    expect(feeds.log.find((l) => l.path === UN_PATH)).toMatchObject({ status: 304, ifNoneMatch: expect.stringMatching(/^".+"$/) });
    expect(feed(second.status, 'un').lastCheck).toBeGreaterThanOrEqual(second.startedAt);
    expect(feed(second.status, 'un').lastChange).toBe(feed(first.status, 'un').lastChange);
  });

  it('a UN list 30 % shorter waits in the popup, naming the mirror, and installs when the user applies it', async () => {
    const expected = (await parseUnXml(dropThirtyPercent(readFileSync(UN_NEW, 'utf8')), { file: 'shrunk' })).source.entries;
    const before = await ask<KbStatusReply>(control, { type: 'kb-status' });
    const { status, kb } = await updateNow('shrink-30');
    expect(feed(status, 'un')).toMatchObject({ entries: 1009, pendingDrop: { entries: expected, inUse: 1009 } });
    expect(kb.version).toBe(before.version);

    const popup = await ext.open('/popup.html');
    await popup.waitFor('#drop-apply-un');
    const shown = await popup.run((w) => ({ text: w.document.getElementById('drop-text-un')?.textContent, mirrors: [...w.document.querySelectorAll('.sources .src-mirror')].map((e) => e.textContent) }), null);
    const host = new URL(feeds.origin).host;
    expect(shown.text).toBe(`UN Security Council Consolidated List shrank from 1,009 to ${expected.toLocaleString('en')} entries.`);
    // The UN, OFAC SDN and OFAC non-SDN data in use came from the test's server, set as a mirror.
    expect(shown.mirrors).toEqual([`from the mirror ${host}`, `from the mirror ${host}`, `from the mirror ${host}`]);
    await popup.run((w, _none, t) => t.click(w.document.getElementById('drop-apply-un')!), null);
    const gone = await popup.run(async (w, _none, t) => {
      for (let i = 0; i < 300 && w.document.getElementById('pending-drops'); i++) await t.sleep(100);
      return !w.document.getElementById('pending-drops');
    }, null);
    expect(gone).toBe(true);
    await popup.close();
    const after = await ask<KbStatusReply>(control, { type: 'kb-status' });
    expect(after.sources.find((x) => x.authority === 'UN')?.entries).toBe(expected);
  });
});
