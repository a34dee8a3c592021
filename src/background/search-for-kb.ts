/**
 * The search index of a loaded knowledge base, built on the first search
 * (never at the worker's cold start) and dropped with the knowledge base it
 * was built from, so a swapped-in update gets its own.
 */
import type { LoadedKb } from './kb-runtime';
import type { Designation } from '../kb/model';
import { LazyEntities } from '../kb/pack/entities';
import { SearchIndex } from '../search/search-index';

const built = new WeakMap<LoadedKb, SearchIndex>();

function allEntities(loaded: LoadedKb): Iterable<Designation> {
  const e = loaded.index.entities;
  // Packed entities are decoded one at a time and not kept: a card decodes its own again when asked.
  return e instanceof LazyEntities ? e.uncached() : e.values();
}

export async function searchIndexFor(loaded: LoadedKb): Promise<SearchIndex> {
  const have = built.get(loaded);
  if (have) return have;
  const e = loaded.index.entities;
  if (e instanceof LazyEntities && e.loading) await e.loading;
  const again = built.get(loaded);
  if (again) return again;
  const started = performance.now();
  const index = new SearchIndex({ entities: allEntities(loaded), curated: loaded.kb.curated });
  built.set(loaded, index);
  // Read by npm run bench: what the first search of a knowledge base costs once.
  performance.measure('sl:search-index', { start: started, end: performance.now() });
  return index;
}
