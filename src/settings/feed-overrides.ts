/**
 * Mirror URLs for the updater's feeds, set on the options page. The updater
 * reads the same item, from the extension's own IndexedDB (worker-items.ts:
 * out of content scripts' reach): a key present here replaces that feed's
 * official URL.
 */
import { readWorkerItem, WORKER_ITEMS, writeWorkerItem } from './worker-items';

export const FEED_KEYS = ['un', 'ofac-sdn', 'ofac-nonsdn', 'eu-fsf', 'uk-sl'] as const;
export type FeedKey = (typeof FEED_KEYS)[number];
export type FeedOverrides = Partial<Record<FeedKey, string>>;

/** Names for the options page when the updater has not reported its feeds. */
export const FEED_LABELS: Record<FeedKey, string> = {
  un: 'UN Security Council Consolidated List',
  'ofac-sdn': 'OFAC SDN List',
  'ofac-nonsdn': 'OFAC Consolidated (non-SDN) List',
  'eu-fsf': 'EU Financial Sanctions Files',
  'uk-sl': 'UK Sanctions List',
};

export function isFeedKey(k: string): k is FeedKey {
  return (FEED_KEYS as readonly string[]).includes(k);
}

/**
 * A mirror must be https; plain http is accepted only for this machine
 * (a mirror run locally, or a test server).
 */
export function validMirrorUrl(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]')) return url.href;
  return null;
}

/** Keeps known feed keys with valid URLs; reports the rest by key. */
export function cleanOverrides(input: Record<string, unknown>): { overrides: FeedOverrides; invalid: string[] } {
  const overrides: FeedOverrides = {};
  const invalid: string[] = [];
  for (const [k, v] of Object.entries(input)) {
    if (!isFeedKey(k) || typeof v !== 'string' || !v.trim()) continue;
    const url = validMirrorUrl(v);
    if (url) overrides[k] = url;
    else invalid.push(k);
  }
  return { overrides, invalid };
}

export async function loadFeedOverrides(): Promise<FeedOverrides> {
  const stored = await readWorkerItem(WORKER_ITEMS.feedOverrides);
  return typeof stored === 'object' && stored !== null ? cleanOverrides(stored as Record<string, unknown>).overrides : {};
}

export async function saveFeedOverrides(o: FeedOverrides): Promise<void> {
  await writeWorkerItem(WORKER_ITEMS.feedOverrides, { ...o });
}
