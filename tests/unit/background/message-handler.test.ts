/**
 * The background's message gate: only the extension's own contexts, only
 * known shapes, and a content script gets only what marking needs.
 */
import { describe, expect, it, vi } from 'vitest';
import { handleBackgroundMessage, type BackgroundHooks, type SenderInfo } from '../../../src/background/message-handler';
import { parseBackgroundRequest, parseContentRequest, type ScanReply, type UpdateStatusReply } from '../../../src/messaging/protocol';
import { ScanQueue } from '../../../src/background/scan-queue';
import { KbRuntime, buildLoadedKb } from '../../../src/background/kb-runtime';
import { EMPTY_LEXICON } from '../../../src/recognition/recognizer';
import type { KnowledgeBase } from '../../../src/kb/bundle';
import { seededRandom } from '../../../scripts/lib/seeded-random';

const OWN = 'own-extension-id';

const KB: KnowledgeBase = {
  format: 1,
  version: '2026-01-01+test',
  builtAt: '2026-01-01T00:00:00.000Z',
  sources: [{ authority: 'UN', list: 'un', title: 'UN Security Council Consolidated List', file: 'un.xml', date: '2026-01-01', entries: 1 }],
  entities: [
    {
      id: 'un:KPe.999',
      schema: 'Organization',
      caption: 'Zorvath Maritime Holdings',
      names: [{ value: 'Zorvath Maritime Holdings', quality: 'strong', kind: 'primary' }],
      sanctions: [
        {
          authority: 'UN',
          list: 'UN Security Council Consolidated List',
          programs: ['DPRK'],
          sourceId: 'KPe.999',
          sourceUrl: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
          reason: 'Test entry.',
        },
      ],
      props: {},
      sourceRecords: ['un:KPe.999'],
    },
  ],
  curated: { regimes: [], instruments: [], programmes: [], jurisdictions: [], bodies: [] },
};

const STATUS: UpdateStatusReply = { running: false, progress: null, lastOutcome: 'No update yet', feeds: [] };

function setup() {
  const load = vi.fn(async () => buildLoadedKb(KB, EMPTY_LEXICON));
  const runtime = new KbRuntime(load);
  const hooks = {
    setBadge: vi.fn<BackgroundHooks['setBadge']>(),
    updateStatus: vi.fn(async () => STATUS),
    updateNow: vi.fn(async () => undefined),
  };
  const send = (msg: unknown, sender: SenderInfo) => handleBackgroundMessage(msg, sender, OWN, runtime, hooks);
  return { load, hooks, send };
}

const contentScript: SenderInfo = { id: OWN, tabId: 7, extensionPage: false };
const popup: SenderInfo = { id: OWN, extensionPage: true };

describe('the background message gate', () => {
  it('ignores every message from another extension or an unknown sender, without touching the knowledge base', async () => {
    const { load, hooks, send } = setup();
    for (const sender of [{ id: 'other-extension', tabId: 7 }, { tabId: 7 }, { id: '', extensionPage: true }, { id: `${OWN} ` }] as SenderInfo[]) {
      for (const msg of [{ type: 'scan', text: 'Zorvath Maritime Holdings' }, { type: 'kb-status' }, { type: 'update-now' }, { type: 'count', count: 3 }])
        expect(await send(msg, sender)).toBeUndefined();
    }
    expect(load).not.toHaveBeenCalled();
    expect(hooks.setBadge).not.toHaveBeenCalled();
    expect(hooks.updateNow).not.toHaveBeenCalled();
  });

  it('answers a content script a scan with offsets and names only, and a card for one entity', async () => {
    const { send } = setup();
    const reply = (await send({ type: 'scan', text: 'Ships of Zorvath Maritime Holdings docked.' }, contentScript)) as unknown as { kbVersion: string; mentions: Record<string, unknown>[] };
    expect(Object.keys(reply).sort()).toEqual(['kbVersion', 'mentions']);
    expect(reply.mentions.map((m) => m.text)).toEqual(['Zorvath Maritime Holdings']);
    const allowed = new Set(['start', 'end', 'text', 'category', 'entity', 'name', 'known', 'confidence', 'candidates', 'via', 'authorities']);
    for (const m of reply.mentions) for (const k of Object.keys(m)) expect(allowed.has(k), k).toBe(true);
    const card = (await send({ type: 'card', entity: 'un:KPe.999', text: 'Zorvath Maritime Holdings' }, contentScript)) as { title: string };
    expect(card.title).toBe('Zorvath Maritime Holdings');
    expect(await send({ type: 'card', entity: 'un:nope', text: 'x' }, contentScript)).toBeNull();
  });

  it('an early scan (sent before the page had its settings) from a switched-off site is declined without matching', async () => {
    const load = vi.fn(async () => buildLoadedKb(KB, EMPTY_LEXICON));
    const runtime = new KbRuntime(load);
    const siteEnabled = vi.fn(async (url: string | undefined) => !url?.includes('off.example'));
    const hooks = { setBadge: vi.fn<BackgroundHooks['setBadge']>(), siteEnabled };
    const scan = (url: string, early: boolean) =>
      handleBackgroundMessage({ type: 'scan', text: 'Zorvath Maritime Holdings docked.', ...(early && { early: true }) }, { ...contentScript, url }, OWN, runtime, hooks) as Promise<ScanReply>;
    expect(await scan('https://off.example/a', true)).toEqual({ kbVersion: '', mentions: [], declined: true });
    expect(load).not.toHaveBeenCalled();
    expect((await scan('https://news.example/a', true)).mentions.map((m) => m.text)).toEqual(['Zorvath Maritime Holdings']);
    // An ordinary scan comes from a page that read its settings itself: the worker does not ask again.
    siteEnabled.mockClear();
    expect((await scan('https://off.example/a', false)).mentions).toHaveLength(1);
    expect(siteEnabled).not.toHaveBeenCalled();
  });

  it('queues scans per frame: a newer scan from a frame replaces its waiting one, which is answered "superseded"', async () => {
    const load = vi.fn(async () => buildLoadedKb(KB, EMPTY_LEXICON));
    const scans = new ScanQueue({ budgetMs: 0, maxChunkChars: 1_000, now: () => 0, yieldTurn: () => new Promise((r) => setImmediate(r)) });
    const hooks = { setBadge: vi.fn<BackgroundHooks['setBadge']>(), scans };
    const runtime = new KbRuntime(load);
    await runtime.get();
    const send = (text: string, frameId: number) =>
      handleBackgroundMessage({ type: 'scan', text }, { ...contentScript, frameId }, OWN, runtime, hooks) as Promise<ScanReply>;
    const text = 'Zorvath Maritime Holdings docked.';
    const [first, stale, other, newest] = await Promise.all([send(text, 0), send(text, 0), send(text, 3), send(text, 0)]);
    expect(first.mentions.map((m) => m.text)).toEqual(['Zorvath Maritime Holdings']);
    expect(stale).toEqual({ kbVersion: KB.version, mentions: [], superseded: true });
    expect(other.mentions.map((m) => m.text)).toEqual(['Zorvath Maritime Holdings']);
    expect(newest.mentions.map((m) => m.text)).toEqual(['Zorvath Maritime Holdings']);
    expect(scans.served.chunks).toBe(3);
  });

  it('refuses a content script the update, status and knowledge-base requests the popup may make', async () => {
    const { hooks, send } = setup();
    for (const type of ['kb-status', 'update-status', 'update-now']) expect(await send({ type }, contentScript), type).toBeUndefined();
    expect(hooks.updateNow).not.toHaveBeenCalled();
    expect(hooks.updateStatus).not.toHaveBeenCalled();
    // The popup (an extension page, possibly opened in a tab) may.
    expect(await send({ type: 'kb-status' }, { ...popup, tabId: 3 })).toMatchObject({ version: KB.version });
    expect(await send({ type: 'update-now' }, popup)).toEqual(STATUS);
    expect(hooks.updateNow).toHaveBeenCalledTimes(1);
  });

  it('sets the badge only for the sending tab, and only from a valid count', async () => {
    const { hooks, send } = setup();
    await send({ type: 'count', count: 4 }, contentScript);
    await send({ type: 'count', count: 4 }, { id: OWN, extensionPage: false });
    await send({ type: 'count', count: -4 }, contentScript);
    await send({ type: 'count', count: '4' }, contentScript);
    await send({ type: 'count', count: 4, tabId: 99 }, contentScript);
    expect(hooks.setBadge.mock.calls).toEqual([
      [7, 4],
      [7, 4],
    ]);
  });
});

