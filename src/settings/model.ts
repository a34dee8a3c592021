/**
 * User settings: what the extension marks, where, and how. Pure data and
 * pure decisions; storage lives in ./store.ts, older stored shapes are
 * upgraded in ./migrations.ts.
 */
import type { Authority, Category } from '../kb/model';

export type SiteScope = 'site' | 'host';

/** A per-site switch: `site` covers the domain and every subdomain, `host` only that exact host. */
export interface SiteRule {
  domain: string;
  scope: SiteScope;
  enabled: boolean;
}

/** Where the extension runs when no site rule decides: everywhere ("on") or nowhere ("off"). */
export type SiteDefault = 'on' | 'off';

/** Settings as stored since version 2. */
export interface Settings {
  /** "on": on everywhere except switched-off sites (default); "off": only on switched-on sites. */
  siteDefault: SiteDefault;
  sites: SiteRule[];
  /** Epoch ms until which the extension is paused everywhere; 0 = not paused; PAUSED_UNTIL_RESUMED = until resumed. */
  pausedUntil: number;
  categories: Record<Category, boolean>;
  authorities: Record<Authority, boolean>;
  display: 'all' | 'first';
  /** "with-context": countries are marked only on pages with some sanctions context (default); "everywhere": on every page. */
  jurisdictions: 'with-context' | 'everywhere';
  markStyle: 'fill' | 'underline';
  updateIntervalHours: number;
}

export const SETTINGS_VERSION = 2;
/** The key of the settings in extension storage (local area); its version sits beside it under `${key}$`, as WXT's storage item keeps it. */
export const SETTINGS_STORAGE_KEY = 'settings';
export const PAUSED_UNTIL_RESUMED = Number.MAX_SAFE_INTEGER;

export const DEFAULT_SETTINGS: Settings = {
  siteDefault: 'on',
  sites: [],
  pausedUntil: 0,
  categories: { designated: true, jurisdiction: true, instrument: true, body: true },
  authorities: { UN: true, OFAC: true, EU: true, UK: true },
  display: 'all',
  jurisdictions: 'with-context',
  markStyle: 'fill',
  updateIntervalHours: 12,
};

/** The update frequencies the options page offers, in hours (0 = only when asked). */
export const UPDATE_INTERVALS: readonly number[] = [6, 12, 24, 72, 168, 0];

/** Lower-cased host without a trailing dot; "www." is not a separate site. */
export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** A host or domain a rule can name: letters, digits, dots and hyphens, or an IPv4 address; no scheme, path or port. */
export function isValidDomain(domain: string): boolean {
  const d = normaliseHost(domain);
  if (d.length === 0 || d.length > 253) return false;
  if (d === 'localhost') return true;
  return /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(d);
}

/** Accepts what people paste (a URL, "www.Example.com/", "example.com:8080") and returns the bare host, or null. */
export function domainFromInput(input: string): string | null {
  let s = input.trim();
  if (!s) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    try {
      s = new URL(s).hostname;
    } catch {
      return null;
    }
  }
  s = s.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  const d = normaliseHost(s);
  return isValidDomain(d) ? d : null;
}

function covers(rule: SiteRule, host: string): boolean {
  const d = normaliseHost(rule.domain);
  if (rule.scope === 'host') return host === d;
  return host === d || host.endsWith(`.${d}`);
}

/** The rule that decides for a host: an exact-host rule first, then the most specific site rule. */
export function ruleFor(host: string, rules: SiteRule[]): SiteRule | undefined {
  const h = normaliseHost(host);
  let best: SiteRule | undefined;
  let bestScore = -1;
  for (const r of rules) {
    if (!covers(r, h)) continue;
    const score = (r.scope === 'host' ? 10_000 : 0) + normaliseHost(r.domain).length;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

export type ActivationReason = 'paused' | 'site-rule' | 'default-on' | 'default-off';

export interface Activation {
  enabled: boolean;
  reason: ActivationReason;
  rule?: SiteRule;
}

export function isPaused(settings: Settings, now = Date.now()): boolean {
  return settings.pausedUntil > now;
}

export function activationFor(host: string, settings: Settings, now = Date.now()): Activation {
  if (isPaused(settings, now)) return { enabled: false, reason: 'paused' };
  const rule = ruleFor(host, settings.sites);
  if (rule) return { enabled: rule.enabled, reason: 'site-rule', rule };
  return settings.siteDefault === 'on' ? { enabled: true, reason: 'default-on' } : { enabled: false, reason: 'default-off' };
}

/** Sets the switch for a host at a scope, replacing a rule of the same domain and scope. */
export function withSiteSwitch(settings: Settings, host: string, scope: SiteScope, enabled: boolean): Settings {
  const domain = scope === 'site' ? siteOf(host) : normaliseHost(host);
  const sites = settings.sites.filter((r) => !(normaliseHost(r.domain) === domain && r.scope === scope));
  // A rule that only restates the default is dropped, so the list holds exceptions only.
  const restatesDefault = (settings.siteDefault === 'on') === enabled;
  const rule: SiteRule = { domain, scope, enabled };
  const overlapsAnother = sites.some((r) => covers(r, domain) || covers(rule, normaliseHost(r.domain)));
  if (!restatesDefault || overlapsAnother) sites.push(rule);
  return { ...settings, sites };
}

/**
 * The popup's switch: after it, the host is on or off as asked. Switching at
 * site scope also drops this host's own exact-host rule, which would
 * otherwise keep deciding for the very page the user is looking at.
 */
export function switchSite(settings: Settings, host: string, scope: SiteScope, enabled: boolean): Settings {
  const h = normaliseHost(host);
  const base = scope === 'site' ? { ...settings, sites: settings.sites.filter((r) => !(r.scope === 'host' && normaliseHost(r.domain) === h)) } : settings;
  return withSiteSwitch(base, h, scope, enabled);
}

/** The keyboard command: flips the host at the scope of the rule that decides it (the whole site when none does). */
export function toggleSite(settings: Settings, host: string, now = Date.now()): Settings {
  const act = activationFor(host, { ...settings, pausedUntil: 0 }, now);
  return switchSite(settings, host, act.rule?.scope ?? 'site', !act.enabled);
}

/** Adds or replaces a rule in the options' site list (same domain and scope = the same rule). */
export function upsertRule(sites: SiteRule[], rule: SiteRule, replacing?: SiteRule): SiteRule[] {
  const same = (a: SiteRule, b: SiteRule) => normaliseHost(a.domain) === normaliseHost(b.domain) && a.scope === b.scope;
  const kept = sites.filter((r) => !same(r, rule) && !(replacing && same(r, replacing)));
  const at = replacing ? sites.findIndex((r) => same(r, replacing)) : -1;
  const next = { ...rule, domain: normaliseHost(rule.domain) };
  if (at < 0) return [...kept, next];
  // Editing keeps the rule where it was in the list.
  const before = sites.slice(0, at).filter((r) => kept.includes(r)).length;
  return [...kept.slice(0, before), next, ...kept.slice(before)];
}

/**
 * The registrable part of a host, approximated without a public-suffix list:
 * the last two labels, or three when the second-level label is a common
 * generic one (co.uk, com.au, gov.uk...). Users can edit the result in the options.
 */
export function siteOf(host: string): string {
  const h = normaliseHost(host);
  if (/^[\d.]+$/.test(h) || h.includes(':') || !h.includes('.')) return h;
  const labels = h.split('.');
  const sld = labels[labels.length - 2];
  const take = labels.length >= 3 && /^(co|com|net|org|gov|ac|edu|ne|or|go|gob|gv|mil)$/.test(sld) && labels[labels.length - 1].length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}
