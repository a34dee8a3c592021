/**
 * A page cannot read or rewrite the card (issue 25, item 2). The page's own
 * script, installed before anything else runs, patches attachShadow to keep
 * every root it sees open, and watches for the card's host: when it appears
 * it tries to read which party the card is about, to replace the card with
 * "Not listed (removed 2024-01-01)" and to point its official link elsewhere.
 * All of it must fail, and the card must read as the extension drew it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, waitForMarks, type E2E } from './setup';
import { inCard, waitForCard } from './card';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

const PAGE_ATTACK = () => {
  const w = window as unknown as { stolen: string[]; attempts: string[] };
  w.stolen = [];
  w.attempts = [];
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const root = original.call(this, { ...init, mode: 'open' });
    w.stolen.push(this.localName);
    return root;
  };
  new MutationObserver(() => {
    for (const host of document.querySelectorAll<HTMLElement>('*')) {
      if (!host.localName.startsWith('sanctions-lens-popover')) continue;
      const root = host.shadowRoot;
      w.attempts.push(root ? `read: ${root.textContent?.slice(0, 40)}` : 'no root');
      if (root) {
        root.querySelector('.title')!.textContent = 'Not listed (removed 2024-01-01)';
        for (const a of root.querySelectorAll('a')) (a as HTMLAnchorElement).href = 'https://attacker.example/';
      }
      // Light-DOM content of the host has no slot to show in.
      if (!host.textContent) host.textContent = 'Not listed (removed 2024-01-01)';
      try {
        host.attachShadow({ mode: 'open' }).textContent = 'Not listed (removed 2024-01-01)';
        w.attempts.push('replaced the root');
      } catch {
        w.attempts.push('attachShadow refused');
      }
    }
  }).observe(document, { childList: true, subtree: true });
};

describe('the card is out of the page\'s reach', () => {
  it('a page watching for the card can neither read nor rewrite it', async () => {
    const page = await e2e.browser.context.newPage();
    await page.addInitScript(PAGE_ATTACK);
    await page.goto(e2e.server.url('/index.html'));
    await waitForMarks(page, 5);
    const mark = page.locator('mark[data-sl-category="designated"]', { hasText: 'Reconnaissance General Bureau' }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const text = await waitForCard(page);
    await page.waitForTimeout(100);
    const seen = await page.evaluate(() => {
      const w = window as unknown as { stolen: string[]; attempts: string[] };
      return { stolen: w.stolen, attempts: [...new Set(w.attempts)] };
    });
    // The page's patched attachShadow never saw the card's root, and the host showed it none.
    expect(seen.stolen.filter((n) => n.startsWith('sanctions-lens-popover'))).toEqual([]);
    expect(seen.attempts).toEqual(['no root', 'attachShadow refused']);
    expect(text.toUpperCase()).toContain('RECONNAISSANCE GENERAL BUREAU');
    expect(text).not.toContain('Not listed');
    const links = await inCard(page, (root) => [...root.querySelectorAll('a')].map((a) => a.href));
    expect(links?.length).toBeGreaterThan(0);
    for (const href of links ?? []) expect(href).toMatch(/^https:\/\/([a-z0-9-]+\.)*(un\.org|treasury\.gov|treas\.gov|europa\.eu|gov\.uk|federalregister\.gov|state\.gov)\//);
    await page.close();
  });
});
