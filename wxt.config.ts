import { defineConfig } from 'wxt';
import { resolve } from 'node:path';

// The bundled knowledge base is copied as plain files (not bundled into JS) so
// the worker can fetch and parse it lazily and the updater can replace it.
const KB_FILES = ['kb.json.gz', 'lexicon.json'];

export default defineConfig({
  // SL_OUTPUT_DIR lets parallel checkouts or test runs build side by side.
  outDir: process.env.SL_OUTPUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  zip: {
    excludeSources: ['tests/**', 'docs/**', '.output/**', '*.log', 'scripts/bench-*'],
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const name of KB_FILES) {
        files.push({ absoluteSrc: resolve('assets/kb', name), relativeDest: `kb/${name}` });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Sanctions Lens',
    description:
      'Inline sanctions context for news: who is listed, by whom, under which programme, from bundled official lists. Nothing you read leaves your machine.',
    permissions: ['storage', 'activeTab'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'sanctions-lens@sanctions-lens.invalid',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
