import { afterAll, beforeAll, expect, it } from 'vitest';
import { startE2E, waitForMarks, type E2E } from './setup';
import { inCard } from './card';
import { readKb } from '../../scripts/lib/kb-files';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

interface ShownCard {
  ranOut: string[];
  facts: string;
  text: string;
}

/** Opens the fixture article, hovers the mark whose text is `text`, and reads its card once a line says a term ran out. */
async function cardOf(text: RegExp) {
  const page = await e2e.browser.context.newPage();
  await page.goto(e2e.server.url('/expired-measures.html'));
  await waitForMarks(page, 1);
  // Marks name no party (only their category): the mark is found by its text.
  const mark = page.locator('mark[data-sl-category]').filter({ hasText: text }).first();
  await mark.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await mark.hover();
  // The card's shadow root is closed: it is read through DevTools (./card.ts).
  for (;;) {
    const card = await inCard(page, (root): ShownCard | null => {
      const ranOut = [...root.querySelectorAll('.validity-ran-out')].map((e) => e.textContent ?? '');
      return ranOut.length ? { ranOut, facts: root.querySelector('.facts')?.textContent ?? '', text: root.querySelector('.card')?.textContent ?? '' } : null;
    });
    if (card) return { page, card };
    await page.waitForTimeout(100);
  }
}

it('the card of a jurisdiction whose UN measures ran out says so, worded against the real clock', async () => {
  // The premise, from the bundled data and today's date: the South Sudan measures' recorded end has passed.
  const term = readKb().curated.regimes.find((r) => r.id === 'un-2206')?.terms?.[0];
  expect(term?.until).toBe('2026-05-31');
  expect(Date.now()).toBeGreaterThan(Date.parse('2026-06-01T12:00:00Z'));

  const { page, card } = await cardOf(/^South Sudan$/);
  expect(card.ranOut).toContainEqual(
    expect.stringMatching(/^South Sudan measures .*ran to 31 May 2026 — no renewal on record in this data \(data of \d{1,2} \w+ 20\d\d\)$/),
  );
  expect(card.text).not.toMatch(/runs to 31 May 2026/);
  await page.close();
});

it("the card of a panel whose mandate ran out does not call it active", async () => {
  const { page, card } = await cardOf(/Panel of Experts/);
  expect(card.ranOut[0]).toContain('Panel of Experts mandate ran to 1 July 2026 — no renewal on record');
  expect(card.facts).not.toMatch(/Status\s*active/);
  await page.close();
});
