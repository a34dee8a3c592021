/**
 * The look-up cases (tests/fixtures/lookup-cases.json): queries as readers
 * write them, each with the listed party that must come first, or none that
 * may be called likely. Scored with the extension's own search.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './paths';
import type { SearchResult } from '../../src/search/types';

export interface LookupCase {
  class: string;
  query: string;
  /** "<authority>:<source id>" or a curated id that must be the first result; null: no result may be likely. */
  expect: string | null;
  /** The first result must (true) or must not (false) be a likely match. */
  likely?: boolean;
}

export interface CaseOutcome extends LookupCase {
  pass: boolean;
  got: { refs: string[]; entity: string; score: number; likely: boolean } | null;
}

export function readLookupCases(path = resolve(REPO_ROOT, 'tests/fixtures/lookup-cases.json')): LookupCase[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { cases: LookupCase[] }).cases;
}

export function judgeCase(c: LookupCase, results: Pick<SearchResult, 'refs' | 'entity' | 'score' | 'likely'>[]): CaseOutcome {
  const top = results[0];
  const got = top ? { refs: top.refs, entity: top.entity, score: top.score, likely: top.likely } : null;
  let pass: boolean;
  if (c.expect === null) pass = results.every((r) => !r.likely);
  else pass = Boolean(top && (top.refs.includes(c.expect) || top.entity === c.expect) && (c.likely === undefined || top.likely === c.likely));
  return { ...c, pass, got };
}

/** Pass rate overall and per class. */
export function summarise(outcomes: CaseOutcome[]): { passed: number; total: number; rate: number; byClass: Record<string, { passed: number; total: number }> } {
  const byClass: Record<string, { passed: number; total: number }> = {};
  for (const o of outcomes) {
    const k = (byClass[o.class] ??= { passed: 0, total: 0 });
    k.total++;
    if (o.pass) k.passed++;
  }
  const passed = outcomes.filter((o) => o.pass).length;
  return { passed, total: outcomes.length, rate: outcomes.length ? passed / outcomes.length : 0, byClass };
}
