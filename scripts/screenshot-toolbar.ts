/**
 * xvfb-run -s '-screen 0 1280x900x24' npx tsx scripts/screenshot-toolbar.ts
 * — docs/toolbar.png: the built Chrome extension's icon and badge in
 * Chromium's toolbar on the demo article. Headless Chromium draws no
 * toolbar, so this runs a real window on a display (Xvfb) and grabs the
 * screen with xwd and ImageMagick (Debian: xvfb x11-apps imagemagick).
 * Needs `npm run build`.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './lib/browser';
import { REPO_ROOT } from './lib/paths';
import { startStaticServer } from './lib/static-server';

if (!process.env.DISPLAY) throw new Error('No display: run under xvfb-run (see the header of this file).');

const profile = mkdtempSync(join(tmpdir(), 'sanctions-lens-toolbar-'));
const server = await startStaticServer([resolve(REPO_ROOT, 'demo')]);
try {
  // A new profile keeps extension actions behind the puzzle menu: the first launch learns the id, the profile then pins it.
  const first = await launchWithExtension({ headless: false, userDataDir: profile });
  const { extensionId } = first;
  await first.close();
  const prefsPath = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(prefsPath, 'utf8')) as { extensions?: Record<string, unknown> };
  prefs.extensions = { ...prefs.extensions, pinned_extensions: [extensionId] };
  writeFileSync(prefsPath, JSON.stringify(prefs));

  const browser = await launchWithExtension({ headless: false, userDataDir: profile });
  try {
    const page = await browser.context.newPage();
    for (const other of browser.context.pages()) if (other !== page) await other.close();
    await page.goto(server.url('/index.html'), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('mark[data-sl-category]', { timeout: 15_000 });
    await page.bringToFront();
    await page.waitForTimeout(1_500); // the badge is drawn by the browser, after the count message
    const out = resolve(REPO_ROOT, 'docs/toolbar.png');
    execSync(`xwd -root -silent | convert xwd:- -crop 1280x140+0+0 +repage ${JSON.stringify(out)}`);
    console.log(`Wrote ${out}`);
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
