/**
 * Settings as a content script gets them: by message from the worker, which
 * holds them. `storage.local` is open to trusted contexts only (the worker
 * and the extension's pages; see background/trusted-storage.ts), so a
 * content script, or a compromised page process that holds one, can neither
 * read nor rewrite the settings, the site list, the mirrors or the updater's
 * state. One round trip at start; changes arrive as a `settings` message the
 * worker sends to every tab.
 */
import { browser } from 'wxt/browser';
import type { Settings } from './model';
import { completeSettings } from './migrations';
import { isRecord } from '../shared/untrusted';
import type { PageSettingsRequest } from '../messaging/protocol';

/** The worker's message to every tab when the settings change. */
export interface SettingsPush { type: 'settings'; settings: Settings }

export function settingsPush(settings: Settings): SettingsPush {
  return { type: 'settings', settings };
}

/** The settings a `settings` message carries, completed like a stored value; null for any other message. */
export function parseSettingsPush(msg: unknown): Settings | null {
  return isRecord(msg) && msg.type === 'settings' && isRecord(msg.settings) ? completeSettings(msg.settings) : null;
}

export async function readSettingsForPage(): Promise<Settings> {
  const request: PageSettingsRequest = { type: 'page-settings' };
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (!isRecord(reply)) throw new Error('The extension did not answer with its settings');
  return completeSettings(reply);
}

export function watchSettingsForPage(cb: (s: Settings) => void): () => void {
  const listener = (msg: unknown) => {
    const s = parseSettingsPush(msg);
    if (s) cb(s);
    // Not answered here: the content script's other listener answers the requests it knows.
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
