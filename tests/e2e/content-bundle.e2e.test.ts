/**
 * What the built content script carries, read from the build the E2E runs use
 * (page start-up cost is measured by npm run bench; these are the reasons it
 * stays low, checked on the files every page load compiles).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXT_DIR, FIREFOX_EXT_DIR } from '../../scripts/lib/browser';

const builds = [
  ['Chrome', join(CHROME_EXT_DIR, 'content-scripts/content.js')],
  ['Firefox', join(FIREFOX_EXT_DIR, 'content-scripts/content.js')],
] as const;

describe.each(builds)('the %s content script', (_name, file) => {
  const code = () => {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build and npm run build:firefox first`);
    return readFileSync(file, 'utf8');
  };

  it('gets the extension APIs from webextension-polyfill', () => {
    expect(code()).toContain('This script should only be loaded in a browser extension.');
  });

  it("copies no module's exports at start-up (the CommonJS interop read every API namespace of the browser's own object)", () => {
    expect(code()).not.toContain('getOwnPropertyNames');
  });

  it('carries mark.js from its ES-module source, not its ES5 bundle', () => {
    const js = code();
    expect(js).toContain('markRanges');
    expect(js).not.toContain('Cannot call a class as a function');
  });
});
