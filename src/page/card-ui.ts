/**
 * The card code (the popover, Floating UI, the card renderer) is not part of
 * the content script every page parses: it is loaded on the first hover or
 * focus that opens a card. This module is the hand-over between the two
 * scripts, and holds no card code itself.
 *
 * In Chrome the chunk `card-ui.js` is web-accessible only under the
 * extension's per-session dynamic address (`use_dynamic_url`): the fixed
 * `chrome-extension://<id>/card-ui.js` is refused to every page, exactly as
 * a file that does not exist, so it cannot be probed to detect the
 * extension. The content script imports it from its isolated world, which
 * leaves no entry in the page's resource timing, no element and no global
 * in the page's world (tests/e2e/no-trace.e2e.test.ts checks all three).
 * Injecting it from the worker instead (`scripting.executeScript`) would
 * need host permission for every site, which the extension does not ask for.
 */
import type { Popover } from './popover/popover';

export interface CardUi {
  Popover: typeof Popover;
}

const KEY = '__slCardUi';
type CardUiHost = { [KEY]?: CardUi };

/** Called by the card chunk when it runs in the frame. */
export function provideCardUi(ui: CardUi): void {
  (globalThis as CardUiHost)[KEY] = ui;
}

/**
 * A loader for the content script: runs `load` (which executes the card
 * chunk in this world) once, then takes what the chunk left. A failed load
 * is retried on the next card, not remembered.
 */
export function cardUiLoader(load: () => Promise<unknown>): () => Promise<CardUi> {
  let loading: Promise<CardUi> | null = null;
  return () => {
    const ready = (globalThis as CardUiHost)[KEY];
    if (ready) return Promise.resolve(ready);
    loading ??= load().then(() => {
      const ui = (globalThis as CardUiHost)[KEY];
      if (!ui) throw new Error('Sanctions Lens: the card code did not load');
      return ui;
    });
    loading.catch(() => (loading = null));
    return loading;
  };
}
