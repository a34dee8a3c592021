/**
 * Looks names up in the bundled knowledge base with the extension's own search.
 *   npm run lookup -- [--json] [--kb assets/kb/kb.json.gz] QUERY...
 * --json prints one line per query: {"query","results":[{"entity","name","refs","score","likely","why"}]}, best first.
 */
import { readKb, readLexicon } from './lib/kb-files';
import { KB_FILE } from './lib/paths';
import { SearchIndex } from '../src/search/search-index';

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  let kbPath = KB_FILE;
  const k = rest.indexOf('--kb');
  if (k >= 0) {
    kbPath = rest[k + 1];
    rest.splice(k, 2);
  }
  const limitAt = rest.indexOf('--limit');
  let limit = 10;
  if (limitAt >= 0) {
    limit = Number(rest[limitAt + 1]) || limit;
    rest.splice(limitAt, 2);
  }
  if (!rest.length) {
    console.error('usage: npm run lookup -- [--json] [--kb FILE] [--limit N] QUERY...');
    process.exit(2);
  }
  const kb = readKb(kbPath);
  const index = new SearchIndex({ entities: kb.entities, curated: kb.curated, lexicon: readLexicon() });
  for (const query of rest) {
    const results = index.search(query, { limit });
    if (json) {
      const out = results.map((r) => ({ entity: r.entity, name: r.name, refs: r.refs, score: r.score, likely: r.likely, why: r.why }));
      console.log(JSON.stringify({ query, results: out }));
    } else {
      console.log(`${query}: ${results.length} results`);
      for (const r of results)
        console.log(`  ${String(r.score).padStart(3)}${r.likely ? '*' : ' '} ${r.type.padEnd(12)} ${r.name}  [${r.why}: ${r.matched}]  ${r.refs.join(' ')}`);
    }
  }
}

main();
