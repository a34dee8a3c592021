/**
 * Settings in extension storage, versioned with migrations so that an older
 * stored shape is upgraded rather than lost. Every context that defines the
 * item (worker, content scripts, popup, options) runs the migration before
 * its first read; they all write the same result.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, SETTINGS_VERSION, type Settings } from './model';
import { completeSettings, migrateSettingsV1toV2 } from './migrations';

export { completeSettings };

const KEY = SETTINGS_STORAGE_KEY;

function defineSettingsItem() {
  return storage.defineItem<Settings>(`local:${KEY}`, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: {
      2: (old: unknown) => migrateSettingsV1toV2(old),
    },
  });
}
let item: ReturnType<typeof defineSettingsItem> | null = null;
/** Defined on first use, not on import: defining the item starts its migration check (storage round trips). */
export function settingsItem(): ReturnType<typeof defineSettingsItem> {
  return (item ??= defineSettingsItem());
}

export async function loadSettings(): Promise<Settings> {
  return completeSettings(await settingsItem().getValue());
}

/**
 * Writes from one page go one after another: each change reads the value the
 * previous one wrote. Two changes made in quick succession (two switches
 * flipped before the first save is back) would otherwise both start from the
 * same old value, and the second write would undo the first.
 */
let writes: Promise<unknown> = Promise.resolve();
function inTurn<T>(write: () => Promise<T>): Promise<T> {
  const run = writes.then(write);
  writes = run.catch(() => undefined);
  return run;
}

export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  return inTurn(async () => {
    const next = completeSettings(change(await loadSettings()));
    await settingsItem().setValue(next);
    return next;
  });
}

export function resetSettings(): Promise<Settings> {
  return inTurn(async () => {
    await settingsItem().setValue(DEFAULT_SETTINGS);
    return DEFAULT_SETTINGS;
  });
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem().watch((v) => cb(completeSettings(v)));
}
