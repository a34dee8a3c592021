import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completeSettings, migrateSettingsV1toV2 } from '../../src/settings/migrations';
import { DEFAULT_SETTINGS } from '../../src/settings/model';

const V1 = {
  mode: 'only-listed',
  sites: [
    { domain: 'WWW.Example.com.', scope: 'site', enabled: true },
    { domain: 'news.example.org', scope: 'host', enabled: true },
    { domain: 'news.example.org', scope: 'host', enabled: false },
    { domain: 'http://bad/', scope: 'site', enabled: true },
    { domain: 'ok.org', scope: 'everywhere', enabled: true },
  ],
  pausedUntil: 0,
  categories: { designated: true, jurisdiction: false, instrument: true, body: true },
  authorities: { UN: true, OFAC: false, EU: true, UK: true },
  display: 'first',
  markStyle: 'underline',
  updateIntervalHours: 24,
};

describe('settings version 1 → 2', () => {
  it('renames mode to siteDefault and keeps one clean rule per domain and scope (the later one)', () => {
    const v2 = migrateSettingsV1toV2(V1);
    expect(v2).toEqual({
      siteDefault: 'off',
      sites: [
        { domain: 'example.com', scope: 'site', enabled: true },
        { domain: 'news.example.org', scope: 'host', enabled: false },
      ],
      pausedUntil: 0,
      categories: { designated: true, jurisdiction: false, instrument: true, body: true },
      authorities: { UN: true, OFAC: false, EU: true, UK: true },
      display: 'first',
      jurisdictions: 'with-context',
      markStyle: 'underline',
      updateIntervalHours: 24,
    });
    expect('mode' in v2).toBe(false);
    expect(migrateSettingsV1toV2({ mode: 'all-except' }).siteDefault).toBe('on');
    expect(migrateSettingsV1toV2(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the choice to mark countries everywhere, and nothing else', () => {
    expect(completeSettings({ jurisdictions: 'everywhere' }).jurisdictions).toBe('everywhere');
    expect(completeSettings({ jurisdictions: 'anywhere' }).jurisdictions).toBe('with-context');
  });

  it('completes partial or malformed values with defaults, and reads a v1 value that arrives unmigrated', () => {
    expect(completeSettings({ categories: { body: false, bogus: 1 }, updateIntervalHours: 5, display: 'x' })).toEqual({
      ...DEFAULT_SETTINGS,
      categories: { ...DEFAULT_SETTINGS.categories, body: false },
    });
    expect(completeSettings(V1).siteDefault).toBe('off');
    expect(completeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the settings storage item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('migrates a stored version-1 value when the item is defined, and writes version 2 back', async () => {
    await fakeBrowser.storage.local.set({ settings: V1, settings$: { v: 1 } });
    const { loadSettings, settingsItem } = await import('../../src/settings/store');
    const s = await loadSettings();
    expect(s.siteDefault).toBe('off');
    expect(s.sites).toHaveLength(2);
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings$).toEqual({ v: 2 });
    expect((raw.settings as Record<string, unknown>).mode).toBeUndefined();
    expect((raw.settings as Record<string, unknown>).siteDefault).toBe('off');
    expect(await settingsItem().getMeta()).toEqual({ v: 2 });
  });

  it('treats a value stored without version metadata as version 1', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...V1, mode: 'all-except' } });
    const { loadSettings } = await import('../../src/settings/store');
    expect((await loadSettings()).siteDefault).toBe('on');
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
  });

  it('starts from the defaults, saves with version 2, and tells watchers', async () => {
    const { loadSettings, updateSettings, watchSettings, resetSettings } = await import('../../src/settings/store');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(s.markStyle));
    await updateSettings((s) => ({ ...s, markStyle: 'underline' }));
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
    await vi.waitFor(() => expect(seen).toEqual(['underline']));
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    unwatch();
  });

  it('keeps both of two changes made before the first is saved: each reads what the one before wrote', async () => {
    const { loadSettings, updateSettings, resetSettings } = await import('../../src/settings/store');
    const first = updateSettings((s) => ({ ...s, categories: { ...s.categories, designated: false } }));
    const second = updateSettings((s) => ({ ...s, categories: { ...s.categories, jurisdiction: false } }));
    const reset = resetSettings();
    const third = updateSettings((s) => ({ ...s, markStyle: 'underline' }));
    expect((await first).categories).toMatchObject({ designated: false, jurisdiction: true });
    expect((await second).categories).toMatchObject({ designated: false, jurisdiction: false });
    expect(await reset).toEqual(DEFAULT_SETTINGS);
    expect(await third).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'underline' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'underline' });
  });

  it('a change that throws is refused on its own; the changes after it still land', async () => {
    const { loadSettings, updateSettings } = await import('../../src/settings/store');
    const bad = updateSettings(() => {
      throw new Error('broken change');
    });
    const good = updateSettings((s) => ({ ...s, display: 'first' }));
    await expect(bad).rejects.toThrow('broken change');
    expect((await good).display).toBe('first');
    expect((await loadSettings()).display).toBe('first');
  });
});
