/** A small world for the updater: synthetic UN files, an injected fetch and clock, fake IndexedDB. */
import 'fake-indexeddb/auto';
import { Updater, type UpdaterDeps } from '../../../src/updater/updater';
import { UpdaterStore } from '../../../src/updater/store';
import { FEEDS } from '../../../src/updater/feeds';
import { KbRuntime, buildLoadedKb, packLoadedKb, type PackedKb } from '../../../src/background/kb-runtime';
import { assembleKb } from '../../../src/kb/build/assemble';
import { curatedLayer } from '../../../src/kb/curated';
import { parseUnXml } from '../../../src/kb/parsers/un-xml';
import { readLexicon } from '../../../scripts/lib/kb-files';

export const UN_URL = FEEDS[0].url;
export const lexicon = readLexicon();

function letters(i: number): string {
  let s = '';
  do {
    s = String.fromCharCode(65 + (i % 26)) + s;
    i = Math.floor(i / 26);
  } while (i > 0);
  return s;
}

/** A UN consolidated.xml with `count` individuals KPi.<n>, dated `date`. */
export function unXml(count: number, date: string, first = 0): string {
  const people = Array.from({ length: count }, (_, k) => {
    const i = first + k;
    return `<INDIVIDUAL><DATAID>${i}</DATAID><FIRST_NAME>ZORVAK${letters(i)}</FIRST_NAME><SECOND_NAME>QUELMIRO</SECOND_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.${900 + i}</REFERENCE_NUMBER><LISTED_ON>2020-01-01</LISTED_ON></INDIVIDUAL>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="${date}T23:00:00.000Z">\n<INDIVIDUALS>${people.join('\n')}</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>`;
}

export async function packedUn(count: number, date: string): Promise<PackedKb> {
  const list = await parseUnXml(unXml(count, date), { file: 'bundled' });
  return packLoadedKb(buildLoadedKb(await assembleKb([list], curatedLayer()), lexicon));
}

export type Route = (init: RequestInit | undefined, n: number) => Response | Promise<Response>;

let dbCount = 0;

export interface World {
  updater: Updater;
  runtime: KbRuntime;
  store: UpdaterStore;
  deps: UpdaterDeps;
  routes: Map<string, Route>;
  requests: { url: string; headers: Record<string, string> }[];
  sleeps: number[];
  notified: string[];
  alarms: (number | null)[];
  clock: { t: number };
  tuning: Record<string, number>;
  bundled: { packed: PackedKb };
  /** A second updater on the same database, as after a worker restart. */
  restart(): World;
}

export async function world(opts: { bundled?: PackedKb; dbName?: string; tuning?: Record<string, number> } = {}): Promise<World> {
  const dbName = opts.dbName ?? `updater-test-${++dbCount}`;
  const bundled = { packed: opts.bundled ?? (await packedUn(20, '2026-05-01')) };
  const shared = {
    routes: new Map<string, Route>(),
    requests: [] as { url: string; headers: Record<string, string> }[],
    sleeps: [] as number[],
    notified: [] as string[],
    alarms: [] as (number | null)[],
    clock: { t: Date.parse('2026-06-01T08:00:00Z') },
    tuning: { attempts: 3, retryBaseMs: 1000, retryMaxMs: 8000, idleTimeoutMs: 50, headersTimeoutMs: 200, lockStaleMs: 60_000, ...opts.tuning },
  };
  const counts = new Map<string, number>();
  const make = (): World => {
    const store = new UpdaterStore(dbName);
    let updater!: Updater;
    const runtime = new KbRuntime(() => updater.loadInstalled());
    const deps: UpdaterDeps = {
      fetch: async (url, init) => {
        shared.requests.push({ url, headers: { ...(init?.headers as Record<string, string>) } });
        const route = shared.routes.get(url);
        const n = (counts.get(url) ?? 0) + 1;
        counts.set(url, n);
        if (!route) return new Response('not found', { status: 404 });
        return route(init, n);
      },
      now: () => shared.clock.t,
      random: () => 0.5,
      sleep: async (ms) => void shared.sleeps.push(ms),
      store,
      runtime,
      bundled: async () => bundled.packed,
      bundleId: async () => bundled.packed.kb.version,
      lexicon: async () => lexicon,
      notifyTabs: async (v) => void shared.notified.push(v),
      intervalHours: async () => 12,
      overrides: async () => ({}),
      tuning: async () => shared.tuning,
      setAlarm: async (when) => void shared.alarms.push(when),
      instanceId: `instance-${Math.random()}`,
      feeds: [FEEDS[0]],
    };
    updater = new Updater(deps);
    return { updater, runtime, store, deps, ...shared, bundled, restart: make };
  };
  return make();
}

/** A 200 answer with validators. */
export function ok(body: string | Uint8Array, headers: Record<string, string> = {}): Response {
  return new Response(body as BodyInit, { status: 200, headers: { etag: '"v1"', 'last-modified': 'Mon, 01 Jun 2026 00:00:00 GMT', ...headers } });
}
