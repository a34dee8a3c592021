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

/** The search page's address for a query (`base` is the extension's search.html URL). */
export function searchPageUrl(base: string, query: string): string {
  const q = queryFromSelection(query);
  return q ? `${base}?q=${encodeURIComponent(q)}` : base;
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
