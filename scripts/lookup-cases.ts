/**
 * Scores the look-up cases (tests/fixtures/lookup-cases.json) with the extension's own search and prints the pass rate.
 *   npx tsx scripts/lookup-cases.ts [--json] [--verbose]
 */
import { readKb, readLexicon } from './lib/kb-files';
import { judgeCase, readLookupCases, summarise } from './lib/lookup-cases';
import { SearchIndex } from '../src/search/search-index';

const kb = readKb();
const index = new SearchIndex({ entities: kb.entities, curated: kb.curated, lexicon: readLexicon() });
const outcomes = readLookupCases().map((c) => judgeCase(c, index.search(c.query, { limit: 10 })));
const s = summarise(outcomes);
if (process.argv.includes('--json')) console.log(JSON.stringify({ ...s, failed: outcomes.filter((o) => !o.pass) }));
else {
  console.log(`look-up cases: ${s.passed}/${s.total} pass (${(100 * s.rate).toFixed(1)} %)`);
  for (const [k, v] of Object.entries(s.byClass)) console.log(`  ${k.padEnd(18)} ${v.passed}/${v.total}`);
  if (process.argv.includes('--verbose'))
    for (const o of outcomes.filter((x) => !x.pass)) console.log(`  FAIL [${o.class}] ${o.query}: expected ${o.expect ?? 'nothing likely'}, got ${o.got ? `${o.got.refs.join(' ') || o.got.entity} ${o.got.score}${o.got.likely ? '*' : ''}` : 'nothing'}`);
}
