/**
 * What data the extension holds, authority by authority, in words: which
 * lists are loaded and of what date, and which authorities have none, so no
 * reader takes an unmarked name for a cleared one. Used by the card, the
 * popup, the options page and the welcome page.
 */
import { AUTHORITIES, type Authority } from './model';

export interface CoverageSource {
  authority: string;
  /** The publication's title ("OFAC SDN List", "OFSI Consolidated List (closed 2026-01-28)"). */
  list: string;
  date: string;
}

export interface AuthorityCoverage {
  authority: Authority;
  loaded: boolean;
  /** "OFAC SDN List of 2024-05-03; OFAC Non-SDN Consolidated List of 2025-12-19", or "not loaded yet". */
  text: string;
  /** The dates alone, where space is short: "2024-05-03 · 2025-12-19", "2018-04-13, closed", "not loaded yet". */
  short: string;
}

export const UNMARKED_PROVES_NOTHING =
  'An unmarked name proves nothing: only the lists loaded here are read, as of their dates, and a name may be spelt in a way they do not carry.';

/** The same, where space is short (the popup). */
export const UNMARKED_PROVES_NOTHING_SHORT = 'An unmarked name proves nothing: only these lists are read.';

export function coverageOf(sources: readonly CoverageSource[]): AuthorityCoverage[] {
  return AUTHORITIES.map((authority) => {
    const mine = sources.filter((s) => s.authority === authority);
    return mine.length
      ? {
          authority,
          loaded: true,
          text: mine.map((s) => `${s.list} of ${s.date}`).join('; '),
          short: mine.map((s) => `${s.date}${/\bclosed\b/i.test(s.list) ? ', closed' : ''}`).join(' · '),
        }
      : { authority, loaded: false, text: 'not loaded yet', short: 'not loaded yet' };
  });
}

/** Authorities with no list loaded ("EU"): a card names them, since no party can be marked for them. */
export function notLoaded(sources: readonly CoverageSource[]): Authority[] {
  return coverageOf(sources)
    .filter((c) => !c.loaded)
    .map((c) => c.authority);
}
