/**
 * The knowledge base in use by the background worker: loaded once, swapped
 * atomically when a newer one is ready, with its index and recogniser built
 * together so that a lookup never mixes two versions.
 */
import type { KnowledgeBase } from './bundle';
import { KB_FORMAT } from './bundle';
import { KbIndex } from './kb-index';
import type { Recognizer } from '../recognition/types';
import { createRecognizer } from '../recognition';
import type { Lexicon } from '../recognition/lexicon';

export interface LoadedKb {
  kb: KnowledgeBase;
  index: KbIndex;
  recognizer: Recognizer;
}

export function buildLoadedKb(kb: KnowledgeBase, lexicon: Lexicon): LoadedKb {
  if (kb.format !== KB_FORMAT) throw new Error(`Unsupported knowledge-base format ${String(kb.format)}`);
  return { kb, index: new KbIndex(kb), recognizer: createRecognizer(kb, lexicon) };
}

/**
 * A knowledge base in the form it is stored in (bundled files, IndexedDB):
 * what `unpackLoadedKb` needs to be ready to answer without redoing work.
 * The recogniser index is optional: without it the recogniser is rebuilt.
 */
export interface PackedKb {
  kb: KnowledgeBase;
  recognizerIndex?: unknown;
}

export function packLoadedKb(loaded: LoadedKb): PackedKb {
  return { kb: loaded.kb };
}

export function unpackLoadedKb(packed: PackedKb, lexicon: Lexicon): LoadedKb {
  return buildLoadedKb(packed.kb, lexicon);
}

export class KbRuntime {
  private current: LoadedKb | null = null;
  private loading: Promise<LoadedKb> | null = null;

  constructor(private readonly loadInitial: () => Promise<LoadedKb>) {}

  /** The knowledge base in use, loading it on first need. */
  get(): Promise<LoadedKb> {
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
