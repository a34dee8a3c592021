import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/background/commands';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/model';
import { describeRule, relativeTime } from '../../../src/ui/format';
import { followUpdate, lastCheckOf, runUpdate } from '../../../src/ui/updates';
import type { UpdateStatusReply } from '../../../src/messaging/protocol';

function harness(host: string | null, tabId: number | null = 7) {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const sent: unknown[] = [];
  return {
    get settings() {
      return settings;
    },
    sent,
    deps: {
      activeTabId: async () => tabId ?? undefined,
      askTab: async (_id: number, msg: unknown) => {
        sent.push(msg);
        if ((msg as { type: string }).type === 'next-mention') return host !== null;
        if (host === null) throw new Error('no receiver');
        return { host, active: true, count: 0, items: [] };
      },
      updateSettings: async (fn: (s: Settings) => Settings) => (settings = fn(settings)),
    },
  };
}

describe('keyboard commands', () => {
  it('toggle-site flips the host the page reports, back and forth', async () => {
    const t = harness('news.example.com');
    expect(await runCommand('toggle-site', t.deps)).toEqual({ command: 'toggle-site', host: 'news.example.com', enabled: false });
    expect(t.settings.sites).toEqual([{ domain: 'example.com', scope: 'site', enabled: false }]);
    expect(await runCommand('toggle-site', t.deps)).toMatchObject({ enabled: true });
    expect(t.settings.sites).toEqual([]);
  });

  it('does nothing where no page answers, and passes next-mention to the tab', async () => {
    const none = harness(null);
    expect(await runCommand('toggle-site', none.deps)).toEqual({ command: 'toggle-site', skipped: 'no-page' });
    expect(none.settings).toEqual(DEFAULT_SETTINGS);
    const t = harness('a.org');
    expect(await runCommand('next-mention', t.deps)).toEqual({ command: 'next-mention', moved: true });
    expect(t.sent).toEqual([{ type: 'next-mention' }]);
    expect(await runCommand('next-mention', harness('a.org', null).deps)).toEqual({ command: 'next-mention', skipped: 'no-tab' });
    expect(await runCommand('bogus', t.deps)).toMatchObject({ skipped: 'unknown' });
  });
});

describe('popup wording', () => {
  it('says which rule applies and where it comes from', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, sites: [{ domain: 'example.com', scope: 'site', enabled: false }] };
    expect(describeRule('news.example.com', s)).toEqual({ state: 'off', headline: 'Off here', source: 'Off by your rule for example.com and its subdomains' });
    expect(describeRule('other.org', s).source).toMatch(/^Default: on everywhere/);
    expect(describeRule('other.org', { ...s, siteDefault: 'off' })).toMatchObject({ state: 'off', source: expect.stringMatching(/only on sites you switch on/) });
    expect(describeRule('other.org', { ...s, pausedUntil: 2_000 }, 1_000)).toMatchObject({ state: 'paused', source: 'Global pause' });
  });

  it('relative times', () => {
    expect(relativeTime(null)).toBe('never');
    expect(relativeTime(1_000, 1_000)).toBe('just now');
    expect(relativeTime(0, 5 * 60_000)).toBe('5 min ago');
    expect(relativeTime(3 * 3_600_000, 0)).toBe('in 3 h');
    expect(relativeTime(0, 3 * 86_400_000)).toBe('3 days ago');
  });
});

describe('update runs as the pages see them', () => {
  const status = (running: boolean, progress: string | null, lastOutcome: string | null = null): UpdateStatusReply => ({
    running,
    progress,
    lastOutcome,
    feeds: [{ feed: 'un', authority: 'UN', title: 'UN', url: 'https://x', lastCheck: 5, lastChange: 1, nextCheck: 9, dataDate: null, entries: null, lastError: null }],
  });

  it('starts, follows progress while running, and ends with the outcome', async () => {
    const replies = [status(true, 'Downloading the UN list…'), status(true, 'Checking…'), status(false, null, 'UN list updated')];
    const seen: (string | null)[] = [];
    const ask = async (msg: unknown) => ((msg as { type: string }).type === 'update-now' ? replies[0] : replies.shift() ?? null);
    const last = await runUpdate(ask, { onStatus: (s) => seen.push(s.progress ?? s.lastOutcome), sleep: async () => undefined });
    expect(last?.lastOutcome).toBe('UN list updated');
    expect(seen).toEqual(['Downloading the UN list…', 'Downloading the UN list…', 'Checking…', 'UN list updated']);
    expect(lastCheckOf(last!.feeds)).toBe(5);
  });

  it('reports null when the background has no updater', async () => {
    expect(await runUpdate(async () => null, { onStatus: () => undefined, sleep: async () => undefined })).toBeNull();
    const s = await followUpdate(async () => null, status(true, 'x'), { onStatus: () => undefined, sleep: async () => undefined });
    expect(s.running).toBe(true);
  });
});
