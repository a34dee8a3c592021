import { describe, expect, it } from 'vitest';
import { world, ok, unXml, packedUn, UN_URL, type World } from './harness';
import { backoffDelay } from '../../../src/updater/download';

const un = (w: World) => w.updater.status().then((s) => s.feeds[0]);
const version = async (w: World) => (await w.runtime.get()).kb.version;

describe('updater: install, conditional requests, content hash', () => {
  it('installs a newer list, persists it, swaps it in and tells the tabs', async () => {
    const w = await world();
    const before = await version(w);
    w.routes.set(UN_URL, () => ok(unXml(21, '2026-05-31')));
    await w.updater.run(true);
    const after = await version(w);
    expect(after).not.toBe(before);
    expect(w.notified).toEqual([after]);
    expect((await w.store.installed())?.packed.kb.version).toBe(after);
    const st = await un(w);
    expect(st).toMatchObject({ lastError: null, dataDate: '2026-05-31', entries: 21, lastCheck: w.clock.t, lastChange: w.clock.t });
    // Next check in 12 h ± 10 % (random() = 0.5 gives exactly 12 h).
    expect(st.nextCheck).toBe(w.clock.t + 12 * 3_600_000);
    expect(w.alarms.at(-1)).toBe(st.nextCheck);
    // A restarted worker starts with the installed KB, not the bundled one.
    expect(await version(w.restart())).toBe(after);
  });

  it('asks conditionally; a 304 or an identical body costs no rebuild', async () => {
    const w = await world();
    w.routes.set(UN_URL, () => ok(unXml(21, '2026-05-31')));
    await w.updater.run(true);
    const v = await version(w);
    w.routes.set(UN_URL, () => new Response(null, { status: 304 }));
    w.clock.t += 1000;
    await w.updater.run(true);
    expect(w.requests.at(-1)?.headers).toMatchObject({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Mon, 01 Jun 2026 00:00:00 GMT' });
    // A server without validators, same bytes: the hash says unchanged.
    w.routes.set(UN_URL, () => new Response(unXml(21, '2026-05-31')));
    await w.updater.run(true);
    expect(w.notified).toHaveLength(1);
    expect(await version(w)).toBe(v);
    const st = await un(w);
    expect(st.lastCheck).toBe(w.clock.t);
    expect(st.lastChange).toBe(w.clock.t - 1000);
    expect((await w.updater.status()).lastOutcome).toMatch(/No list has changed/);
  });
});

describe('updater: each fault leaves the last good KB and names itself', () => {
  const stalled = () =>
    new Response(new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('<?xml version="1.0"?>')) }), { status: 200 });
  const cases: { name: string; route: (init: RequestInit | undefined) => Response | Promise<Response>; error: RegExp; tuning?: Record<string, number> }[] = [
    {
      name: 'connection refused',
      route: () => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })),
      error: /^The UN server did not answer \(connection refused\)$/,
    },
    {
      // What a browser's fetch gives for a refused connection, no network, or (Firefox) a mirror without CORS headers.
      name: 'a network error the browser does not explain',
      route: () => Promise.reject(new TypeError('NetworkError when attempting to fetch resource.')),
      error: /^The UN server could not be reached, or did not let the extension read its answer \(.*CORS headers\)$/,
    },
    {
      name: 'no answer at all',
      route: (init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      error: /did not start sending the list within/,
    },
    { name: 'a stalled body', route: stalled, error: /The UN download stalled/ },
    { name: 'a burst of 500s', route: () => new Response('x', { status: 500 }), error: /HTTP 500\), 3 times in a row/ },
    {
      name: 'a truncated body',
      route: () => {
        const bytes = new TextEncoder().encode(unXml(21, '2026-05-31'));
        return new Response(bytes.subarray(0, 500), { headers: { 'content-length': String(bytes.length) } });
      },
      error: /broke off before the end/,
    },
    {
      name: 'a body cut by an error',
      route: () => new Response(new ReadableStream({ start: (c) => (c.enqueue(new Uint8Array([60])), c.error(new TypeError('network error'))) })),
      error: /broke off before the end/,
    },
    { name: 'a declared oversized body', route: () => ok('x'.repeat(10), { 'content-length': '70000000' }), error: /^The download was cut off: over the 60 MB limit$/ },
    { name: 'an oversized stream', route: () => ok(unXml(1000, '2026-05-31')), error: /over the 0\.1 MB limit/, tuning: { maxBytes: 100_000 } },
    { name: 'invalid XML', route: () => ok(unXml(21, '2026-05-31').replace('<INDIVIDUALS>', '<INDIVIDUALS')), error: /^The file is not valid XML \(line 3, column \d+\)$/ },
    {
      name: 'the wrong file',
      route: () => ok('<?xml version="1.0"?><sdnList xmlns="x"><publshInformation/></sdnList>'),
      error: /^The UN address served the wrong file: an OFAC list \(SDN XML format\), not the UN Security Council Consolidated List$/,
    },
    { name: 'a web page', route: () => ok('<!DOCTYPE html><html><body>Maintenance</body></html>'), error: /wrong file: a web page/ },
    { name: 'a missing date', route: () => ok(unXml(21, '2026-05-31').replace(/ dateGenerated="[^"]*"/, '')), error: /lacks required data: missing or invalid dateGenerated/ },
    {
      name: 'a record over the parser bounds',
      route: () => ok(unXml(21, '2026-05-31').replace('</FIRST_NAME>', `</FIRST_NAME>${'<X/>'.repeat(10_001)}`)),
      error: /^The UN file holds a record too large for a real list entry \(line 3, column \d+\): the <INDIVIDUAL> record that starts at 3:\d+ has more than 10,000 elements; it was not installed$/,
    },
    { name: 'an empty list', route: () => ok(unXml(0, '2026-05-31')), error: /lists no entries/ },
    { name: 'older data', route: () => ok(unXml(21, '2026-04-01')), error: /^The UN list offered is dated 2026-04-01, older than the 2026-05-01 list in use; it was not installed$/ },
    {
      name: 'a 90 % drop (below the floor: refused, not offered)',
      route: () => ok(unXml(2, '2026-05-31')),
      error: /^The new UN list has 90% fewer entries than the one in use \(2 instead of 20\): too large a drop to be a real update; it was not installed$/,
    },
    {
      name: 'a list dated after today + 2 days',
      route: () => ok(unXml(21, '2026-06-04')),
      error: /^The UN list offered is dated 2026-06-04, later than any genuine list can be; it was not installed$/,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const w = await world({ tuning: c.tuning });
      const v = await version(w);
      w.routes.set(UN_URL, (init) => c.route(init));
      await w.updater.run(true);
      expect(await version(w)).toBe(v);
      expect(await w.store.installed()).toBeUndefined();
      expect(w.notified).toEqual([]);
      const st = await un(w);
      expect(st.lastError).toMatch(c.error);
      expect(st.lastChange).toBeNull();
      // Failed feeds are retried sooner than the interval: 15 min × (0.8 + 0.5 × 0.4).
      expect(st.nextCheck).toBe(w.clock.t + 15 * 60_000);
      expect((await w.updater.status()).lastOutcome).toMatch(/1 of 1 feeds could not be used: UN/);
    });
  }

  it('retries transient faults with exponential backoff and jitter, and not a wrong file', async () => {
    const w = await world({ tuning: { attempts: 4, retryMaxMs: 3000 } });
    w.routes.set(UN_URL, (_i) => new Response('x', { status: 503 }));
    await w.updater.run(true);
    // random() = 0.5: half of 1 s, 2 s, then 4 s capped at 3 s.
    expect(w.sleeps).toEqual([500, 1000, 1500]);
    expect(backoffDelay(10, 1000, 8000, () => 1)).toBe(8000);
    w.sleeps.length = 0;
    w.routes.set(UN_URL, () => ok('<?xml version="1.0"?><html/>'));
    await w.updater.run(true);
    expect(w.sleeps).toEqual([]);
  });

  it('recovers from a burst shorter than the retries', async () => {
    const w = await world();
    w.routes.set(UN_URL, (_i, n) => (n <= 2 ? new Response('x', { status: 500 }) : ok(unXml(21, '2026-05-31'))));
    await w.updater.run(true);
    expect(await un(w)).toMatchObject({ lastError: null, entries: 21 });
  });

  it('backs a failing feed off further at each failed check', async () => {
    const w = await world();
    w.routes.set(UN_URL, () => new Response('x', { status: 500 }));
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      await w.updater.run(true);
      waits.push((await un(w)).nextCheck! - w.clock.t);
    }
    expect(waits).toEqual([15 * 60_000, 30 * 60_000, 60 * 60_000]);
  });
});

