import { inCard, waitForCard } from './card';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pageSummary, startE2E, waitForMarks, type E2E } from './setup';
import { readKb } from '../../scripts/lib/kb-files';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

it('hovering a party listed by several authorities shows every one of its listings', async () => {
  const page = await e2e.browser.context.newPage();
  await page.goto(e2e.server.url('/index.html'));
  await waitForMarks(page, 5);
  const mark = page.locator('mark[data-sl-category="designated"]', { hasText: 'Korea Mining Development Trading Corporation' }).first();
  const entity = (await pageSummary(e2e, page)).items.find((i) => /Korea Mining Development Trading Corporation/i.test(i.name))?.entity;
  const kbEntity = readKb().entities.find((e) => e.id === entity);
  expect(kbEntity, `${entity} in the bundled knowledge base`).toBeTruthy();
  const authorities = new Set(kbEntity!.sanctions.map((s) => s.authority));
  expect(authorities.size).toBeGreaterThan(1);

  await mark.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await mark.hover();
  await waitForCard(page);
  const listings = (await inCard(page, (root) => [...root.querySelectorAll('.listing')].map((l) => l.textContent ?? ''))) ?? [];
  expect(listings.length).toBe(kbEntity!.sanctions.length);
  for (const s of kbEntity!.sanctions) {
    const shown = listings.find((l) => l.includes(s.sourceId) && l.includes(s.authority));
    expect(shown, `listing ${s.authority} ${s.sourceId}`).toBeTruthy();
    for (const code of s.programs) expect(shown).toContain(code);
  }
  await page.close();
});
