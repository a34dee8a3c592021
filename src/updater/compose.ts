/**
 * Which lists a rebuilt knowledge base is made of: for each list key, the
 * newer of the bundled list and the last accepted download (the bundled one
 * wins when a newer extension version ships newer data), in merge priority.
 *
 * The bundled KB ships merged entities, not the parsed lists kb:build merged,
 * so its lists are recovered by splitting each entity back into its source
 * records. Each listing (Sanction) is exact; names and facts are the merged
 * entity's, given to every record of that entity, so that merging the
 * recovered lists again gives the same entities. A record of a list that is
 * replaced drops out with its listing, but the names and facts it brought
 * stay with the entity's other records until their own list is replaced.
 */
import type { KnowledgeBase } from '../kb/bundle';
import type { ParsedList, Sanction, SourceRecord } from '../kb/model';
import { sanctionListKey } from '../kb/list-keys';
import { LIST_ORDER } from './feeds';
import { isFutureDated } from './validate';
import { isOffList } from '../kb/removals';

/** An entity split back into its source records, each with the key of the list it came from. */
export function splitEntity(e: KnowledgeBase['entities'][number]): { key: string; record: SourceRecord }[] {
  // combine() lists each record's sanctions in record order, one per record. Ids are not unique keys
  // (an OFAC ent_num can be on both the SDN and the non-SDN list), so records go by position.
  const perRecord: Sanction[][] =
    e.sanctions.length === e.sourceRecords.length
      ? e.sanctions.map((s) => [s])
      : e.sourceRecords.map((id) => e.sanctions.filter((s) => id.startsWith(`${s.authority.toLowerCase()}:`)));
  const out: { key: string; record: SourceRecord }[] = [];
  e.sourceRecords.forEach((id, i) => {
    const sanctions = perRecord[i];
    if (!sanctions[0]) return;
    // Every record gets all names: combine() skips the ones its lead already gave and demotes other primaries.
    out.push({ key: sanctionListKey(sanctions[0]), record: { id, schema: e.schema, names: e.names, sanctions, props: e.props } });
  });
  return out;
}

/** The lists a KB was built from; records whose listings have all ended are not entries (src/updater/removals.ts keeps them). */
export function decomposeKb(kb: KnowledgeBase): ParsedList[] {
  const records = new Map<string, SourceRecord[]>(kb.sources.map((s) => [s.list, []]));
  for (const e of kb.entities) {
    for (const { key, record } of splitEntity(e)) {
      if (isOffList(record)) continue;
      records.get(key)?.push(record);
    }
  }
  return kb.sources.map((source) => ({ source, records: records.get(source.list) ?? [], skipped: {} }));
}

function rank(key: string): number {
  const i = LIST_ORDER.indexOf(key);
  return i < 0 ? LIST_ORDER.length : i;
}

/**
 * A downloaded list, plus the parties the replaced copy knew only from companion files newer
 * than the download (Sanction.partial): a main file older than those files says nothing about
 * them, so they are neither dropped nor seen as removed. A download as new as the files replaces them.
 */
function withNewerPartials(download: ParsedList, replaced: ParsedList): ParsedList {
  const ids = new Set(download.records.map((r) => r.id));
  const carried = replaced.records.filter((r) => !ids.has(r.id) && r.sanctions.some((s) => s.partial && s.partial.date > download.source.date));
  return carried.length ? { ...download, records: [...download.records, ...carried] } : download;
}

/**
 * The lists to assemble: every bundled list, each replaced by the downloaded
 * list of the same key unless the bundled one is newer; downloaded lists
 * without a bundled counterpart are added. A download dated beyond `now`
 * (stored before such dates were refused) has no date that can be trusted,
 * so it never outranks a bundled list.
 */
export function composeLists(bundled: ParsedList[], downloaded: ParsedList[], now: number): ParsedList[] {
  const chosen = new Map<string, ParsedList>(bundled.map((l) => [l.source.list, l]));
  for (const d of downloaded) {
    const b = chosen.get(d.source.list);
    if (!b || (d.source.date >= b.source.date && !isFutureDated(d.source.date, now))) chosen.set(d.source.list, b ? withNewerPartials(d, b) : d);
  }
  return [...chosen.values()].sort((a, b) => rank(a.source.list) - rank(b.source.list));
}
