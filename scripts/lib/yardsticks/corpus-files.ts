/**
 * Corpus files in the format of ../shared/corpus (see its README): texts with
 * gold spans in Unicode code points, read and scored the same way for the
 * shared corpus and for the news fixtures kept in this repo.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Category } from '../../../src/kb/model';
import type { Mention, Recognizer } from '../../../src/recognition/recognizer';

export interface Span {
  start: number;
  end: number;
  text: string;
}
export interface GoldMention extends Span {
  category: Category;
  in_data?: boolean;
}
export interface CorpusFile {
  id: string;
  url?: string | null;
  text: string;
  mentions?: GoldMention[];
  metonyms?: Span[];
  jurisdictions?: Span[];
}

export interface Issue {
  file: string;
  kind: 'FP' | 'FN';
  category: Category;
  text: string;
  context: string;
  detail: string;
}

/** Corpus offsets are code points; JavaScript strings index UTF-16 units. */
function codePointToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[cp];
}

export function toUtf16<T extends Span>(text: string, spans: T[] | undefined): T[] {
  const at = codePointToUtf16(text);
  return (spans ?? []).map((s) => ({ ...s, start: at(s.start), end: at(s.end) }));
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function context(text: string, s: { start: number; end: number }): string {
  const a = Math.max(0, s.start - 40);
  const b = Math.min(text.length, s.end + 40);
  return `${text.slice(a, s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, b)}`.replace(/\n/g, '⏎');
}

export function readCorpusDir(dir: string): CorpusFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CorpusFile;
      if (typeof parsed.text !== 'string' || typeof parsed.id !== 'string') throw new Error(`${file}: not a corpus file (needs "id" and "text")`);
      return parsed;
    });
}

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export interface FalseMarkCounts {
  files: number;
  words: number;
  falseDesignated: number;
  falseAll: number;
  falseDesignatedPer20k: number;
  falseAllPer20k: number;
}

export function per20k(n: number, words: number): number {
  return words ? (n * 20_000) / words : 0;
}

/**
 * Text with no sanctions content: every designated, instrument or body mark
 * is false; a jurisdiction is false unless the file lists it as allowed.
 */
export function countFalseMarks(rec: Recognizer, files: { id: string; text: string; jurisdictions?: Span[]; metonyms?: Span[] }[], issues: Issue[]): FalseMarkCounts {
  let words = 0;
  let falseDesignated = 0;
  let falseAll = 0;
  for (const f of files) {
    words += countWords(f.text);
    const allowed = toUtf16(f.text, f.jurisdictions);
    const metonyms = toUtf16(f.text, f.metonyms);
    for (const p of rec.scan(f.text)) {
      if (metonyms.some((x) => overlaps(x, p))) continue;
      if (p.category === 'jurisdiction' && allowed.some((x) => overlaps(x, p))) continue;
      falseAll++;
      if (p.category === 'designated') falseDesignated++;
      issues.push({ file: f.id, kind: 'FP', category: p.category, text: p.text, context: context(f.text, p), detail: describe(p) });
    }
  }
  return {
    files: files.length,
    words,
    falseDesignated,
    falseAll,
    falseDesignatedPer20k: per20k(falseDesignated, words),
    falseAllPer20k: per20k(falseAll, words),
  };
}

export const describe = (p: Mention): string => `${p.entity} ${p.name} [${p.via}${p.confidence === 'possible' ? ', possible' : ''}]`;
