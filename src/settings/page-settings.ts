/**
 * Settings as a content script reads them on every page load: one storage
 * read and a change listener, without WXT's storage item, whose definition
 * starts a migration check (storage round trips) and whose code would be
 * parsed on every page. A value of an older version is upgraded in memory
 * with the same pure migration; the stored copy is upgraded by the worker.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_STORAGE_KEY, SETTINGS_VERSION, type Settings } from './model';
import { completeSettings, migrateSettingsV1toV2 } from './migrations';

const KEY = SETTINGS_STORAGE_KEY;
const META_KEY = `${KEY}$`;

function upgrade(value: unknown, version: unknown): Settings {
  if (value == null) return completeSettings(undefined);
  const v = typeof version === 'number' ? version : 1;
  return v < SETTINGS_VERSION ? migrateSettingsV1toV2(value) : completeSettings(value);
}

export async function readSettingsForPage(): Promise<Settings> {
  const got = await browser.storage.local.get([KEY, META_KEY]);
  return upgrade(got[KEY], (got[META_KEY] as { v?: unknown } | undefined)?.v);
}

export function watchSettingsForPage(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    // A change written together with its version meta (a migration) carries the new version; a plain write is current.
    const meta = changes[META_KEY]?.newValue as { v?: unknown } | undefined;
    cb(upgrade(changes[KEY].newValue, meta?.v ?? SETTINGS_VERSION));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
