// @vitest-environment jsdom
/**
 * The popup redraws whenever the page re-marks itself or settings change
 * elsewhere. A section whose inputs did not change must stay the very node
 * the user is working in: the export format they picked survives, and a
 * section whose inputs did change is drawn anew.
 */
import { describe, expect, it } from 'vitest';
import { renderPopup } from '../../../src/ui/popup';
import type { PopupDeps } from '../../../src/ui/popup-sections/context';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/model';
import type { PageSummaryReply } from '../../../src/messaging/protocol';

const NOW = 1_778_000_100_000;

function summaryOf(count: number): PageSummaryReply {
  return {
    host: 'news.example.org',
    active: true,
    count,
    items: [{ entity: 'e1', name: 'Kim Jong Un', category: 'designated', count, authorities: ['UN', 'OFAC'] }],
  };
}

async function popupWith(summaries: () => PageSummaryReply) {
  document.body.replaceChildren();
  const root = document.body.appendChild(document.createElement('div'));
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let notify: ((s: Settings) => void) | null = null;
  const deps: PopupDeps = {
    tab: { id: 1, url: 'https://news.example.org/a', title: 'An article' },
    askTab: async (msg) => ((msg as { type: string }).type === 'page-summary' ? summaries() : null),
    askBackground: async () => null,
    loadSettings: async () => settings,
    updateSettings: async (fn) => (settings = fn(settings)),
    watchSettings: (cb) => {
      notify = cb;
      return () => undefined;
    },
    openOptions: () => undefined,
    now: () => NOW,
  };
  await renderPopup(root, deps);
  /** A settings change made elsewhere that does not concern this page: the popup redraws. */
  const changeElsewhere = async () => {
    settings = { ...settings, sites: [...settings.sites, { domain: 'other.example.com', scope: 'site', enabled: false }] };
    notify?.(settings);
    // The popup asks the page again after 150 ms steps until it sees the expected state.
    await new Promise((r) => setTimeout(r, 400));
  };
  return { root, changeElsewhere };
}

describe('popup redraws keep unchanged sections', () => {
  it('keeps the export format the user picked and the mentions list while nothing they show changed', async () => {
    const { root, changeElsewhere } = await popupWith(() => summaryOf(3));
    const format = root.querySelector<HTMLSelectElement>('#export-format')!;
    const mentions = root.querySelector('section.mentions')!;
    format.value = 'csv';
    await changeElsewhere();
    expect(root.querySelector('#export-format')).toBe(format);
    expect(root.querySelector<HTMLSelectElement>('#export-format')!.value).toBe('csv');
    expect(root.querySelector('section.mentions')).toBe(mentions);
  });

  it('draws the mentions anew when the page reports other mentions, and keeps the export choice', async () => {
    let count = 3;
    const { root, changeElsewhere } = await popupWith(() => summaryOf(count));
    const mentions = root.querySelector('section.mentions')!;
    root.querySelector<HTMLSelectElement>('#export-format')!.value = 'csv';
    count = 5;
    await changeElsewhere();
    expect(root.querySelector('section.mentions')).not.toBe(mentions);
    expect(root.querySelector('#mention-count')?.textContent).toBe('5');
    expect(root.querySelector<HTMLSelectElement>('#export-format')!.value).toBe('csv');
  });
});
