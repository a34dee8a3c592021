/**
 * Scores the recogniser against the gold corpus in ../shared/corpus, as the
 * corpus README defines it.
 *   npm run eval -- [--json] [--verbose] [--kb FILE]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Category } from '../src/kb/model';
import { CATEGORIES } from '../src/kb/model';
import type { Mention, Recognizer } from '../src/recognition';
import { loadRecognizerFromFiles } from './lib/kb-files';
import { KB_FILE, LEXICON_FILE } from './lib/paths';

interface Span {
  start: number;
  end: number;
  text: string;
}
interface GoldMention extends Span {
  category: Category;
  in_data?: boolean;
}
interface CorpusFile {
  id: string;
  text: string;
  mentions?: GoldMention[];
  metonyms?: Span[];
  jurisdictions?: Span[];
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

function convert<T extends Span>(text: string, spans: T[] | undefined): T[] {
  const at = codePointToUtf16(text);
  return (spans ?? []).map((s) => ({ ...s, start: at(s.start), end: at(s.end) }));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
type Issue = { file: string; kind: 'FP' | 'FN'; category: Category; text: string; context: string; detail: string };

function context(text: string, s: { start: number; end: number }): string {
  const a = Math.max(0, s.start - 40);
  const b = Math.min(text.length, s.end + 40);
  return `${text.slice(a, s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, b)}`.replace(/\n/g, '⏎');
}

function readCorpus(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CorpusFile);
}

function scoreDev(rec: Recognizer, files: CorpusFile[], issues: Issue[]): Record<Category, Counts> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
  for (const f of files) {
    const gold = convert(f.text, f.mentions);
    const ignoredGold = gold.filter((g) => g.category === 'designated' && g.in_data === false);
    const scored = gold.filter((g) => !(g.category === 'designated' && g.in_data === false));
    const ignore = [...convert(f.text, f.metonyms), ...ignoredGold];
    const matched = new Set<GoldMention>();
    const preds = rec.scan(f.text);
    for (const p of preds) {
      const g = scored.find((x) => x.category === p.category && !matched.has(x) && overlaps(x, p));
      if (g) {
        matched.add(g);
        counts[p.category].tp++;
        continue;
      }
      if (scored.some((x) => x.category === p.category && matched.has(x) && overlaps(x, p))) continue;
      if (ignore.some((x) => overlaps(x, p))) continue;
      counts[p.category].fp++;
      const gOther = scored.find((x) => overlaps(x, p));
      issues.push({
        file: f.id, kind: 'FP', category: p.category, text: p.text, context: context(f.text, p),
        detail: `${p.entity} ${p.name} [${p.via}]${gOther ? ` (gold: ${gOther.category})` : ''}`,
      });
    }
    for (const g of scored) {
      if (matched.has(g)) continue;
      counts[g.category].fn++;
      issues.push({ file: f.id, kind: 'FN', category: g.category, text: g.text, context: context(f.text, g), detail: '' });
    }
  }
  return counts;
}

function prf(c: Counts): { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, ...c };
}

function scoreOrdinary(rec: Recognizer, files: CorpusFile[], issues: Issue[]) {
  let words = 0;
  let falseDesignated = 0;
  let falseAll = 0;
  for (const f of files) {
    words += f.text.split(/\s+/).filter(Boolean).length;
    const allowed = convert(f.text, f.jurisdictions);
    const metonyms = convert(f.text, f.metonyms);
    for (const p of rec.scan(f.text)) {
      if (metonyms.some((x) => overlaps(x, p))) continue;
      if (p.category === 'jurisdiction' && allowed.some((x) => overlaps(x, p))) continue;
      falseAll++;
      if (p.category === 'designated') falseDesignated++;
      issues.push({ file: f.id, kind: 'FP', category: p.category, text: p.text, context: context(f.text, p), detail: `${p.entity} ${p.name} [${p.via}]` });
    }
  }
  const per = (n: number, k: number) => (words ? (n * k) / words : 0);
  return {
    files: files.length,
    words,
    falseDesignated,
    falseAll,
    falseDesignatedPer10k: per(falseDesignated, 10_000),
    falseDesignatedPer20k: per(falseDesignated, 20_000),
    falseAllPer10k: per(falseAll, 10_000),
    falseAllPer20k: per(falseAll, 20_000),
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const kbIdx = args.indexOf('--kb');
  const kbPath = kbIdx >= 0 ? args[kbIdx + 1] : KB_FILE;
  const lexPath = LEXICON_FILE;
  const corpus = path.resolve(process.cwd(), '../shared/corpus');
  if (!existsSync(corpus)) {
    console.error(`corpus not found at ${corpus}`);
    process.exit(2);
  }
  const t0 = performance.now();
  const rec = loadRecognizerFromFiles(kbPath, lexPath);
  const buildMs = performance.now() - t0;

  const devIssues: Issue[] = [];
  const ordIssues: Issue[] = [];
  const dev = scoreDev(rec, readCorpus(path.join(corpus, 'dev')), devIssues);
  const total = CATEGORIES.reduce((a, c) => ({ tp: a.tp + dev[c].tp, fp: a.fp + dev[c].fp, fn: a.fn + dev[c].fn }), { tp: 0, fp: 0, fn: 0 });
  const ordinary = scoreOrdinary(rec, readCorpus(path.join(corpus, 'ordinary')), ordIssues);
  const result = {
    dev: { ...Object.fromEntries(CATEGORIES.map((c) => [c, prf(dev[c])])), overall: prf(total) },
    ordinary,
    loadAndBuildMs: Math.round(buildMs),
  };
  if (json) {
    console.log(JSON.stringify(result));
  } else {
    const pct = (x: number) => x.toFixed(3);
    console.log('dev             precision  recall  f1     tp  fp  fn');
    for (const [k, v] of Object.entries(result.dev)) {
      console.log(`${k.padEnd(15)} ${pct(v.precision).padStart(9)} ${pct(v.recall).padStart(7)} ${pct(v.f1).padStart(6)} ${String(v.tp).padStart(4)} ${String(v.fp).padStart(3)} ${String(v.fn).padStart(3)}`);
    }
    const o = result.ordinary;
    console.log(`\nordinary: ${o.files} files, ${o.words} words`);
    console.log(`  false designated highlights: ${o.falseDesignated} (${o.falseDesignatedPer10k.toFixed(2)} per 10k words, ${o.falseDesignatedPer20k.toFixed(2)} per 20k)`);
    console.log(`  all false highlights:         ${o.falseAll} (${o.falseAllPer10k.toFixed(2)} per 10k words, ${o.falseAllPer20k.toFixed(2)} per 20k)`);
    console.log(`\nKB load + recogniser build: ${result.loadAndBuildMs} ms`);
  }
  if (verbose) {
    for (const [title, list] of [['dev', devIssues], ['ordinary', ordIssues]] as const) {
      console.log(`\n== ${title} errors ==`);
      for (const i of list) console.log(`${i.kind} ${i.category.padEnd(12)} ${i.file}: ${i.context}  ${i.detail}`);
    }
  }
}

main();
