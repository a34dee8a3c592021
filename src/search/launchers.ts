/**
 * The ways into search from outside its page: the context menu on selected
 * text and the address bar's `sl` keyword. Plain functions over plain data;
 * entrypoints/background.ts wires them to the browser's events.
 */
import type { SearchResult } from './types';

export const CONTEXT_MENU_ID = 'sl-lookup';
/** `%s` is the browser's placeholder for the selected text. */
export const CONTEXT_MENU_TITLE = 'Look up “%s” in Sanctions Lens';
export const OMNIBOX_KEYWORD = 'sl';
const MAX_QUERY = 200;
const SUGGESTIONS = 5;

/** A query from selected text: one line, trimmed, capped (a selection may be a whole article). */
export function queryFromSelection(selection: string | undefined): string {
  return (selection ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}

/**
 * What a launcher asks the search page for: a query, and a result whose card
 * opens at once. Never put in the page's address, where the browser's
 * history would keep it: the launcher leaves it in `storage.session` (the
 * extension's own, in memory, gone with the browser session) under a one-use
 * token, and the search page's address carries only the token.
 */
export interface SearchHandOff {
  query: string;
  open?: string;
}

/** The slice of `storage.session` the hand-off needs. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const HAND_OFF_PREFIX = 'search-hand-off:';
const TOKEN = /^[0-9a-f-]{36}$/;

/** Leaves the request for the page and returns the page's address (`base`: the extension's search.html URL). */
export async function handOffSearch(session: SessionArea, base: string, request: SearchHandOff, token: string = crypto.randomUUID()): Promise<string> {
  const query = queryFromSelection(request.query);
  if (!query && !request.open) return base;
  await session.set({ [HAND_OFF_PREFIX + token]: { query, ...(request.open ? { open: request.open.slice(0, MAX_QUERY) } : {}) } });
  return `${base}#${token}`;
}

/** The request left under the address's token, taken once (a second read finds nothing). */
export async function takeSearchHandOff(session: SessionArea, hash: string): Promise<SearchHandOff | null> {
  const token = hash.replace(/^#/, '');
  if (!TOKEN.test(token)) return null;
  const key = HAND_OFF_PREFIX + token;
  const got = (await session.get(key))[key];
  await session.remove(key);
  if (typeof got !== 'object' || got === null) return null;
  const { query, open } = got as Record<string, unknown>;
  return { query: typeof query === 'string' ? queryFromSelection(query) : '', ...(typeof open === 'string' ? { open } : {}) };
}

export interface OmniboxSuggestion {
  content: string;
  description: string;
}

/** Chrome reads suggestion descriptions as XML; Firefox shows them as text. */
function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Address-bar suggestions for the best results; choosing one opens the search page on that name. */
export function omniboxSuggestions(results: SearchResult[], xml: boolean): OmniboxSuggestion[] {
  const seen = new Set<string>();
  const out: OmniboxSuggestion[] = [];
  for (const r of results) {
    if (out.length >= SUGGESTIONS) break;
    const content = r.name.slice(0, MAX_QUERY);
    // The browser drops suggestions whose content repeats another's.
    if (seen.has(content)) continue;
    seen.add(content);
    const who = [r.type, r.authorities.join(' '), r.likely ? 'likely match' : `score ${r.score}`].filter(Boolean).join(' · ');
    const text = `${r.name} — ${who}${r.matched !== r.name ? ` (as ${r.matched})` : ''}`;
    out.push({ content, description: xml ? escapeXml(text) : text });
  }
  return out;
}
