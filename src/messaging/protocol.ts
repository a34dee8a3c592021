/**
 * Messages between the extension's contexts. Every request is validated on
 * arrival: a content script runs beside untrusted page code, so the
 * background trusts nothing about a message's shape. Each request is one
 * valibot schema and its type is inferred from it, so the check and the type
 * cannot drift apart; replies come from the extension's own worker and are
 * plain types.
 */
import * as v from 'valibot';
import type { Category } from '../kb/model';
import type { Mention } from '../recognition/types';
import type { NamedTerm } from '../kb/validity';
import type { CardData } from '../kb/cards';
import { RESULT_TYPES, type FilterOptions, type SearchResult } from '../search/types';
import { isRecord } from '../shared/untrusted';

const MAX_TEXT = 5_000_000;
const MAX_ID = 300;

/** The fields a message or part of one may carry: a plain object (never an array), read field by field into a new object; unknown fields are dropped. */
function record<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(v.custom<Record<string, unknown>>(isRecord), v.object(entries), v.transform(withoutUndefined));
}
/** An optional field that was sent but read as nothing leaves no key behind (a filter sent as '', a flag sent as false). */
function withoutUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
const text = (max = MAX_ID) => v.pipe(v.string(), v.maxLength(max));
const ids = (max: number, item = text()) => v.pipe(v.array(item), v.maxLength(max));
/** A yes/no field: true only when sent as true; anything else, or nothing, reads as false rather than refusing the message. */
const flag = v.pipe(v.optional(v.unknown(), false), v.transform((x) => x === true));
/** A marker field: kept only when sent as true. */
const marker = v.pipe(v.optional(v.unknown()), v.transform((x) => (x === true ? (true as const) : undefined)));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const scanRequest = v.object({
  type: v.literal('scan'),
  text: text(MAX_TEXT),
  /** What the page showed before this text (a block added later is scanned on its own). */
  context: v.optional(
    record({
      jurisdictions: ids(100, text(40)),
      aboutSanctions: flag,
      designated: v.optional(ids(1000)),
      jurisdictionsEverywhere: marker,
    }),
  ),
  /** Sent before the page knew its settings: the worker declines it for a site that is switched off. */
  early: marker,
});
const cardItem = {
  entity: text(),
  text: text(1000),
  candidates: v.optional(ids(50)),
  possible: flag,
};
const matched = text(300);
const cardRequest = v.object({
  type: v.literal('card'),
  ...cardItem,
  /** Mention.matched; an unreadable one is left out, not refused. */
  matched: v.pipe(v.optional(v.unknown()), v.transform((x) => (v.is(matched, x) ? x : undefined))),
});
/** A filter value; '' is no filter. */
const filterText = v.optional(v.pipe(text(200), v.transform((x) => x || undefined)));
/** Look-up of any name (search page, popup box, omnibox): extension pages only. */
const searchRequest = v.object({
  type: v.literal('search'),
  query: text(1000),
  filters: v.optional(
    record({ type: v.optional(v.picklist(RESULT_TYPES)), authority: filterText, programme: filterText, country: filterText }),
    {},
  ),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  withOptions: flag,
});
/**
 * A content script asks for the reader's settings: `storage.local` is closed
 * to content scripts (the worker sets it to trusted contexts), so the worker
 * answers with them, and sends a `settings` message to every tab when they
 * change. The reply is the settings object, checked by the content script
 * (settings/page-settings.ts).
 */
