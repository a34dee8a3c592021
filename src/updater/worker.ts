/**
 * The updater wired to the browser: fetch, IndexedDB, alarms, tabs and the
 * extension's storage items. Works in Chrome's service worker and in
 * Firefox's background page alike (only `browser.*` and web APIs).
 */
import { browser } from 'wxt/browser';
import type { CoreFirstPackedKb, KbRuntime, PackedKb } from '../background/kb-runtime';
import type { Lexicon } from '../recognition/lexicon';
import { loadSettings, watchSettings } from '../settings/store';
import { Container } from '../kb/pack/container';
import { loadFeedOverrides } from '../settings/feed-overrides';
import { Updater } from './updater';
import { UpdaterStore } from './store';
import { loadStoredTuning } from './tuning';
import type { RescanRequest } from '../messaging/protocol';

export const UPDATE_ALARM = 'sl-kb-update';

export interface WorkerUpdaterOptions {
  runtime: KbRuntime;
  bundled(): Promise<PackedKb>;
  bundledCoreFirst?(): Promise<CoreFirstPackedKb>;
  bundleId(): Promise<string>;
  lexicon(): Promise<Lexicon>;
}

export function createWorkerUpdater(opts: WorkerUpdaterOptions): Updater {
  return new Updater({
    // Bound: a bare reference to fetch throws "Illegal invocation" in Chrome.
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    random: () => Math.random(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    store: new UpdaterStore(),
    runtime: opts.runtime,
    bundled: opts.bundled,
    bundledCoreFirst: opts.bundledCoreFirst,
    bundleId: opts.bundleId,
    lexicon: opts.lexicon,
    notifyTabs: async (kbVersion) => {
      const msg: RescanRequest = { type: 'rescan', kbVersion };
      const tabs = await browser.tabs.query({});
      // Tabs without the content script (browser pages, the store) refuse the message: nothing to do there.
      await Promise.all(tabs.flatMap((t) => (t.id === undefined ? [] : [browser.tabs.sendMessage(t.id, msg).catch(() => undefined)])));
    },
    intervalHours: async () => (await loadSettings()).updateIntervalHours,
    overrides: loadFeedOverrides,
    tuning: loadStoredTuning,
    setAlarm: async (when) => {
      await browser.alarms.clear(UPDATE_ALARM);
      if (when !== null) await browser.alarms.create(UPDATE_ALARM, { when });
    },
    instanceId: crypto.randomUUID(),
  });
}

/** Alarm and start-up wiring: the schedule is re-created at every worker start. */
export function startUpdaterSchedule(updater: Updater): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) void updater.run(false).catch((err: unknown) => console.error('Sanctions Lens: update failed', err));
  });
  const reschedule = () => void updater.schedule().catch((err: unknown) => console.error('Sanctions Lens: could not schedule updates', err));
  reschedule();
  let interval: number | null = null;
  watchSettings((s) => {
    if (interval !== null && s.updateIntervalHours !== interval) reschedule();
    interval = s.updateIntervalHours;
  });
  void loadSettings().then((s) => (interval ??= s.updateIntervalHours));
}

/**
 * What a packed core file is, from its header alone: its KB version and pack format. A stored KB packed in
 * an older format (the extension was updated, the data was not) is then rebuilt, not unpacked and refused.
 */
export function packedCoreVersion(core: Uint8Array): string {
  const { kbVersion, meta } = new Container<{ format?: unknown }>(core, 'core', 'core').header;
  return `${kbVersion} ${String(meta?.format)}`;
}
