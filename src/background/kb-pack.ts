/**
 * The packed knowledge base: what the extension ships and what the updater
 * stores, made for the worker's cold start.
 *
 * Two binary containers (see container.ts):
 * - core (`kb-core.bin`): the KB without its entities (sources, curated
 *   layer, version) as JSON, the recogniser's name index as flat integer arrays
 *   over one string table (name-trie-pack.ts), and per entity only what a scan
 *   reply needs: its id and its authorities. Enough to answer scans.
 * - details (`kb-details.bin`): every entity as its own UTF-8 JSON slice,
 *   decoded only when a card asks for it (entities.ts).
 *
 * `PackedKb` is a plain object of two byte arrays and the KB head, so it
 * survives structured cloning into IndexedDB unchanged.
 */
import type { KnowledgeBase } from '../kb/bundle';
import type { Designation } from '../kb/model';
import { Container, countsOf, narrowest, PackError, startsFrom, writeContainer } from '../kb/pack/container';
import { StringPool, StringTable } from '../kb/pack/strings';
import { LazyEntities } from '../kb/pack/entities';
import { packNameTrie, unpackNameTrie, type PackedTrieMeta } from '../recognition/name-trie-pack';
import type { NameTrie } from '../recognition/name-trie';
import { partitionPoint } from '../shared/partition-point';

/** 2: narrow arrays and run lengths (container.ts `narrowest`, `countsOf`), strings in an ASCII and a wide text (strings.ts), the index in format 4. */
export const PACK_FORMAT = 'sl-pack-2';

/** The knowledge base without its entities: small enough to keep as plain JSON. */
export type KbHead = Omit<KnowledgeBase, 'entities'>;

export interface PackedKb {
  format: typeof PACK_FORMAT;
  /** The KB without entities; `kb.version` names the pack. */
  kb: KbHead;
  /** The core container (head, name index, entity ids and authorities). */
  core: Uint8Array;
  /** The details container (the entities, decoded on demand). */
  details: Uint8Array;
}

interface CoreMeta {
  format: typeof PACK_FORMAT;
  index: PackedTrieMeta;
  entities: number;
  /** Authority names the per-entity codes point to. */
  authorities: string[];
  /** Listed parties linked to each jurisdiction, counted at pack time over every entity. */
  linkedCounts: Record<string, number>;
}

interface DetailsMeta {
  entities: number;
}

export interface PackInput {
  kb: KnowledgeBase;
  /** The recogniser's index built from this KB (`createRecognizer(kb, lexicon).index`). */
  index: NameTrie;
  /** What `KbLookup.linkedPartyCounts()` gives for the full KB. */
  linkedCounts: ReadonlyMap<string, number>;
}

export function packKb({ kb, index, linkedCounts }: PackInput): PackedKb {
  const pool = new StringPool();
  const packedIndex = packNameTrie(index, pool);
  const { entities, ...head } = kb;
  const authorities: string[] = [];
  const entityId = new Uint32Array(entities.length);
  const authStart = new Uint32Array(entities.length + 1);
  const auth: number[] = [];
  entities.forEach((e, i) => {
    entityId[i] = pool.add(e.id);
    for (const a of new Set(e.sanctions.map((s) => s.authority))) {
      let code = authorities.indexOf(a);
      if (code < 0) code = authorities.push(a) - 1;
      auth.push(code);
    }
    authStart[i + 1] = auth.length;
  });
  if (authorities.length > 255) throw new Error('packKb: more than 255 authorities');
  // Entity slots in id order (UTF-16 code units, as StringTable.compare): a scan reply finds an entity's
  // authorities by binary search, where mapping all 16,840 ids first was ~3 ms of a cold start's first reply.
  const byId = entities.map((_, i) => i).sort((a, b) => (entities[a].id < entities[b].id ? -1 : entities[a].id > entities[b].id ? 1 : 0));
  const strings = pool.finish();
  const meta: CoreMeta = {
    format: PACK_FORMAT,
    index: packedIndex.meta,
    entities: entities.length,
    authorities,
    linkedCounts: Object.fromEntries(linkedCounts),
  };
  const core = writeContainer('core', kb.version, meta, {
    head: JSON.stringify(head),
    'str.text': strings.ascii,
    'str.wide': strings.wide,
    'str.lengths': strings.lengths,
    'str.wideIds': strings.wideIds,
    'kb.entityId': narrowest(entityId),
    'kb.authCount': countsOf(authStart),
    'kb.byId': narrowest(byId),
    'kb.auth': Uint8Array.from(auth),
    ...packedIndex.sections,
  });

  const encoder = new TextEncoder();
  const chunks = entities.map((e) => encoder.encode(JSON.stringify(e)));
  const ends = new Uint32Array(chunks.length);
  let total = 0;
  chunks.forEach((c, i) => (ends[i] = total += c.length));
  const all = new Uint8Array(total);
  chunks.forEach((c, i) => all.set(c, i ? ends[i - 1] : 0));
  const meta2: DetailsMeta = { entities: entities.length };
  const details = writeContainer('details', kb.version, meta2, { entities: all, ends });
  return { format: PACK_FORMAT, kb: head as KbHead, core, details };
}