const pageSettingsRequest = v.object({ type: v.literal('page-settings') });
export type PageSettingsRequest = v.InferOutput<typeof pageSettingsRequest>;
const backgroundRequest = v.variant('type', [
  searchRequest,
  scanRequest,
  cardRequest,
  /** The content script reports its page's mention count, for the toolbar badge. */
  v.object({ type: v.literal('count'), count }),
  pageSettingsRequest,
  v.object({ type: v.literal('kb-status') }),
  v.object({ type: v.literal('update-status') }),
  v.object({ type: v.literal('update-now') }),
  /** The user's answer to a shrunk list: install it, or keep the list in use. */
  v.object({ type: v.literal('update-resolve-drop'), feed: text(40), apply: v.boolean() }),
  /** "Discard downloaded data": back to the bundled knowledge base. */
  v.object({ type: v.literal('update-discard') }),
  /** The popup's export: the cards of every entity on the page, in one round trip. */
  v.object({ type: v.literal('cards'), items: v.pipe(v.array(record(cardItem)), v.maxLength(2_000)) }),
]);
export type BackgroundRequest = v.InferOutput<typeof backgroundRequest>;

const rescanRequest = v.object({ type: v.literal('rescan'), kbVersion: text() });
/** Sent to a tab's content script: by the popup (page-summary, reveal) and by the background. */
const contentRequest = v.variant('type', [
  v.object({ type: v.literal('page-summary') }),
  v.object({ type: v.literal('reveal'), entity: text() }),
  /** From the background, on the keyboard command: focus the next mention and open its card. */
  v.object({ type: v.literal('next-mention') }),
  /** From the background after a knowledge-base update: rescan the page with the new data. */
  rescanRequest,
]);
export type RescanRequest = v.InferOutput<typeof rescanRequest>;
export type ContentRequest = v.InferOutput<typeof contentRequest>;

/** A message read by its schema: a plain object of a known type with known fields only, otherwise null. */
function parse<S extends v.GenericSchema>(schema: S, msg: unknown): v.InferOutput<S> | null {
  if (!isRecord(msg)) return null;
  const parsed = v.safeParse(schema, msg);
  return parsed.success ? withoutUndefined(parsed.output as object) as v.InferOutput<S> : null;
}

/** Returns the request if it has exactly a known shape (known fields only), otherwise null. */
export function parseBackgroundRequest(msg: unknown): BackgroundRequest | null {
  return parse(backgroundRequest, msg);
}

export function parseContentRequest(msg: unknown): ContentRequest | null {
  return parse(contentRequest, msg);
}

export interface ScanReply {
  kbVersion: string;
  mentions: Mention[];
  /** A newer scan from the same frame took this one's place in the queue: scan this text again later. */
  superseded?: true;
  /** An early scan from a site that is switched off: nothing was matched. */
  declined?: true;
}

export type CardReply = CardData | null;

export interface KbStatusReply {
  version: string;
  builtAt: string;
  sources: { authority: string; list: string; date: string; entries: number; mirror?: string; servedBy?: string }[];
  /** End dates of curated measures and mandates, with the day the curated records were checked: the popup says which have run out. */
  terms?: NamedTerm[];
  termsDataOf?: string;
}

export type FeedOutcome = 'never' | 'failed' | 'changed' | 'unchanged' | 'waiting';

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
  /**
   * What the last check did: never checked, failed, found a newer copy and installed it, found
   * nothing new, or holds a shrunk copy for the user's decision. Optional for replies of older workers.
   */
  outcome?: FeedOutcome;
  /** A download that shrank by more than 10 %, waiting for the user to apply it or keep the current list. */
  pendingDrop?: { entries: number; inUse: number; seenAt: number } | null;
  /** The mirror host the data in use came from, or null when it is the publisher's (or bundled) data. */
  mirror?: string | null;
  /** The host that served the data in use when a redirect took the download to another host than the one asked. */
  servedBy?: string | null;
}
export interface UpdateStatusReply {
  running: boolean;
  /** Progress of a running update, in plain words ("Downloading the UN list…"). */
  progress: string | null;
  /** Outcome of the last update run, in plain words. */
  lastOutcome: string | null;
  feeds: FeedStatus[];
}
export type CardsReply = CardReply[];

export interface SearchReply { kbVersion: string; results: SearchResult[]; options?: FilterOptions }

export interface PageSummaryItem { entity: string; name: string; category: Category; count: number; authorities: string[] }
export interface PageSummaryReply {
  host: string;
  active: boolean;
  count: number;
  items: PageSummaryItem[];
}
