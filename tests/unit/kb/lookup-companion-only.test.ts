import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm run lookup` on the bundled knowledge base (assets/kb, committed): what a user of the command gets. */
function lookup(query: string): { entity: string; name: string; refs: string[]; likely: boolean }[] {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const out = execFileSync(tsx, ['scripts/lookup.ts', '--json', '--limit', '3', query], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n')[0]).results;
}

describe('parties known only from the SDN companion files are looked up like any other', () => {
  it('finds Tren de Aragua, designated after the bundled sdn.csv of May 2024, by its alias', () => {
    const [best] = lookup('Tren de Aragua');
    expect(best).toMatchObject({ entity: 'ofac:49756', refs: ['OFAC:49756'], likely: true });
  }, 60_000);
});
