/** The floor extension's worker (see content.ts): it answers each page's one message and does nothing else. */
// The polyfill as the product loads it (src/shared/extension-api.ts).
import browser from '../../src/shared/extension-api';

// oxlint-disable-next-line typescript/no-misused-promises -- onMessage sends a returned promise's value as the reply (webextension-polyfill)
browser.runtime.onMessage.addListener(() => Promise.resolve(true));
