/**
 * Pins the designated parties the gathered sentences and namesake texts
 * name: each mention's `lookup` query goes through the extension's own
 * search (as `npm run lookup` does) and the best likely match's entity id,
 * references and listed name are written back into the fixture. A mention
 * already pinned keeps its entity (`--refresh` asks again); one whose best
 * match is not likely is left unpinned and reported for review.
 *   npm run data:refs [-- --refresh]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readKb } from './lib/kb-files';
import { SearchIndex } from '../src/search/search-index';
import { NAMESAKES_DIR, SENTENCES_DIR, readNamesakeFiles, readSentenceFiles, sentenceFileFaults } from './lib/training/fixtures';

interface Pinnable {
  text: string;
  lookup?: string;
  entity?: string;
  refs?: string[];
  listed?: string;
  unlisted?: boolean;
}

function main(): void {
  const refresh = process.argv.includes('--refresh');
  const kb = readKb();
  const index = new SearchIndex({ entities: kb.entities, curated: kb.curated });
  const unresolved: string[] = [];
  const pin = (m: Pinnable, where: string) => {
    if (!m.lookup || m.unlisted || (m.entity && !refresh)) return;
    const best = index.search(m.lookup, { limit: 1 })[0];
    if (!best || !best.likely || !best.refs.length) {
      unresolved.push(`${where}: "${m.text}" (lookup "${m.lookup}") → ${best ? `${best.name} ${best.score}` : 'nothing'}`);
      return;
    }
    m.entity = best.entity;
    m.refs = best.refs;
    m.listed = best.name;
  };
  for (const { file, data } of readSentenceFiles()) {
    const faults = sentenceFileFaults(data);
    if (faults.length) throw new Error(`${file}:\n${faults.join('\n')}`);
    data.sentences.forEach((s, k) => s.mentions.forEach((m) => m.kind === 'designated' && pin(m, `${file}[${k}]`)));
    writeFileSync(resolve(SENTENCES_DIR, file), `${JSON.stringify(data, null, 1)}\n`);
  }
  for (const { file, data } of readNamesakeFiles()) {
    data.texts.forEach((t) => t.confusable.forEach((c) => pin(c, `${file}:${t.id}`)));
    writeFileSync(resolve(NAMESAKES_DIR, file), `${JSON.stringify(data, null, 1)}\n`);
  }
  for (const line of unresolved) console.log(`unresolved ${line}`);
  console.log(`${unresolved.length} unresolved`);
}

main();

