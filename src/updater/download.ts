/**
 * One HTTP download with a conditional request, a size cap, a deadline for
 * the first byte, an idle timeout while the body arrives, and an abort that
 * cuts the connection: a feed can never hang the updater or fill memory.
 */
import { FeedError, isTransient, networkFault, type FeedFault } from './faults';
import { redirectFault } from './redirects';

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface DownloadLimits {
  maxBytes: number;
  /** Until the response headers arrive. */
  headersTimeoutMs: number;
  /** Longest pause between two chunks of the body. */
  idleTimeoutMs: number;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type Download =
  | { kind: 'not-modified' }
  /** `servedFrom`: the address that served the body, after any redirects (checked by redirects.ts). */
  | { kind: 'ok'; body: Uint8Array; servedFrom: string; etag?: string; lastModified?: string };

export async function download(fetchFn: FetchFn, url: string, validators: Validators, limits: DownloadLimits): Promise<Download> {
  const ctrl = new AbortController();
  let timedOut: FeedFault | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const arm = (ms: number, fault: FeedFault) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = fault;
      ctrl.abort();
      // Also end a pending read directly: not every body stream is tied to the fetch's signal.
      void reader?.cancel().catch(() => undefined);
    }, ms);
  };
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;

  arm(limits.headersTimeoutMs, { kind: 'timeout', seconds: Math.round(limits.headersTimeoutMs / 1000) });
  let res: Response;
  try {
    // no-store: the updater does its own conditional requests; the HTTP cache must not answer for the server.
    res = await fetchFn(url, { signal: ctrl.signal, headers, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
  } catch (err) {
    clearTimeout(timer);
    throw new FeedError(timedOut ?? networkFault(err));
  }
  // Followed redirects end where the browser says: that address is checked like the first, before the body is read.
  const servedFrom = res.url || url;
  const redirected = redirectFault(url, servedFrom);
  if (redirected) {
    clearTimeout(timer);
    ctrl.abort();
    await res.body?.cancel().catch(() => undefined);
    throw new FeedError(redirected);
  }
  if (res.status === 304) {
    clearTimeout(timer);
    await res.body?.cancel().catch(() => undefined);
    return { kind: 'not-modified' };
  }
  if (!res.ok) {
    clearTimeout(timer);
    await res.body?.cancel().catch(() => undefined);
    throw new FeedError({ kind: 'http', status: res.status, attempts: 1 });
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > limits.maxBytes) {
    clearTimeout(timer);
    ctrl.abort();
    throw new FeedError({ kind: 'too-large', limitBytes: limits.maxBytes });
  }

  const idle: FeedFault = { kind: 'stalled', seconds: Math.round(limits.idleTimeoutMs / 1000) };
  arm(limits.idleTimeoutMs, idle);
  const chunks: Uint8Array[] = [];
  let total = 0;
  reader = res.body?.getReader();
  try {
    for (;;) {
      if (!reader) break;
      const { done, value } = await reader.read();
      if (timedOut) throw new FeedError(timedOut);
      if (done) break;
      total += value.length;
      if (total > limits.maxBytes) {
        ctrl.abort();
        throw new FeedError({ kind: 'too-large', limitBytes: limits.maxBytes });
      }
      chunks.push(value);
      arm(limits.idleTimeoutMs, idle);
    }
  } catch (err) {
    if (err instanceof FeedError) throw err;
    throw new FeedError(timedOut ?? { kind: 'cut-off' });
  } finally {
    clearTimeout(timer);
  }
  // A server that closes cleanly but early (no chunked framing) is caught by its own Content-Length.
  if (Number.isFinite(declared) && total < declared && !res.headers.get('content-encoding')) throw new FeedError({ kind: 'cut-off' });

  const body = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.length;
  }
  return {
    kind: 'ok',
    body,
    servedFrom,
    ...(res.headers.get('etag') ? { etag: res.headers.get('etag')! } : {}),
    ...(res.headers.get('last-modified') ? { lastModified: res.headers.get('last-modified')! } : {}),
  };
}

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxMs: number;
  random(): number;
  sleep(ms: number): Promise<void>;
}

/** "Full jitter" exponential backoff: a random wait up to base·2ⁿ, so failing clients do not retry in step. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  return Math.round(random() * Math.min(maxMs, baseMs * 2 ** attempt));
}

/** Retries transient faults (5xx bursts, a dropped connection); a wrong file is not retried. */
export async function withRetry<T>(policy: RetryPolicy, attempt: () => Promise<T>): Promise<T> {
  let last: FeedError | undefined;
  let http500s = 0;
  for (let i = 0; i < policy.attempts; i++) {
    if (i > 0) await policy.sleep(backoffDelay(i - 1, policy.baseMs, policy.maxMs, policy.random));
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof FeedError) || !isTransient(err.fault)) throw err;
      last = err;
      http500s = err.fault.kind === 'http' ? http500s + 1 : 0;
    }
  }
  const f = last!.fault;
  throw f.kind === 'http' ? new FeedError({ ...f, attempts: http500s }) : last!;
}
