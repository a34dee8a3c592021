/**
 * Living pages on the built extension in headless Chromium: an endless feed,
 * a React app that re-renders marked text, an SPA navigation, and same-origin
 * frames.
 */
import { waitForCard } from './card';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { startE2E, openPopup, waitForMarks, type E2E } from './setup';

let e2e: E2E;
let reactBundle = '';

beforeAll(async () => {
  const out = await build({
    entryPoints: [resolve(REPO_ROOT, 'tests/fixtures/pages/reading-react-app.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  reactBundle = out.outputFiles[0].text;
  e2e = await startE2E([
    (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/reading-react-app.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        res.end(reactBundle);
        return true;
      }
      // The SPA's deep link serves the same shell.
      if (path.startsWith('/spa/')) {
        req.url = '/reading-spa.html';
        return false;
      }
      return false;
    },
  ]);
});
afterAll(async () => e2e?.close());

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

const markTexts = (page: Page, scope: string) =>
  page.$$eval(`${scope} mark[data-sl-category]:not(.sl-continued)`, (ms) => ms.map((m) => m.textContent));

describe('an endless feed', () => {
  it('gets marks in every story it appends, on scroll and on its timer', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/reading-infinite.html'));
    await waitForMarks(page, 1);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, 1200);
      await page.waitForTimeout(150);
    }
    await page.waitForFunction(() => document.body.dataset.stories === '8', null, { timeout: 10_000 });
    await page.waitForFunction(
      () => [...document.querySelectorAll('#feed article')].every((a) => a.querySelector('mark[data-sl-category]')),
      null,
      { timeout: 5_000 },
    );
    const perStory = await page.$$eval('#feed article', (arts) => arts.map((a) => a.querySelectorAll('mark[data-sl-category]').length));
    expect(perStory.length).toBe(8);
    expect(perStory.every((n) => n >= 1)).toBe(true);
    await page.close();
  });
});

describe('a React app that re-renders marked text', () => {
  it('sees no page errors, keeps React’s text right, and gets the marks back after each render', async () => {
    const page = await e2e.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(e2e.server.url('/reading-react.html'));
    await waitForMarks(page, 4);
    expect(await markTexts(page, '#mixed')).toEqual(['North Korea', 'Lazarus Group']);

    for (let n = 1; n <= 6; n++) {
      await page.click('#next');
      await page.waitForFunction((k) => document.getElementById('edition')?.textContent === String(k), n);
      const place = n % 2 === 0 ? 'North Korea' : 'Russia';
      const ofac = n % 3 === 1 ? ', according to OFAC' : '';
      // React's view of the text, with no stale piece of an earlier render left beside it.
      expect(await page.textContent('#headline')).toBe(`Update ${n}: sanctions on ${place}`);
      expect((await page.textContent('#mixed'))?.replace(/\s+/g, ' ').trim()).toBe(
        `Edition ${n}: analysts said ${place} and the Lazarus Group worked together${ofac}.`,
      );
      const want = [place, 'Lazarus Group', ...(ofac ? ['OFAC'] : [])];
      await page.waitForFunction(
        (w) => {
          const got = [...document.querySelectorAll('#mixed mark[data-sl-category]')].map((m) => m.textContent);
          return JSON.stringify(got) === JSON.stringify(w);
        },
        want,
        { timeout: 5_000 },
      );
      await page.waitForFunction((p) => document.querySelector('#headline mark')?.textContent === p, place, { timeout: 5_000 });
      expect((await markTexts(page, '#stories')).length).toBe(3);
    }
    // The list React reordered still reads right, item by item.
    expect(await page.$$eval('#stories li', (lis) => lis.map((li) => li.textContent))).toEqual([
      'The Lazarus Group laundered the proceeds.',
      'OFAC named two more tankers.',
      'North Korea rejected the report.',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('navigation and frames', () => {
  it('follows an SPA navigation (pushState) and marks the new view', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/reading-spa.html'));
    await waitForMarks(page, 1);
    await page.click('#to-two');
    await page.waitForFunction(() => location.pathname === '/spa/two');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-sl-category]').length >= 2, null, { timeout: 5_000 });
    expect(await markTexts(page, '#view')).toEqual(['Lazarus Group', 'North Korea']);
    await page.goBack();
    await page.waitForFunction(() => /First story/.test(document.getElementById('view')?.textContent ?? ''));
    await page.waitForFunction(() => document.querySelector('#view mark')?.textContent === 'North Korea', null, { timeout: 5_000 });
    await page.close();
  });

  it('marks same-origin frames; the popup counts the top document only', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/reading-frames.html'));
    await waitForMarks(page, 1);
    const child = page.frameLocator('#child');
    await child.locator('mark[data-sl-category]').first().waitFor({ timeout: 10_000 });
    expect(await child.locator('mark[data-sl-category]:not(.sl-continued)').allTextContents()).toEqual(['Lazarus Group', 'North Korea']);
    const inline = page.frameLocator('#inline');
    await inline.locator('mark[data-sl-category]').first().waitFor({ timeout: 10_000 });
    expect(await inline.locator('mark[data-sl-category]').allTextContents()).toEqual(['North Korea']);
    // A card opens inside the frame.
    await child.locator('mark', { hasText: 'Lazarus Group' }).hover();
    await waitForCard(page);

    const topCount = await page.locator('mark[data-sl-category]:not(.sl-continued)').count();
    const popup = await openPopup(e2e, page);
    expect(Number(await popup.locator('#mention-count').textContent())).toBe(topCount);
    await popup.close();
    await page.close();
  });
});
