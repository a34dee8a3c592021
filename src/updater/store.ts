/**
 * The updater's persistent state in IndexedDB (via idb): the last good
 * knowledge base (as a PackedKb, structured-cloned: its core and its
 * details under two keys, so a cold start reads the core alone before its
 * first scan), the last accepted list
 * of each feed, each feed's check state, and the run lock. A new KB, its
 * lists and the validators that describe them are written in ONE
 * transaction, so a worker killed mid-update leaves the old set whole and the
 * next run downloads the change again.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PackedKb } from '../background/kb-runtime';
import type { ParsedList, SourceRecord } from '../kb/model';
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

/** The installed KB without its details (16 MB of them): what a cold start needs first. */
export interface InstalledCore extends Omit<InstalledKb, 'packed'> {
  packed: Omit<PackedKb, 'details'>;
  /** Reads the details (started only when called, so a start that rebuilds instead does not read them). */
  details(): Promise<Uint8Array>;
}

/** The record under 'current': the pack without its details, which are under 'details' (inline in records of earlier versions). */
interface StoredKb extends Omit<InstalledKb, 'packed'> {
  packed: Omit<PackedKb, 'details'> & { details?: Uint8Array };
}

export interface RunLock {
  owner: string;
  startedAt: number;
  heartbeatAt: number;
}

interface UpdaterDb extends DBSchema {
  kb: { key: 'current' | 'details'; value: StoredKb | Uint8Array };
  lists: { key: string; value: ParsedList };
  feeds: { key: string; value: FeedState };
  meta: { key: string; value: RunLock | string };
  pending: { key: string; value: HeldList };
  /** Records no longer on their list (src/updater/removals.ts), all under one key. */
  removals: { key: 'all'; value: SourceRecord[] };
}

export const DB_NAME = 'sanctions-lens-updater';

/** The two writes that store an installed KB (see `StoredKb`), for one transaction. */
function putInstalled(kbStore: { put(value: StoredKb | Uint8Array, key: 'current' | 'details'): Promise<unknown> }, kb: InstalledKb): Promise<unknown>[] {
  const { details, ...packed } = kb.packed;
  return [kbStore.put({ ...kb, packed }, 'current'), kbStore.put(details, 'details')];
}

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
        if (oldVersion < 2) {
          db.createObjectStore('pending');
          db.createObjectStore('removals');
        }
      },
    });
    return this.db;
  }

  async installed(): Promise<InstalledKb | undefined> {
    const core = await this.installedCore();
    return core && { bundleId: core.bundleId, installedAt: core.installedAt, packed: { ...core.packed, details: await core.details() } };
  }

  async installedCore(): Promise<InstalledCore | undefined> {
    const db = await this.open();
    const stored = await db.get('kb', 'current');
    if (!stored || stored instanceof Uint8Array) return undefined;
    const { details: inline, ...packed } = stored.packed;
    const details = async () => {
      if (inline) return inline;
      const bytes = await db.get('kb', 'details');
      if (!(bytes instanceof Uint8Array)) throw new Error('the installed knowledge base has lost its details');
      return bytes;
    };
    return { bundleId: stored.bundleId, installedAt: stored.installedAt, packed, details };
  }

  async lists(): Promise<ParsedList[]> {
    return (await this.open()).getAll('lists');
  }

  /** Records seen leaving their lists, kept for "formerly listed" cards. */
  async removals(): Promise<SourceRecord[]> {
    return (await (await this.open()).get('removals', 'all')) ?? [];
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
  async commit(kb: InstalledKb, lists: ParsedList[], states: FeedState[], removals?: SourceRecord[]): Promise<void> {
    const tx = (await this.open()).transaction(['kb', 'lists', 'feeds', 'removals'], 'readwrite');
    await Promise.all([
      ...(removals ? [tx.objectStore('removals').put(removals, 'all')] : []),
      ...putInstalled(tx.objectStore('kb'), kb),
      ...lists.map((l) => tx.objectStore('lists').put(l, l.source.list)),
      ...states.map((s) => tx.objectStore('feeds').put(s, s.feed)),
      tx.done,
    ]);
  }

  /** Forgets the installed KB and lists older than a newer bundled snapshot (the feed states stay). */
  async dropInstalled(listKeys: string[], clearKb: boolean): Promise<void> {
    const tx = (await this.open()).transaction(['kb', 'lists'], 'readwrite');
    await Promise.all([
      ...(clearKb ? [tx.objectStore('kb').delete('current'), tx.objectStore('kb').delete('details')] : []),
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
    const tx = db.transaction(['kb', 'lists', 'pending', 'removals', 'feeds'], 'readwrite');
    const feeds = tx.objectStore('feeds');
    const states = (await feeds.getAll()).map(completeFeedState);
    await Promise.all([
      tx.objectStore('kb').clear(),
      tx.objectStore('lists').clear(),
      tx.objectStore('pending').clear(),
      // Removals were seen between downloaded copies: without those copies they are not ours to claim.
      tx.objectStore('removals').clear(),
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
