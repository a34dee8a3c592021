/**
 * Where a feed download may end after redirects. Browsers follow redirects
 * inside fetch() and a service worker cannot see the hops (a manual redirect
 * is opaque), so the rule is applied to the address that finally served the
 * body (Response.url), before a byte of it is read:
 *
 * - the same origin as asked: always;
 * - another origin: only over https — a publisher may hand its file to a
 *   storage host of its own (the UN feed reportedly answers with a signed,
 *   time-limited storage URL), but never over plain http, never with
 *   credentials in the address, never to another scheme;
 * - a mirror on this machine (http on 127.0.0.1, localhost or [::1], the only
 *   plain-http mirrors accepted) may hand off to another local address.
 *
 * What is served is then read exactly as from the first address: parsed and
 * validated as that feed's format, dated, and compared with the list in use;
 * the host that served it is recorded with the list and named in the status.
 */
import type { FeedFault } from './faults';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}

/** Null when a body served from `final` for a request to `requested` may be read; otherwise the fault to report. */
export function redirectFault(requested: string, final: string): FeedFault | null {
  if (!final || final === requested) return null;
  let from: URL;
  let to: URL;
  try {
    from = new URL(requested);
    to = new URL(final);
  } catch {
    return { kind: 'redirected', to: final.slice(0, 200) };
  }
  if (to.origin === from.origin) return null;
  const shown = `${to.protocol}//${to.host}`;
  if (to.username || to.password) return { kind: 'redirected', to: shown };
  if (to.protocol === 'https:') return null;
  if (isLoopbackHttp(from) && isLoopbackHttp(to)) return null;
  return { kind: 'redirected', to: shown };
}

/** The host that served `final`, when it is not the host asked for; undefined otherwise. */
export function servedByOtherHost(requested: string, final: string): string | undefined {
  try {
    const to = new URL(final).host;
    return to !== new URL(requested).host ? to : undefined;
  } catch {
    return undefined;
  }
}