describe('updater: sanity, dates, bundled snapshot', () => {
  it('a drop of more than 10 % waits for the user, through later checks, and installs when the user applies it', async () => {
    const w = await world();
    const v = await version(w);
    w.routes.set(UN_URL, () => ok(unXml(15, '2026-05-31')));
    for (let i = 0; i < 3; i++) {
      await w.updater.run(true);
      w.clock.t += 13 * 3_600_000;
    }
    // Automatic checks never confirm it.
    expect(await version(w)).toBe(v);
    const st = await un(w);
    expect(st).toMatchObject({ entries: 20, pendingDrop: { entries: 15, inUse: 20 } });
    expect(st.lastError).toMatch(/25% fewer entries .*\(15 instead of 20\); it waits for your confirmation$/);
    expect((await w.updater.status()).lastOutcome).toMatch(/The UN list shrank from 20 to 15 entries: it waits for your confirmation/);
    // The held copy survives a worker restart, and is downloaded but not parsed again (same hash).
    const w2 = w.restart();
    await w2.updater.resolveDrop('un', true);
    expect(await un(w2)).toMatchObject({ entries: 15, pendingDrop: null, lastError: null, dataDate: '2026-05-31' });
    expect(await version(w2)).not.toBe(v);
    expect(w.notified).toEqual([await version(w2)]);
    expect(await w2.store.held('un')).toBeUndefined();
    // The installed copy's validators are the held file's: the next check is a conditional no-op.
    w.routes.set(UN_URL, (init) => ((init?.headers as Record<string, string> | undefined)?.['If-None-Match'] === '"v1"' ? new Response(null, { status: 304 }) : ok(unXml(15, '2026-05-31'))));
    await w2.updater.run(true);
    expect(w.notified).toHaveLength(1);
  });

  it('"keep current" keeps the list in use and does not offer the same file again; a later genuine list still lands', async () => {
    const w = await world();
    const v = await version(w);
    w.routes.set(UN_URL, () => ok(unXml(15, '2026-05-31')));
    await w.updater.run(true);
    await w.updater.resolveDrop('un', false);
    expect(await un(w)).toMatchObject({ entries: 20, pendingDrop: null, lastError: null });
    expect((await w.updater.status()).lastOutcome).toMatch(/^Kept the current UN list/);
    await w.updater.run(true);
    expect(await un(w)).toMatchObject({ entries: 20, pendingDrop: null });
    expect(await version(w)).toBe(v);
    w.routes.set(UN_URL, () => ok(unXml(19, '2026-06-01'), { etag: '"v2"' }));
    await w.updater.run(true);
    expect(await un(w)).toMatchObject({ entries: 19, pendingDrop: null, dataDate: '2026-06-01' });
  });

  it('a held drop is no longer offered once the feed serves a newer list', async () => {
    const w = await world();
    w.routes.set(UN_URL, () => ok(unXml(15, '2026-05-31')));
    await w.updater.run(true);
    expect(await w.store.held('un')).toBeDefined();
    w.routes.set(UN_URL, () => ok(unXml(20, '2026-06-01', 5)));
    await w.updater.run(true);
    expect(await un(w)).toMatchObject({ entries: 20, dataDate: '2026-06-01', pendingDrop: null });
    expect(await w.store.held('un')).toBeUndefined();
    await w.updater.resolveDrop('un', true);
    expect((await w.updater.status()).lastOutcome).toBe('No shrunk UN list is waiting for a decision');
  });

  it('a future-dated list is refused, and one stored before (under a wrong clock) cannot block a genuine older-dated list', async () => {
    const w = await world();
    w.routes.set(UN_URL, () => ok(unXml(21, '2027-01-01')));
    await w.updater.run(true);
    expect((await un(w)).lastError).toMatch(/dated 2027-01-01, later than any genuine list can be/);
    // The machine's clock was a year ahead when that file came: it was accepted then.
    const realNow = w.clock.t;
    w.clock.t = Date.parse('2027-01-01T12:00:00Z');
    await w.updater.run(true);
    expect(await un(w)).toMatchObject({ dataDate: '2027-01-01', entries: 21 });
    // The clock is right again: the genuine list of 2026-05-31 is not "older", it lands.
    w.clock.t = realNow;
    w.routes.set(UN_URL, () => ok(unXml(22, '2026-05-31'), { etag: '"v2"' }));
    await w.updater.run(true);
    expect(await un(w)).toMatchObject({ dataDate: '2026-05-31', entries: 22, lastError: null });
  });

  it('"Discard downloaded data" goes back to the bundled knowledge base and rescans the tabs; the next check downloads in full', async () => {
    const w = await world();
    const bundled = await version(w);
    w.routes.set(UN_URL, () => ok(unXml(21, '2026-05-31')));
    await w.updater.run(true);
    w.routes.set(UN_URL, () => ok(unXml(15, '2026-06-01'), { etag: '"v2"' }));
    await w.updater.run(true);
    expect(await w.store.held('un')).toBeDefined();
    await w.updater.discardDownloads();
    expect(await version(w)).toBe(bundled);
    expect(w.notified.at(-1)).toBe(bundled);
    expect(await w.store.installed()).toBeUndefined();
    expect(await w.store.lists()).toEqual([]);
    expect(await w.store.held('un')).toBeUndefined();
    expect(await un(w)).toMatchObject({ entries: 20, dataDate: '2026-05-01', pendingDrop: null, lastChange: null });
    expect((await w.updater.status()).lastOutcome).toBe(`Discarded the downloaded data: the bundled knowledge base ${bundled} is in use`);
    expect(await version(w.restart())).toBe(bundled);
    w.routes.set(UN_URL, () => ok(unXml(21, '2026-05-31')));
    await w.updater.run(true);
    expect(w.requests.at(-1)?.headers['If-None-Match']).toBeUndefined();
    expect(await un(w)).toMatchObject({ entries: 21 });
  });

  it('data read from a mirror says so in the status, the KB sources and the cards', async () => {
    const w = await world();
    const mirror = 'https://lists.mirror.example.org/un/consolidated.xml';
    w.deps.overrides = async () => ({ un: mirror });
    w.routes.set(mirror, () => ok(unXml(21, '2026-05-31')));
    await w.updater.run(true);
    expect(await un(w)).toMatchObject({ entries: 21, mirror: 'lists.mirror.example.org' });
    const loaded = await w.runtime.get();
    expect(loaded.kb.sources.find((s) => s.list === 'un')?.mirror).toBe('lists.mirror.example.org');
    const person = loaded.kb.entities.find((e) => e.sourceRecords.some((r) => r.startsWith('un:')))!;
    expect(loaded.index.card(person.id, person.caption)?.asOf).toBe('UN list of 2026-05-31 (from the mirror lists.mirror.example.org, not the publisher)');
    // It survives packing into IndexedDB and a worker restart.
    expect((await w.restart().runtime.get()).kb.sources.find((s) => s.list === 'un')?.mirror).toBe('lists.mirror.example.org');
    // The publisher's own data again: no mirror named.
    w.deps.overrides = async () => ({});
    w.routes.set(UN_URL, () => ok(unXml(22, '2026-06-01'), { etag: '"v2"' }));
    await w.updater.run(true);
    expect(await un(w)).toMatchObject({ entries: 22, mirror: null });
  });

  it('a newer bundled snapshot wins over older downloaded data; an older one does not', async () => {
    const w = await world();
    w.routes.set(UN_URL, () => ok(unXml(21, '2026-05-31')));
    await w.updater.run(true);
    // The extension is updated with a snapshot newer than the download.
    const newer = await packedUn(25, '2026-06-15');
    w.bundled.packed = newer;
    const w2 = w.restart();
    expect(await version(w2)).toBe(newer.kb.version);
    expect(await w2.store.installed()).toBeUndefined();
    expect(await w2.store.lists()).toEqual([]);

    // Downloaded data newer than an updated (but older) bundle stays in use.
    const w3 = await world();
    w3.routes.set(UN_URL, () => ok(unXml(21, '2026-05-31')));
    await w3.updater.run(true);
    w3.bundled.packed = await packedUn(22, '2026-05-15');
    const w4 = w3.restart();
    const kb = (await w4.runtime.get()).kb;
    expect(kb.sources.find((s) => s.list === 'un')).toMatchObject({ date: '2026-05-31', entries: 21 });
    expect((await w4.store.installed())?.bundleId).toBe(w3.bundled.packed.kb.version);
  });
});

