/**
 * The keyboard commands, apart from the browser events that trigger them so
 * they can be tested: the background passes in how to reach the active tab
 * and the settings.
 */
import { toggleSite, activationFor, type Settings } from '../settings/model';
import type { PageSummaryReply } from '../messaging/protocol';

export const COMMANDS = ['toggle-site', 'next-mention'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CommandDeps {
  activeTabId(): Promise<number | undefined>;
  askTab(tabId: number, msg: unknown): Promise<unknown>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
}

export type CommandOutcome =
  | { command: 'toggle-site'; host: string; enabled: boolean }
  | { command: 'next-mention'; moved: boolean }
  | { command: CommandName; skipped: 'no-tab' | 'no-page' | 'unknown' };

export async function runCommand(name: string, deps: CommandDeps): Promise<CommandOutcome> {
  if (name !== 'toggle-site' && name !== 'next-mention') return { command: 'toggle-site', skipped: 'unknown' };
  const tabId = await deps.activeTabId();
  if (tabId === undefined) return { command: name, skipped: 'no-tab' };
  if (name === 'next-mention') {
    const moved = await deps.askTab(tabId, { type: 'next-mention' }).catch(() => undefined);
    return moved === undefined ? { command: name, skipped: 'no-page' } : { command: name, moved: moved === true };
  }
  // The host comes from the page itself: no "tabs" permission is needed to learn the tab's address.
  const summary = (await deps.askTab(tabId, { type: 'page-summary' }).catch(() => null)) as PageSummaryReply | null;
  if (!summary || typeof summary.host !== 'string' || !summary.host) return { command: name, skipped: 'no-page' };
  const next = await deps.updateSettings((s) => toggleSite(s, summary.host));
  return { command: name, host: summary.host, enabled: activationFor(summary.host, { ...next, pausedUntil: 0 }).enabled };
}
