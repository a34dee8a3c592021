import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { KbRuntime, type CoreFirstPackedKb, type LoadedKb, type PackedKb } from '../src/background/kb-runtime';
import { coreFirstFromFiles, packedFromFiles } from '../src/background/kb-pack';
import { loadLexicon, type Lexicon } from '../src/recognition/lexicon';
import { createWorkerUpdater, packedCoreVersion, startUpdaterSchedule } from '../src/updater/worker';
import type { Updater } from '../src/updater/updater';
import { handleBackgroundMessage } from '../src/background/message-handler';
import { ScanQueue } from '../src/background/scan-queue';
import { runCommand } from '../src/background/commands';
import { loadSettings, updateSettings, watchSettings } from '../src/settings/store';
import { createSiteGate, followSettings } from '../src/settings/site-gate';
import { closeLocalStorageToContentScripts, sendSettingsToTabs } from '../src/background/trusted-storage';
import { moveWorkerItemsOutOfStorage } from '../src/settings/worker-items';
import { searchIndexFor } from '../src/background/search-for-kb';
import { CONTEXT_MENU_ID, CONTEXT_MENU_TITLE, omniboxSuggestions, queryFromSelection, handOffSearch } from '../src/search/launchers';

async function fetchBundledBytes(path: string): Promise<Uint8Array> {
  // The knowledge-base files are added to the build by a hook, so WXT's typed public paths do not list them.
  const res = await fetch((browser.runtime.getURL as (p: string) => string)(path));
  if (!res.ok) throw new Error(`Bundled ${path} could not be read (${res.status})`);
  // Through a Blob: reading the 5.8 MB core took a median 27 ms this way against 39 ms with
  // res.arrayBuffer() (or 35 ms with a stream reader), which assembles the body chunk by chunk on the
  // worker's own thread (Chromium 156, npm run bench -- --only=cold with SL_BENCH_DEBUG timings).
  return new Uint8Array(await (await res.blob()).arrayBuffer());
}

/**
 * The bundled core file, read once for a cold start: its version (is the stored KB still current?) and the
 * bundled KB itself both need it, and reading the core twice was a tenth of the start. Kept a few seconds only,
 * so that a worker answering from a stored KB does not hold a second copy.
 */
let bundledCore: Promise<Uint8Array> | null = null;
function bundledCoreBytes(): Promise<Uint8Array> {
  if (!bundledCore) {
    bundledCore = fetchBundledBytes('/kb/kb-core.bin');
    const forget = () => setTimeout(() => (bundledCore = null), 10_000);
    bundledCore.then(forget, () => (bundledCore = null));
  }
  return bundledCore;
}

/** The bundled KB in its packed form (src/kb/pack): no JSON parse and no index build at cold start. */
async function loadBundledPacked(): Promise<PackedKb> {
  const [core, details] = await Promise.all([bundledCoreBytes(), fetchBundledBytes('/kb/kb-details.bin')]);
  return packedFromFiles(core, details);
}

/** The same, answering scans from the core while the 16 MB of details are still being read. */
async function loadBundledCoreFirst(): Promise<CoreFirstPackedKb> {
  return coreFirstFromFiles(await bundledCoreBytes(), fetchBundledBytes('/kb/kb-details.bin'));
}

let lexicon: Promise<Lexicon> | null = null;
function bundledLexicon(): Promise<Lexicon> {
  lexicon ??= fetchBundledBytes('/kb/lexicon.json').then((b) => loadLexicon(JSON.parse(new TextDecoder().decode(b))));
  return lexicon;
}

/** The updater's last installed KB (IndexedDB), or the bundled one when none or when the bundled data is newer. */
async function loadStartKb(updater: Updater): Promise<LoadedKb> {
  const started = performance.now();
  const loaded = await updater.loadInstalled();
  // Read by npm run bench: the worker's own load + ready time.
  performance.measure('sl:kb-ready', { start: started, end: performance.now() });
  return loaded;
}

