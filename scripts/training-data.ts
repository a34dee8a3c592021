/**
 * Builds the labelled training and test sets the linker's trainer reads,
 * from the gathered fixtures and the bundled knowledge base, into
 * `.data/training/` (git-ignored): train.jsonl, test.jsonl (one
 * TrainingText a line, scripts/lib/training/types.ts) and manifest.json.
 *   npm run data:build [-- --seed N] [--test-share 0.2] [--per-slot 12] [--no-brown] [--out DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readKb } from './lib/kb-files';
import { REPO_ROOT } from './lib/paths';
import { DEFAULT_BUILD, buildTrainingSets, ofSplit } from './lib/training/build';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function main(): void {
  const opts = {
    seed: Number(option('--seed') ?? DEFAULT_BUILD.seed),
    testShare: Number(option('--test-share') ?? DEFAULT_BUILD.testShare),
    perSlot: Number(option('--per-slot') ?? DEFAULT_BUILD.perSlot),
    brown: !process.argv.includes('--no-brown'),
  };
  const out = resolve(REPO_ROOT, option('--out') ?? '.data/training');
  const { texts, manifest } = buildTrainingSets(readKb(), opts);
  mkdirSync(out, { recursive: true });
  for (const split of ['train', 'test'] as const) {
    writeFileSync(resolve(out, `${split}.jsonl`), ofSplit(texts, split).map((t) => JSON.stringify(t)).join('\n') + '\n');
  }
  writeFileSync(resolve(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(JSON.stringify(manifest, null, 2));
  console.log(`written to ${out}`);
}

main();
