import { browser } from 'wxt/browser';
import { renderOptions } from '../../src/ui/options';
import { loadSettings, updateSettings } from '../../src/settings/store';

void (async () => {
  await renderOptions(document.getElementById('app')!, {
    loadSettings,
    updateSettings,
    askBackground: (msg) => browser.runtime.sendMessage(msg),
  });
  document.body.dataset.ready = '1';
})();
