/**
 * Launches Debian's Firefox ESR headless with the built Firefox extension,
 * driven by puppeteer-core over WebDriver BiDi (Playwright's Firefox needs
 * a patched build). Used by the Firefox E2E suite.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_EXT_DIR } from './browser';

export const FIREFOX_PATHS = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

export function firefoxPath(): string | null {
  return FIREFOX_PATHS.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id (the manifest's gecko id). */
  addonId: string;
  /** moz-extension://<uuid>, pinned through the `extensions.webextensions.uuids` preference. */
  extensionOrigin: string;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  extDir?: string;
  /** Extra Firefox preferences (e.g. a proxy, to see every request). */
  prefs?: Record<string, string | number | boolean>;
  /**
   * Lets WebDriver BiDi evaluate in the browser window's chrome
   * (MOZ_REMOTE_ALLOW_SYSTEM_ACCESS): BiDi hides extension pages, so a test
   * that drives the popup or options page reaches them from there.
   */
  systemAccess?: boolean;
}

/** A fixed per-profile UUID for the add-on, so the tests know its moz-extension:// origin in advance. */
export const EXTENSION_UUID = '5a1c7e0d-2b3f-4c6e-9a8d-7f0e1d2c3b4a';

export async function launchFirefoxWithExtension(opts: FirefoxLaunchOptions = {}): Promise<FirefoxWithExtension> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox ESR not found: apt-get install -y firefox-esr, or set FIREFOX_PATH.');
  const extDir = opts.extDir ?? FIREFOX_EXT_DIR;
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`No built Firefox extension in ${extDir}: run npm run build:firefox first.`);
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('The Firefox build has no gecko id.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    ...(opts.systemAccess ? { env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' } } : {}),
    extraPrefsFirefox: {
      // Keep Firefox's own traffic out of the way of the privacy check.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.newtabpage.enabled': false,
      // Firefox picks a random moz-extension UUID per profile unless this map names one.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      ...opts.prefs,
    },
  });
  const addonId = await browser.installExtension(extDir);
  return {
    browser,
    addonId,
    extensionOrigin: `moz-extension://${EXTENSION_UUID}`,
    close: async () => {
      await browser.close().catch(() => undefined);
    },
  };
}

