/**
 * Is a downloaded file the right list, whole and sane? Turns parser errors
 * into faults a person can read, and checks a parsed list against the copy
 * in use: not older, not suddenly much shorter unless confirmed.
 */
import { ListParseError, type ParsedList, type SourceInfo } from '../kb/model';
import { KNOWN_ROOTS, type FeedDef } from './feeds';
import { FeedError, type FeedFault } from './faults';

/** The local name of the document element, or null when the bytes do not start like XML. */
export function sniffRoot(body: Uint8Array): string | null {
  let head = new TextDecoder('latin1').decode(body.subarray(0, 8192)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '');
  head = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart();
  const m = /^<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/.exec(head);
  return m ? m[1] : null;
}

/** Refuses a file that is plainly another document before any parsing. */
export function checkKind(feed: FeedDef, body: Uint8Array): void {
  const root = sniffRoot(body);
  if (feed.format === 'csv') {
    if (root) throw new FeedError({ kind: 'wrong-file', found: KNOWN_ROOTS[root] ?? `an XML document (<${root}>)` });
    return;
  }
  if (root && root !== feed.root && KNOWN_ROOTS[root]) throw new FeedError({ kind: 'wrong-file', found: KNOWN_ROOTS[root] });
  if (root === 'html' || root?.toLowerCase() === 'html') throw new FeedError({ kind: 'wrong-file', found: 'a web page' });
}

/** A parser's complaint as a fault. */
export function parseFault(feed: FeedDef, err: unknown): FeedFault {
  if (err instanceof FeedError) return err.fault;
  if (!(err instanceof ListParseError)) return { kind: 'missing-data', detail: err instanceof Error ? err.message : String(err) };
  const detail = err.message.replace(/^.*?: /, '').replace(/ \(at [^)]*\)$/, '');
  const root = /unexpected root element <(?:[^:>]+:)?([^>]+)>/.exec(detail);
  if (root) return { kind: 'wrong-file', found: KNOWN_ROOTS[root[1]] ?? `a document with root <${root[1]}>` };
  if (/malformed XML|no root element/.test(detail)) return { kind: 'invalid', format: 'xml', where: err.position };
  if (/not valid|UTF-16|NUL characters|ends inside/.test(detail)) return { kind: 'invalid', format: 'text', detail };
  if (/empty input|no entries/.test(detail)) return { kind: 'empty' };
  if (/has more than [\d,]+ elements|nests elements more than|longer than [\d,]+ characters|more than [\d,]+ fields/.test(detail))
    return { kind: 'oversized', where: err.position, detail };
  if (feed.format === 'csv' && /columns|is not a number/.test(detail)) return { kind: 'invalid', format: 'csv', where: err.position, detail };
  return { kind: 'missing-data', detail };
}

/** The largest share of entries a list may lose from one check to the next without the user's confirmation. */
export const MAX_DROP = 0.1;
/** A list keeping less than this share of the entries in use is refused outright, never offered: no real list loses half its parties at once. */
export const MIN_KEPT = 0.5;
/**
 * How far past the check a list's date may lie: publishers date files in
 * their own time zone and some a day ahead. Anything later is a wrong clock
 * or a forged file, and would otherwise outrank every genuine list after it.
 */
export const MAX_FUTURE_MS = 2 * 86_400_000;

/** Whether a YYYY-MM-DD data date lies further in the future than any genuine list can. */
export function isFutureDated(date: string, now: number): boolean {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(t) && t > now + MAX_FUTURE_MS;
}

export type Sanity = { ok: true } | { ok: false; fault: FeedFault; held?: boolean };

/**
 * Compares a parsed list with the copy in use. A drop of more than MAX_DROP
 * is `held`: kept aside until the user applies it or keeps the current list.
 * A copy in use with an impossible (future) date does not block anything:
 * its date says nothing, so a genuine list replaces it.
 */
export function checkSanity(list: ParsedList, inUse: SourceInfo | undefined, now: number): Sanity {
  if (list.source.entries === 0) return { ok: false, fault: { kind: 'empty' } };
  if (isFutureDated(list.source.date, now)) return { ok: false, fault: { kind: 'future', offered: list.source.date } };
  if (!inUse) return { ok: true };
  if (list.source.date < inUse.date && !isFutureDated(inUse.date, now))
    return { ok: false, fault: { kind: 'older', offered: list.source.date, inUse: inUse.date } };
  const percent = Math.round((1 - list.source.entries / inUse.entries) * 100);
  const drop = { percent, offered: list.source.entries, inUse: inUse.entries };
  if (list.source.entries < inUse.entries * MIN_KEPT) return { ok: false, fault: { kind: 'collapse', ...drop } };
  if (list.source.entries < inUse.entries * (1 - MAX_DROP)) return { ok: false, fault: { kind: 'drop', ...drop }, held: true };
  return { ok: true };
}
