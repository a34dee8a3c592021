/**
 * Search through the worker's message gate: extension pages only, validated
 * shapes, the index built on the first search of a knowledge base and kept.
 * Also the context-menu and omnibox helpers.
 */
import { describe, expect, it, vi } from 'vitest';
import { handleBackgroundMessage, type SenderInfo } from '../../../src/background/message-handler';
import { parseBackgroundRequest, type SearchReply } from '../../../src/messaging/protocol';
import { KbRuntime, buildLoadedKb, packLoadedKb, unpackLoadedKb } from '../../../src/background/kb-runtime';
import { EMPTY_LEXICON } from '../../../src/recognition/recognizer';
import type { KnowledgeBase } from '../../../src/kb/bundle';
import { handOffSearch, omniboxSuggestions, queryFromSelection, takeSearchHandOff, type SessionArea } from '../../../src/search/launchers';
import { rememberedSearch, rememberSearch } from '../../../src/ui/search-memory';

const OWN = 'own-id';
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
      names: [
        { value: 'Zorvath Maritime Holdings', quality: 'strong', kind: 'primary' },
        { value: 'Зорват', quality: 'strong', kind: 'original' },
      ],
      sanctions: [{ authority: 'UN', list: 'UN Security Council Consolidated List', programs: ['DPRK'], sourceId: 'KPe.999', sourceUrl: 'https://main.un.org/x' }],
      props: {},
      sourceRecords: ['un:KPe.999'],
    },
  ],
  curated: { regimes: [], instruments: [], programmes: [], jurisdictions: [], bodies: [] },
};

const page: SenderInfo = { id: OWN, extensionPage: true };
const contentScript: SenderInfo = { id: OWN, tabId: 3, extensionPage: false };

function setup(packed = false) {
  const built = buildLoadedKb(KB, EMPTY_LEXICON);
  const runtime = new KbRuntime(async () => (packed ? unpackLoadedKb(packLoadedKb(built)) : built));
  return (msg: unknown, sender: SenderInfo) => handleBackgroundMessage(msg, sender, OWN, runtime, { setBadge: () => undefined });
}

describe('search messages', () => {
  it('an extension page gets ranked results with refs, and the filter choices when asked', async () => {
    const send = setup(true);
    const r = (await send({ type: 'search', query: 'zorvath maritime', filters: {}, withOptions: true }, page)) as SearchReply;
    expect(r.kbVersion).toBe(KB.version);
    expect(r.results[0]).toMatchObject({ entity: 'un:KPe.999', refs: ['UN:KPe.999'], why: 'partial', authorities: ['UN'], programmes: ['DPRK'] });
    expect(r.options?.authorities).toEqual(['UN']);
    const exact = (await send({ type: 'search', query: 'Зорват', filters: { authority: 'UN' } }, page)) as SearchReply;
    expect(exact.results[0]).toMatchObject({ matched: 'Зорват', why: 'other script', likely: true });
  });
  it('a content script, another extension or a malformed message gets nothing', async () => {
    const send = setup();
    expect(await send({ type: 'search', query: 'zorvath', filters: {} }, contentScript)).toBeUndefined();
    expect(await send({ type: 'search', query: 'zorvath', filters: {} }, { id: 'other', extensionPage: true })).toBeUndefined();
    expect(await send({ type: 'search', query: 42, filters: {} }, page)).toBeUndefined();
  });
  it('validation keeps only known filters and bounded values', () => {
    expect(parseBackgroundRequest({ type: 'search', query: 'x', filters: { type: 'vessel', authority: 'UN', country: '' } })).toEqual({
      type: 'search', query: 'x', filters: { type: 'vessel', authority: 'UN' }, limit: undefined, withOptions: false,
    });
    expect(parseBackgroundRequest({ type: 'search', query: 'x', filters: { type: 'spaceship' } })).toBeNull();
    expect(parseBackgroundRequest({ type: 'search', query: 'x', filters: [] })).toBeNull();
    expect(parseBackgroundRequest({ type: 'search', query: 'x'.repeat(1001), filters: {} })).toBeNull();
    expect(parseBackgroundRequest({ type: 'search', query: 'x', filters: {}, limit: 1e9 })).toBeNull();
    expect(parseBackgroundRequest({ type: 'search', query: 'x', filters: { programme: { toString: 1 } } })).toBeNull();
  });
  it('builds the index once per knowledge base, on the first search only', async () => {
    const measure = vi.spyOn(performance, 'measure');
    const send = setup();
    await send({ type: 'kb-status' }, page);
    expect(measure.mock.calls.filter((c) => c[0] === 'sl:search-index')).toHaveLength(0);
    await send({ type: 'search', query: 'zor', filters: {} }, page);
    await send({ type: 'search', query: 'zorv', filters: {} }, page);
    expect(measure.mock.calls.filter((c) => c[0] === 'sl:search-index')).toHaveLength(1);
    measure.mockRestore();
  });
});

