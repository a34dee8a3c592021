import { browser } from 'wxt/browser';
import { renderSearchPage } from '../../src/ui/search';
import { copyText } from '../../src/ui/files';

void (async () => {
  const params = new URLSearchParams(location.search);
  const root = document.getElementById('app')!;
  await renderSearchPage(root, {
    askBackground: (msg) => browser.runtime.sendMessage(msg),
    initialQuery: params.get('q') ?? '',
    initialOpen: params.get('open') ?? undefined,
    rememberQuery: (q) => {
      const url = new URL(location.href);
      if (q) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      url.searchParams.delete('open');
      history.replaceState(null, '', url);
    },
    copyText: async (text) => {
      await copyText(document, text);
    },
  });
  root.removeAttribute('aria-busy');
  document.body.dataset.ready = '1';
})();
