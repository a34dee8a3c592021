/**
 * npm start [-- PAGE] [--headless] [--no-build]
 * Builds the extension and opens Chromium with it loaded on the demo news
 * page (or PAGE: a URL or a local HTML file) served from 127.0.0.1. Without a
 * display, or with --headless, it prints the page's mentions and writes a
 * screenshot with one card open to .output/demo.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { REPO_ROOT } from './lib/paths';
import { launchWithExtension } from './lib/browser';
import { startStaticServer } from './lib/static-server';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const skipBuild = args.includes('--no-build');
const target = args.find((a) => !a.startsWith('--'));

async function main(): Promise<void> {
  if (!skipBuild) {
    console.log('Building the extension…');
    execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  let url: string;
  let server: Awaited<ReturnType<typeof startStaticServer>> | null = null;
  if (target && /^https?:\/\//.test(target)) {
    url = target;
  } else {
    const file = target ? resolve(process.cwd(), target) : resolve(REPO_ROOT, 'demo/index.html');
    if (!existsSync(file)) throw new Error(`No such page: ${file}`);
    server = await startStaticServer([dirname(file)]);
    url = server.url(`/${basename(file)}`);
  }
  const browser = await launchWithExtension({ headless });
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  console.log(`Sanctions Lens is running on ${url}`);
  await page.waitForSelector('mark[data-sl-category]', { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  const mentions = await page.$$eval('mark[data-sl-category]:not(.sl-continued)', (marks) =>
    marks.map((m) => ({ text: m.textContent ?? '', category: (m as HTMLElement).dataset.slCategory ?? '' })),
  );
  console.log(`${mentions.length} mentions:`);
  for (const m of mentions) console.log(`  ${m.category.padEnd(12)} ${m.text}`);

  if (!headless) {
    console.log('Close the browser window (or press Ctrl-C) to stop.');
    await new Promise<void>((r) => browser.context.on('close', () => r()));
    await server?.close();
    return;
  }
  const first = page.locator('mark[data-sl-category="designated"]:not(.sl-continued)').first();
  const anyMark = page.locator('mark[data-sl-category]:not(.sl-continued)').first();
  const mark = (await first.count()) ? first : anyMark;
  if (await mark.count()) {
    await mark.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await mark.hover();
    await page.waitForSelector('sanctions-lens-popover:not([hidden])', { state: 'visible', timeout: 5_000 }).catch(() => undefined);
  }
  mkdirSync(resolve(REPO_ROOT, '.output'), { recursive: true });
  const shot = resolve(REPO_ROOT, '.output/demo.png');
  await page.screenshot({ path: shot });
  console.log(`Screenshot with a card open: ${shot}`);
  await browser.close();
  await server?.close();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
