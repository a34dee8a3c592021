/**
 * Upgrades stored settings from older versions, and completes a stored value
 * with defaults. Pure functions: ./store.ts hands them to WXT's storage item.
 *
 * Version 1 (the first release) said where to run with
 * `mode: 'all-except' | 'only-listed'` and stored site rules as typed, so a
 * rule could name "WWW.Example.com." and the same domain and scope could be
 * listed twice. Version 2 names the choice `siteDefault: 'on' | 'off'` and
 * keeps one normalised rule per domain and scope.
 */
import { AUTHORITIES, CATEGORIES, type Authority, type Category } from '../kb/model';
import { DEFAULT_SETTINGS, isValidDomain, normaliseHost, UPDATE_INTERVALS, type Settings, type SiteRule } from './model';
import { isRecord } from '../shared/untrusted';

/** The stored shape of version 1. */
interface SettingsV1 {
  mode: 'all-except' | 'only-listed';
  sites: { domain: string; scope: 'site' | 'host'; enabled: boolean }[];
  pausedUntil: number;
  categories: Record<string, boolean>;
  authorities: Record<string, boolean>;
  display: 'all' | 'first';
  markStyle: 'fill' | 'underline';
  updateIntervalHours: number;
}


/** Valid rules only, normalised, one per domain and scope (the later one wins, as it did when v1 looked rules up). */
export function cleanRules(raw: unknown): SiteRule[] {
  if (!Array.isArray(raw)) return [];
  const byKey = new Map<string, SiteRule>();
  for (const r of raw) {
    if (!isRecord(r) || typeof r.domain !== 'string' || typeof r.enabled !== 'boolean') continue;
    const scope = r.scope === 'host' ? 'host' : r.scope === 'site' ? 'site' : null;
    const domain = normaliseHost(r.domain);
    if (!scope || !isValidDomain(domain)) continue;
    const key = `${scope} ${domain}`;
    byKey.delete(key);
    byKey.set(key, { domain, scope, enabled: r.enabled });
  }
  return [...byKey.values()];
}

/** Version 1 → 2: `mode` becomes `siteDefault`, site rules are normalised and de-duplicated. */
export function migrateSettingsV1toV2(old: unknown): Settings {
  // Every field is read as unknown: a stored value may be anything.
  const v: { [K in keyof SettingsV1]?: unknown } & Record<string, unknown> = isRecord(old) ? old : {};
  const { mode, ...rest } = v;
  return completeSettings({ ...rest, siteDefault: mode === 'only-listed' ? 'off' : 'on', sites: cleanRules(v.sites) });
}

function flags<K extends string>(keys: readonly K[], defaults: Record<K, boolean>, raw: unknown): Record<K, boolean> {
  const out = { ...defaults };
  if (isRecord(raw)) for (const k of keys) if (typeof raw[k] === 'boolean') out[k] = raw[k] as boolean;
  return out;
}

/**
 * A full, valid Settings from whatever is stored: missing or malformed fields
 * take their defaults. A value still in the version-1 shape (written by an
 * older copy of the extension still running in a tab) is read as such.
 */
export function completeSettings(value: unknown): Settings {
  if (isRecord(value) && 'mode' in value && !('siteDefault' in value)) return migrateSettingsV1toV2(value);
  const v = isRecord(value) ? value : {};
  const d = DEFAULT_SETTINGS;
  return {
    siteDefault: v.siteDefault === 'off' ? 'off' : 'on',
    sites: cleanRules(v.sites),
    pausedUntil: typeof v.pausedUntil === 'number' && v.pausedUntil > 0 ? v.pausedUntil : 0,
    categories: flags<Category>(CATEGORIES, d.categories, v.categories),
    authorities: flags<Authority>(AUTHORITIES, d.authorities, v.authorities),
    display: v.display === 'first' ? 'first' : 'all',
    jurisdictions: v.jurisdictions === 'everywhere' ? 'everywhere' : 'with-context',
    markStyle: v.markStyle === 'underline' ? 'underline' : 'fill',
    updateIntervalHours:
      typeof v.updateIntervalHours === 'number' && UPDATE_INTERVALS.includes(v.updateIntervalHours) ? v.updateIntervalHours : d.updateIntervalHours,
  };
}
