/**
 * The knowledge base on disk: `assets/kb/kb.json.gz` (committed, the whole
 * KB) and the packed files the extension ships, derived from it at build time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import type { KnowledgeBase } from '../../src/kb/bundle';
import { loadLexicon, type Lexicon } from '../../src/recognition/lexicon';
import { createRecognizer } from '../../src/recognition/recognizer';
import type { Recognizer } from '../../src/recognition/types';
import { KB_FILE, LEXICON_FILE, REPO_ROOT } from './paths';
import { buildLoadedKb, packLoadedKb } from '../../src/background/kb-runtime';
import { packedFromFiles, type PackedKb } from '../../src/background/kb-pack';
import { buildSearchData } from '../../src/search/search-data';
import { packSearchData } from '../../src/search/search-pack';

export function readKb(path = KB_FILE): KnowledgeBase {
  const raw = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return JSON.parse(text) as KnowledgeBase;
}

/** gzip keeps the committed file small (and web-ext lint refuses text files over 5 MB). */
export function writeKb(kb: KnowledgeBase, path = KB_FILE): number {
  const bytes = gzipSync(Buffer.from(JSON.stringify(kb), 'utf8'), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}

/**
 * Where the packed files are generated. They are derived data (about 25 MB)
 * that any checkout can rebuild from kb.json.gz in seconds, so they are
 * not committed.
 */
export const PACKED_DIR = resolve(REPO_ROOT, '.cache/kb');
export const PACKED_FILES = ['kb-core.bin', 'kb-details.bin', 'kb-search.bin'] as const;

export function writePackedKb(kb: KnowledgeBase, lexicon: Lexicon, dir = PACKED_DIR): { core: number; details: number; search: number } {
  const packed = packLoadedKb(buildLoadedKb(kb, lexicon));
  // The search index too, so that the first search of a fresh browser builds nothing (src/search/search-pack.ts).
  const search = packSearchData(buildSearchData({ entities: kb.entities, curated: kb.curated, lexicon }), kb.version);
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'kb-core.bin'), packed.core);
  writeFileSync(resolve(dir, 'kb-details.bin'), packed.details);
  writeFileSync(resolve(dir, 'kb-search.bin'), search);
  return { core: packed.core.length, details: packed.details.length, search: search.length };
}

/** A fingerprint of everything the packed files depend on: the KB, the lexicon, and the packing and recognition code. */
function packInputsHash(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(KB_FILE)).update(readFileSync(LEXICON_FILE));
  for (const dir of ['src/kb/pack', 'src/recognition', 'src/background', 'src/search']) {
    const abs = resolve(REPO_ROOT, dir);
    for (const f of readdirSync(abs).sort()) if (f.endsWith('.ts')) hash.update(f).update(readFileSync(resolve(abs, f)));
  }
  return hash.digest('hex');
}

/** Packs kb.json.gz into PACKED_DIR unless the files there were made from the same inputs; returns the folder. */
export function ensurePackedKb(force = false): string {
  const stampFile = resolve(PACKED_DIR, 'inputs.sha256');
  const stamp = packInputsHash();
  const fresh =
    !force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && PACKED_FILES.every((f) => existsSync(resolve(PACKED_DIR, f)));
  if (!fresh) {
    writePackedKb(readKb(), readLexicon(), PACKED_DIR);
    writeFileSync(stampFile, stamp);
  }
  return PACKED_DIR;
}

export function readPackedKb(dir?: string): PackedKb {
  const from = dir ?? ensurePackedKb();
  const bytes = (name: string) => new Uint8Array(readFileSync(resolve(from, name)));
  return packedFromFiles(bytes('kb-core.bin'), bytes('kb-details.bin'));
}

export function readLexicon(path = LEXICON_FILE): Lexicon {
  return loadLexicon(JSON.parse(readFileSync(path, 'utf8')));
}

export function loadRecognizerFromFiles(kbPath = KB_FILE, lexiconPath = LEXICON_FILE): Recognizer {
  return createRecognizer(readKb(kbPath), readLexicon(lexiconPath));
}
