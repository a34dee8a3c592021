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
  if (feed.format === 'csv' && /columns|is not a number/.test(detail)) return { kind: 'invalid', format: 'csv', where: err.position, detail };
  return { kind: 'missing-data', detail };
}

/** The largest share of entries a list may lose from one check to the next without confirmation. */
export const MAX_DROP = 0.1;

export type Sanity = { ok: true } | { ok: false; fault: FeedFault; pendingDrop?: { entries: number } };

/**
 * Compares a parsed list with the copy in use. `pendingDrop` is a drop seen
 * at the previous check: seeing a drop again confirms it.
 */
export function checkSanity(list: ParsedList, inUse: SourceInfo | undefined, pendingDrop: { entries: number } | null): Sanity {
  if (list.source.entries === 0) return { ok: false, fault: { kind: 'empty' } };
  if (!inUse) return { ok: true };
  if (list.source.date < inUse.date) return { ok: false, fault: { kind: 'older', offered: list.source.date, inUse: inUse.date } };
  const floor = inUse.entries * (1 - MAX_DROP);
  if (list.source.entries < floor && !pendingDrop) {
    const percent = Math.round((1 - list.source.entries / inUse.entries) * 100);
    return {
      ok: false,
      fault: { kind: 'drop', percent, offered: list.source.entries, inUse: inUse.entries },
      pendingDrop: { entries: list.source.entries },
    };
  }
  return { ok: true };
}
