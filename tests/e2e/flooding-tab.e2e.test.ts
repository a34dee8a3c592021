/**
 * One tab must not starve the others: every tab shares the extension's one
 * background worker. A page repeating one listed name 6,000 times (with the
 * surname after it, so the coreference pass has work) and appending a span
 * every 30 ms floods the worker; the demo article in a second tab must still
 * get every mark it gets on its own, while the flood is still going.
 * Nothing is timed: the flood's own appends are the yardstick (on a worker
 * that serves scans first come, first served, the article waits for the
 * whole flood to be scanned, long after the page stops appending).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, waitForMarks, type E2E } from './setup';

const REPETITIONS = 6_000;
const APPENDS = 1_000;

function floodPage(): string {
  const paragraphs = Array.from({ length: REPETITIONS }, () => '<p>Kim Yong Chol met officials. Kim said so.</p>').join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood</title></head><body><div id="feed">${paragraphs}</div>
<script>
  let appended = 0;
  const timer = setInterval(() => {
    const span = document.createElement('span');
    span.textContent = ' Kim Yong Chol spoke again. ';
    document.body.append(span);
    appended++;
    document.documentElement.dataset.appended = String(appended);
    if (appended >= ${APPENDS}) clearInterval(timer);
  }, 30);
</script></body></html>`;
}

let e2e: E2E;
beforeAll(async () => {
  const html = floodPage();
  e2e = await startE2E([
    (req, res) => {
      if (new URL(req.url ?? '/', 'http://x').pathname !== '/flood.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return true;
    },
  ]);
});
afterAll(async () => e2e?.close());

const appendedSoFar = (page: Page) => page.evaluate(() => Number(document.documentElement.dataset.appended ?? 0));
const markCount = (page: Page) => page.locator('mark[data-sl-category]:not([data-sl-continued])').count();

describe('a flooding tab beside a normal one', () => {
  it('the normal tab still gets all its marks while the flood runs', async () => {
    // The article's marks on its own: the baseline.
    const alone = await e2e.browser.context.newPage();
    await alone.goto(e2e.server.url('/index.html'));
    const expected = await waitForMarks(alone, 5);
    await alone.close();

    const flood = await e2e.browser.context.newPage();
    await flood.goto(e2e.server.url('/flood.html'));
    // The flood is under way: its content script has sent the page and the page keeps appending.
    await flood.waitForFunction(() => Number(document.documentElement.dataset.appended ?? 0) >= 10);

    const article = await e2e.browser.context.newPage();
    await article.goto(e2e.server.url('/index.html'));
    // Whichever comes first: every mark of the article, or the end of the flood (polled, not timed).
    while ((await markCount(article)) < expected && (await appendedSoFar(flood)) < APPENDS) await article.waitForTimeout(100);
    const appendedWhenMarked = await appendedSoFar(flood);
    expect(await markCount(article)).toBe(expected);
    expect(appendedWhenMarked).toBeLessThan(APPENDS);

    // The flooding tab is served too, not dropped: its names get marked.
    await flood.waitForFunction(() => document.querySelectorAll('mark[data-sl-category]').length > 0, undefined, { timeout: 60_000 });
    await flood.close();
    await article.close();
  }, 180_000);
});
