/**
 * The knowledge-base updater as the popup and options page see it, through
 * the `update-status` / `update-now` messages. A background without an
 * updater answers null: the pages then say updates are not available.
 */
import type { FeedStatus, KbStatusReply, UpdateStatusReply } from '../messaging/protocol';

export type Ask = (msg: unknown) => Promise<unknown>;

function isUpdateStatus(v: unknown): v is UpdateStatusReply {
  return typeof v === 'object' && v !== null && Array.isArray((v as UpdateStatusReply).feeds) && typeof (v as UpdateStatusReply).running === 'boolean';
}

export async function getUpdateStatus(ask: Ask): Promise<UpdateStatusReply | null> {
  try {
    const r = await ask({ type: 'update-status' });
    return isUpdateStatus(r) ? r : null;
  } catch {
    return null;
  }
}

export async function getKbStatus(ask: Ask): Promise<KbStatusReply | null> {
  try {
    const r = (await ask({ type: 'kb-status' })) as KbStatusReply | null;
    return r && typeof r.version === 'string' && Array.isArray(r.sources) ? r : null;
  } catch {
    return null;
  }
}

/** The most recent check over all feeds. */
export function lastCheckOf(feeds: FeedStatus[]): number | null {
  const times = feeds.map((f) => f.lastCheck).filter((t): t is number => typeof t === 'number');
  return times.length ? Math.max(...times) : null;
}

export interface UpdateRunOptions {
  onStatus(s: UpdateStatusReply): void;
  sleep?(ms: number): Promise<void>;
  pollMs?: number;
  /** Gives up polling after this many rounds (the run goes on in the background). */
  maxPolls?: number;
}

/** Starts an update and follows it while it runs; resolves with the last status, or null when updates are unavailable. */
export async function runUpdate(ask: Ask, opts: UpdateRunOptions): Promise<UpdateStatusReply | null> {
  let status: UpdateStatusReply | null;
  try {
    const r = await ask({ type: 'update-now' });
    status = isUpdateStatus(r) ? r : await getUpdateStatus(ask);
  } catch {
    status = null;
  }
  if (!status) return null;
  opts.onStatus(status);
  return followUpdate(ask, status, opts);
}

/** Polls `update-status` while a run is going on. */
export async function followUpdate(ask: Ask, status: UpdateStatusReply, opts: UpdateRunOptions): Promise<UpdateStatusReply> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let rounds = 0;
  while (status.running && rounds++ < (opts.maxPolls ?? 600)) {
    await sleep(opts.pollMs ?? 500);
    const next = await getUpdateStatus(ask);
    if (!next) break;
    status = next;
    opts.onStatus(status);
  }
  return status;
}

export interface UpdateNowResult {
  /** False when the background has no updater to run. */
  available: boolean;
  /** The outcome in plain words, for the page's status line. */
  message: string;
  /** The knowledge base in use afterwards (null if it could not be read). */
  kb: KbStatusReply | null;
}

/** "Update now" as the popup and the options page offer it: run, follow, and say how it ended. */
export async function updateNow(ask: Ask, onStatus: (s: UpdateStatusReply) => void): Promise<UpdateNowResult> {
  const last = await runUpdate(ask, { onStatus });
  if (!last) return { available: false, message: 'Updates are not available.', kb: null };
  return { available: true, message: last.lastOutcome ?? 'Update finished.', kb: await getKbStatus(ask) };
}
