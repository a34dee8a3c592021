/**
 * Removals seen by the updater: when a new copy of a list replaces an older
 * one, the records of the older copy that the new one lacks become
 * formerly-listed records, dated with the new copy's date (the day their
 * absence was seen). They are kept in IndexedDB beside the lists and fed into
 * every rebuild, so the recogniser still finds the party and its card says
 * "formerly listed".
 */
import type { KnowledgeBase } from '../kb/bundle';
import type { ParsedList, SourceRecord } from '../kb/model';
import { sanctionListKey } from '../kb/list-keys';
import { splitEntity } from './compose';
import { isOffList } from '../kb/removals';

/** The formerly-listed records a KB carries (ended listings of its lists, as decomposeKb leaves them out). */
export function removedRecords(kb: KnowledgeBase): SourceRecord[] {
  return kb.entities.flatMap((e) =>
    splitEntity(e)
      .map((x) => x.record)
      .filter((r) => isOffList(r) && !r.id.startsWith('former:')),
  );
}

/** Records of `previous` absent from `next`, their listings ended; ones ended before keep their first removal. */
export function seenRemovals(previous: ParsedList, next: ParsedList): SourceRecord[] {
  if (previous.source.list !== next.source.list) return [];
  const still = new Set(next.records.map((r) => r.id));
  return previous.records
    .filter((r) => !still.has(r.id) && r.sanctions.length > 0)
    .map((r) => ({
      ...r,
      sanctions: r.sanctions.map((s) =>
        s.removed ? s : { ...s, removed: { date: next.source.date, by: next.source.title, how: 'seen' as const, lastListed: previous.source.date } },
      ),
    }));
}

/** The list key of a removed record (the list its listings were on). */
export function removalListKey(r: SourceRecord): string | undefined {
  return r.sanctions[0] ? sanctionListKey(r.sanctions[0]) : undefined;
}

/**
 * Every removal to keep: the stored ones and the fresh ones (a fresh one
 * replaces a stored one of the same record), less any record that a list in
 * use carries again (listed again).
 */
export function keepRemovals(stored: readonly SourceRecord[], fresh: readonly SourceRecord[], lists: readonly ParsedList[]): SourceRecord[] {
  const listed = new Map(lists.map((l) => [l.source.list, new Set(l.records.filter((r) => r.sanctions.some((s) => !s.removed)).map((r) => r.id))]));
  const byKey = new Map<string, SourceRecord>();
  for (const r of [...stored, ...fresh]) {
    const key = removalListKey(r);
    if (!key || listed.get(key)?.has(r.id)) continue;
    const k = `${key}|${r.id}`;
    // The first seen removal is the earliest evidence; a fresh copy of the same record does not move its date.
    if (!byKey.has(k)) byKey.set(k, r);
  }
  return [...byKey.values()];
}
