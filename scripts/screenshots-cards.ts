/**
 * npx tsx scripts/screenshots-cards.ts [--no-build]
 * Opens the demo page in headless Chromium with the built extension, opens
 * one card of each category (party, jurisdiction, instrument, body) and
 * writes them side by side to docs/cards.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './lib/paths';
import { launchWithExtension } from './lib/browser';
import { startStaticServer } from './lib/static-server';
import { inCard } from './lib/card-probe';

const CARDS: [category: string, text: string][] = [
  ['designated', 'Reconnaissance General Bureau'],
  ['jurisdiction', 'North Korea'],
  ['instrument', 'resolution 2397'],
  ['body', '1718 Committee'],
];

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await startStaticServer([resolve(REPO_ROOT, 'demo')]);
  const browser = await launchWithExtension();
  const shots: string[] = [];
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.goto(server.url('/index.html'));
    await page.waitForSelector('mark[data-sl-category]', { timeout: 15_000 });
    await page.waitForTimeout(300);
    for (const [category, text] of CARDS) {
      await page.mouse.move(2, 2);
      await page.keyboard.press('Escape');
      const mark = page.locator(`mark[data-sl-category="${category}"]:not(.sl-continued)`, { hasText: text }).first();
      // Room above the mark for the card's usual place below it.
      await mark.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 150));
      await mark.hover();
      // The card's shadow root is closed: it is read through DevTools.
      for (let t = 0; t < 50 && !(await inCard(page, (root) => !!root.querySelector('.card .title'))); t++) await page.waitForTimeout(100);
      await page.waitForTimeout(250);
      shots.push((await page.screenshot({ type: 'png' })).toString('base64'));
      console.log(`${category}: card open on "${text}"`);
    }
    // Compose the four shots in a 2 x 2 grid, in the browser (no image library needed).
    const sheet = await browser.context.newPage();
    await sheet.setViewportSize({ width: 2008, height: 1528 });
    await sheet.setContent(
      `<body style="margin:0;display:grid;grid-template-columns:1000px 1000px;gap:8px;background:#444">${shots
        .map((s) => `<img style="display:block;width:1000px;height:760px" src="data:image/png;base64,${s}">`)
        .join('')}</body>`,
    );
    await sheet.waitForFunction(() => [...document.images].every((i) => i.complete));
    mkdirSync(resolve(REPO_ROOT, 'docs'), { recursive: true });
    const out = resolve(REPO_ROOT, 'docs/cards.png');
    await sheet.screenshot({ path: out });
    console.log(`Four cards: ${out}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
