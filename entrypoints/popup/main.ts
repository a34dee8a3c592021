import { browser } from 'wxt/browser';
import { renderPopup } from '../../src/ui/popup';
import { mountPopupSearch } from '../../src/ui/popup-search';
import { loadSettings, updateSettings, watchSettings } from '../../src/settings/store';
import { handOffSearch } from '../../src/search/launchers';

async function targetTab(): Promise<{ id?: number; url?: string; title?: string }> {
  // Tests open the popup as a page and name the tab it should describe.
  const param = new URLSearchParams(location.search).get('tabId');
  if (param) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return { id, url: tab?.url, title: tab?.title };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url, title: tab?.title };
}

/** The top frame answers for the tab (ContentApp.isTopFrame): frames are not asked. */
const TOP_FRAME = 0;

void (async () => {
  mountPopupSearch(document.querySelector('#app > header')!, {
    askBackground: (msg) => browser.runtime.sendMessage(msg),
    openSearchPage: (q, open) => {
      // The query goes by storage.session, never in the address (the browser's history would keep it).
      void handOffSearch(browser.storage.session, (browser.runtime.getURL as (p: string) => string)('/search.html'), { query: q, open }).then((url) => browser.tabs.create({ url }));
    },
  });
  const tab = await targetTab();
  const commands = (await browser.commands?.getAll().catch(() => [])) ?? [];
  const next = commands.find((c) => c.name === 'next-mention');
  await renderPopup(document.getElementById('app')!, {
    tab,
    askTab: (msg) => (tab.id === undefined ? Promise.reject(new Error('no tab')) : browser.tabs.sendMessage(tab.id, msg, { frameId: TOP_FRAME })),
    askBackground: (msg) => browser.runtime.sendMessage(msg),
    loadSettings,
    updateSettings,
    watchSettings,
    openOptions: () => void browser.runtime.openOptionsPage(),
    ...(next ? { nextMentionShortcut: next.shortcut ?? '' } : {}),
  });
  document.body.dataset.ready = '1';
})();
