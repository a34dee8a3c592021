/** Shared E2E plumbing: a page server on 127.0.0.1 and Chromium with the built extension. */
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { REPO_ROOT, SHARED_DIR } from '../../scripts/lib/paths';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import type { PageSummaryReply } from '../../src/messaging/protocol';
import { startStaticServer, type Handler, type StaticServer } from '../../scripts/lib/static-server';

export const PAGE_ROOTS = [resolve(REPO_ROOT, 'demo'), resolve(REPO_ROOT, 'tests/fixtures/pages')];
export const CORPUS_DEV = resolve(SHARED_DIR, 'corpus/dev');
export const hasCorpus = existsSync(CORPUS_DEV);

export interface E2E {
  browser: ExtensionBrowser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startE2E(handlers: Handler[] = []): Promise<E2E> {
  const server = await startStaticServer(PAGE_ROOTS, handlers);
  const browser = await launchWithExtension();
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The id of the tab showing `page`, as the extension sees it. */
export async function tabIdOf(e2e: E2E, page: Page): Promise<number> {
  const url = page.url();
  await page.bringToFront();
  const id = await e2e.browser.worker.evaluate(async (u) => {
    type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]> };
    const tabs = await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.find((t) => !t.url || t.url === u)?.id ?? tabs[0]?.id ?? -1;
  }, url);
  if (id < 0) throw new Error('tab not found');
  return id;
}

export async function openPopup(e2e: E2E, page: Page): Promise<Page> {
  const tabId = await tabIdOf(e2e, page);
  const popup = await e2e.browser.context.newPage();
  await popup.goto(`chrome-extension://${e2e.browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('body[data-ready="1"]');
  return popup;
}

export async function waitForMarks(page: Page, min = 1): Promise<number> {
  await page.waitForFunction((n) => document.querySelectorAll('mark[data-sl-category]').length >= n, min, { timeout: 20_000 });
  // Let a second batch (live-page rescans) settle.
  await page.waitForTimeout(200);
  return page.locator('mark[data-sl-category]:not(.sl-continued)').count();
}

export interface MarkInfo { text: string; category: string }
export function markInfos(page: Page): Promise<MarkInfo[]> {
  return page.$$eval('mark[data-sl-category]:not(.sl-continued)', (marks) =>
    marks.map((m) => {
      let text = m.textContent ?? '';
      // A mention split over inline elements continues in the following pieces.
      for (let n = m.nextSibling; n && n.nodeType === 1 && (n as HTMLElement).classList.contains('sl-continued'); n = n.nextSibling) text += n.textContent ?? '';
      return { text, category: (m as HTMLElement).dataset.slCategory ?? '' };
    }),
  );
}

/**
 * The content script's own account of the page, as the popup gets it: which
 * parties the marks name (marks carry only their category), with counts.
 */
export async function pageSummary(e2e: E2E, page: Page): Promise<PageSummaryReply> {
  const tabId = await tabIdOf(e2e, page);
  return e2e.browser.worker.evaluate(async (id) => {
    type Tabs = { sendMessage(id: number, msg: object, o: object): Promise<unknown> };
    return (await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.sendMessage(id, { type: 'page-summary' }, { frameId: 0 })) as PageSummaryReply;
  }, tabId);
}

/** An article page made from a corpus text: one paragraph per line. */
export function corpusPage(file: string): { html: string; text: string } {
  const doc = JSON.parse(readFileSync(resolve(CORPUS_DEV, file), 'utf8')) as { title: string | null; text: string };
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paras = doc.text.split(/\n+/).filter((p) => p.trim());
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(doc.title ?? file)}</title></head><body><article>${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
  return { html, text: doc.text };
}

let axeSource: string | undefined;
/** axe-core's violations on the page (shadow roots included), as id, help and node count. */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: number; help: string }[]> {
  axeSource ??= readFileSync(resolve(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length }));
  });
}
