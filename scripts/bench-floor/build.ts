/**
 * Builds the floor extension (content.ts, background.ts) into a temporary
 * directory for npm run bench, with esbuild: a manifest-v3 extension whose
 * content script starts at document_start like the product's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { REPO_ROOT } from '../lib/paths';

export function buildFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sl-bench-floor-'));
  for (const name of ['content', 'background'])
    buildSync({ entryPoints: [resolve(REPO_ROOT, `scripts/bench-floor/${name}.ts`)], bundle: true, minify: true, format: 'iife', target: 'chrome120', outfile: join(dir, `${name}.js`), logLevel: 'error' });
  const manifest = {
    manifest_version: 3,
    name: 'Sanctions Lens bench floor',
    version: '0.0.1',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_start' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
