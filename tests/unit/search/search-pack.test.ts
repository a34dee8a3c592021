/**
 * The search index packed at build time: unpacked, it answers exactly as the
 * index it was packed from; it is refused for another knowledge base or when
 * damaged; and the worker answers the first search from it without waiting
 * for the entity details.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readKb, readLexicon } from '../../../scripts/lib/kb-files';
import { buildSearchData, type BuiltSearchData } from '../../../src/search/search-data';
import { packSearchData, unpackSearchData } from '../../../src/search/search-pack';
import { SearchIndex } from '../../../src/search/search-index';
import type { KnowledgeBase } from '../../../src/kb/bundle';
import { KbRuntime, buildLoadedKb, packLoadedKb, unpackLoadedKb } from '../../../src/background/kb-runtime';
import { coreFirstFromFiles } from '../../../src/background/kb-pack';
import { setSearchIndexSources } from '../../../src/background/search-for-kb';
import { handleBackgroundMessage } from '../../../src/background/message-handler';
import type { SearchReply } from '../../../src/messaging/protocol';

let kb: KnowledgeBase;
let data: BuiltSearchData;
let bytes: Uint8Array;
beforeAll(() => {
  kb = readKb();
  data = buildSearchData({ entities: kb.entities, curated: kb.curated, lexicon: readLexicon() });
  bytes = packSearchData(data, kb.version);
}, 120_000);

describe('packed search index', () => {
  it('answers every query exactly as the index it was packed from', () => {
    const built = new SearchIndex({ data });
    const packed = new SearchIndex({ data: unpackSearchData(bytes, kb.version) });
    for (const q of ['Muammar Gaddafi', 'gaddafi', 'OAO Gazprom', '김정은', 'resolution 2397', 'Lazarus Gro', 'North Korea', 'mohamed salem']) {
      expect(packed.search(q), q).toEqual(built.search(q));
    }
    expect(packed.search('Kim', { programme: 'DPRK3', limit: 20 })).toEqual(built.search('Kim', { programme: 'DPRK3', limit: 20 }));
    expect(packed.filterOptions(kb.curated)).toEqual(built.filterOptions(kb.curated));
  });
  it('is refused for another knowledge base, and when damaged', () => {
    expect(() => unpackSearchData(bytes, 'another-version')).toThrow(/made for/);
    const bad = bytes.slice();
    bad[bad.length - 5] ^= 0xff;
    expect(() => new SearchIndex({ data: unpackSearchData(bad, kb.version) }).search('zzzz zzzz')).toThrow();
  });
});

describe('the worker with a shipped index', () => {
  it('answers the first search from it while the entity details are still being read', async () => {
    const small: KnowledgeBase = { ...kb, entities: kb.entities.slice(0, 300) };
    const packedKb = packLoadedKb(buildLoadedKb(small, readLexicon()));
    const search = packSearchData(buildSearchData({ entities: small.entities, curated: small.curated }), small.version);
    setSearchIndexSources({ shipped: async () => search });
    // Details that never arrive: a search that waited for them would never answer.
    const runtime = new KbRuntime(async () => unpackLoadedKb(coreFirstFromFiles(packedKb.core, new Promise<Uint8Array>(() => undefined))));
    const name = small.entities[0].names[0].value;
    const reply = (await handleBackgroundMessage({ type: 'search', query: name, filters: {} }, { id: 'own', extensionPage: true }, 'own', runtime, { setBadge: () => undefined })) as SearchReply;
    expect(reply.results[0].entity).toBe(small.entities[0].id);
    setSearchIndexSources({});
  });
});
