import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { waitForCard, waitForNoCard } from './card';
import { pageSummary, startE2E, openPopup, waitForMarks, markInfos, corpusPage, hasCorpus, type E2E } from './setup';
import { loadRecognizerFromFiles } from '../../scripts/lib/kb-files';
import { collectPageText } from '../../src/page/visible-text';

let e2e: E2E;
const pages = new Map<string, string>();

beforeAll(async () => {
  e2e = await startE2E([
    (req, res) => {
      const html = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (!html) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return true;
    },
  ]);
});
afterAll(async () => e2e?.close());

describe('the demo page in Chromium with the built extension', () => {
  it('marks parties, jurisdictions, instruments and bodies with the contract attributes', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/index.html'));
    const count = await waitForMarks(page, 5);
    const marks = await markInfos(page);
    expect(count).toBe(marks.length);
    const categories = new Set(marks.map((m) => m.category));
    expect([...categories].sort()).toEqual(['body', 'designated', 'instrument', 'jurisdiction']);
    const texts = marks.map((m) => m.text);
    for (const t of ['North Korea', 'resolution 2397', 'MSMT', 'Lazarus Group', 'Reconnaissance General Bureau', 'OFAC']) expect(texts).toContain(t);
    // Nothing inside form fields or code.
    expect(await page.locator('form mark, code mark, input mark').count()).toBe(0);
    await page.close();
  });

  it('opens a card with the entry name in a closed shadow root on hover, and closes it on Escape', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/index.html'));
    await waitForMarks(page, 5);
    const mark = page.locator('mark[data-sl-category="designated"]', { hasText: 'Reconnaissance General Bureau' }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const text = await waitForCard(page);
    // Closed: the page sees the host element and nothing in it.
    expect(await page.evaluate(() => document.querySelector('sanctions-lens-popover')?.shadowRoot ?? null)).toBeNull();
    expect(text.toUpperCase()).toContain('RECONNAISSANCE GENERAL BUREAU');
    expect(text).toContain('UN');
    expect(text).toMatch(/Data as of/);
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });

  it('popup counts the mentions and its site switch turns the site off and on, live and after reload', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/index.html'));
    const count = await waitForMarks(page, 5);
    const popup = await openPopup(e2e, page);
    expect(Number(await popup.locator('#mention-count').textContent())).toBe(count);
    expect(await popup.locator('#site-switch').isChecked()).toBe(true);

    await popup.locator('#site-switch').uncheck();
    await page.waitForFunction(() => document.querySelectorAll('mark[data-sl-category]').length === 0, null, { timeout: 5_000 });
    await page.reload();
    await page.waitForTimeout(1_500);
    expect(await page.locator('mark[data-sl-category]').count()).toBe(0);
    await popup.reload();
    await popup.waitForSelector('body[data-ready="1"]');
    expect(await popup.locator('#site-switch').isChecked()).toBe(false);
    await expect.poll(() => popup.locator('#rule').textContent()).toContain('Off by your rule');

    await popup.locator('#site-switch').check();
    expect(await waitForMarks(page, 5)).toBe(count);
    await popup.close();
    await page.close();
  });
});

describe.skipIf(!hasCorpus)('browser and CLI agree (seed article rendered as a page)', () => {
  it('marks exactly the mentions the scan CLI finds, including North Korea, Russia and the bodies', async () => {
    const { html } = corpusPage('seed-msmt-article.json');
    pages.set('/seed.html', html);
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/seed.html'));
    await waitForMarks(page, 5);
    const marks = await markInfos(page);

    const dom = new JSDOM(html);
    const cli = loadRecognizerFromFiles().scan(collectPageText(dom.window.document.body).text);
    expect(marks).toEqual(cli.map((m) => ({ text: m.text, category: m.category })));
    // The marks name no party; the content script knows which, and they are the CLI's.
    const summary = await pageSummary(e2e, page);
    expect(summary.items.map((i) => i.entity).sort()).toEqual([...new Set(cli.map((m) => m.entity))].sort());
    expect(await page.locator('mark[data-sl-entity]').count()).toBe(0);
    const texts = marks.map((m) => m.text);
    expect(texts).toContain('North Korea');
    expect(texts).toContain('Russia');
    expect(marks.some((m) => m.category === 'body')).toBe(true);
    await page.close();
  });
});
