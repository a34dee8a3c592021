import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { KbRuntime, buildLoadedKb } from '../src/kb/runtime';
import type { KnowledgeBase } from '../src/kb/bundle';
import { loadLexicon } from '../src/recognition/lexicon';
import { handleBackgroundMessage } from '../src/messaging/background-handler';

async function fetchBundled<T>(path: string, gzipped = false): Promise<T> {
  // The knowledge-base files are added to the build by a hook, so WXT's typed public paths do not list them.
  const res = await fetch((browser.runtime.getURL as (p: string) => string)(path));
  if (!res.ok || !res.body) throw new Error(`Bundled ${path} could not be read (${res.status})`);
  const body = gzipped ? new Response(res.body.pipeThrough(new DecompressionStream('gzip'))) : res;
  return (await body.json()) as T;
}

export default defineBackground(() => {
  const runtime = new KbRuntime(async () => {
    const [kb, lexicon] = await Promise.all([fetchBundled<KnowledgeBase>('/kb/kb.json.gz', true), fetchBundled<unknown>('/kb/lexicon.json')]);
    return buildLoadedKb(kb, loadLexicon(lexicon));
  });
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message, sender) =>
    handleBackgroundMessage(message, { id: sender.id, tabId: sender.tab?.id }, browser.runtime.id, runtime, {
      setBadge: (tabId, count) => {
        void action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => undefined);
      },
    }),
  );
  void action.setBadgeBackgroundColor({ color: '#8a4b00' }).catch(() => undefined);
  // Warm the knowledge base so the first page does not wait for it.
  void runtime.get().catch((err: unknown) => console.error('Sanctions Lens: knowledge base failed to load', err));
});
