/**
 * Limits of the updater. The defaults suit the real feeds (the EU file is
 * generated on request and can take minutes to start); the stored tuning
 * (in the extension's own IndexedDB, see settings/worker-items.ts) can only
 * lower them, for tests that must not serve 60 MB or wait minutes for a lock
 * to go stale: a value above its default is ignored, so whoever reaches the
 * stored item can never let the updater take bigger files or wait longer.
 */
import { readWorkerItem, WORKER_ITEMS } from '../settings/worker-items';

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

export function loadStoredTuning(): Promise<unknown> {
  return readWorkerItem(WORKER_ITEMS.tuning);
}

/** The defaults, each lowered by a stored value that is a positive number below it. */
export function completeTuning(stored: unknown): Tuning {
  const out: Tuning = { ...DEFAULT_TUNING };
  if (typeof stored !== 'object' || stored === null) return out;
  for (const key of Object.keys(DEFAULT_TUNING) as (keyof Tuning)[]) {
    const v = (stored as Record<string, unknown>)[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0 && v < DEFAULT_TUNING[key]) out[key] = v;
  }
  return out;
}
