/**
 * The search index packed for shipping (`kb-search.bin`, made at build time
 * beside the knowledge base's core and details): the flat arrays of
 * search-data.ts as typed sections, keys and token forms as one text each,
 * and each target's details and each name's text as its own UTF-8 slice,
 * decoded only for the results shown. Unpacking views the arrays in place
 * and splits two texts, so the first search of a fresh browser builds
 * nothing.
 */
import { Container, countsOf, narrowest, PackError, startsFrom, writeContainer, type UintArray } from '../kb/pack/container';
import type { BuiltSearchData, SearchData, SearchTarget } from './search-data';

export const SEARCH_PACK_FORMAT = 'sl-search-1';

interface SearchMeta {
  format: typeof SEARCH_PACK_FORMAT;
  targets: number;
  names: number;
  tokens: number;
  keys: number;
  programmesByAuthority: Record<string, string[]>;
}

/** A target as packed: `card` only where it differs from `entity`. */
type PackedTarget = Omit<SearchTarget, 'card'> & { card?: string };

/** Strings one after another as UTF-8, with their byte lengths (each decoded on its own when asked for). */
function blob(items: string[]): { bytes: Uint8Array; lengths: UintArray } {
  const encoder = new TextEncoder();
  const parts = items.map((x) => encoder.encode(x));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, lengths: narrowest(parts.map((p) => p.length)) };
}

/** Joined by a line break, which no token or key holds: one split instead of a JSON parse. */
const SEP = '\n';

export function packSearchData(data: BuiltSearchData, kbVersion: string): Uint8Array {
  const targets = blob(data.targets.map(({ card, ...t }) => JSON.stringify((card === t.entity ? t : { ...t, card }) satisfies PackedTarget)));
  const names = blob(data.names);
  const meta: SearchMeta = {
    format: SEARCH_PACK_FORMAT,
    targets: data.targetCount,
    names: data.nameCount,
    tokens: data.tokNorm.length,
    keys: data.keys.length,
    programmesByAuthority: data.programmesByAuthority,
  };
  return writeContainer('search', kbVersion, meta, {
    keys: data.keys.join(SEP),
    tokNorm: data.tokNorm.join(SEP),
    targets: targets.bytes,
    targetLength: targets.lengths,
    targetType: narrowest(data.targetType),
    targetProminence: narrowest(data.targetProminence),
    names: names.bytes,
    nameLength: names.lengths,
    nameTarget: narrowest(data.nameTarget),
    nameCount: countsOf(data.nameStart),
    nameTok: narrowest(data.nameTok),
    nameOptional: narrowest(data.nameOptional),
    nameFlags: narrowest(data.nameFlags),
    tokKey: narrowest(data.tokKey),
    tokFlags: narrowest(data.tokFlags),
    postCount: countsOf(data.postStart),
    posts: narrowest(data.posts),
  });
}

/** The packed index and the version of the knowledge base it was made from. */
export interface UnpackedSearch {
  kbVersion: string;
  data: SearchData;
}

/** Throws a `PackError` on corrupt data, or when `kbVersion` is given and the index was made from another. */
export function unpackSearchData(bytes: Uint8Array, kbVersion?: string): SearchData {
  return unpackSearch(bytes, kbVersion).data;
}

export function unpackSearch(bytes: Uint8Array, kbVersion?: string): UnpackedSearch {
  const c = new Container<SearchMeta>(bytes, 'search', 'search');
  const meta = c.header.meta;
  if (meta?.format !== SEARCH_PACK_FORMAT) throw new PackError('search', `format ${String(meta?.format)}, expected ${String(SEARCH_PACK_FORMAT)}`);
  if (kbVersion !== undefined && c.header.kbVersion !== kbVersion) throw new PackError('search', `made for ${String(c.header.kbVersion)}, not ${kbVersion}`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // The two largest sections are checked (checksummed) on the first result shown, not before the first search.
  let targetBytes: Uint8Array | undefined;
  let nameBytes: Uint8Array | undefined;
  const targetStart = startsFrom(c.uints('targetLength'));
  const nameStartByte = startsFrom(c.uints('nameLength'));
  const cache = new Map<number, SearchTarget>();
  const data: SearchData = {
    targetCount: meta.targets,
    targetType: c.uints('targetType'),
    targetProminence: c.uints('targetProminence'),
    target: (i) => {
      let t = cache.get(i);
      if (!t) {
        targetBytes ??= c.u8('targets');
        const p = JSON.parse(decoder.decode(targetBytes.subarray(targetStart[i], targetStart[i + 1]))) as PackedTarget;
        t = { ...p, card: p.card ?? p.entity };
        cache.set(i, t);
      }
      return t;
    },
    programmesByAuthority: meta.programmesByAuthority,
    nameCount: meta.names,
    nameText: (n) => decoder.decode((nameBytes ??= c.u8('names')).subarray(nameStartByte[n], nameStartByte[n + 1])),
    nameTarget: c.uints('nameTarget'),
    nameStart: startsFrom(c.uints('nameCount')),
    nameTok: c.uints('nameTok'),
    nameOptional: c.uints('nameOptional'),
    nameFlags: c.uints('nameFlags'),
    tokNorm: c.text('tokNorm').split(SEP),
    tokKey: c.uints('tokKey'),
    tokFlags: c.uints('tokFlags'),
    keys: c.text('keys').split(SEP),
    postStart: startsFrom(c.uints('postCount')),
    posts: c.uints('posts'),
  };
  const n = meta.names;
  if (targetStart.length !== meta.targets + 1 || data.targetType.length !== meta.targets || data.targetProminence.length !== meta.targets) throw new PackError('search', 'targets do not match');
  if (nameStartByte.length !== n + 1 || data.nameTarget.length !== n || data.nameStart.length !== n + 1 || data.nameStart[n] !== data.nameTok.length) throw new PackError('search', 'names do not match');
  if (data.tokNorm.length !== meta.tokens || data.tokKey.length !== meta.tokens || data.keys.length !== meta.keys || data.postStart.length !== meta.keys + 1) throw new PackError('search', 'tokens or keys do not match');
  if (data.postStart[meta.keys] !== data.posts.length) throw new PackError('search', 'postings do not match');
  return { kbVersion: c.header.kbVersion, data };
}
