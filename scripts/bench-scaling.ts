/**
 * How the recogniser's cost grows with the text: each pattern is one listed
 * name (with what the page then says about it) repeated 1,000 and 4,000
 * times, scanned by the real recogniser over the bundled knowledge base.
 * A linear scan takes about 4x as long for 4x the text; the ratio is what
 * counts, not the milliseconds (which depend on the machine).
 *   npx tsx scripts/bench-scaling.ts [--json] [--sizes 1000,4000] [--only person,acronym]
 */
import { loadRecognizerFromFiles } from './lib/kb-files';

/** Each pattern exercises one pass: surnames, a defined acronym, an IMO number, a body's short form. */
export const SCALING_PATTERNS: Record<string, string> = {
  name: 'Kim Yong Chol ',
  person: 'Kim Yong Chol met officials. Kim said so. ',
  acronym: 'Korea Mining Development Trading Corporation (KOMID) said. KOMID denied it. ',
  vessel: 'The tanker EBANO (IMO 7406784) docked at the port. ',
  body: 'The 1718 Committee met. The Committee said. ',
};

function argValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const sizes = (argValue(args, '--sizes') ?? '1000,4000').split(',').map(Number);
  const only = argValue(args, '--only')?.split(',');
  const recognizer = loadRecognizerFromFiles();
  // One warm-up scan, so that the first measured size does not pay for compiling the scanner.
  recognizer.scan(SCALING_PATTERNS.person.repeat(50));
  const rows: { pattern: string; size: number; ms: number; mentions: number }[] = [];
  for (const [pattern, unit] of Object.entries(SCALING_PATTERNS)) {
    if (only && !only.includes(pattern)) continue;
    for (const size of sizes) {
      const text = unit.repeat(size);
      const t0 = performance.now();
      const mentions = recognizer.scan(text).length;
      rows.push({ pattern, size, ms: performance.now() - t0, mentions });
    }
  }
  if (json) {
    console.log(JSON.stringify(rows));
    return;
  }
  for (const pattern of new Set(rows.map((r) => r.pattern))) {
    const mine = rows.filter((r) => r.pattern === pattern);
    const cells = mine.map((r) => `${r.size}x: ${r.ms.toFixed(0)} ms, ${r.mentions} mentions`);
    const first = mine[0];
    const last = mine[mine.length - 1];
    const ratio = mine.length > 1 ? `  time ratio ${(last.ms / first.ms).toFixed(1)} for ${last.size / first.size}x the text` : '';
    console.log(`${pattern.padEnd(8)} ${cells.join(' | ')}${ratio}`);
  }
}

main();
