// @vitest-environment jsdom
/**
 * The updater's questions in the real popup and options page (renderPopup,
 * renderOptions) against a fake background: a shrunk list offered with
 * "Apply" / "Keep current", "Discard downloaded data" armed by a first press,
 * and lists read from a mirror named in the knowledge-base status.
 */
import { describe, expect, it, vi } from 'vitest';
import { renderPopup } from '../../../src/ui/popup';
import { renderOptions } from '../../../src/ui/options';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/model';
import type { FeedStatus, KbStatusReply, UpdateStatusReply } from '../../../src/messaging/protocol';

const FAST = { interval: 1, timeout: 5_000 };

function feed(over: Partial<FeedStatus> = {}): FeedStatus {
  return {
    feed: 'un',
    authority: 'UN',
    title: 'UN Security Council Consolidated List',
    url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
    lastCheck: 1_778_000_000_000,
    lastChange: null,
    nextCheck: null,
    dataDate: '2026-05-08',
    entries: 1009,
    lastError: null,
    pendingDrop: null,
    mirror: null,
    ...over,
  };
}

/** A background that holds a UN drop until it is resolved, and records what it was asked. */
function background(opts: { mirror?: string } = {}) {
  const asked: unknown[] = [];
  let pending = true;
  let outcome = 'The UN list shrank from 1,009 to 700 entries: it waits for your confirmation';
  const kb = (): KbStatusReply => ({
    version: pending ? 'v1' : 'v2',
    builtAt: '2026-05-09',
    sources: [{ authority: 'UN', list: 'UN Security Council Consolidated List', date: '2026-05-08', entries: pending ? 1009 : 700, ...(opts.mirror ? { mirror: opts.mirror } : {}) }],
  });
  const status = (): UpdateStatusReply => ({
    running: false,
    progress: null,
    lastOutcome: outcome,
    feeds: [feed({ pendingDrop: pending ? { entries: 700, inUse: 1009, seenAt: 1_778_000_000_000 } : null, mirror: opts.mirror ?? null })],
  });
  const ask = vi.fn(async (msg: unknown) => {
    asked.push(msg);
    const m = msg as { type: string; apply?: boolean };
    if (m.type === 'kb-status') return kb();
    if (m.type === 'update-status') return status();
    if (m.type === 'update-resolve-drop') {
      pending = false;
      outcome = m.apply ? 'Installed the shrunk UN list you confirmed' : 'Kept the current UN list';
      return status();
    }
    if (m.type === 'update-discard') {
      pending = false;
      outcome = 'Discarded the downloaded data: the bundled knowledge base v0 is in use';
      return status();
    }
    return null;
  });
  return { ask, asked };
}

const settingsDeps = () => {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  return { loadSettings: async () => settings, updateSettings: async (fn: (s: Settings) => Settings) => (settings = fn(settings)) };
};

describe('the updater asks the user', () => {
  it('the popup offers a shrunk list and applies it only when the user presses Apply', async () => {
    document.body.replaceChildren();
    const root = document.body.appendChild(document.createElement('div'));
    const bg = background();
    await renderPopup(root, { tab: { id: 1, url: 'https://news.example.org/' }, askTab: async () => null, askBackground: bg.ask, ...settingsDeps(), openOptions: () => undefined });
    expect(root.querySelector('#drop-text-un')?.textContent).toBe('UN Security Council Consolidated List shrank from 1,009 to 700 entries.');
    expect(bg.asked.some((m) => (m as { type: string }).type === 'update-resolve-drop')).toBe(false);
    root.querySelector<HTMLButtonElement>('#drop-apply-un')!.click();
    await vi.waitFor(() => expect(root.querySelector('#pending-drops')).toBeNull(), FAST);
    expect(bg.asked).toContainEqual({ type: 'update-resolve-drop', feed: 'un', apply: true });
    expect(root.querySelector('#status')?.textContent).toBe('Installed the shrunk UN list you confirmed');
    expect(root.querySelector('#kb-version')?.textContent).toBe('Version v2');
  });

  it('the options page keeps the current list on "Keep current", names the mirror, and discards only on a second press', async () => {
    document.body.replaceChildren();
    const root = document.body.appendChild(document.createElement('div'));
    const bg = background({ mirror: 'lists.mirror.example.org' });
    await renderOptions(root, {
      ...settingsDeps(),
      resetSettings: async () => ({ ...DEFAULT_SETTINGS }),
      askBackground: bg.ask,
      loadFeedOverrides: async () => ({ un: 'https://lists.mirror.example.org/un.xml' }),
      saveFeedOverrides: async () => undefined,
    });
    expect(root.querySelector('#feeds tr[data-feed="un"] td')?.textContent).toBe('2026-05-08 (mirror lists.mirror.example.org)');
    expect(root.querySelector('#drop-text-un')?.textContent).toBe('UN Security Council Consolidated List shrank from 1,009 to 700 entries.');
    root.querySelector<HTMLButtonElement>('#drop-keep-un')!.click();
    await vi.waitFor(() => expect(root.querySelector('#pending-drops')).toBeNull(), FAST);
    expect(bg.asked).toContainEqual({ type: 'update-resolve-drop', feed: 'un', apply: false });

    const discard = () => root.querySelector<HTMLButtonElement>('#discard-downloads')!;
    discard().click();
    expect(discard().textContent).toBe('Press again to discard');
    expect(bg.asked).not.toContainEqual({ type: 'update-discard' });
    discard().click();
    await vi.waitFor(() => expect(root.querySelector('#status')?.textContent).toMatch(/^Discarded the downloaded data/), FAST);
    expect(bg.asked).toContainEqual({ type: 'update-discard' });
  });

  it('the popup names a list read from a mirror', async () => {
    document.body.replaceChildren();
    const root = document.body.appendChild(document.createElement('div'));
    const bg = background({ mirror: 'lists.mirror.example.org' });
    await renderPopup(root, { tab: { id: 1 }, askTab: async () => null, askBackground: bg.ask, ...settingsDeps(), openOptions: () => undefined });
    expect(root.querySelector('.sources .src-mirror')?.textContent).toBe('from the mirror lists.mirror.example.org');
  });
});
