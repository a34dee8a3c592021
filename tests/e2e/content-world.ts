/**
 * Code run in the extension's content-script world of a page, as a
 * compromised page process holding the content script could run it: CDP
 * lists that world as an isolated execution context named after the
 * extension; Runtime.evaluate runs there with the content script's own
 * `chrome.*` API.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface ContentWorld {
  /** Evaluates `expression` (may be async) in the content script's world; the result must be JSON. */
  run<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function contentWorld(context: BrowserContext, page: Page, extensionId: string): Promise<ContentWorld> {
  const cdp = await context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const until = Date.now() + 10_000;
  let id: number | undefined;
  while (id === undefined) {
    id = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith(`chrome-extension://${extensionId}`))?.id;
    if (id !== undefined) break;
    if (Date.now() > until) throw new Error('no content-script world on the page');
    await new Promise((r) => setTimeout(r, 50));
  }
  const contextId = id;
  return {
    run: async <T>(expression: string) => {
      const r = (await cdp.send('Runtime.evaluate', { expression: `(async () => JSON.stringify(await (${expression})))()`, contextId, awaitPromise: true, returnByValue: true })) as {
        result: { value?: string };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return (r.result.value === undefined ? undefined : JSON.parse(r.result.value)) as T;
    },
    close: () => cdp.detach(),
  };
}
