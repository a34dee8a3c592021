import { afterAll, beforeAll, expect, it } from 'vitest';
import { startE2E, waitForMarks, type E2E } from './setup';
import { readKb } from '../../scripts/lib/kb-files';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

/** Opens the fixture article and hovers the mark of `entity` until its card shows. */
async function cardOf(entity: string) {
  const page = await e2e.browser.context.newPage();
  await page.goto(e2e.server.url('/expired-measures.html'));
  await waitForMarks(page, 1);
  const mark = page.locator(`mark[data-sl-entity="${entity}"]`).first();
  await mark.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await mark.hover();
  const card = page.locator('sanctions-lens-popover .card');
  await card.waitFor({ state: 'visible' });
  await card.locator('.validity-ran-out').first().waitFor({ state: 'visible' });
  return { page, card };
}

it('the card of a jurisdiction whose UN measures ran out says so, worded against the real clock', async () => {
  // The premise, from the bundled data and today's date: the South Sudan measures' recorded end has passed.
  const term = readKb().curated.regimes.find((r) => r.id === 'un-2206')?.terms?.[0];
  expect(term?.until).toBe('2026-05-31');
  expect(Date.now()).toBeGreaterThan(Date.parse('2026-06-01T12:00:00Z'));

  const { page, card } = await cardOf('jurisdiction:ss');
  expect(await card.locator('.validity-ran-out').allTextContents()).toContainEqual(
    expect.stringMatching(/^South Sudan measures .*ran to 31 May 2026 — no renewal on record in this data \(data of \d{1,2} \w+ 20\d\d\)$/),
  );
  expect(await card.textContent()).not.toMatch(/runs to 31 May 2026/);
  await page.close();
});

it("the card of a panel whose mandate ran out does not call it active", async () => {
  const { page, card } = await cardOf('body:un-2206-panel');
  expect(await card.locator('.validity-ran-out').first().textContent()).toContain('Panel of Experts mandate ran to 1 July 2026 — no renewal on record');
  expect(await card.locator('.facts').textContent()).not.toMatch(/Status\s*active/);
  await page.close();
});
