/**
 * The updater's persistent state in IndexedDB (via idb): the last good
 * knowledge base (as a PackedKb, structured-cloned), the last accepted list
 * of each feed, each feed's check state, and the run lock. A new KB, its
 * lists and the validators that describe them are written in ONE
 * transaction, so a worker killed mid-update leaves the old set whole and the
 * next run downloads the change again.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PackedKb } from '../kb/runtime';
import type { ParsedList } from '../kb/model';
import type { FeedKey } from './feeds';

export interface FeedState {
  feed: FeedKey;
  /** Validators per file URL, from the copy that is installed. */
  etags: Record<string, string>;
  lastModified: Record<string, string>;
  /** SHA-256 of the installed copy's files, so a server without validators still costs no rebuild. */
  hash: string | null;
  lastCheck: number | null;
  lastChange: number | null;
  nextCheck: number | null;
  failures: number;
  lastError: string | null;
  /** A download that shrank by more than MAX_DROP, kept in the `pending` store until the user decides. */
  pendingDrop: PendingDrop | null;
  /** The content hash of a shrunk list the user chose not to apply: the same file is not offered again. */
  declinedHash: string | null;
}

export interface PendingDrop {
  entries: number;
  inUse: number;
  seenAt: number;
  /** Content hash of the held files. */
  hash: string;
}

/** A held download: the parsed list and the validators of the files it came from. */
export interface HeldList {
  list: ParsedList;
  etags: Record<string, string>;
  lastModified: Record<string, string>;
  hash: string;
}

export function emptyFeedState(feed: FeedKey): FeedState {
  return {
    feed,
    etags: {},
    lastModified: {},
    hash: null,
    lastCheck: null,
    lastChange: null,
    nextCheck: null,
    failures: 0,
    lastError: null,
    pendingDrop: null,
    declinedHash: null,
  };
}

/** A state written by an earlier version: missing fields get their defaults; a pending drop without its held copy is forgotten. */
function completeFeedState(s: FeedState): FeedState {
  const out = { ...emptyFeedState(s.feed), ...s };
  if (out.pendingDrop && typeof out.pendingDrop.hash !== 'string') out.pendingDrop = null;
  return out;
}

export interface InstalledKb {
  packed: PackedKb;
  /** Identity of the bundled snapshot this KB was built against: a different one means the extension was updated. */
  bundleId: string;
  installedAt: number;
}

export interface RunLock {
  owner: string;
  startedAt: number;
  heartbeatAt: number;
}

interface UpdaterDb extends DBSchema {
  kb: { key: 'current'; value: InstalledKb };
  lists: { key: string; value: ParsedList };
  feeds: { key: string; value: FeedState };
  meta: { key: string; value: RunLock | string };
  pending: { key: string; value: HeldList };
}

export const DB_NAME = 'sanctions-lens-updater';

export class UpdaterStore {
  private db: Promise<IDBPDatabase<UpdaterDb>> | null = null;

  constructor(private readonly name = DB_NAME) {}

