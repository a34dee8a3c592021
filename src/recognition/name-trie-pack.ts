/**
 * The recogniser's name index in packed form: flat integer arrays over a shared
 * string table instead of nested JSON, so a worker gets a ready trie by
 * viewing typed arrays. The trie stays packed (children sorted by key id,
 * found by binary search); targets and entries become the same objects
 * `buildNameTrie` makes, so scanning behaves identically.
 */
import type { BodyKind } from '../kb/curated/types';
import type { Category, EntitySchema } from '../kb/model';
import { NameTrie, type Entry, type Target, type WeakAlias } from './name-trie';
import { NONE, type StringPool, type StringTable } from '../kb/pack/strings';
import { countsOf, narrowest, PackError, startsFrom, type Container, type UintArray } from '../kb/pack/container';
import { partitionPoint } from '../shared/partition-point';

/**
 * 4: node ids in breadth-first order (edge k leads to node k + 1) and entries in the order of their nodes
 * (node n's entries are one run), so neither a child-node nor a terminal-entry array; run lengths for starts;
 * every array as narrow as its values.
 */
export const INDEX_FORMAT = 4;

export interface PackedTrieMeta {
  format: typeof INDEX_FORMAT;
  nodes: number;
  targets: number;
  entries: number;
  keys: number;
}

const P = 'ix.';

/** A target whose surnames and weak aliases are decoded on first read. */
class PackedTarget implements Target {
  schema?: EntitySchema;
  bodyKind?: BodyKind;
  private sur?: string[] | null;
  private wk?: WeakAlias[] | null;
  private jur?: string | null;

  constructor(
    private readonly slot: number,
    readonly id: string,
    readonly category: Category,
    readonly name: string,
    private readonly surnamesOf: (i: number) => string[] | undefined,
    private readonly weakOf: (i: number) => WeakAlias[] | undefined,
    private readonly jurisdictionsOf: (i: number) => string | undefined,
  ) {}

  get jurisdictions(): string | undefined {
    if (this.jur === undefined) this.jur = this.jurisdictionsOf(this.slot) ?? null;
    return this.jur ?? undefined;
  }

  get surnames(): string[] | undefined {
    if (this.sur === undefined) this.sur = this.surnamesOf(this.slot) ?? null;
    return this.sur ?? undefined;
  }

  get weak(): WeakAlias[] | undefined {
    if (this.wk === undefined) this.wk = this.weakOf(this.slot) ?? null;
    return this.wk ?? undefined;
  }
}

