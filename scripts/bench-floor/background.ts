/** The floor extension's worker (see content.ts): it answers each page's one message and does nothing else. */
// The polyfill as the product loads it (src/shared/extension-api.ts).
import browser from '../../src/shared/extension-api';

browser.runtime.onMessage.addListener(() => Promise.resolve(true));
