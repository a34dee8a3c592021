/**
 * Limits of the updater. The defaults suit the real feeds (the EU file is
 * generated on request and can take minutes to start); `local:updaterTuning`
 * can lower them, for a slow mirror or for tests that must not serve 60 MB
 * or wait minutes for a lock to go stale.
 */
import { storage } from 'wxt/utils/storage';

export interface Tuning {
  /** Per file. */
  maxBytes: number;
  headersTimeoutMs: number;
  idleTimeoutMs: number;
  /** Attempts per file within one check, for transient faults. */
  attempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** A run lock whose heartbeat is older than this belongs to a run that died. */
  lockStaleMs: number;
  /** First retry of a failed feed at a later check; doubles per failure, capped by the update interval. */
  failedFeedRetryMs: number;
}

export const DEFAULT_TUNING: Tuning = {
  maxBytes: 60_000_000,
  headersTimeoutMs: 180_000,
  idleTimeoutMs: 60_000,
  attempts: 4,
  retryBaseMs: 5_000,
  retryMaxMs: 60_000,
  lockStaleMs: 120_000,
  failedFeedRetryMs: 15 * 60_000,
};

export const tuningItem = storage.defineItem<Partial<Tuning>>('local:updaterTuning', { fallback: {} });

/** The defaults, with each stored value that is a positive number. */
export function completeTuning(stored: unknown): Tuning {
  const out: Tuning = { ...DEFAULT_TUNING };
  if (typeof stored !== 'object' || stored === null) return out;
  for (const key of Object.keys(DEFAULT_TUNING) as (keyof Tuning)[]) {
    const v = (stored as Record<string, unknown>)[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = v;
  }
  return out;
}