export default defineBackground(() => {
  // First: nothing a content script could write may steer the worker (trusted-storage.ts).
  void closeLocalStorageToContentScripts().catch((err: unknown) => console.error('Sanctions Lens: could not close storage to content scripts', err));
  void moveWorkerItemsOutOfStorage().catch((err: unknown) => console.error('Sanctions Lens: could not move the mirrors and limits', err));
  const runtime: KbRuntime = new KbRuntime(() => loadStartKb(updater));
  const updater = createWorkerUpdater({
    runtime,
    bundled: loadBundledPacked,
    bundledCoreFirst: loadBundledCoreFirst,
    bundleId: async () => packedCoreVersion(await bundledCoreBytes()),
    lexicon: bundledLexicon,
  });
  startUpdaterSchedule(updater);
  const action = browser.action ?? browser.browserAction;

  // A content script's sender url is its page; only the popup and options pages live under the extension's own origin.
  const ownOrigin = browser.runtime.getURL('/');
  const settings = followSettings(loadSettings, watchSettings);
  const siteEnabled = createSiteGate(settings);
  watchSettings((s) => void sendSettingsToTabs(s).catch(() => undefined));
  const scans = new ScanQueue();
  // oxlint-disable-next-line typescript/no-misused-promises -- onMessage sends a returned promise's value as the reply (webextension-polyfill)
  browser.runtime.onMessage.addListener((message, sender) =>
    handleBackgroundMessage(message, { id: sender.id, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url, extensionPage: !!sender.url?.startsWith(ownOrigin) }, browser.runtime.id, runtime, {
      setBadge: (tabId, count) => {
        void action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => undefined);
      },
      updateStatus: () => updater.status(),
      updateNow: () => updater.requestRun(),
      scans,
      siteEnabled,
      pageSettings: settings,
      resolveDrop: (feed, apply) => updater.resolveDrop(feed, apply),
      discardDownloads: () => updater.discardDownloads(),
    }),
  );
  // Keyboard commands (manifest "commands"): toggle the current site, go to the next mention.
  browser.commands?.onCommand.addListener((command) => {
    void runCommand(command, {
      activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
      // The top frame speaks for the tab (the badge, the next mention): frames are not asked.
      askTab: (tabId, msg) => browser.tabs.sendMessage(tabId, msg, { frameId: 0 }),
      updateSettings,
    }).catch(() => undefined);
  });
  wireSearchLaunchers(runtime);
  void action.setBadgeBackgroundColor({ color: '#8a4b00' }).catch(() => undefined);
  // Warm the knowledge base so the first page does not wait for it.
  void runtime.get().catch((err: unknown) => console.error('Sanctions Lens: knowledge base failed to load', err));
});

/** The context-menu item on selected text and the `sl` address-bar keyword, both opening the search page. */
function wireSearchLaunchers(runtime: KbRuntime): void {
  const page = (browser.runtime.getURL as (p: string) => string)('/search.html');
  const open = async (query: string, disposition?: string) => {
    // The query goes by storage.session, never in the address (the browser's history would keep it).
    const url = await handOffSearch(browser.storage.session, page, { query });
    if (disposition === 'currentTab') return browser.tabs.update({ url });
    return browser.tabs.create({ url, active: disposition !== 'newBackgroundTab' });
  };
  const handlers = {
    contextMenuClicked: async (info: { menuItemId: string | number; selectionText?: string }) => {
      if (info.menuItemId !== CONTEXT_MENU_ID) return;
      await open(queryFromSelection(info.selectionText));
    },
    omniboxInputChanged: async (text: string, suggest: (s: { content: string; description: string }[]) => void) => {
      const query = queryFromSelection(text);
      if (!query) return suggest([]);
      const search = await searchIndexFor(await runtime.get());
      // Firefox shows descriptions as text, Chrome parses them as XML.
      suggest(omniboxSuggestions(search.search(query, { limit: 10 }), import.meta.env.BROWSER !== 'firefox'));
    },
    omniboxInputEntered: async (text: string, disposition?: string) => {
      await open(text, disposition);
    },
  };
  // The E2E tests call these very handlers from the worker (there is no way to click a menu or type in the address bar there).
  (globalThis as { slSearchLaunchers?: typeof handlers }).slSearchLaunchers = handlers;
  const menus = browser.contextMenus ?? (browser as { menus?: typeof browser.contextMenus }).menus;
  if (menus) {
    // Chrome keeps menu items across worker restarts, Firefox does not keep them across browser restarts:
    // replacing the item at every start is right for both (and costs no knowledge-base work).
    void menus
      .removeAll()
      .then(() => menus.create({ id: CONTEXT_MENU_ID, title: CONTEXT_MENU_TITLE, contexts: ['selection'] }))
      .catch(() => undefined);
    menus.onClicked.addListener((info) => void handlers.contextMenuClicked(info).catch(() => undefined));
  }
  browser.omnibox?.onInputChanged.addListener((text, suggest) => void handlers.omniboxInputChanged(text, suggest).catch(() => suggest([])));
  browser.omnibox?.onInputEntered.addListener((text, disposition) => void handlers.omniboxInputEntered(text, disposition).catch(() => undefined));
}
