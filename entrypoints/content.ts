import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { ContentApp } from '../src/page/content-app';
import { loadSettings, watchSettings } from '../src/settings/store';
import '../src/page/marks.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_end',
  main(ctx) {
    const app = new ContentApp({
      doc: document,
      sendMessage: (msg) => browser.runtime.sendMessage(msg),
      loadSettings,
      watchSettings,
    });
    browser.runtime.onMessage.addListener((msg) => {
      const reply = app.handle(msg);
      return reply === undefined ? undefined : Promise.resolve(reply);
    });
    ctx.onInvalidated(() => app.stop());
    void app.start().catch((err: unknown) => console.debug('Sanctions Lens could not start on this page', err));
  },
});