describe('message shapes under fuzz', () => {
  const KEYS = ['type', 'text', 'entity', 'candidates', 'possible', 'count', 'kbVersion', '__proto__', 'constructor', 'settings'];
  const TYPES = ['scan', 'card', 'count', 'kb-status', 'update-status', 'update-now', 'page-summary', 'reveal', 'next-mention', 'rescan', 'set-settings', 'toString', '__proto__', ''];
  function value(rand: () => number, depth = 0): unknown {
    const r = rand();
    if (r < 0.15) return TYPES[Math.floor(rand() * TYPES.length)];
    if (r < 0.25) return 'x'.repeat(Math.floor(rand() * 2000));
    if (r < 0.35) return Math.floor(rand() * 200) - 100 + (rand() < 0.2 ? 0.5 : 0);
    if (r < 0.45) return rand() < 0.5 ? null : undefined;
    if (r < 0.5) return rand() < 0.5;
    if (r < 0.65 && depth < 3) return Array.from({ length: Math.floor(rand() * 60) }, () => value(rand, depth + 1));
    if (depth < 3) {
      const o: Record<string, unknown> = {};
      for (let i = 0; i < 4; i++) o[KEYS[Math.floor(rand() * KEYS.length)]] = value(rand, depth + 1);
      if (rand() < 0.7) o.type = TYPES[Math.floor(rand() * TYPES.length)];
      return o;
    }
    return 'leaf';
  }

  it('parses 20,000 random messages without throwing, and returns only known shapes with known fields', () => {
    const rand = seededRandom(8);
    const fields: Record<string, string[]> = {
      scan: ['type', 'text'],
      card: ['type', 'entity', 'text', 'candidates', 'possible'],
      count: ['type', 'count'],
      'kb-status': ['type'],
      'update-status': ['type'],
      'update-now': ['type'],
      'page-summary': ['type'],
      reveal: ['type', 'entity'],
      'next-mention': ['type'],
      rescan: ['type', 'kbVersion'],
    };
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const msg = value(rand);
      for (const parsed of [parseBackgroundRequest(msg), parseContentRequest(msg)]) {
        if (!parsed) continue;
        accepted++;
        expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
        const allowed = fields[parsed.type];
        expect(allowed, parsed.type).toBeDefined();
        for (const k of Object.keys(parsed)) expect(allowed).toContain(k);
        for (const [k, v] of Object.entries(parsed)) if (k === 'text' || k === 'entity' || k === 'kbVersion') expect(typeof v).toBe('string');
      }
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('does not carry a JSON __proto__ key into the parsed message', () => {
    const msg = JSON.parse('{"type":"card","entity":"a","text":"b","__proto__":{"polluted":true},"candidates":["c"]}') as unknown;
    const parsed = parseBackgroundRequest(msg) as unknown as Record<string, unknown>;
    expect(parsed.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
