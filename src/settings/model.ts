/**
 * User settings: what the extension marks, where, and how. Pure data and
 * pure decisions; storage lives in ./store.ts.
 */
import type { Authority, Category } from '../kb/model';

export type SiteScope = 'site' | 'host';

/** A per-site switch: `site` covers the domain and every subdomain, `host` only that exact host. */
export interface SiteRule {
  domain: string;
  scope: SiteScope;
  enabled: boolean;
}

export interface Settings {
  /** "all-except": on everywhere except switched-off sites (default); "only-listed": only on switched-on sites. */
  mode: 'all-except' | 'only-listed';
  sites: SiteRule[];
  /** Epoch ms until which the extension is paused everywhere; 0 = not paused; Number.MAX_SAFE_INTEGER = until resumed. */
  pausedUntil: number;
  categories: Record<Category, boolean>;
  authorities: Record<Authority, boolean>;
  display: 'all' | 'first';
  markStyle: 'fill' | 'underline';
  updateIntervalHours: number;
}

export const DEFAULT_SETTINGS: Settings = {
  mode: 'all-except',
  sites: [],
  pausedUntil: 0,
  categories: { designated: true, jurisdiction: true, instrument: true, body: true },
  authorities: { UN: true, OFAC: true, EU: true, UK: true },
  display: 'all',
  markStyle: 'fill',
  updateIntervalHours: 12,
};

/** Lower-cased host without a trailing dot; "www." is not a separate site. */
export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
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

export function activationFor(host: string, settings: Settings, now = Date.now()): Activation {
  if (settings.pausedUntil > now) return { enabled: false, reason: 'paused' };
  const rule = ruleFor(host, settings.sites);
  if (rule) return { enabled: rule.enabled, reason: 'site-rule', rule };
  return settings.mode === 'all-except' ? { enabled: true, reason: 'default-on' } : { enabled: false, reason: 'default-off' };
}

/** Sets the switch for a host at a scope, replacing a rule of the same domain and scope. */
export function withSiteSwitch(settings: Settings, host: string, scope: SiteScope, enabled: boolean): Settings {
  const domain = scope === 'site' ? siteOf(host) : normaliseHost(host);
  const sites = settings.sites.filter((r) => !(normaliseHost(r.domain) === domain && r.scope === scope));
  // A rule that only restates the default is dropped, so the list holds exceptions only.
  const restatesDefault = (settings.mode === 'all-except') === enabled;
  const rule: SiteRule = { domain, scope, enabled };
  const overlapsAnother = sites.some((r) => covers(r, domain) || covers(rule, normaliseHost(r.domain)));
  if (!restatesDefault || overlapsAnother) sites.push(rule);
  return { ...settings, sites };
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
