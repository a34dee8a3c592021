/**
 * The card as the tests see it. Its shadow root is closed: a page cannot
 * reach it, and neither can playwright's selectors. DevTools can: CDP's DOM
 * tree with `pierce` lists closed shadow roots, and a function is run on the
 * root from there (what no page script can do). Nothing in the shipped build
 * helps the tests.
 */
import type { Page } from 'playwright-core';

import { inCard } from '../../scripts/lib/card-probe';

export { inCard };

/** The open card's text, or null when none is open. */
export function cardText(page: Page): Promise<string | null> {
  return inCard(page, (root) => root.querySelector('.card')?.textContent ?? null);
}

/** Waits until a card is shown (its `.card` drawn) and returns its text. */
export async function waitForCard(page: Page, timeoutMs = 5_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = await cardText(page);
    if (text !== null) return text;
    if (Date.now() > until) throw new Error('no card was shown');
    await page.waitForTimeout(50);
  }
}

/** Waits until no card is shown. */
export async function waitForNoCard(page: Page, timeoutMs = 2_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await cardText(page)) !== null) {
    if (Date.now() > until) throw new Error('the card is still shown');
    await page.waitForTimeout(50);
  }
}

/** Clicks the centre of the first element matching `selector` in the card, as a user's pointer would. */
export async function clickInCard(page: Page, selector: string): Promise<void> {
  const box = await inCard(
    page,
    (root, sel: string) => {
      const r = root.querySelector(sel)?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    },
    selector,
  );
  if (!box) throw new Error(`${selector} is not in the card`);
  await page.mouse.click(box.x, box.y);
}

/** The open card's box in the viewport, or null when none is open. */
export function cardBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return inCard(page, (root) => {
    const r = root.querySelector('.card')?.getBoundingClientRect();
    return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
  });
}