  private open(): Promise<IDBPDatabase<UpdaterDb>> {
    this.db ??= openDB<UpdaterDb>(this.name, 2, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('kb');
          db.createObjectStore('lists');
          db.createObjectStore('feeds');
          db.createObjectStore('meta');
        }
        if (oldVersion < 2) db.createObjectStore('pending');
      },
    });
    return this.db;
  }

  async installed(): Promise<InstalledKb | undefined> {
    return (await this.open()).get('kb', 'current');
  }

  async lists(): Promise<ParsedList[]> {
    return (await this.open()).getAll('lists');
  }

  async feedStates(): Promise<Map<string, FeedState>> {
    const all = await (await this.open()).getAll('feeds');
    return new Map(all.map((s) => [s.feed, completeFeedState(s)]));
  }

  async saveFeedStates(states: FeedState[]): Promise<void> {
    const tx = (await this.open()).transaction('feeds', 'readwrite');
    await Promise.all([...states.map((s) => tx.store.put(s, s.feed)), tx.done]);
  }

  /** Installs a new KB with the lists and feed states it was built from, all or nothing. */
  async commit(kb: InstalledKb, lists: ParsedList[], states: FeedState[]): Promise<void> {
    const tx = (await this.open()).transaction(['kb', 'lists', 'feeds'], 'readwrite');
    await Promise.all([
      tx.objectStore('kb').put(kb, 'current'),
      ...lists.map((l) => tx.objectStore('lists').put(l, l.source.list)),
      ...states.map((s) => tx.objectStore('feeds').put(s, s.feed)),
      tx.done,
    ]);
  }

  /** Forgets the installed KB and lists older than a newer bundled snapshot (the feed states stay). */
  async dropInstalled(listKeys: string[], clearKb: boolean): Promise<void> {
    const tx = (await this.open()).transaction(['kb', 'lists'], 'readwrite');
    await Promise.all([
      ...(clearKb ? [tx.objectStore('kb').delete('current')] : []),
      ...listKeys.map((k) => tx.objectStore('lists').delete(k)),
      tx.done,
    ]);
  }

  async held(feed: string): Promise<HeldList | undefined> {
    return (await this.open()).get('pending', feed);
  }

  /** Keeps a shrunk download aside with its feed's state. */
  async hold(feed: string, held: HeldList, state: FeedState): Promise<void> {
    const tx = (await this.open()).transaction(['pending', 'feeds'], 'readwrite');
    await Promise.all([tx.objectStore('pending').put(held, feed), tx.objectStore('feeds').put(state, state.feed), tx.done]);
  }

  /** Drops a held download, saving its feed's new state in the same transaction. */
  async release(feed: string, state: FeedState): Promise<void> {
    const tx = (await this.open()).transaction(['pending', 'feeds'], 'readwrite');
    await Promise.all([tx.objectStore('pending').delete(feed), tx.objectStore('feeds').put(state, state.feed), tx.done]);
  }

  /**
   * Forgets every download: the installed KB, the accepted and held lists, and
   * each feed's validators, so the next check downloads in full. The schedule
   * and the last check's time stay.
   */
  async discardDownloads(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(['kb', 'lists', 'pending', 'feeds'], 'readwrite');
    const feeds = tx.objectStore('feeds');
    const states = (await feeds.getAll()).map(completeFeedState);
    await Promise.all([
      tx.objectStore('kb').clear(),
      tx.objectStore('lists').clear(),
      tx.objectStore('pending').clear(),
      ...states.map((s) =>
        feeds.put({ ...s, etags: {}, lastModified: {}, hash: null, lastChange: null, pendingDrop: null, declinedHash: null, lastError: null }, s.feed),
      ),
      tx.done,
    ]);
  }

  async outcome(): Promise<string | null> {
    const v = await (await this.open()).get('meta', 'outcome');
    return typeof v === 'string' ? v : null;
  }

  async setOutcome(text: string): Promise<void> {
    await (await this.open()).put('meta', text, 'outcome');
  }

  async lock(): Promise<RunLock | null> {
    const v = await (await this.open()).get('meta', 'lock');
    return v && typeof v === 'object' ? v : null;
  }

  /**
   * Takes the run lock unless another owner holds it with a heartbeat newer
   * than `staleMs`. Read and write happen in one transaction, so two callers
   * cannot both win.
   */
  async tryLock(owner: string, now: number, staleMs: number): Promise<RunLock | null> {
    const tx = (await this.open()).transaction('meta', 'readwrite');
    const cur = await tx.store.get('lock');
    const held = cur && typeof cur === 'object' ? cur : null;
    if (held && held.owner !== owner && now - held.heartbeatAt < staleMs) {
      await tx.done;
      return held;
    }
    await tx.store.put({ owner, startedAt: now, heartbeatAt: now }, 'lock');
    await tx.done;
    return null;
  }

  async heartbeat(owner: string, now: number): Promise<void> {
    const tx = (await this.open()).transaction('meta', 'readwrite');
    const cur = await tx.store.get('lock');
    if (cur && typeof cur === 'object' && cur.owner === owner) await tx.store.put({ ...cur, heartbeatAt: now }, 'lock');
    await tx.done;
  }

  async unlock(owner: string): Promise<void> {
    const tx = (await this.open()).transaction('meta', 'readwrite');
    const cur = await tx.store.get('lock');
    if (cur && typeof cur === 'object' && cur.owner === owner) await tx.store.delete('lock');
    await tx.done;
  }
}
