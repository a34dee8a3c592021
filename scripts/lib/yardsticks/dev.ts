/** (c) precision and recall on the gold dev corpus: each predicted mark against the gold mentions of its category. */
import type { Category } from '../../../src/kb/model';
import { CATEGORIES } from '../../../src/kb/model';
import type { Recognizer } from '../../../src/recognition/recognizer';
import { context, describe, overlaps, toUtf16, type CorpusFile, type GoldMention, type Issue } from './corpus-files';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function scoreDev(rec: Recognizer, files: CorpusFile[], issues: Issue[]): Record<Category, Counts> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
  for (const f of files) {
    const gold = toUtf16(f.text, f.mentions);
    const ignoredGold = gold.filter((g) => g.category === 'designated' && g.in_data === false);
    const scored = gold.filter((g) => !(g.category === 'designated' && g.in_data === false));
    const ignore = [...toUtf16(f.text, f.metonyms), ...ignoredGold];
    const matched = new Set<GoldMention>();
    for (const p of rec.scan(f.text)) {
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
      issues.push({ file: f.id, kind: 'FP', category: p.category, text: p.text, context: context(f.text, p), detail: `${describe(p)}${gOther ? ` (gold: ${gOther.category})` : ''}` });
    }
    for (const g of scored) {
      if (matched.has(g)) continue;
      counts[g.category].fn++;
      issues.push({ file: f.id, kind: 'FN', category: g.category, text: g.text, context: context(f.text, g), detail: '' });
    }
  }
  return counts;
}

export function prf(c: Counts) {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, ...c };
}

