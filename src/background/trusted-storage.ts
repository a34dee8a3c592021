/**
 * Extension storage for the extension alone. Chrome lets a worker close
 * `storage.local` to content scripts (setAccessLevel TRUSTED_CONTEXTS, kept
 * by the browser across restarts and set again at every start): a content
 * script, or a compromised page process that holds one, then cannot read or
 * rewrite the settings, the site list or the updater's state. Content
 * scripts get the settings by message instead (settings/page-settings.ts).
 * Firefox has no access level for `storage.local` (only for
 * `storage.session`); there the items that steer the worker live in the
 * extension origin's IndexedDB (settings/worker-items.ts), which no content
 * script can open, and the reader's settings stay in `storage.local`.
 */
import { browser } from 'wxt/browser';
import { settingsPush } from '../settings/page-settings';
import type { Settings } from '../settings/model';

interface AccessLevelArea {
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }): Promise<void>;
}

/** True when the browser closed `storage.local` to content scripts; false where it cannot (Firefox). */
export async function closeLocalStorageToContentScripts(): Promise<boolean> {
  const local = browser.storage.local as unknown as AccessLevelArea;
  if (typeof local.setAccessLevel !== 'function') return false;
  await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return true;
}

let sending: Promise<unknown> = Promise.resolve();

/**
 * Every tab's content scripts (all frames) get the new settings; tabs without
 * one refuse the message. One change after another: two quick changes (the
 * options' "only on sites I switch on", then a site switched on) must reach a
 * tab in the order they were made, or the older would undo the newer.
 */
export function sendSettingsToTabs(settings: Settings): Promise<void> {
  const msg = settingsPush(settings);
  const send = sending.then(async () => {
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.flatMap((t) => (t.id === undefined ? [] : [browser.tabs.sendMessage(t.id, msg).catch(() => undefined)])));
  });
  sending = send.catch(() => undefined);
  return send;
}
