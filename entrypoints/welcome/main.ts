import { browser } from 'wxt/browser';
import { renderWelcome } from '../../src/ui/welcome';
import { getKbStatus } from '../../src/ui/updates';

void (async () => {
  const commands = (await browser.commands?.getAll().catch(() => [])) ?? [];
  renderWelcome(document.getElementById('app')!, {
    kb: await getKbStatus((msg) => browser.runtime.sendMessage(msg)),
    shortcuts: commands
      .filter((c) => c.name && !c.name.startsWith('_'))
      .map((c) => ({ name: c.name!, description: c.description ?? '', shortcut: c.shortcut ?? '' })),
    shortcutSettings:
      import.meta.env.BROWSER === 'firefox'
        ? 'Change the shortcuts in Add-ons and themes → the gear menu → Manage Extension Shortcuts.'
        : 'Change the shortcuts at chrome://extensions/shortcuts.',
    openOptions: () => void browser.runtime.openOptionsPage(),
    searchUrl: (browser.runtime.getURL as (p: string) => string)('/search.html'),
  });
  document.body.dataset.ready = '1';
})();
