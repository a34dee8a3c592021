/**
 * Assembles a knowledge base from parsed lists and the curated layer, with a
 * version derived from the content, so the same inputs always give the same
 * file. Shared by kb:build and the background updater.
 */
import { KB_FORMAT, type KnowledgeBase } from '../bundle';
import type { ParsedList, SourceRecord } from '../model';
import type { CuratedLayer } from '../curated/types';
import { mergeRecords } from './merge';
import { applyNotableRemovals } from '../removals';
import { sanctionListKey } from '../list-keys';
import { sha256Hex } from '../../shared/sha256';

/**
 * `formerly`: records no longer on their list (src/updater/removals.ts), merged
 * with the list they were on unless it carries them again; the curated
 * notable removals (src/kb/removals.ts) are always applied.
 */
export async function assembleKb(lists: ParsedList[], curated: CuratedLayer, formerly: readonly SourceRecord[] = []): Promise<KnowledgeBase> {
  const withFormer = lists.map((l) => {
    const ids = new Set(l.records.map((r) => r.id));
    const gone = formerly.filter((r) => r.sanctions[0] && sanctionListKey(r.sanctions[0]) === l.source.list && !ids.has(r.id));
    return gone.length ? { ...l, records: [...l.records, ...gone] } : l;
  });
  const { entities } = mergeRecords(withFormer);
  const sources = lists.map((l) => l.source);
  entities.push(...applyNotableRemovals(entities, sources));
  const newestDate = sources.map((s) => s.date).sort().at(-1) ?? '0000-00-00';
  const body = { sources, entities, curated };
  const hash = await sha256Hex(JSON.stringify(body));
  return {
    format: KB_FORMAT,
    version: `${newestDate}+${hash.slice(0, 10)}`,
    builtAt: newestDate,
    sources,
    entities,
    curated,
  };
}
