/**
 * The worker's answer to "may this page be read?", for scans a content
 * script sends before it has the settings itself (an early scan, see
 * PageController.prefetchFirstScan). The settings are read once and then
 * followed, so the answer costs no storage read per page.
 */
import { activationFor, type Settings } from './model';

export type SiteGate = (url: string | undefined) => Promise<boolean>;

/** The settings, read once and then followed: what the worker answers content scripts with, without a storage read per page. */
export function followSettings(load: () => Promise<Settings>, watch: (cb: (s: Settings) => void) => void): () => Promise<Settings> {
  let current: Promise<Settings> | null = null;
  watch((s) => {
    current = Promise.resolve(s);
  });
  return () =>
    (current ??= load().catch((err: unknown) => {
      current = null;
      throw err;
    }));
}

export function createSiteGate(settings: () => Promise<Settings>, now: () => number = Date.now): SiteGate {
  return async (url) => {
    let host: string;
    try {
      // A page's host as its content script reads it (location.hostname): empty for file: pages.
      host = new URL(url ?? '').hostname;
    } catch {
      return false;
    }
    return activationFor(host, await settings(), now()).enabled;
  };
}
