/**
 * The welcome page in Firefox ESR: what gets marked, each authority's data and
 * its date or "not loaded yet", that an unmarked name proves nothing, how to
 * switch a site off, and the shortcuts with Firefox's own place to change them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath, launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { ExtensionPages } from './extension-pages';

const missing = !firefoxPath();
let ff: FirefoxWithExtension;
let ext: ExtensionPages;

beforeAll(async () => {
  if (missing) return;
  ff = await launchFirefoxWithExtension({ systemAccess: true });
  ext = await ExtensionPages.attach(ff);
});
afterAll(async () => {
  await ff?.close();
});

describe.skipIf(missing)('the welcome page in Firefox', () => {
  it('says what gets marked, where the data comes from and how old it is, how to switch a site off, and the shortcuts', async () => {
    const welcome = await ext.open('/welcome.html');
    const text = await welcome.run((w) => w.document.querySelector('main')?.textContent ?? '', null);
    expect(text).toContain('What gets marked');
    expect(text).toMatch(/UN: UN Security Council Consolidated List of \d{4}-\d{2}-\d{2}/);
    expect(text).toContain('EU: not loaded yet');
    expect(text).toContain('An unmarked name proves nothing');
    expect(text).toContain('Switching a site off');
    expect(text).toContain('Manage Extension Shortcuts');
    await welcome.close();
  });
});