describe('context menu and omnibox helpers', () => {
  it('a selection becomes one trimmed, capped line', () => {
    expect(queryFromSelection('  Kim\n Jong\tUn ')).toBe('Kim Jong Un');
    expect(queryFromSelection('x'.repeat(500))).toHaveLength(200);
    expect(queryFromSelection(undefined)).toBe('');
  });
  it('a launcher hands the query over by session storage: the address holds a one-use token, never the query', async () => {
    const items = new Map<string, unknown>();
    const session: SessionArea = {
      get: async (k) => (items.has(k) ? { [k]: items.get(k) } : {}),
      set: async (o) => {
        for (const [k, v] of Object.entries(o)) items.set(k, v);
      },
      remove: async (k) => {
        items.delete(k);
      },
    };
    const token = '0b0e2f4c-1111-4222-8333-944455556666';
    const url = await handOffSearch(session, 'chrome-extension://id/search.html', { query: '  Kim & Co?\n', open: 'e-1' }, token);
    expect(url).toBe(`chrome-extension://id/search.html#${token}`);
    expect(url).not.toMatch(/Kim/);
    expect(await takeSearchHandOff(session, `#${token}`)).toEqual({ query: 'Kim & Co?', open: 'e-1' });
    // Taken once: a second read (a reload of the same address) finds nothing, and nothing stays behind.
    expect(await takeSearchHandOff(session, `#${token}`)).toBeNull();
    expect(items.size).toBe(0);
    expect(await takeSearchHandOff(session, '#not-a-token')).toBeNull();
    expect(await handOffSearch(session, 'chrome-extension://id/search.html', { query: '  ' })).toBe('chrome-extension://id/search.html');
  });
  it('the search page keeps its query in its tab\'s session storage for a reload', () => {
    const data = new Map<string, string>();
    const store = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) } as unknown as Storage;
    expect(rememberedSearch(store)).toEqual({ query: '' });
    rememberSearch(store, { query: 'Gaddafi', open: 'e-2' });
    expect(rememberedSearch(store)).toEqual({ query: 'Gaddafi', open: 'e-2' });
    data.set('sl-search', '{broken');
    expect(rememberedSearch(store)).toEqual({ query: '' });
  });
  it('suggestions escape XML for Chrome, keep text for Firefox, and drop repeated names', () => {
    const r = { entity: 'a', card: 'a', name: 'A & <B>', type: 'organisation' as const, authorities: ['UN'], programmes: [], refs: [], matched: 'A & <B>', why: 'exact' as const, score: 100, likely: true };
    const xml = omniboxSuggestions([r, { ...r, entity: 'b' }], true);
    expect(xml).toHaveLength(1);
    expect(xml[0].description).toBe('A &amp; &lt;B&gt; — organisation · UN · likely match');
    expect(omniboxSuggestions([r], false)[0].description).toBe('A & <B> — organisation · UN · likely match');
  });
});
