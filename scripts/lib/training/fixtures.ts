/**
 * The raw fixtures the training sets are built from, read and checked:
 * real sanctions sentences (tests/fixtures/sanctions-sentences), everyday
 * news (tests/fixtures/ordinary-news) and namesakes (tests/fixtures/namesakes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Category } from '../../../src/kb/model';
import { REPO_ROOT } from '../paths';

export const SENTENCES_DIR = resolve(REPO_ROOT, 'tests/fixtures/sanctions-sentences');
export const ORDINARY_DIR = resolve(REPO_ROOT, 'tests/fixtures/ordinary-news');
export const NAMESAKES_DIR = resolve(REPO_ROOT, 'tests/fixtures/namesakes');

/** A name a real sentence mentions, as the gatherer read it. */
export interface SentenceMention {
  /** The words as they stand in the sentence (every occurrence counts). */
  text: string;
  kind: Category;
  /** Curated id (`jurisdiction:ir`, `body:ofac`, `instrument:unscr-2231`) or, once pinned, the designated party's KB id. */
  entity?: string;
  /** Designated: the query that found the party with `npm run lookup` (its listed or usual Latin name). */
  lookup?: string;
  /** Designated: the party's references as `npm run lookup -- --json` gives them, filled by `npm run data:refs`. */
  refs?: string[];
  /** Designated: the listed name the look-up matched, for review. */
  listed?: string;
  /** Designated, set by hand: the party is not on the lists this KB was built from (delisted, or an EU/UK-only listing). */
  unlisted?: boolean;
}

export interface SanctionsSentence {
  url: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD as the page shows it; null when it shows none. */
  date: string | null;
  text: string;
  mentions: SentenceMention[];
}

export interface SentenceFile {
  lang: string;
  sentences: SanctionsSentence[];
}

/** One everyday-news excerpt (same format as ../shared/corpus/ordinary). */
export interface OrdinaryText {
  id: string;
  url: string;
  title: string | null;
  date: string | null;
  topic: string;
  text: string;
  /** Jurisdictions the text may name (a car review naming Russia): not false marks. */
  jurisdictions: string[];
}

/** A real person or organisation who shares a name with a listed party. */
export interface NamesakeText {
  id: string;
  url: string;
  date: string | null;
  lang: string;
  /** Who the text is about, in a few words ("Iranian footballer", "Korean pop singer"). */
  about: string;
  text: string;
  /** The names in the text that could be taken for a listed party, and which. */
  confusable: { text: string; lookup: string; entity?: string; refs?: string[]; listed?: string }[];
}

export interface NamesakeFile {
  texts: NamesakeText[];
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function readSentenceFiles(dir = SENTENCES_DIR): { file: string; data: SentenceFile }[] {
  return jsonFiles(dir).map((file) => ({ file, data: JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as SentenceFile }));
}

export function readOrdinaryTexts(dir = ORDINARY_DIR): OrdinaryText[] {
  return jsonFiles(dir).map((file) => JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as OrdinaryText);
}

export function readNamesakeFiles(dir = NAMESAKES_DIR): { file: string; data: NamesakeFile }[] {
  return jsonFiles(dir).map((file) => ({ file, data: JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as NamesakeFile }));
}

/** The language of an ordinary-news file: its id's prefix where it names one (`ru-food-dzen`), else English. */
export function ordinaryLanguage(t: OrdinaryText): string {
  const m = /^(ar|fa|ru|uk|ko|zh|ja|el|hi|de|fr|es|pt|it|tr|pl|nl)-/.exec(t.id);
  return m ? m[1] : 'en';
}

/** Every occurrence of `needle` in `text`, as UTF-16 offsets. */
export function occurrences(text: string, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push({ start: i, end: i + needle.length });
  return out;
}

/** What is wrong with a sentence file, one line a fault. */
export function sentenceFileFaults(f: SentenceFile): string[] {
  const faults: string[] = [];
  f.sentences.forEach((s, k) => {
    const at = `${f.lang}[${k}]`;
    if (!/^https?:\/\//.test(s.url)) faults.push(`${at}: url`);
    if (s.date !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.date)) faults.push(`${at}: date ${s.date}`);
    for (const m of s.mentions) {
      if (!s.text.includes(m.text)) faults.push(`${at}: "${m.text}" is not in the text`);
      if (m.kind === 'designated' && !m.lookup && !m.entity) faults.push(`${at}: "${m.text}" has neither lookup nor entity`);
      if (m.kind !== 'designated' && !m.entity?.startsWith(`${m.kind}:`)) faults.push(`${at}: "${m.text}" needs a ${m.kind}: entity`);
    }
  });
  return faults;
}
