/**
 * The search index of a loaded knowledge base. The bundled knowledge base
 * comes with its index packed at build time (`kb-search.bin`): it is read
 * and viewed in place on the first search, and needs neither the entity
 * details nor any building. A knowledge base installed by an update has no
 * packed index: its index is built on its first search. Either is dropped
 * with the knowledge base it belongs to.
 */
import type { LoadedKb } from './kb-runtime';
import type { Designation } from '../kb/model';
import { LazyEntities } from '../kb/pack/entities';
import type { Lexicon } from '../recognition/lexicon';
import { SearchIndex } from '../search/search-index';
import { unpackSearch } from '../search/search-pack';

export interface SearchIndexSources {
  /** The packed index shipped with the bundled knowledge base. */
  shipped?: () => Promise<Uint8Array>;
  /** The lexicon an index built in the worker judges common name parts by. */
  lexicon?: () => Promise<Lexicon>;
}

const built = new WeakMap<LoadedKb, Promise<SearchIndex>>();
let sources: SearchIndexSources = {};
/** The shipped index, read once, whichever knowledge base is in use. */
let shipped: Promise<{ kbVersion: string; index: SearchIndex } | null> | null = null;

export function setSearchIndexSources(s: SearchIndexSources): void {
  sources = s;
  shipped = null;
}

/**
 * Starts reading the shipped index, if not yet begun: called as a search arrives, so the file is read while a
 * just-woken worker is still loading its knowledge base, not after.
 */
export function readShippedSearchIndex(): void {
  const read = sources.shipped;
  if (shipped || !read) return;
  shipped = read().then(
    (bytes) => {
      const u = unpackSearch(bytes);
      return { kbVersion: u.kbVersion, index: new SearchIndex({ data: u.data }) };
    },
    // An unreadable file: the index is built instead.
    () => null,
  );
  shipped.catch(() => undefined);
}

function allEntities(loaded: LoadedKb): Iterable<Designation> {
  const e = loaded.index.entities;
  // Packed entities are decoded one at a time and not kept: a card decodes its own again when asked.
  return e instanceof LazyEntities ? e.uncached() : e.values();
}

async function shippedIndex(loaded: LoadedKb): Promise<SearchIndex | null> {
  readShippedSearchIndex();
  const s = await shipped?.catch(() => null);
  if (s && s.kbVersion === loaded.kb.version) return s.index;
  // Made from another knowledge base (an update is in use): dropped, and the index built instead.
  if (s) shipped = Promise.resolve(null);
  return null;
}

async function buildIndex(loaded: LoadedKb): Promise<SearchIndex> {
  const started = performance.now();
  const shipped = await shippedIndex(loaded);
  if (shipped) {
    performance.measure('sl:search-index', { start: started, end: performance.now(), detail: { packed: true } });
    return shipped;
  }
  const e = loaded.index.entities;
  if (e instanceof LazyEntities && e.loading) await e.loading;
  const lexicon = await sources.lexicon?.().catch(() => undefined);
  const index = new SearchIndex({ entities: allEntities(loaded), curated: loaded.kb.curated, lexicon });
  // Read by npm run bench: what the first search of a knowledge base costs once.
  performance.measure('sl:search-index', { start: started, end: performance.now(), detail: { packed: false } });
  return index;
}

export function searchIndexFor(loaded: LoadedKb): Promise<SearchIndex> {
  let index = built.get(loaded);
  if (!index) {
    index = buildIndex(loaded);
    built.set(loaded, index);
    index.catch(() => built.delete(loaded));
  }
  return index;
}
