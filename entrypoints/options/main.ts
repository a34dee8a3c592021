import { browser } from 'wxt/browser';
import { renderOptions } from '../../src/ui/options';
import { loadSettings, resetSettings, updateSettings, watchSettings } from '../../src/settings/store';
import { loadFeedOverrides, saveFeedOverrides } from '../../src/settings/feed-overrides';

void (async () => {
  await renderOptions(document.getElementById('app')!, {
    loadSettings,
    updateSettings,
    resetSettings,
    watchSettings,
    askBackground: (msg) => browser.runtime.sendMessage(msg),
    loadFeedOverrides,
    saveFeedOverrides,
  });
  document.body.dataset.ready = '1';
})();
