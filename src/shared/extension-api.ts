/**
 * webextension-polyfill, handed on exactly as it exports itself. The build
 * maps the bare `webextension-polyfill` import (which WXT's `wxt/browser`
 * re-exports) to this module (wxt.config.ts). Imported as an ES default, the
 * bundler's CommonJS interop copied every own property of the exported
 * object into a namespace. In Chromium that object is the browser's own
 * `browser`, and reading each API namespace's descriptor makes the browser
 * build that namespace's bindings: about a millisecond of every page load
 * spent before the content script had done anything (npm run bench).
 */
import type { browser as Browser } from 'wxt/browser';

// A require() of the CommonJS file returns its module.exports as it is, with no interop copy.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const polyfill = require('webextension-polyfill/dist/browser-polyfill.js') as typeof Browser;
export default polyfill;
