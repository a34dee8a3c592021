/**
 * The knowledge base in use by the background worker: loaded once, swapped
 * atomically when a newer one is ready, with its index and recogniser built
 * together so that a lookup never mixes two versions.
 */
import type { KnowledgeBase } from '../kb/bundle';
import { KB_FORMAT } from '../kb/bundle';
import { KbLookup } from '../kb/kb-lookup';
import type { Recognizer } from '../recognition/types';
import { createRecognizer, recognizerFromIndex, type IndexedRecognizer } from '../recognition/recognizer';
import { NameTrie } from '../recognition/name-trie';
import { packKb, unpackKb, type CoreFirstPackedKb, type PackedKb } from './kb-pack';
import type { Lexicon } from '../recognition/lexicon';

export interface LoadedKb {
  kb: KnowledgeBase;
  index: KbLookup;
  recognizer: Recognizer;
  /** The packed form this was unpacked from, so packing it again costs nothing (set once a core-first KB's details are in). */
  packed?: PackedKb;
  /** Set while the entity details are still being read (a core-first KB): scans can run, cards and titles wait. */
  detailsLoaded?: Promise<void>;
}

export function buildLoadedKb(kb: KnowledgeBase, lexicon: Lexicon): LoadedKb {
  if (kb.format !== KB_FORMAT) throw new Error(`Unsupported knowledge-base format ${String(kb.format)}`);
  return { kb, index: new KbLookup(kb), recognizer: createRecognizer(kb, lexicon) };
}

/**
 * A knowledge base in the form it is shipped (`kb-core.bin` + `kb-details.bin`)
 * and stored (IndexedDB, by structured clone): see src/kb/pack/index.ts.
 * `PackedKb.kb` is the KB WITHOUT its entities (version, sources, curated
 * layer); the entities live in `details` and are decoded one by one when a
 * card needs them. `unpackLoadedKb` is the single way back to a `LoadedKb`.
 */
export type { CoreFirstPackedKb, PackedKb } from './kb-pack';

/** Packs a loaded KB (built by `buildLoadedKb`, or unpacked: then its pack is returned as is). */
export function packLoadedKb(loaded: LoadedKb): PackedKb {
  if (loaded.packed) return loaded.packed;
  const r = loaded.recognizer as Partial<IndexedRecognizer>;
  if (!(r.index instanceof NameTrie)) throw new Error('packLoadedKb: the recogniser has no name index to pack');
  return packKb({ kb: loaded.kb, index: r.index, linkedCounts: loaded.index.linkedPartyCounts() });
}

/**
 * Ready to answer from a packed KB without rebuilding anything: the name
 * index is viewed from its typed arrays, entities stay packed until a card
 * asks for one. Throws a `PackError` on corrupt, truncated or mismatched
 * data. In the result, `kb.entities` is a getter that decodes every entity on
 * first access (for tools; the background never reads it). The lexicon is
 * not needed (the index was built with one at pack time) and is accepted for
 * the contract's sake.
 */
export function unpackLoadedKb(packed: PackedKb | CoreFirstPackedKb, _lexicon?: Lexicon): LoadedKb {
  const u = unpackKb(packed);
  const loaded: LoadedKb = {
    kb: u.kb,
    index: new KbLookup(u.kb, { entities: u.entities, authorities: u.authoritiesOf, linkedCounts: u.linkedCounts }),
    recognizer: recognizerFromIndex(u.kb, u.nameIndex),
  };
  if (!(packed.details instanceof Promise)) loaded.packed = packed as PackedKb;
  else if (u.detailsLoaded) {
    const bytes = packed.details;
    loaded.detailsLoaded = u.detailsLoaded.then(async () => {
      loaded.packed = { ...packed, details: await bytes };
      delete loaded.detailsLoaded;
    });
    loaded.detailsLoaded.catch(() => undefined);
  }
  return loaded;
}

export class KbRuntime {
  private current: LoadedKb | null = null;
  private loading: Promise<LoadedKb> | null = null;

  constructor(private readonly loadInitial: () => Promise<LoadedKb>) {}

  /** The knowledge base in use, loading it on first need, with its entity details in (cards, titles, search, updates). */
  async get(): Promise<LoadedKb> {
    const loaded = await this.forScans();
    if (loaded.detailsLoaded) await loaded.detailsLoaded;
    return loaded;
  }

  /** The knowledge base in use as soon as it can match text: a cold start's first scan does not wait for the entity details. */
  forScans(): Promise<LoadedKb> {
    if (this.current) return Promise.resolve(this.current);
    this.loading ??= this.loadInitial().then(
      (loaded) => (this.current ??= loaded),
      (err: unknown) => {
        this.loading = null;
        throw err;
      },
    );
    return this.loading;
  }

  /** Replaces the knowledge base in one step: readers see the old one or the new one, never a mix. */
  swap(next: LoadedKb): void {
    this.current = next;
  }

  peek(): LoadedKb | null {
    return this.current;
  }
}
