import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { OMNIBOX_KEYWORD } from './src/search/launchers';

// The knowledge base ships as files (not bundled into JS) so the worker can load
// it lazily and the updater can replace it. The packed files are derived from the
// committed assets/kb/kb.json.gz at build time (scripts/lib/kb-files.ts).
const PACKED_FILES = ['kb-core.bin', 'kb-details.bin'];

export default defineConfig({
  // SL_OUTPUT_DIR lets parallel checkouts or test runs build side by side.
  outDir: process.env.SL_OUTPUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // The polyfill without the bundler's CommonJS interop copy (src/shared/extension-api.ts says why). An exact
  // match: the module's own deep path still resolves to the real file.
  vite: () => ({ resolve: { alias: [{ find: /^webextension-polyfill$/, replacement: resolve('src/shared/extension-api.ts') }] } }),
  zip: {
    excludeSources: ['tests/**', 'docs/**', '.output/**', '*.log', 'scripts/bench-*'],
  },
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      const { ensurePackedKb } = await import('./scripts/lib/kb-files');
      const packedDir = ensurePackedKb();
      for (const name of PACKED_FILES) files.push({ absoluteSrc: resolve(packedDir, name), relativeDest: `kb/${name}` });
      files.push({ absoluteSrc: resolve('assets/kb/lexicon.json'), relativeDest: 'kb/lexicon.json' });
      // Icons from assets/icons/*.svg (scripts/lib/icons.ts); WXT lists icon/<size>.png as the manifest's icons.
      const { ensureIcons } = await import('./scripts/lib/icons');
      for (const [size, png] of ensureIcons()) files.push({ absoluteSrc: png, relativeDest: `icon/${size}.png` });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Sanctions Lens',
    description:
      'Inline sanctions context for news: who is listed, by whom, under which programme, from bundled official lists. Nothing you read leaves your machine.',
    permissions: ['storage', 'activeTab', 'alarms', 'contextMenus'],
    // Chrome: the card code, loaded on the first card, at a per-session address only (src/page/card-ui.ts).
    ...(browser !== 'firefox' && { web_accessible_resources: [{ resources: ['card-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true }] }),
    // The address-bar keyword: "sl gadhafi" suggests listed names; it needs no permission.
    omnibox: { keyword: OMNIBOX_KEYWORD },
    // The toolbar button's icon (WXT adds the popup to the same action).
    [browser === 'firefox' ? 'browser_action' : 'action']: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
    // The updater's feeds, exactly: UN, OFAC (SLS), EU FSF, UK FCDO. A mirror set in the options needs no entry in
    // Chromium, where the <all_urls> content script already gives the worker host access (checked in
    // tests/e2e/updater.e2e.test.ts); Firefox needs the mirror to send CORS headers.
    host_permissions: [
      'https://scsanctions.un.org/*',
      'https://sanctionslistservice.ofac.treas.gov/*',
      'https://webgate.ec.europa.eu/*',
      'https://sanctionslist.fcdo.gov.uk/*',
    ],
    // Alt+Shift+S / Alt+Shift+N are free in Chrome and Firefox on Windows and Linux; on macOS Option+Shift types
    // characters and on ChromeOS Alt+Shift+S/N open the status area and notifications, so those get other keys.
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+S', mac: 'MacCtrl+Shift+S', chromeos: 'Alt+Shift+K' },
        description: 'Switch Sanctions Lens on or off for the current site',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N', mac: 'MacCtrl+Shift+N', chromeos: 'Alt+Shift+J' },
        description: 'Go to the next sanctions mention on the page and open its card',
      },
    },
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
