import { describe, expect, it, vi } from 'vitest';
import { createSiteGate, followSettings } from '../../src/settings/site-gate';
import { DEFAULT_SETTINGS, withSiteSwitch, type Settings } from '../../src/settings/model';

describe('the worker\'s site gate for early scans', () => {
  it('follows the site switch, reads the settings once, and follows their changes', async () => {
    let onChange!: (s: Settings) => void;
    const load = vi.fn(async () => withSiteSwitch(structuredClone(DEFAULT_SETTINGS), 'www.off.example', 'site', false));
    const gate = createSiteGate(followSettings(load, (cb) => (onChange = cb)));
    expect(await gate('https://news.off.example/story')).toBe(false);
    expect(await gate('https://news.example/story')).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    onChange({ ...structuredClone(DEFAULT_SETTINGS), siteDefault: 'off' });
    expect(await gate('https://news.example/story')).toBe(false);
  });

  it('an address it cannot read is not a page it may read', async () => {
    const gate = createSiteGate(async () => structuredClone(DEFAULT_SETTINGS));
    expect(await gate(undefined)).toBe(false);
    expect(await gate('not a url')).toBe(false);
  });

  it('a pause switches every site off', async () => {
    const gate = createSiteGate(async () => ({ ...structuredClone(DEFAULT_SETTINGS), pausedUntil: 2_000 }), () => 1_000);
    expect(await gate('https://news.example/')).toBe(false);
  });
});
