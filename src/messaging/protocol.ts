/**
 * Messages between the extension's contexts. Every message is validated on
 * arrival: a content script runs beside untrusted page code, so the
 * background trusts nothing about a message's shape.
 */
import type { Category } from '../kb/model';
import type { Mention } from '../recognition/types';
import type { CardData } from '../kb/cards';
import { RESULT_TYPES, type FilterOptions, type ResultType, type SearchFilters, type SearchResult } from '../search/types';
import { isRecord } from '../shared/untrusted';

export interface ScanRequest {
  type: 'scan';
  text: string;
  /** What the page showed before this text (a block added later is scanned on its own). */
  context?: { jurisdictions: string[]; aboutSanctions: boolean; designated?: string[]; jurisdictionsEverywhere?: boolean };
  /** Sent before the page knew its settings: the worker declines it for a site that is switched off. */
  early?: true;
}
export interface ScanReply {
  kbVersion: string;
  mentions: Mention[];
  /** A newer scan from the same frame took this one's place in the queue: scan this text again later. */
  superseded?: true;
  /** An early scan from a site that is switched off: nothing was matched. */
  declined?: true;
}

export interface CardRequest { type: 'card'; entity: string; text: string; candidates?: string[]; possible?: boolean; /** Mention.matched */ matched?: string }
export type CardReply = CardData | null;

/**
 * A content script asks for the reader's settings: `storage.local` is closed
 * to content scripts (the worker sets it to trusted contexts), so the worker
 * answers with them, and sends `SettingsPush` to every tab when they change.
 * The reply is the settings object, checked by the content script
 * (settings/page-settings.ts).
 */
export interface PageSettingsRequest { type: 'page-settings' }

/** The content script reports its page's mention count, for the toolbar badge. */
export interface CountReport { type: 'count'; count: number }

export interface KbStatusRequest { type: 'kb-status' }
export interface KbStatusReply {
  version: string;
  builtAt: string;
  sources: { authority: string; list: string; date: string; entries: number; mirror?: string; servedBy?: string }[];
}

/** Per-feed state of the background updater, for the popup and the options page. */
export interface FeedStatus {
  /** Feed key: "un", "ofac-sdn", "ofac-nonsdn", "eu-fsf", "uk-sl". */
  feed: string;
  authority: string;
  title: string;
  url: string;
  /** Epoch ms, or null when never. */
  lastCheck: number | null;
  lastChange: number | null;
  nextCheck: number | null;
  /** The data's own date (YYYY-MM-DD) of the copy in use. */
  dataDate: string | null;
  entries: number | null;
  /** Plain-words description of the last failure, or null after a success. */
  lastError: string | null;
  /** A download that shrank by more than 10 %, waiting for the user to apply it or keep the current list. */
  pendingDrop?: { entries: number; inUse: number; seenAt: number } | null;
  /** The mirror host the data in use came from, or null when it is the publisher's (or bundled) data. */
  mirror?: string | null;
  /** The host that served the data in use when a redirect took the download to another host than the one asked. */
  servedBy?: string | null;
}
export interface UpdateStatusRequest { type: 'update-status' }
export interface UpdateStatusReply {
  running: boolean;
  /** Progress of a running update, in plain words ("Downloading the UN list…"). */
  progress: string | null;
  /** Outcome of the last update run, in plain words. */
  lastOutcome: string | null;
  feeds: FeedStatus[];
}
export interface UpdateNowRequest { type: 'update-now' }
/** The user's answer to a shrunk list: install it, or keep the list in use. */
export interface ResolveDropRequest { type: 'update-resolve-drop'; feed: string; apply: boolean }
/** "Discard downloaded data": back to the bundled knowledge base. */
export interface DiscardDownloadsRequest { type: 'update-discard' }
/** The popup's export: the cards of every entity on the page, in one round trip. */
export interface CardsRequest { type: 'cards'; items: { entity: string; text: string; candidates?: string[]; possible?: boolean }[] }
export type CardsReply = CardReply[];

/** Look-up of any name (search page, popup box, omnibox): extension pages only. */
export interface SearchRequest { type: 'search'; query: string; filters: SearchFilters; limit?: number; withOptions?: boolean }
export interface SearchReply { kbVersion: string; results: SearchResult[]; options?: FilterOptions }

export type BackgroundRequest =
  | SearchRequest
  | ScanRequest
  | CardRequest
  | CountReport
  | PageSettingsRequest
  | KbStatusRequest
  | UpdateStatusRequest
  | UpdateNowRequest
  | ResolveDropRequest
  | DiscardDownloadsRequest
  | CardsRequest;

/** Sent by the popup to a tab's content script. */
export interface PageSummaryRequest { type: 'page-summary' }
export interface PageSummaryItem { entity: string; name: string; category: Category; count: number; authorities: string[] }
export interface PageSummaryReply {
  host: string;
  active: boolean;
  count: number;
  items: PageSummaryItem[];
}
export interface RevealRequest { type: 'reveal'; entity: string }
/** From the background, on the keyboard command: focus the next mention and open its card. */
export interface NextMentionRequest { type: 'next-mention' }
/** From the background after a knowledge-base update: rescan the page with the new data. */
export interface RescanRequest { type: 'rescan'; kbVersion: string }
export type ContentRequest = PageSummaryRequest | RevealRequest | NextMentionRequest | RescanRequest;

