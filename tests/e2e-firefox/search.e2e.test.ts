/**
 * The search page in Firefox ESR on the built firefox-mv2 extension: typed
 * into (input events the page's own listeners handle), ranked results from
 * the background worker, and a result's card. See extension-pages.ts for how
 * a test reaches an extension page in Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { firefoxPath, launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { FIREFOX_EXT_DIR } from '../../scripts/lib/browser';
import { ExtensionPages } from './extension-pages';

const missing = !firefoxPath()
  ? 'firefox-esr is not installed (apt-get install -y firefox-esr)'
  : !existsSync(resolve(FIREFOX_EXT_DIR, 'manifest.json'))
    ? `no Firefox build in ${FIREFOX_EXT_DIR} (npm run build:firefox)`
    : null;
if (missing) console.warn(`Skipping the Firefox search page test: ${missing}`);

let ff: FirefoxWithExtension;
let ext: ExtensionPages;

beforeAll(async () => {
  if (missing) return;
  ff = await launchFirefoxWithExtension({ systemAccess: true });
  ext = await ExtensionPages.attach(ff);
});
afterAll(async () => ff?.close());

describe.skipIf(!!missing)('the search page in Firefox', () => {
  it('finds a name as it is typed and opens its card', async () => {
    const tab = await ext.open('/search.html');
    const shown = await tab.run(async (w, q, t) => {
      const input = w.document.getElementById('q') as HTMLInputElement;
      // One input event per character, as typing sends them.
      for (const ch of q) {
        input.value += ch;
        input.dispatchEvent(new w.Event('input', { bubbles: true }));
        await t.sleep(5);
      }
      const until = Date.now() + 30_000;
      const first = () => w.document.querySelector<HTMLButtonElement>('#results .result');
      // The answer to the whole query: the page is busy until its newest search is drawn (an earlier keystroke's
      // answer, drawn meanwhile, may show the same first row before its last word is complete).
      const answered = () => !w.document.querySelector('[aria-busy="true"]');
      while (!answered() || !/^Muammar Qadhafi$/.test(first()?.querySelector('.result-name')?.textContent ?? '')) {
        if (Date.now() > until) return { error: w.document.getElementById('result-count')?.textContent ?? 'no count' };
        await t.sleep(50);
      }
      const why = first()!.querySelector('.result-why')?.textContent;
      const likely = !!first()!.querySelector('.likely-badge');
      t.click(first()!);
      while (!w.document.querySelector('#card-panel .card-host')?.shadowRoot?.querySelector('.title')) {
        if (Date.now() > until) return { error: 'no card' };
        await t.sleep(50);
      }
      const root = w.document.querySelector('#card-panel .card-host')!.shadowRoot!;
      return { why, likely, title: root.querySelector('.title')?.textContent, url: w.location.href };
    }, 'Muammar Gaddafi');
    expect(shown).toMatchObject({ likely: true, title: 'Muammar Qadhafi' });
    // The query never enters the address (the history would keep it) ...
    expect((shown as { url: string }).url).toBe(tab.url);
    // ... and a reload keeps it in the box.
    await tab.run((w) => {
      w.location.reload();
    }, null);
    const kept = await tab.run(async (w, _none, t) => {
      const until = Date.now() + 15_000;
      while (Date.now() < until) {
        const input = w.document.getElementById('q') as HTMLInputElement | null;
        if (w.document.body?.dataset.ready === '1' && input?.value) return { value: input.value, url: w.location.href };
        await t.sleep(50);
      }
      return null;
    }, null);
    expect(kept).toEqual({ value: 'Muammar Gaddafi', url: tab.url });
    await tab.close();
  });
});
