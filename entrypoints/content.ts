import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { ContentApp } from '../src/page/content-app';
import { readSettingsForPage, watchSettingsForPage } from '../src/settings/page-settings';
import { cardUiLoader, type CardUi } from '../src/page/card-ui';
import { Popover } from '../src/page/popover/popover';
import { readerCanSee } from '../src/page/mark-visibility';

/**
 * Chrome: the card code is a web-accessible chunk with a per-session address (use_dynamic_url), imported into
 * this isolated world on the first card; card-ui.ts says why a page can neither fetch nor see it. Firefox keeps
 * it in the content script: MV2 has no use_dynamic_url, and the figures to meet are Chromium's.
 */
const loadCardUi: () => Promise<CardUi> =
  import.meta.env.BROWSER === 'firefox' ? async () => ({ Popover }) : cardUiLoader(() => import(/* @vite-ignore */ (browser.runtime.getURL as (p: string) => string)('/card-ui.js')));

export default defineContentScript({
  matches: ['<all_urls>'],
  // Same-origin frames (and about:blank / srcdoc frames a page fills itself) are marked too; see ContentApp.isTopFrame.
  allFrames: true,
  matchAboutBlank: true,
  // Start early (ContentApp.start waits for the DOM): script start-up and the settings read overlap page parsing.
  runAt: 'document_start',
  // WXT's start-up postMessage is visible to the page and costs ~2 ms per load; its CustomEvent does the same job.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const app = new ContentApp({
      doc: document,
      sendMessage: (msg) => browser.runtime.sendMessage(msg),
      loadSettings: readSettingsForPage,
      watchSettings: watchSettingsForPage,
      loadCardUi,
      markSeen: readerCanSee,
      extensionAlive: () => {
        try {
          return browser.runtime?.id != null;
        } catch {
          return false;
        }
      },
    });
    // oxlint-disable-next-line typescript/no-misused-promises -- onMessage sends a returned promise's value as the reply (webextension-polyfill)
    browser.runtime.onMessage.addListener((msg) => {
      const reply = app.handle(msg);
      return reply === undefined ? undefined : Promise.resolve(reply);
    });
    // WXT invalidates the context on an event the page itself can dispatch (its "newer script started"
    // CustomEvent): that is only a reason to check whether the extension is still there.
    ctx.onInvalidated(() => app.stopIfOrphaned());
    void app.start().catch((err: unknown) => console.debug('Sanctions Lens could not start on this page', err));
  },
});
