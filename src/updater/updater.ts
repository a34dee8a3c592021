/**
 * The background updater: checks the official feeds on a schedule or on
 * request, validates what they serve, rebuilds the knowledge base with the
 * kb:build code, persists it, swaps it in and tells the tabs. Everything the
 * browser provides (fetch, clock, storage, alarms, tabs) is injected, so this
 * runs in unit tests as it runs in the worker.
 */
import type { ParsedList, SourceInfo } from '../kb/model';
import { buildLoadedKb, packLoadedKb, unpackLoadedKb, type CoreFirstPackedKb, type KbRuntime, type LoadedKb, type PackedKb } from '../background/kb-runtime';
import { assembleKb } from '../kb/build/assemble';
import { curatedLayer } from '../kb/curated';
import type { Lexicon } from '../recognition/lexicon';
import type { FeedStatus, UpdateStatusReply } from '../messaging/protocol';
import { FEEDS, feedUrls, type FeedDef, type FeedFile } from './feeds';
import { download, withRetry, type FetchFn } from './download';
import { servedByOtherHost } from './redirects';
import { FeedError, describeFault, type FeedFault } from './faults';
import { checkKind, checkSanity, parseFault } from './validate';
import { composeLists, decomposeKb } from './compose';
import { keepRemovals, removedRecords, seenRemovals } from './removals';
import { emptyFeedState, type FeedState, type HeldList, type UpdaterStore } from './store';
import { completeTuning, type Tuning } from './tuning';
import { sha256Hex } from '../shared/sha256';

export interface UpdaterDeps {
  fetch: FetchFn;
  now(): number;
  random(): number;
  sleep(ms: number): Promise<void>;
  store: UpdaterStore;
  runtime: KbRuntime;
  /** The bundled snapshot, as shipped. */
  bundled(): Promise<PackedKb>;
  /** The same with its details still being read, for a start with nothing installed: scans need only the core. */
  bundledCoreFirst?(): Promise<CoreFirstPackedKb>;
  /** The bundled snapshot's version, read cheaply, to notice that the extension was updated. */
  bundleId(): Promise<string>;
  lexicon(): Promise<Lexicon>;
  notifyTabs(kbVersion: string): Promise<void>;
  intervalHours(): Promise<number>;
  overrides(): Promise<Partial<Record<string, string>>>;
  tuning(): Promise<unknown>;
  /** Sets (or, with null, clears) the one alarm that wakes the updater. */
  setAlarm(when: number | null): Promise<void>;
  /** Unique per worker start: the lock's owner. */
  instanceId: string;
  feeds?: readonly FeedDef[];
}

type Check =
  | { kind: 'unchanged'; state: FeedState }
  | { kind: 'changed'; state: FeedState; list: ParsedList }
  | { kind: 'failed'; state: FeedState; fault: FeedFault }
  /** A shrunk list kept aside for the user; `held` is null when the same copy is held already. */
  | { kind: 'held'; state: FeedState; held: HeldList | null };

const HOUR = 3_600_000;
/** Never-checked feeds are first checked this soon after the worker starts. */
const FIRST_CHECK_DELAY = 60_000;


export class Updater {
  private running: Promise<void> | null = null;
  private progress: string | null = null;
  private readonly feeds: readonly FeedDef[];

  constructor(private readonly deps: UpdaterDeps) {
    this.feeds = deps.feeds ?? FEEDS;
  }

  /**
   * The knowledge base to use at start: the last one installed, unless the
   * extension now bundles a different snapshot; then, list by list, the newer
   * of the bundled and the downloaded data.
   */
  async loadInstalled(): Promise<LoadedKb> {
    const { store } = this.deps;
    // The lexicon is read only to rebuild (a packed KB carries an index built with one): fetching and
    // parsing it was a fifth of every cold start that unpacks a KB as shipped or stored.
    // The stored core alone first, as for the bundled KB: scans can start while the details are read.
    const [installed, bundleId] = await Promise.all([store.installedCore(), this.deps.bundleId()]);
    if (installed && installed.bundleId === bundleId) return unpackLoadedKb({ ...installed.packed, details: installed.details() });
    if (!installed && this.deps.bundledCoreFirst) return unpackLoadedKb(await this.deps.bundledCoreFirst());
    const bundledPacked = await this.deps.bundled();
    if (!installed) return unpackLoadedKb(bundledPacked);
    const bundledKb = unpackLoadedKb(bundledPacked).kb;
    const bundledLists = decomposeKb(bundledKb);
    const stored = await store.lists();
    const lists = composeLists(bundledLists, stored, this.deps.now());
    const outdated = stored.filter((l) => !lists.includes(l)).map((l) => l.source.list);
    if (lists.every((l) => bundledLists.includes(l))) {
      await store.dropInstalled(outdated, true);
      return unpackLoadedKb(bundledPacked);
    }
    const removals = keepRemovals(removedRecords(bundledKb), await store.removals(), lists);
    const loaded = buildLoadedKb(await assembleKb(lists, curatedLayer(), removals), await this.deps.lexicon());
    await store.commit({ packed: packLoadedKb(loaded), bundleId, installedAt: this.deps.now() }, [], []);
    await store.dropInstalled(outdated, false);
    return loaded;
  }