/** The index's sections (integer arrays, as narrow as their values, whose string ids point into `pool`) and their counts. */
export function packNameTrie(index: NameTrie, pool: StringPool): { meta: PackedTrieMeta; sections: Record<string, UintArray> } {
  if (index.isPacked) throw new Error('recognizer index: already packed');
  const T = index.targets.length;
  const tId = new Uint32Array(T), tName = new Uint32Array(T), tCat = new Uint32Array(T), tSchema = new Uint32Array(T), tBody = new Uint32Array(T);
  const tJur = new Uint32Array(T);
  const tSurStart = new Uint32Array(T + 1), tWeakStart = new Uint32Array(T + 1);
  const sur: number[] = [], weakKeys: number[] = [], weakNorm: number[] = [], weakCommon: number[] = [];
  index.targets.forEach((t, i) => {
    tId[i] = pool.add(t.id);
    tName[i] = pool.add(t.name);
    tCat[i] = pool.add(t.category);
    tSchema[i] = pool.opt(t.schema);
    tBody[i] = pool.opt(t.bodyKind);
    tJur[i] = pool.opt(t.jurisdictions);
    for (const s of t.surnames ?? []) sur.push(pool.add(s));
    tSurStart[i + 1] = sur.length;
    for (const w of t.weak ?? []) {
      weakKeys.push(pool.add(w.keys));
      weakNorm.push(pool.add(w.norm));
      weakCommon.push(w.commonSingle ? 1 : 0);
    }
    tWeakStart[i + 1] = weakKeys.length;
  });

  const N = index.nodes;
  const edgeList = index.edgeList();
  // Key ids follow UTF-16 code-unit order, so the reader finds a key by binary search without building a map.
  const sortedKeys = [...new Set(edgeList.map((e) => e[1]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const keyIds = new Map(sortedKeys.map((k, i) => [k, i]));
  const keyStr = sortedKeys.map((k) => pool.add(k));
  const kids: [number, number][][] = Array.from({ length: N }, () => []);
  for (const [parent, key, child] of edgeList) kids[parent].push([keyIds.get(key)!, child]);
  // Nodes renumbered breadth-first, each node's children in key order: then the edges listed by parent and
  // key lead to nodes 1, 2, 3…, and the reader needs no array of child nodes (a u32 per edge).
  const oldOf = new Uint32Array(N);
  const childCount = new Uint32Array(N), childKey = new Uint32Array(edgeList.length);
  let next = 1;
  for (let n = 0; n < N; n++) {
    const list = kids[oldOf[n]].sort((a, b) => a[0] - b[0]);
    childCount[n] = list.length;
    for (const [k, child] of list) {
      childKey[next - 1] = k;
      oldOf[next++] = child;
    }
  }
  if (next !== N) throw new Error(`recognizer index: ${next} of ${N} trie nodes reachable`);

  // Entries renumbered in the order of the nodes they end at: node n's entries are then one run, and the
  // reader needs no list of entry indices (each entry ends at exactly one node).
  const termCount = new Uint32Array(N);
  const order: number[] = [];
  for (let n = 0; n < N; n++) {
    const list = index.terminals.get(oldOf[n]) ?? [];
    order.push(...list);
    termCount[n] = list.length;
  }
  const E = index.entries.length;
  if (order.length !== E) throw new Error(`recognizer index: ${order.length} terminal entries for ${E} entries`);
  const eTarget = new Uint32Array(E), eFlags = new Uint32Array(E), eNorm = new Uint32Array(E), eCased = new Uint32Array(E), eContent = new Uint32Array(E);
  order.forEach((old, i) => {
    const e = index.entries[old];
    eTarget[i] = e.target;
    eFlags[i] = e.flags;
    eNorm[i] = pool.add(e.norm);
    eCased[i] = pool.add(e.cased);
    eContent[i] = e.content;
  });

  const imoKey: number[] = [], imoCount: number[] = [], imoList: number[] = [];
  for (const [k, list] of index.imo) {
    imoKey.push(pool.add(k));
    imoList.push(...list);
    imoCount.push(list.length);
  }

  const u = (a: number[]) => Uint32Array.from(a);
  const sections: Record<string, Uint32Array> = {
    [P + 'tId']: tId, [P + 'tName']: tName, [P + 'tCat']: tCat, [P + 'tSchema']: tSchema, [P + 'tBody']: tBody, [P + 'tJur']: tJur,
    [P + 'tSur']: u(sur),
    [P + 'tWeakKeys']: u(weakKeys), [P + 'tWeakNorm']: u(weakNorm), [P + 'tWeakCommon']: u(weakCommon),
    [P + 'eTarget']: eTarget, [P + 'eFlags']: eFlags, [P + 'eNorm']: eNorm, [P + 'eCased']: eCased, [P + 'eContent']: eContent,
    [P + 'keys']: u(keyStr), [P + 'childCount']: childCount, [P + 'childKey']: childKey,
    [P + 'termCount']: termCount,
    [P + 'imoKey']: u(imoKey), [P + 'imoCount']: u(imoCount), [P + 'imoList']: u(imoList),
  };
  return {
    meta: { format: INDEX_FORMAT, nodes: N, targets: T, entries: E, keys: keyStr.length },
    sections: {
      ...Object.fromEntries(Object.entries(sections).map(([name, a]) => [name, narrowest(a)])),
      [P + 'tSurCount']: countsOf(tSurStart),
      [P + 'tWeakCount']: countsOf(tWeakStart),
    },
  };
}

const KEY_IDS_MAX = 100_000;

/** Rebuilds a `NameTrie` from `packNameTrie` sections, checking every array's length against the counts. */
export function unpackNameTrie(c: Container, meta: PackedTrieMeta, strings: StringTable): NameTrie {
  if (meta?.format !== INDEX_FORMAT) throw new PackError(c.what, `recogniser index format ${String(meta?.format)}, expected ${String(INDEX_FORMAT)}`);
  const { nodes: N, targets: T, entries: E, keys: K } = meta;
  const arr = (name: string, len?: number) => {
    const a = c.uints(P + name);
    if (len !== undefined && a.length !== len) throw new PackError(c.what, `section ${P + name} has ${a.length} values, expected ${len}`);
    return a;
  };
  const bound = (a: UintArray, limit: number, name: string) => {
    for (let i = 0; i < a.length; i++) if (a[i] > limit) throw new PackError(c.what, `section ${P + name} points outside its data`);
    return a;
  };
  // Run lengths summed back to starts; the runs must cover the data they index exactly.
  const starts = (name: string, len: number, total: number) => {
    const s = startsFrom(arr(name, len));
    if (s[len] !== total) throw new PackError(c.what, `section ${P + name} covers ${s[len]} values, expected ${total}`);
    return s;
  };

  const tId = arr('tId', T), tName = arr('tName', T), tCat = arr('tCat', T), tSchema = arr('tSchema', T), tBody = arr('tBody', T);
  const tJur = arr('tJur', T);
  const tSur = arr('tSur'), tSurStart = starts('tSurCount', T, tSur.length);
  const tWeakKeys = arr('tWeakKeys'), tWeakStart = starts('tWeakCount', T, tWeakKeys.length);
  const tWeakNorm = arr('tWeakNorm', tWeakKeys.length), tWeakCommon = arr('tWeakCommon', tWeakKeys.length);
  // Surnames and weak aliases are read only after a mention of their target: decoded then, not at load.
  const surnamesOf = (i: number): string[] | undefined => {
    const from = tSurStart[i], to = tSurStart[i + 1];
    if (!(to > from)) return undefined;
    const s: string[] = [];
    for (let k = from; k < to; k++) s.push(strings.get(tSur[k]));
    return s;
  };
  const weakOf = (i: number): WeakAlias[] | undefined => {
    const from = tWeakStart[i], to = tWeakStart[i + 1];
    if (!(to > from)) return undefined;
    const w: WeakAlias[] = [];
    for (let k = from; k < to; k++) w.push({ keys: strings.get(tWeakKeys[k]), norm: strings.get(tWeakNorm[k]), commonSingle: tWeakCommon[k] === 1 });
    return w;
  };
  const jurisdictionsOf = (i: number): string | undefined => (tJur[i] === NONE ? undefined : strings.get(tJur[i]));
  const targets: Target[] = new Array<Target>(T);
  for (let i = 0; i < T; i++) {
    const t = new PackedTarget(i, strings.get(tId[i]), strings.get(tCat[i]) as Category, strings.get(tName[i]), surnamesOf, weakOf, jurisdictionsOf);
    if (tSchema[i] !== NONE) t.schema = strings.get(tSchema[i]) as EntitySchema;
    if (tBody[i] !== NONE) t.bodyKind = strings.get(tBody[i]) as BodyKind;
    targets[i] = t;
  }

  const eTarget = bound(arr('eTarget', E), T - 1, 'eTarget'), eFlags = arr('eFlags', E), eNorm = arr('eNorm', E), eCased = arr('eCased', E), eContent = arr('eContent', E);
  // Entries are made when the trie walk first reaches them: the scanner reads `entries[i]` only for
  // indices that `terminals.get` has just returned (scanner.ts), so that is where they are filled in.
  const entries: Entry[] = new Array<Entry>(E);
  const entryAt = (i: number): void => {
    entries[i] ??= { target: eTarget[i], flags: eFlags[i], norm: strings.get(eNorm[i]), cased: strings.get(eCased[i]), content: eContent[i] };
  };

  const keyStr = arr('keys', K);
  // Every trie step asks for its word's key id, a binary search comparing packed strings: the same words
  // come back on every page, so the answers are remembered (bounded).
  const keyIds = new Map<string, number>();
  const keyId = (key: string): number => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = searchKey(key);
      if (keyIds.size >= KEY_IDS_MAX) keyIds.clear();
      keyIds.set(key, id);
    }
    return id;
  };
  const searchKey = (key: string): number => {
    const i = partitionPoint(K, (j) => strings.compare(keyStr[j], key) < 0);
    return i < K && strings.compare(keyStr[i], key) === 0 ? i : -1;
  };
  const childKey = bound(arr('childKey', N - 1), K - 1, 'childKey');
  const childStart = starts('childCount', N, N - 1);
  // Breadth-first node ids: edge k leads to node k + 1.
  const child = (node: number, key: string): number | undefined => {
    const k = keyId(key);
    if (k < 0) return undefined;
    const first = childStart[node];
    const end = childStart[node + 1];
    const i = first + partitionPoint(end - first, (j) => childKey[first + j] < k);
    return i < end && childKey[i] === k ? i + 1 : undefined;
  };

  const termStart = starts('termCount', N, E);
  // Looked up only where a trie walk succeeds, so lists are made on demand rather than 70k at load.
  const terminals = {
    get(node: number): number[] | undefined {
      const from = termStart[node], to = termStart[node + 1];
      if (!(to > from)) return undefined;
      const out: number[] = [];
      for (let k = from; k < to; k++) {
        out.push(k);
        entryAt(k);
      }
      return out;
    },
  };

  const imoKey = arr('imoKey'), imoList = bound(arr('imoList'), T - 1, 'imoList');
  const imoStart = starts('imoCount', imoKey.length, imoList.length);
  const imo = new Map<string, number[]>();
  for (let k = 0; k < imoKey.length; k++) imo.set(strings.get(imoKey[k]), Array.from(imoList.subarray(imoStart[k], imoStart[k + 1])));

  return new NameTrie({ targets, entries, terminals, imo, nodeCount: N, child });
}
