/**
 * The search page's query, kept in its tab's sessionStorage: a reload finds
 * it again, the address never carries it (so the browser's history does
 * not), and it is gone when the tab closes.
 */
import type { SearchHandOff } from '../search/launchers';

const KEY = 'sl-search';

export function rememberSearch(store: Storage, search: SearchHandOff): void {
  try {
    store.setItem(KEY, JSON.stringify(search));
  } catch {
    // A full or disabled store: the page still works, a reload starts empty.
  }
}

export function rememberedSearch(store: Storage): SearchHandOff {
  try {
    const v = JSON.parse(store.getItem(KEY) ?? 'null') as unknown;
    if (typeof v === 'object' && v !== null && typeof (v as SearchHandOff).query === 'string')
      return { query: (v as SearchHandOff).query, ...(typeof (v as SearchHandOff).open === 'string' ? { open: (v as SearchHandOff).open } : {}) };
  } catch {
    // Not ours: start empty.
  }
  return { query: '' };
}