  /** Starts a run unless one is going; resolves when that run ends. `force` checks every feed, due or not. */
  run(force: boolean): Promise<void> {
    if (!this.running) {
      this.progress = 'Starting the update…';
      this.running = this.doRun(force).finally(() => {
        this.running = null;
        this.progress = null;
      });
    }
    return this.running;
  }

  /** Runs `task` once no run is going, as a run of its own (the popup shows it running, a check waits for it). */
  private async exclusive(progress: string, task: () => Promise<string>): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
    this.progress = progress;
    this.running = (async () => {
      const { store, now, instanceId } = this.deps;
      const held = await store.tryLock(instanceId, now(), (await this.tuning()).lockStaleMs);
      if (held) {
        await store.setOutcome(`Another update has been running since ${new Date(held.startedAt).toISOString()}: nothing was changed; try again when it has finished`);
        return;
      }
      try {
        await store.setOutcome(await task());
      } finally {
        await store.unlock(instanceId);
      }
    })().finally(() => {
      this.running = null;
      this.progress = null;
    });
    return this.running;
  }

  /**
   * The user's answer to a list that shrank: `apply` installs the held copy,
   * otherwise the current list stays and the same file is not offered again.
   */
  resolveDrop(feedKey: string, apply: boolean): Promise<void> {
    const feed = this.feeds.find((f) => f.key === feedKey);
    if (!feed) return Promise.reject(new Error(`no feed ${feedKey}`));
    return this.exclusive(apply ? `Installing the shrunk ${feed.label} list…` : 'Keeping the current list…', async () => {
      const { store, now } = this.deps;
      const [states, held] = await Promise.all([store.feedStates(), store.held(feed.key)]);
      const st = states.get(feed.key) ?? emptyFeedState(feed.key);
      if (!st.pendingDrop || !held || held.hash !== st.pendingDrop.hash) return `No shrunk ${feed.label} list is waiting for a decision`;
      const t = now();
      if (!apply) {
        await store.release(feed.key, { ...st, pendingDrop: null, declinedHash: held.hash, lastError: null });
        return `Kept the current ${feed.label} list; the shrunk list (${held.list.source.entries.toLocaleString('en')} entries) is not offered again`;
      }
      const state: FeedState = { ...st, etags: held.etags, lastModified: held.lastModified, hash: held.hash, lastChange: t, pendingDrop: null, declinedHash: null, lastError: null };
      const version = await this.install([held.list], [state]);
      await store.release(feed.key, state);
      return `Installed the shrunk ${feed.label} list you confirmed (${held.list.source.entries.toLocaleString('en')} entries; knowledge base ${version})`;
    });
  }

  /** "Discard downloaded data": every download is forgotten and the bundled knowledge base is back in use, in every open tab. */
  discardDownloads(): Promise<void> {
    return this.exclusive('Discarding the downloaded data…', async () => {
      const { store, runtime } = this.deps;
      await store.discardDownloads();
      const loaded = unpackLoadedKb(await this.deps.bundled());
      runtime.swap(loaded);
      await this.deps.notifyTabs(loaded.kb.version).catch(() => undefined);
      return `Discarded the downloaded data: the bundled knowledge base ${loaded.kb.version} is in use`;
    });
  }

  /** Rebuilds the KB from the bundled lists and every accepted download plus `fresh`, saves it with `states`, swaps it in and tells the tabs. */
  private async install(fresh: ParsedList[], states: FeedState[]): Promise<string> {
    const { store, now, runtime } = this.deps;
    this.progress = 'Rebuilding the knowledge base…';
    const [bundled, bundleId, stored, lexicon] = await Promise.all([this.deps.bundled(), this.deps.bundleId(), store.lists(), this.deps.lexicon()]);
    const downloaded = [...stored.filter((l) => !fresh.some((f) => f.source.list === l.source.list)), ...fresh];
    const bundledKb = unpackLoadedKb(bundled).kb;
    const bundledLists = decomposeKb(bundledKb);
    const before = composeLists(bundledLists, stored, now());
    const lists = composeLists(bundledLists, downloaded, now());
    // Entries a newer copy of a list no longer carries stay known as formerly listed, dated with that copy.
    const removals = keepRemovals(
      [...removedRecords(bundledKb), ...(await store.removals())],
      fresh.flatMap((f) => {
        const prev = before.find((l) => l.source.list === f.source.list);
        return prev && lists.includes(f) ? seenRemovals(prev, f) : [];
      }),
      lists,
    );
    const kb = await assembleKb(lists, curatedLayer(), removals);
    const loaded = buildLoadedKb(kb, lexicon);
    this.progress = 'Saving the new knowledge base…';
    await store.commit({ packed: packLoadedKb(loaded), bundleId, installedAt: now() }, fresh, states, removals);
    runtime.swap(loaded);
    await this.deps.notifyTabs(kb.version).catch(() => undefined);
    return kb.version;
  }

  /** For "Update now": starts a run and resolves at once. */
  async requestRun(): Promise<void> {
    void this.run(true).catch(() => undefined);
  }

  async status(): Promise<UpdateStatusReply> {
    const [states, overrides, outcome, loaded] = await Promise.all([
      this.deps.store.feedStates(),
      this.deps.overrides(),
      this.deps.store.outcome(),
      this.deps.runtime.get().catch(() => null),
    ]);
    const feeds: FeedStatus[] = this.feeds.map((f) => {
      const st = states.get(f.key) ?? emptyFeedState(f.key);
      const src = loaded?.kb.sources.find((s) => s.list === f.listKey);
      const drop = st.pendingDrop;
      return {
        feed: f.key,
        authority: f.authority,
        title: f.title,
        url: overrides[f.key] ?? f.url,
        lastCheck: st.lastCheck,
        lastChange: st.lastChange,
        nextCheck: st.nextCheck,
        dataDate: src?.date ?? null,
        entries: src?.entries ?? null,
        lastError: st.lastError,
        pendingDrop: drop ? { entries: drop.entries, inUse: drop.inUse, seenAt: drop.seenAt } : null,
        mirror: src?.mirror ?? null,
        servedBy: src?.servedBy ?? null,
      };
    });
    return { running: this.running !== null, progress: this.progress, lastOutcome: outcome, feeds };
  }

  /** Sets the alarm for the earliest due feed (or an interrupted run's resumption). Called at every worker start. */
  async schedule(): Promise<void> {
    const { now, store } = this.deps;
    const hours = await this.deps.intervalHours();
    const [states, lock, tuning] = await Promise.all([store.feedStates(), store.lock(), this.tuning()]);
    const t = now();
    const times: number[] = [];
    for (const f of hours > 0 ? this.feeds : []) {
      const st = states.get(f.key);
      // A shorter interval chosen since the last check applies at once.
      const byInterval = st?.lastCheck != null ? st.lastCheck + hours * HOUR : t + FIRST_CHECK_DELAY;
      times.push(Math.min(st?.nextCheck ?? byInterval, byInterval));
    }
    // A lock left by a worker that died mid-run: pick the run up once the lock is stale.
    if (lock && lock.owner !== this.deps.instanceId) times.push(lock.heartbeatAt + tuning.lockStaleMs + 1_000);
    await this.deps.setAlarm(times.length ? Math.max(t + 1_000, Math.min(...times)) : null);
  }

  private async tuning(): Promise<Tuning> {
    return completeTuning(await this.deps.tuning());
  }

  private async doRun(force: boolean): Promise<void> {
    const { store, now, instanceId } = this.deps;
    const tuning = await this.tuning();
    const held = await store.tryLock(instanceId, now(), tuning.lockStaleMs);
    if (held) {
      await store.setOutcome(`Another update has been running since ${new Date(held.startedAt).toISOString()}; this one was not started`);
      await this.schedule();
      return;
    }
    const beat = setInterval(() => void store.heartbeat(instanceId, now()).catch(() => undefined), Math.max(250, tuning.lockStaleMs / 4));
    let outcome: string;
    try {
      outcome = await this.checkAndInstall(force, tuning);
    } catch (err) {
      outcome = `The update failed: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      clearInterval(beat);
    }
    await store.setOutcome(outcome);
    await store.unlock(instanceId);
    await this.schedule();
  }

  private async checkAndInstall(force: boolean, tuning: Tuning): Promise<string> {
    const { store, now, runtime } = this.deps;
    const current = await runtime.get();
    const inUse = new Map(current.kb.sources.map((s) => [s.list, s]));
    const [states, overrides, hours] = await Promise.all([store.feedStates(), this.deps.overrides(), this.deps.intervalHours()]);
    const t0 = now();
    const due = this.feeds.filter((f) => force || (states.get(f.key)?.nextCheck ?? 0) <= t0);
    const results: { feed: FeedDef; check: Check }[] = [];
    for (const feed of due) {
      this.progress = `Checking the ${feed.label} list…`;
      const state = states.get(feed.key) ?? emptyFeedState(feed.key);
      const override = overrides[feed.key];
      const check = await this.checkFeed(feed, feedUrls(feed, override), override ? new URL(override).host : null, state, inUse.get(feed.listKey), tuning, hours);
      results.push({ feed, check });
    }

    const changed = results.filter((r): r is { feed: FeedDef; check: Extract<Check, { kind: 'changed' }> } => r.check.kind === 'changed');
    const failed = results.filter((r) => r.check.kind === 'failed');
    const held = results.filter((r): r is { feed: FeedDef; check: Extract<Check, { kind: 'held' }> } => r.check.kind === 'held');
    const version = changed.length ? await this.install(changed.map((c) => c.check.list), changed.map((c) => c.check.state)) : null;
    for (const h of held) if (h.check.held) await store.hold(h.feed.key, h.check.held, h.check.state);
    await store.saveFeedStates(results.filter((r) => r.check.kind === 'failed' || r.check.kind === 'unchanged' || (r.check.kind === 'held' && !r.check.held)).map((r) => r.check.state));
    // A held copy the feed no longer serves (a newer list came, or the old one is back) is not offered any more.
    for (const r of results) {
      const before = states.get(r.feed.key)?.pendingDrop;
      if (before && r.check.state.pendingDrop?.hash !== before.hash && !(r.check.kind === 'held' && r.check.held)) await store.release(r.feed.key, r.check.state);
    }

    if (!due.length) return 'No feed was due for a check';
    const parts: string[] = [];
    if (version) parts.push(`Installed the new ${changed.map((c) => c.feed.label).join(', ')} data (knowledge base ${version})`);
    else if (failed.length + held.length < results.length) parts.push('No list has changed since the last check');
    for (const h of held) {
      const d = h.check.state.pendingDrop!;
      parts.push(`The ${h.feed.label} list shrank from ${d.inUse.toLocaleString('en')} to ${d.entries.toLocaleString('en')} entries: it waits for your confirmation`);
    }
    if (failed.length) parts.push(`${failed.length} of ${due.length} feeds could not be used: ${failed.map((f) => f.feed.label).join(', ')}`);
    return parts.join('; ');
  }

  private nextCheck(t: number, hours: number, failures: number, tuning: Tuning): number | null {
    const interval = hours * HOUR;
    if (failures > 0) {
      const wait = Math.min(interval > 0 ? interval : 12 * HOUR, tuning.failedFeedRetryMs * 2 ** (failures - 1));
      return Math.round(t + wait * (0.8 + this.deps.random() * 0.4));
    }
    // ±10 % so that installs do not all call the publishers at the same moment.
    return interval > 0 ? Math.round(t + interval * (0.9 + this.deps.random() * 0.2)) : null;
  }

  /** `mirror`: the host of the user's override, when the feed is not read from its publisher. */
  private async checkFeed(feed: FeedDef, urls: string[], mirror: string | null, st: FeedState, inUse: SourceInfo | undefined, tuning: Tuning, hours: number): Promise<Check> {
    const { now } = this.deps;
    const t = now();
    // A drop waiting for confirmation stays pending through faults of another kind.
    const fail = (fault: FeedFault, pendingDrop: FeedState['pendingDrop'] = st.pendingDrop): Check => {
      const failures = st.failures + 1;
      return {
        kind: 'failed',
        fault,
        state: { ...st, lastCheck: t, failures, lastError: describeFault(fault, feed.label, feed.title), pendingDrop, nextCheck: this.nextCheck(t, hours, failures, tuning) },
      };
    };
    // A held drop stays offered through checks that bring nothing new.
    const ok = (extra: Partial<FeedState>): FeedState => ({
      ...st,
      lastError: st.pendingDrop ? st.lastError : null,
      ...extra,
      lastCheck: t,
      failures: 0,
      nextCheck: this.nextCheck(t, hours, 0, tuning),
    });
    const policy = { attempts: tuning.attempts, baseMs: tuning.retryBaseMs, maxMs: tuning.retryMaxMs, random: this.deps.random, sleep: this.deps.sleep };
    const limits = { maxBytes: tuning.maxBytes, headersTimeoutMs: tuning.headersTimeoutMs, idleTimeoutMs: tuning.idleTimeoutMs };
    const get = (url: string, conditional: boolean) =>
      withRetry(policy, () => download(this.deps.fetch, url, conditional ? { etag: st.etags[url], lastModified: st.lastModified[url] } : {}, limits));

    try {
      const first = await Promise.all(urls.map((u) => get(u, true)));
      if (first.every((d) => d.kind === 'not-modified')) return { kind: 'unchanged', state: ok({}) };
      // One file of a set changed: the others are needed whole to parse the set.
      const all = await Promise.all(first.map((d, i) => (d.kind === 'ok' ? Promise.resolve(d) : get(urls[i], false))));
      const files: FeedFile[] = [];
      // The list is named after the host that served its first file, mirror or publisher, redirected or not.
      const first0 = all[0];
      const servedFrom = first0?.kind === 'ok' ? first0.servedFrom : urls[0];
      const servedBy = servedByOtherHost(urls[0], servedFrom);
      const etags: Record<string, string> = {};
      const lastModified: Record<string, string> = {};
      all.forEach((d, i) => {
        if (d.kind !== 'ok') throw new FeedError({ kind: 'http', status: 304, attempts: 1 });
        files.push({ url: urls[i], body: d.body, ...(d.lastModified ? { lastModified: d.lastModified } : {}) });
        if (d.etag) etags[urls[i]] = d.etag;
        if (d.lastModified) lastModified[urls[i]] = d.lastModified;
      });
      const hash = (await Promise.all(files.map((f) => sha256Hex(f.body)))).join(':');
      // The copy in use is served again: a shrunk copy held before is no longer what the feed offers.
      if (hash === st.hash) return { kind: 'unchanged', state: ok({ etags, lastModified, pendingDrop: null, lastError: null }) };
      if (hash === st.declinedHash) return { kind: 'unchanged', state: ok({}) };
      if (hash === st.pendingDrop?.hash) return { kind: 'held', state: ok({}), held: null };
      this.progress = `Reading the ${feed.label} list…`;
      let list: ParsedList;
      try {
        for (const f of feed.format === 'csv' ? files : files.slice(0, 1)) checkKind(feed, f.body);
        list = await feed.parse(files, t);
      } catch (err) {
        return fail(parseFault(feed, err));
      }
      if (mirror) list = { ...list, source: { ...list.source, mirror: new URL(servedFrom).host } };
      else if (servedBy) list = { ...list, source: { ...list.source, servedBy } };
      const sanity = checkSanity(list, inUse, t);
      if (!sanity.ok && sanity.held && inUse) {
        const pendingDrop = { entries: list.source.entries, inUse: inUse.entries, seenAt: t, hash };
        return { kind: 'held', state: ok({ pendingDrop, lastError: describeFault(sanity.fault, feed.label, feed.title) }), held: { list, etags, lastModified, hash } };
      }
      if (!sanity.ok) return fail(sanity.fault);
      return { kind: 'changed', list, state: ok({ etags, lastModified, hash, lastChange: t, pendingDrop: null, declinedHash: null, lastError: null }) };
    } catch (err) {
      if (err instanceof FeedError) return fail(err.fault);
      throw err;
    }
  }
}
