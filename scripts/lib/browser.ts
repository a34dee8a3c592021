/**
 * Launches Debian's Chromium with the built extension loaded, for the demo
 * (npm start), the benchmarks and the E2E tests.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './paths';

/** Where `wxt build` puts its output (SL_OUTPUT_DIR, as in wxt.config.ts). */
export const OUTPUT_DIR = resolve(REPO_ROOT, process.env.SL_OUTPUT_DIR ?? '.output');
export const CHROME_EXT_DIR = resolve(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_EXT_DIR = resolve(OUTPUT_DIR, 'firefox-mv2');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian’s chromium package (apt-get install -y chromium) or set CHROMIUM_PATH.');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** `userDataDir`: a profile the caller owns and keeps (it is not deleted on close); otherwise a temporary one. */
export async function launchWithExtension(
  opts: { headless?: boolean; extDir?: string; args?: string[]; userDataDir?: string; keepWelcome?: boolean } = {},
): Promise<ExtensionBrowser> {
  const extDir = opts.extDir ?? CHROME_EXT_DIR;
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`No built extension in ${extDir}: run npm run build first.`);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'sanctions-lens-'));
  // A profile Chromium has not written yet is an install: the extension opens its welcome page.
  const installs = !existsSync(join(userDataDir, 'Default'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(opts.args ?? []),
    ],
  });
  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  const welcome = installs ? await welcomePage(context, extensionId) : null;
  // Runs that do not look at the welcome page close it, so it never takes the focus from the page under test.
  if (welcome && !opts.keepWelcome) await welcome.close();
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close().catch(() => undefined);
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The welcome page the extension opens on install (null if it did not open within a few seconds). */
export async function welcomePage(context: BrowserContext, extensionId: string): Promise<Page | null> {
  const isWelcome = (p: Page) => p.url() === `chrome-extension://${extensionId}/welcome.html`;
  const opened = async (p: Page) => {
    await p.waitForLoadState('domcontentloaded').catch(() => undefined);
    return isWelcome(p);
  };
  return context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: opened, timeout: 10_000 }).catch(() => null));
}
