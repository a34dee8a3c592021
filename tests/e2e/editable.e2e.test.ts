/**
 * Documents that are, or become, editors in Chromium with the built
 * extension: a designMode document is never marked; a region made
 * contenteditable after marking, and a document switched to designMode after
 * marking, lose their marks before the reader's edits (and whatever the
 * editor saves) can carry them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, waitForMarks, type E2E } from './setup';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

describe('editors get no marks saved into their text', () => {
  it('a designMode document is not marked, while its page is', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/hostile-designmode.html'));
    await waitForMarks(page, 4);
    const editor = page.frameLocator('#editor');
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (document.getElementById('editor') as HTMLIFrameElement).contentDocument!.designMode)).toBe('on');
    expect(await editor.locator('mark').count()).toBe(0);
    await editor.locator('p').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' And OFAC again.', { delay: 5 });
    await page.waitForTimeout(800);
    expect(await editor.locator('body').evaluate((b) => b.innerHTML)).not.toContain('<mark');
    await page.close();
  });

  it('a region made contenteditable after marking loses its marks; the rest of the page keeps them', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/hostile-designmode.html'));
    await waitForMarks(page, 4);
    expect(await page.locator('#later mark[data-sl-category]').count()).toBeGreaterThan(0);
    const outside = await page.locator('article > p mark[data-sl-category]').count();
    const text = await page.locator('#later').evaluate((d) => d.textContent);
    await page.evaluate(() => document.getElementById('later')!.setAttribute('contenteditable', 'true'));
    await page.waitForFunction(() => !document.querySelector('#later mark'), null, { timeout: 5_000 });
    // The editor's HTML is the page's own again, so saving it saves no mark.
    expect(await page.locator('#later').evaluate((d) => d.innerHTML)).toBe('<p>Resolution 2397 tightened the measures the 1718 Committee oversees on North Korea.</p>');
    expect(await page.locator('#later').evaluate((d) => d.textContent)).toBe(text);
    await page.locator('#later p').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' North Korea again.', { delay: 5 });
    await page.waitForTimeout(800);
    expect(await page.locator('#later mark').count()).toBe(0);
    expect(await page.locator('article > p mark[data-sl-category]').count()).toBe(outside);
    await page.close();
  });

  it('a document switched to designMode after marking is unmarked at the reader’s first click', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(e2e.server.url('/hostile-designmode.html'));
    await waitForMarks(page, 4);
    await page.evaluate(() => (document.designMode = 'on'));
    await page.locator('article > p').first().click();
    await page.waitForFunction(() => !document.querySelector('mark'), null, { timeout: 5_000 });
    await page.keyboard.type(' Typed.', { delay: 5 });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.body.innerHTML)).not.toContain('<mark');
    await page.close();
  });
});
