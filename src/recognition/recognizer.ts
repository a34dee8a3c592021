/**
 * The recognition engine: marks designated parties, jurisdictions,
 * instruments and bodies in page text. Built once per KB version; runs in
 * the background service worker and in Node (web-standard APIs only).
 */
import type { KnowledgeBase } from '../kb/bundle';
import type { Lexicon } from './lexicon';
import type { Recognizer } from './types';
import { createInstrumentCatalogue } from './instruments';
import { buildNameTrie, NameTrie, type NameTrieData } from './name-trie';
import { createScanner } from './scanner';

export type { Mention, Recognizer } from './types';
export type { Lexicon } from './lexicon';
export { createLexicon, EMPTY_LEXICON } from './lexicon';
export type { NameTrieData } from './name-trie';

/** A recogniser that also exposes its prebuilt index for shipping. */
export interface IndexedRecognizer extends Recognizer {
  readonly index: NameTrie;
  /** KB version the index was built from. */
  readonly kbVersion: string;
}

export function createRecognizer(kb: KnowledgeBase, lexicon: Lexicon): IndexedRecognizer {
  const index = buildNameTrie(kb, lexicon);
  return fromIndex(kb, index);
}

/** A recogniser over a ready index (built, or unpacked by name-trie-pack.ts); the KB supplies the curated layer. */
export function recognizerFromIndex(kb: Pick<KnowledgeBase, 'curated' | 'version'>, index: NameTrie): IndexedRecognizer {
  return fromIndex(kb, index);
}

function fromIndex(kb: Pick<KnowledgeBase, 'curated' | 'version'>, index: NameTrie): IndexedRecognizer {
  const scanner = createScanner({
    index,
    instruments: createInstrumentCatalogue(kb.curated.instruments),
    bodies: kb.curated.bodies,
    regimes: kb.curated.regimes,
  });
  return { scan: scanner.scan, index, kbVersion: kb.version };
}

export interface SerializedRecognizerIndex {
  kbVersion: string;
  index: NameTrieData;
}

/** The name index as JSON, so a build can ship it and the worker skip index construction. */
export function serializeRecognizerIndex(recognizer: IndexedRecognizer): SerializedRecognizerIndex {
  return { kbVersion: recognizer.kbVersion, index: recognizer.index.toJSON() };
}

/** Rebuilds a recogniser from `serializeRecognizerIndex` output; the KB supplies the curated layer. */
export function loadRecognizerIndex(kb: KnowledgeBase, json: SerializedRecognizerIndex): IndexedRecognizer {
  if (json.kbVersion !== kb.version) {
    throw new Error(`recognizer index is for KB ${json.kbVersion}, not ${kb.version}`);
  }
  return fromIndex(kb, NameTrie.fromJSON(json.index));
}
