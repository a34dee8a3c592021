import { browser } from 'wxt/browser';
import { renderSearchPage } from '../../src/ui/search';
import { copyText } from '../../src/ui/files';
import { takeSearchHandOff } from '../../src/search/launchers';
import { rememberedSearch, rememberSearch } from '../../src/ui/search-memory';

void (async () => {
  // A launcher's request (omnibox, context menu, popup) comes by a one-use token; the page's own query is kept in
  // this tab's sessionStorage, so a reload keeps it and the address (and the history) never holds it.
  const handOff = location.hash ? await takeSearchHandOff(browser.storage.session, location.hash).catch(() => null) : null;
  if (location.hash) history.replaceState(null, '', location.pathname);
  if (handOff) rememberSearch(sessionStorage, handOff);
  const start = handOff ?? rememberedSearch(sessionStorage);
  const root = document.getElementById('app')!;
  await renderSearchPage(root, {
    askBackground: (msg) => browser.runtime.sendMessage(msg),
    initialQuery: start.query,
    initialOpen: start.open,
    rememberQuery: (q) => rememberSearch(sessionStorage, { query: q }),
    copyText: async (text) => {
      await copyText(document, text);
    },
  });
  root.removeAttribute('aria-busy');
  document.body.dataset.ready = '1';
})();
