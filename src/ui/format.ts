/** Wording shared by the popup and the options page. Pure: tested without a browser. */
import { CATEGORY_LABEL } from '../kb/cards';
import type { Category } from '../kb/model';
import { activationFor, PAUSED_UNTIL_RESUMED, siteOf, type Settings } from '../settings/model';

/** "US" reads better than "OFAC" at a glance; the card names OFAC. */
export function authorityShort(a: string): string {
  return a === 'OFAC' ? 'US' : a;
}

/** The class of an authority's chip; an authority the extension does not know gets the plain chip, so data never names a class. */
export function chipClass(authority: string): string {
  const short = authorityShort(authority);
  return ['UN', 'US', 'EU', 'UK'].includes(short) ? `chip chip-${short.toLowerCase()}` : 'chip';
}

export function categoryPlural(c: Category): string {
  return CATEGORY_LABEL[c].replace(/y$/, 'ie') + 's';
}

export function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** "just now", "5 min ago", "3 h ago", "2 days ago"; future times as "in 5 min". */
export function relativeTime(ms: number | null, now = Date.now()): string {
  if (ms === null) return 'never';
  const d = ms - now;
  const abs = Math.abs(d);
  const min = Math.round(abs / 60_000);
  let span: string;
  if (min < 1) return d > 0 ? 'in a moment' : 'just now';
  if (min < 60) span = `${min} min`;
  else if (min < 48 * 60) span = `${Math.round(min / 60)} h`;
  else span = `${Math.round(min / 1440)} days`;
  return d > 0 ? `in ${span}` : `${span} ago`;
}

export interface RuleDescription {
  state: 'on' | 'off' | 'paused';
  /** One line: what applies. */
  headline: string;
  /** Where it comes from. */
  source: string;
}

/** Which rule decides for `host`, and where it comes from. */
export function describeRule(host: string, s: Settings, now = Date.now()): RuleDescription {
  const act = activationFor(host, s, now);
  switch (act.reason) {
    case 'paused':
      return {
        state: 'paused',
        headline: s.pausedUntil >= PAUSED_UNTIL_RESUMED ? 'Paused everywhere until you resume' : `Paused everywhere until ${clockTime(s.pausedUntil)}`,
        source: 'Global pause',
      };
    case 'site-rule': {
      const r = act.rule!;
      const where = r.scope === 'site' ? `${r.domain} and its subdomains` : `${r.domain} only`;
      return {
        state: r.enabled ? 'on' : 'off',
        headline: `${r.enabled ? 'On' : 'Off'} here`,
        source: `${r.enabled ? 'On' : 'Off'} by your rule for ${where}`,
      };
    }
    case 'default-on':
      return { state: 'on', headline: 'On here', source: `Default: on everywhere except sites you switch off (no rule for ${siteOf(host)})` };
    case 'default-off':
      return { state: 'off', headline: 'Off here', source: `Default: only on sites you switch on (no rule for ${siteOf(host)})` };
  }
}

export function intervalLabel(hours: number): string {
  if (hours === 0) return 'Only when I click “Update now”';
  if (hours < 24) return `Every ${hours} hours`;
  if (hours === 24) return 'Once a day';
  if (hours === 168) return 'Once a week';
  return `Every ${hours / 24} days`;
}
