/**
 * Only what a reader can see is reported (issue 25, item 3): names a page
 * hides with CSS (display:none, a zero font size, visibility:hidden, zero
 * opacity) do not reach the badge, the popup's list or the export; the name
 * the reader sees does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSummary, startE2E, tabIdOf, type E2E } from './setup';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather</title>
<style>.gone{display:none}.tiny{font-size:0}.ghost{visibility:hidden}.clear{opacity:0}</style></head><body>
<h1>Mild weather this week</h1>
<p>Sunny spells and light winds across the region; OFAC staff in Washington expect a dry weekend.</p>
<div class="gone"><p>The UN Security Council sanctions on Kim Jong Un and the Lazarus Group were extended.</p></div>
<p class="tiny">Sanctions designated the Reconnaissance General Bureau and the Korea Mining Development Trading Corporation.</p>
<p class="ghost">Treasury sanctions named Tornado Cash.</p>
<p class="clear">The asset freeze covers Bank Melli.</p>
</body></html>`;

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E([
    (req, res) => {
      if (new URL(req.url ?? '/', 'http://x').pathname !== '/hidden-names.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
      return true;
    },
  ]);
});
afterAll(async () => e2e?.close());

describe('hidden text is not reported', () => {
  it('the badge and the popup\'s list count only the name a reader can see', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/hidden-names.html'));
    // The content script has read the page: the hidden names are marked too (ready if the page shows them).
    await page.waitForFunction(() => document.querySelectorAll('.gone mark, .tiny mark').length >= 3, null, { timeout: 20_000 });
    const tabId = await tabIdOf(e2e, page);
    const badge = () =>
      e2e.browser.worker.evaluate(async (id) => {
        type Action = { getBadgeText(d: { tabId: number }): Promise<string> };
        return (globalThis as unknown as { chrome: { action: Action } }).chrome.action.getBadgeText({ tabId: id });
      }, tabId);
    await expect.poll(badge, { timeout: 10_000 }).not.toBe('');
    expect(await badge()).toBe('1');
    const summary = await pageSummary(e2e, page);
    expect(summary.items.map((i) => i.name)).toEqual(['Office of Foreign Assets Control']);
    expect(summary.count).toBe(1);
    await page.close();
  });
});
