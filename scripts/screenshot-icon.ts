/**
 * npx tsx scripts/screenshot-icon.ts — docs/extension-icon.png: the built
 * Chrome extension on chrome://extensions in headless Chromium, showing its
 * icon (needs `npm run build`).
 */
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/browser';
import { REPO_ROOT } from './lib/paths';

const { context, extensionId } = await launchWithExtension({ headless: true });
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 420 });
  await page.goto(`chrome://extensions/?id=${extensionId}`);
  await page.waitForTimeout(1_500);
  const out = resolve(REPO_ROOT, 'docs/extension-icon.png');
  await page.screenshot({ path: out });
  console.log(`Wrote ${out}`);
} finally {
  await context.close();
}
