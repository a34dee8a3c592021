/**
 * mark.js, from its own ES-module source rather than its UMD bundle. The
 * bundle is transpiled to ES5: every page load ran its class-building helpers
 * and the CommonJS interop before the first mark, and its methods ran slower
 * while still cold. The source is the same library, version and behaviour
 * (mark.js 8.11.1); `vanilla.js` is its own thin wrapper around `lib/mark.js`.
 */
export { default } from 'mark.js/src/vanilla.js';
