/**
 * The look-up cases (tests/fixtures/lookup-cases.json, scored by
 * `npx tsx scripts/lookup-cases.ts`): a floor on the pass rate, and every
 * class present, so a change that loses a convention shows here.
 */
import { describe, expect, it } from 'vitest';
import { readKb, readLexicon } from '../../../scripts/lib/kb-files';
import { judgeCase, readLookupCases, summarise } from '../../../scripts/lib/lookup-cases';
import { SearchIndex } from '../../../src/search/search-index';

/** The rate measured when the cases were written was 0.94; the floor leaves room for a case or two. */
const FLOOR = 0.9;

describe('look-up cases', () => {
  it(`pass at a rate of at least ${FLOOR}, with no look-alike called likely`, () => {
    const kb = readKb();
    const index = new SearchIndex({ entities: kb.entities, curated: kb.curated, lexicon: readLexicon() });
    const cases = readLookupCases();
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const outcomes = cases.map((c) => judgeCase(c, index.search(c.query, { limit: 10 })));
    const s = summarise(outcomes);
    expect(Object.keys(s.byClass)).toEqual(expect.arrayContaining(['run-together', 'initials', 'legal-form', 'short-given-name', 'title', 'other-script', 'not-likely']));
    expect(s.rate).toBeGreaterThanOrEqual(FLOOR);
    expect(outcomes.filter((o) => o.class === 'not-likely' && !o.pass).map((o) => o.query)).toEqual([]);
  }, 120_000);
});