describe('updater: one run at a time, and a run killed midway', () => {
  it('runs once when asked twice', async () => {
    const w = await world();
    w.routes.set(UN_URL, () => ok(unXml(21, '2026-05-31')));
    await Promise.all([w.updater.run(true), w.updater.run(true), w.updater.requestRun()]);
    expect(w.requests).toHaveLength(1);
  });

  it('does not start while another instance holds a fresh lock; takes it over when stale', async () => {
    const w = await world();
    w.routes.set(UN_URL, () => ok(unXml(21, '2026-05-31')));
    expect(await w.store.tryLock('other', w.clock.t, 60_000)).toBeNull();
    await w.updater.run(true);
    expect(w.requests).toHaveLength(0);
    expect((await w.updater.status()).lastOutcome).toMatch(/Another update has been running since/);
    w.clock.t += 60_001;
    await w.updater.run(true);
    expect(w.requests).toHaveLength(1);
    expect(await w.store.lock()).toBeNull();
  });

  it('a worker killed mid-update leaves the old KB; the next worker completes the update', async () => {
    const w = await world();
    const v0 = await version(w);
    // The download never ends: this worker dies during it.
    w.routes.set(UN_URL, () => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('<?xml')) })));
    w.tuning.idleTimeoutMs = 1e9;
    void w.updater.run(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(await w.store.lock()).not.toBeNull();

    const next = w.restart();
    expect(await version(next)).toBe(v0);
    // The new worker schedules the dead run's resumption for when its lock goes stale.
    await next.updater.schedule();
    const lock = (await next.store.lock())!;
    expect(next.alarms.at(-1)).toBe(Math.min(lock.heartbeatAt + 60_000 + 1_000, w.clock.t + 60_000));
    w.routes.set(UN_URL, () => ok(unXml(21, '2026-05-31')));
    w.clock.t += 60_001;
    await next.updater.run(false);
    expect(await version(next)).not.toBe(v0);
    expect((await un(next)).entries).toBe(21);
  });
});
