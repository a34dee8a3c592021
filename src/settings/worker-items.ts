/**
 * Items that steer the background worker — the feeds' mirror addresses and
 * the updater's limits — kept in the extension origin's own IndexedDB.
 * A content script's IndexedDB is its page's, so no content script (nor a
 * compromised page process holding one) can open this database, in Chrome or
 * in Firefox, where `storage.local` stays open to content scripts (Firefox has
 * no access level for it). Only the worker and the extension's own pages
 * (options) read and write these items.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';

export const WORKER_ITEMS_DB = 'sl-worker-items';
const STORE = 'items';
export const WORKER_ITEMS = { feedOverrides: 'feedOverrides', tuning: 'updaterTuning' } as const;
/** Set once the items of an older version were moved: from then on `storage.local` is never read for them. */
const MOVED = 'movedFromStorage';
type ItemKey = (typeof WORKER_ITEMS)[keyof typeof WORKER_ITEMS] | typeof MOVED;

let db: Promise<IDBPDatabase> | null = null;
function open(): Promise<IDBPDatabase> {
  db ??= openDB(WORKER_ITEMS_DB, 1, { upgrade: (d) => void d.createObjectStore(STORE) }).catch((err: unknown) => {
    db = null;
    throw err;
  });
  return db;
}

export async function readWorkerItem(key: ItemKey): Promise<unknown> {
  return (await open()).get(STORE, key);
}

export async function writeWorkerItem(key: ItemKey, value: unknown): Promise<void> {
  await (await open()).put(STORE, value, key);
}

/**
 * Versions before this one kept these items in `storage.local`: they move
 * here once, at the first start of this version (a value already here wins),
 * and leave `storage.local`. Only once: in Firefox a content script can still
 * write `storage.local`, and what it writes there must never be moved here.
 */
export async function moveWorkerItemsOutOfStorage(): Promise<void> {
  if ((await readWorkerItem(MOVED)) === true) return;
  const keys = Object.values(WORKER_ITEMS);
  const old = await browser.storage.local.get(keys);
  for (const key of keys) {
    if (!(key in old)) continue;
    if ((await readWorkerItem(key)) === undefined) await writeWorkerItem(key, old[key]);
  }
  await writeWorkerItem(MOVED, true);
  if (keys.some((k) => k in old)) await browser.storage.local.remove(keys);
}
