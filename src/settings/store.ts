/**
 * Settings in extension storage, versioned with migrations so that an older
 * stored shape is upgraded rather than lost.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './model';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Fills fields a stored value may lack (a newer release added them) from the defaults. */
export function completeSettings(value: Partial<Settings> | null | undefined): Settings {
  const v = value ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...v,
    categories: { ...DEFAULT_SETTINGS.categories, ...(v.categories ?? {}) },
    authorities: { ...DEFAULT_SETTINGS.authorities, ...(v.authorities ?? {}) },
    sites: Array.isArray(v.sites) ? v.sites : [],
  };
}

export async function loadSettings(): Promise<Settings> {
  return completeSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(completeSettings(v)));
}