/**
 * A packed KB whose details file is still being read. Scans need the core
 * only; reading the 16 MB of details was half of a cold start, so the first
 * scan no longer waits for it (cards do: see `UnpackedKb.detailsLoaded`).
 */
export interface CoreFirstPackedKb extends Omit<PackedKb, 'details'> {
  details: Promise<Uint8Array>;
}

/** Builds a `PackedKb` from the two shipped files, reading the head from the core. */
export function packedFromFiles(core: Uint8Array, details: Uint8Array): PackedKb {
  const c = new Container<CoreMeta>(core, 'core', 'core');
  return { format: PACK_FORMAT, kb: c.json<KbHead>('head'), core, details };
}

/** The same from the core alone, with the details to follow. */
export function coreFirstFromFiles(core: Uint8Array, details: Promise<Uint8Array>): CoreFirstPackedKb {
  const c = new Container<CoreMeta>(core, 'core', 'core');
  return { format: PACK_FORMAT, kb: c.json<KbHead>('head'), core, details };
}

export interface UnpackedKb {
  /** The KB; its `entities` decodes every entity on first access (tools only: the worker never touches it). */
  kb: KnowledgeBase;
  nameIndex: NameTrie;
  entities: LazyEntities;
  authoritiesOf(id: string): string[] | undefined;
  linkedCounts: Map<string, number>;
  /** While the details of a core-first KB are still being read: resolves when entities can be decoded, rejects if the details are unusable. */
  detailsLoaded?: Promise<void>;
}

export function unpackKb(packed: PackedKb | CoreFirstPackedKb): UnpackedKb {
  if (!packed || packed.format !== PACK_FORMAT) throw new PackError('pack', `format ${String(packed?.format)}, expected ${PACK_FORMAT}`);
  const core = new Container<CoreMeta>(packed.core, 'core', 'core');
  const version = packed.kb?.version;
  if (core.header.kbVersion !== version) throw new PackError('pack', `versions differ: head ${String(version)}, core ${core.header.kbVersion}`);
  const meta = core.header.meta;
  if (meta?.format !== PACK_FORMAT) throw new PackError('core', `format ${String(meta?.format)}, expected ${String(PACK_FORMAT)}`);
  const openDetails = (bytes: Uint8Array) => {
    const details = new Container<DetailsMeta>(bytes, 'details', 'details');
    if (details.header.kbVersion !== version) throw new PackError('pack', `versions differ: core ${version}, details ${details.header.kbVersion}`);
    if (details.header.meta?.entities !== meta.entities) throw new PackError('details', `${details.header.meta?.entities} entities, core has ${meta.entities}`);
    return details;
  };
  const details = packed.details instanceof Promise ? packed.details.then(openDetails) : openDetails(packed.details);

  const strings = new StringTable({ ascii: core.text('str.text'), wide: core.text('str.wide'), lengths: core.uints('str.lengths'), wideIds: core.uints('str.wideIds') }, 'core');
  const nameIndex = unpackNameTrie(core, meta.index, strings);
  const entityId = core.uints('kb.entityId');
  if (entityId.length !== meta.entities) throw new PackError('core', `${entityId.length} entity ids, expected ${meta.entities}`);
  const ids = Array.from(entityId, (s) => strings.get(s));
  const authStart = startsFrom(core.uints('kb.authCount'));
  const auth = core.u8('kb.auth');
  if (authStart.length !== ids.length + 1 || authStart[ids.length] !== auth.length) throw new PackError('core', 'authority table does not match the entities');
  const byId = core.uints('kb.byId');
  if (byId.length !== ids.length || byId.some((slot) => slot >= ids.length)) throw new PackError('core', 'id order does not match the entities');
  const slotOf = (id: string): number | undefined => {
    const k = partitionPoint(byId.length, (i) => strings.compare(entityId[byId[i]], id) < 0);
    return k < byId.length && strings.compare(entityId[byId[k]], id) === 0 ? byId[k] : undefined;
  };
  const authoritiesOf = (id: string): string[] | undefined => {
    const i = slotOf(id);
    if (i === undefined) return undefined;
    const out: string[] = [];
    for (let k = authStart[i]; k < authStart[i + 1]; k++) out.push(meta.authorities[auth[k]]);
    return out;
  };

  const entities = new LazyEntities(ids, details);
  const kb = { ...packed.kb } as KnowledgeBase;
  let all: Designation[] | undefined;
  Object.defineProperty(kb, 'entities', { enumerable: true, get: () => (all ??= entities.all()) });
  const detailsLoaded = entities.loading;
  // Whoever needs the details awaits this and sees the error; a scan-only worker must not report it as unhandled.
  detailsLoaded?.catch(() => undefined);
  return { kb, nameIndex, entities, authoritiesOf, linkedCounts: new Map(Object.entries(meta.linkedCounts)), ...(detailsLoaded && { detailsLoaded }) };
}
