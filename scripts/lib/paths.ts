/** Where the repo, the shared data and the bundled knowledge base are. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** `../shared` beside the repo, or SANCTIONS_LENS_SHARED. */
export const SHARED_DIR = process.env.SANCTIONS_LENS_SHARED ?? resolve(REPO_ROOT, '../shared');
export const SOURCES_DIR = resolve(SHARED_DIR, 'data/sources');
export const CORPUS_DIR = resolve(SHARED_DIR, 'corpus');
export const KB_DIR = resolve(REPO_ROOT, 'assets/kb');
export const KB_FILE = resolve(KB_DIR, 'kb.json.gz');
export const LEXICON_FILE = resolve(KB_DIR, 'lexicon.json');

export function requireShared(what: string): void {
  if (!existsSync(SOURCES_DIR)) {
    console.error(`${what} needs the official list files in ${SOURCES_DIR} (set SANCTIONS_LENS_SHARED to point elsewhere).`);
    process.exit(2);
  }
}
