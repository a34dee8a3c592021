/**
 * Answers the content scripts' and the popup's requests from the knowledge
 * base in use. Validates every message and answers only what was asked.
 */
import type { KbRuntime } from './kb-runtime';
import { parseBackgroundRequest, type KbStatusReply, type ScanReply, type SearchReply, type UpdateStatusReply } from '../messaging/protocol';
import { readShippedSearchIndex, searchIndexFor } from './search-for-kb';
import type { CardData } from '../kb/cards';
import { scanInChunks } from '../recognition/chunks';
import type { ScanQueue } from './scan-queue';
import { datedTerms } from '../kb/validity';
import type { Settings } from '../settings/model';

export interface SenderInfo {
  /** The extension's own id: messages from anywhere else are ignored. */
  id?: string;
  tabId?: number;
  frameId?: number;
  /** The sending frame's address (a content script's page). */
  url?: string;
  /**
   * True when the sender is one of the extension's own pages (popup, options),
   * false for a content script. Content scripts run beside untrusted pages,
   * so they may only ask for what marking needs.
   */
  extensionPage?: boolean;
}

/** What a content script may ask: marking, cards, its badge count and the settings it applies (read only); nothing about updates. */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<string> = new Set(['scan', 'card', 'count', 'page-settings']);

export interface BackgroundHooks {
  setBadge(tabId: number, count: number): void;
  /** The updater's status; absent until the updater is wired. */
  updateStatus?(): Promise<UpdateStatusReply>;
  /** Starts an update run now; resolves when it is started (not finished). */
  updateNow?(): Promise<void>;
  /** Shares the worker fairly between tabs (see scan-queue.ts); absent, a scan runs at once. */
  scans?: ScanQueue;
  /** Whether the reader's settings let the extension read this page (its site switch); asked for early scans. */
  siteEnabled?(url: string | undefined): Promise<boolean>;
  /** The reader's settings, for a content script (which cannot read extension storage). */
  pageSettings?(): Promise<Settings>;
  /** Applies or declines a held shrunk list; resolves when done. */
  resolveDrop?(feed: string, apply: boolean): Promise<void>;
  /** Forgets every download and goes back to the bundled knowledge base; resolves when done. */
  discardDownloads?(): Promise<void>;
}

export type BackgroundReply = Settings | SearchReply | ScanReply | CardData | KbStatusReply | UpdateStatusReply | (CardData | null)[] | null | undefined;

export async function handleBackgroundMessage(
  raw: unknown,
  sender: SenderInfo,
  ownId: string,
  runtime: KbRuntime,
  hooks: BackgroundHooks,
): Promise<BackgroundReply> {
  if (sender.id !== ownId) return undefined;
  const msg = parseBackgroundRequest(raw);
  if (!msg) return undefined;
  if (!sender.extensionPage && !CONTENT_SCRIPT_REQUESTS.has(msg.type)) return undefined;
  switch (msg.type) {
    case 'scan': {
      if (msg.early && hooks.siteEnabled && !(await hooks.siteEnabled(sender.url))) return { kbVersion: '', mentions: [], declined: true };
      const { kb, recognizer, index } = await runtime.forScans();
      const started = performance.now();
      const outcome = hooks.scans
        ? await hooks.scans.submit({ tabId: sender.tabId, frameId: sender.frameId }, recognizer, msg.text, msg.context)
        : { mentions: scanInChunks(recognizer, msg.text, msg.context) };
      if ('superseded' in outcome) return { kbVersion: kb.version, mentions: [], superseded: true };
      const mentions = outcome.mentions.map((m) => ({ ...m, authorities: index.authoritiesOf(m.entity) }));
      // Read by npm run bench; only the latest is kept so the buffer does not grow.
      performance.clearMeasures('sl:scan');
      performance.measure('sl:scan', { start: started, end: performance.now(), detail: { chars: msg.text.length } });
      return { kbVersion: kb.version, mentions };
    }
    case 'search': {
      // The bundled KB's packed index needs no entity details: search does not wait for them, and is read
      // while the knowledge base loads.
      readShippedSearchIndex();
      const loaded = await runtime.forScans();
      const search = await searchIndexFor(loaded);
      const started = performance.now();
      const results = search.search(msg.query, { ...msg.filters, limit: msg.limit });
      // Read by npm run bench (one keystroke's cost); only the latest is kept.
      performance.clearMeasures('sl:search');
      performance.measure('sl:search', { start: started, end: performance.now(), detail: { query: msg.query.length } });
      return { kbVersion: loaded.kb.version, results, ...(msg.withOptions && { options: search.filterOptions(loaded.kb.curated) }) };
    }
    case 'card': {
      const { index } = await runtime.get();
      return index.card(msg.entity, msg.text, { possible: msg.possible, candidates: msg.candidates, matched: msg.matched });
    }
    case 'page-settings':
      return hooks.pageSettings ? hooks.pageSettings() : null;
    case 'count':
      if (sender.tabId !== undefined) hooks.setBadge(sender.tabId, msg.count);
      return undefined;
    case 'kb-status': {
      const { kb } = await runtime.get();
      return {
        version: kb.version,
        builtAt: kb.builtAt,
        sources: kb.sources.map((s) => ({ authority: s.authority, list: s.title, date: s.date, entries: s.entries, ...(s.mirror ? { mirror: s.mirror } : {}), ...(s.servedBy ? { servedBy: s.servedBy } : {}) })),
        terms: datedTerms(kb.curated),
        termsDataOf: kb.curated.checkedOn ?? kb.builtAt,
      };
    }
    case 'update-status':
      return hooks.updateStatus ? hooks.updateStatus() : null;
    case 'cards': {
      const { index } = await runtime.get();
      return msg.items.map((i) => index.card(i.entity, i.text, { possible: i.possible, candidates: i.candidates }));
    }
    case 'update-now':
      await hooks.updateNow?.();
      return hooks.updateStatus ? hooks.updateStatus() : null;
    case 'update-resolve-drop':
      if (!hooks.resolveDrop) return null;
      await hooks.resolveDrop(msg.feed, msg.apply);
      return hooks.updateStatus ? hooks.updateStatus() : null;
    case 'update-discard':
      if (!hooks.discardDownloads) return null;
      await hooks.discardDownloads();
      return hooks.updateStatus ? hooks.updateStatus() : null;
  }
}
