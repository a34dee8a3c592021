/** Reads the bundled knowledge base and lexicon from assets/kb, as the extension ships them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { KnowledgeBase } from '../../src/kb/bundle';
import { loadLexicon, type Lexicon } from '../../src/recognition/lexicon';
import { createRecognizer } from '../../src/recognition';
import type { Recognizer } from '../../src/recognition/types';
import { KB_FILE, LEXICON_FILE } from './paths';

export function readKb(path = KB_FILE): KnowledgeBase {
  const raw = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return JSON.parse(text) as KnowledgeBase;
}

/** gzip, so the shipped file is small and binary (web-ext lint refuses text files over 5 MB). */
export function writeKb(kb: KnowledgeBase, path = KB_FILE): number {
  const bytes = gzipSync(Buffer.from(JSON.stringify(kb), 'utf8'), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}

export function readLexicon(path = LEXICON_FILE): Lexicon {
  return loadLexicon(JSON.parse(readFileSync(path, 'utf8')));
}

export function loadRecognizerFromFiles(kbPath = KB_FILE, lexiconPath = LEXICON_FILE): Recognizer {
  return createRecognizer(readKb(kbPath), readLexicon(lexiconPath));
}