const MAX_TEXT = 5_000_000;
const MAX_ID = 300;

const isShortString = (v: unknown, max = MAX_ID): v is string => typeof v === 'string' && v.length <= max;

/** Returns the request if it has exactly a known shape, otherwise null. */
export function parseBackgroundRequest(msg: unknown): BackgroundRequest | null {
  if (!isRecord(msg)) return null;
  switch (msg.type) {
    case 'scan': {
      if (typeof msg.text !== 'string' || msg.text.length > MAX_TEXT) return null;
      const early = msg.early === true ? ({ early: true } as const) : {};
      if (msg.context === undefined) return { type: 'scan', text: msg.text, ...early };
      const c = msg.context;
      if (!isRecord(c) || !Array.isArray(c.jurisdictions) || c.jurisdictions.length > 100 || !c.jurisdictions.every((j) => isShortString(j, 40)))
        return null;
      const designated = c.designated;
      if (designated !== undefined && !(Array.isArray(designated) && designated.length <= 1000 && designated.every((d) => isShortString(d))))
        return null;
      return {
        type: 'scan',
        text: msg.text,
        context: {
          jurisdictions: [...c.jurisdictions] as string[],
          aboutSanctions: c.aboutSanctions === true,
          ...(designated ? { designated: [...designated] as string[] } : {}),
          ...(c.jurisdictionsEverywhere === true ? { jurisdictionsEverywhere: true } : {}),
        },
        ...early,
      };
    }
    case 'card': {
      if (!isShortString(msg.entity) || !isShortString(msg.text, 1000)) return null;
      const candidates = msg.candidates;
      if (candidates !== undefined && !(Array.isArray(candidates) && candidates.length <= 50 && candidates.every((c) => isShortString(c))))
        return null;
      return {
        type: 'card',
        entity: msg.entity,
        text: msg.text,
        candidates: candidates as string[] | undefined,
        possible: msg.possible === true,
        ...(isShortString(msg.matched, 300) ? { matched: msg.matched as string } : {}),
      };
    }
    case 'search': {
      if (typeof msg.query !== 'string' || msg.query.length > 1000) return null;
      const f = msg.filters === undefined ? {} : msg.filters;
      if (!isRecord(f)) return null;
      const filters: SearchFilters = {};
      if (f.type !== undefined) {
        if (!RESULT_TYPES.includes(f.type as ResultType)) return null;
        filters.type = f.type as ResultType;
      }
      for (const k of ['authority', 'programme', 'country'] as const) {
        const v = f[k];
        if (v === undefined || v === '') continue;
        if (!isShortString(v, 200)) return null;
        filters[k] = v;
      }
      const limit = msg.limit;
      if (limit !== undefined && !(Number.isInteger(limit) && (limit as number) > 0 && (limit as number) <= 200)) return null;
      return { type: 'search', query: msg.query, filters, limit: limit as number | undefined, withOptions: msg.withOptions === true };
    }
    case 'count':
      return Number.isInteger(msg.count) && (msg.count as number) >= 0 ? { type: 'count', count: msg.count as number } : null;
    case 'kb-status':
      return { type: 'kb-status' };
    case 'page-settings':
      return { type: 'page-settings' };
    case 'update-status':
      return { type: 'update-status' };
    case 'update-now':
      return { type: 'update-now' };
    case 'update-resolve-drop':
      return isShortString(msg.feed, 40) && typeof msg.apply === 'boolean' ? { type: 'update-resolve-drop', feed: msg.feed, apply: msg.apply } : null;
    case 'update-discard':
      return { type: 'update-discard' };
    case 'cards': {
      const items = msg.items;
      if (!Array.isArray(items) || items.length > 2_000) return null;
      const out: CardsRequest['items'] = [];
      for (const it of items) {
        if (!isRecord(it) || !isShortString(it.entity) || !isShortString(it.text, 1000)) return null;
        const c = it.candidates;
        if (c !== undefined && !(Array.isArray(c) && c.length <= 50 && c.every((x) => isShortString(x)))) return null;
        out.push({ entity: it.entity, text: it.text, candidates: c as string[] | undefined, possible: it.possible === true });
      }
      return { type: 'cards', items: out };
    }
    default:
      return null;
  }
}

export function parseContentRequest(msg: unknown): ContentRequest | null {
  if (!isRecord(msg)) return null;
  if (msg.type === 'page-summary') return { type: 'page-summary' };
  if (msg.type === 'reveal' && isShortString(msg.entity)) return { type: 'reveal', entity: msg.entity };
  if (msg.type === 'next-mention') return { type: 'next-mention' };
  if (msg.type === 'rescan' && isShortString(msg.kbVersion)) return { type: 'rescan', kbVersion: msg.kbVersion };
  return null;
}
