// @vitest-environment jsdom
/**
 * Redraws that come from a save finishing or a change made elsewhere never
 * land under a key the user is pressing, and never draw a value older than
 * the last one this page saved: PendingRedraw itself, then the options page
 * and the popup built on it, with saves that the test lets finish.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PendingRedraw } from '../../../src/ui/redraw';
import { OwnWrites } from '../../../src/ui/own-writes';
import { renderOptions } from '../../../src/ui/options';
import { renderPopup } from '../../../src/ui/popup';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/model';

const FAST = { interval: 1, timeout: 5_000 };
const nextTask = () => new Promise((r) => setTimeout(r, 0));
const key = (el: Element, type: 'keydown' | 'keyup') => el.dispatchEvent(new KeyboardEvent(type, { key: ' ', code: 'Space', bubbles: true }));

afterEach(() => vi.useRealTimers());

describe('PendingRedraw', () => {
  it('draws at once when nothing holds it, and resolves after drawing', async () => {
    const draw = vi.fn();
    const redraw = new PendingRedraw(document, draw);
    await redraw.request();
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('waits for the release of a held key, then draws once for every request made meanwhile', async () => {
    const draw = vi.fn();
    const redraw = new PendingRedraw(document, draw);
    key(document.body, 'keydown');
    const a = redraw.request();
    const b = redraw.request();
    await nextTask();
    expect(draw).not.toHaveBeenCalled();
    key(document.body, 'keyup');
    // The release's own click and change run first.
    expect(draw).not.toHaveBeenCalled();
    await Promise.all([a, b]);
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('waits for every save in flight; ending a save twice counts once', async () => {
    const draw = vi.fn();
    const redraw = new PendingRedraw(document, draw);
    const endFirst = redraw.hold();
    const endSecond = redraw.hold();
    void redraw.request();
    endFirst();
    endFirst();
    expect(draw).not.toHaveBeenCalled();
    endSecond();
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('a key released in another window, or never released, stops holding the redraw back', async () => {
    vi.useFakeTimers();
    const draw = vi.fn();
    const redraw = new PendingRedraw(document, draw);
    key(document.body, 'keydown');
    void redraw.request();
    window.dispatchEvent(new Event('blur'));
    expect(draw).toHaveBeenCalledTimes(1);
    key(document.body, 'keydown');
    void redraw.request();
    vi.advanceTimersByTime(1_999);
    expect(draw).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it('OwnWrites recognises each of its writes once, whatever order the echoes come in', () => {
    const own = new OwnWrites();
    own.record({ a: 1 });
    own.record({ a: 2 });
    expect(own.isEcho({ a: 2 })).toBe(true);
    expect(own.isEcho({ a: 1 })).toBe(true);
    expect(own.isEcho({ a: 1 })).toBe(false);
  });
});

/** Settings whose writes finish only when the test says so, one after another as the real store does. */
function gatedSettings() {
  let stored: Settings = { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories } };
  const gates: (() => void)[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  let notify: ((s: Settings) => void) | null = null;
  const written: Settings[] = [];
  return {
    loadSettings: async () => stored,
    updateSettings: (fn: (s: Settings) => Settings) => {
      const run = chain.then(async () => {
        const next = fn(stored);
        await new Promise<void>((open) => gates.push(open));
        stored = next;
        written.push(next);
        return next;
      });
      chain = run.catch(() => undefined);
      return run;
    },
    watchSettings: (cb: (s: Settings) => void) => {
      notify = cb;
      return () => undefined;
    },
    /** Lets the oldest waiting write finish. */
    async finishWrite() {
      await vi.waitFor(() => expect(gates.length).toBeGreaterThan(0), FAST);
      gates.shift()!();
      await nextTask();
    },
    echo: (s: Settings) => notify?.(s),
    written,
  };
}

async function optionsWith(settings: ReturnType<typeof gatedSettings>) {
  document.body.replaceChildren();
  const root = document.body.appendChild(document.createElement('div'));
  await renderOptions(root, {
    ...settings,
    resetSettings: async () => ({ ...DEFAULT_SETTINGS }),
    askBackground: async () => null,
    loadFeedOverrides: async () => ({}),
    saveFeedOverrides: async () => undefined,
  });
  return (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
}

describe('the options page under quick successive changes', () => {
  it('a save ending between a key’s press and release leaves the pressed switch in place; the redraw follows the release', async () => {
    const settings = gatedSettings();
    const $ = await optionsWith(settings);
    $('cat-designated').click();
    const pressed = $('cat-designated');
    pressed.focus();
    key(pressed, 'keydown');
    await settings.finishWrite();
    expect($('cat-designated')).toBe(pressed);
    key(pressed, 'keyup');
    await vi.waitFor(() => expect($('cat-designated')).not.toBe(pressed), FAST);
    expect($('cat-designated').checked).toBe(false);
    expect(document.activeElement).toBe($('cat-designated'));
  });

  it('two switches flipped before the first save is back both stay flipped, and the late echo of the first save draws nothing', async () => {
    const settings = gatedSettings();
    const $ = await optionsWith(settings);
    $('cat-designated').click();
    $('cat-jurisdiction').click();
    await settings.finishWrite();
    // The first save is back while the second is on its way: the switches show what the user set.
    expect([$('cat-designated').checked, $('cat-jurisdiction').checked]).toEqual([false, false]);
    await settings.finishWrite();
    await vi.waitFor(() => expect(settings.written).toHaveLength(2), FAST);
    expect(settings.written[1].categories).toMatchObject({ designated: false, jurisdiction: false });
    settings.echo(settings.written[1]);
    settings.echo(settings.written[0]);
    await nextTask();
    expect([$('cat-designated').checked, $('cat-jurisdiction').checked]).toEqual([false, false]);
    // A change made elsewhere still shows.
    settings.echo({ ...settings.written[1], categories: { ...settings.written[1].categories, body: false } });
    await vi.waitFor(() => expect($('cat-body').checked).toBe(false), FAST);
  });

  it('a save that fails says so and shows the settings in use', async () => {
    const settings = gatedSettings();
    document.body.replaceChildren();
    const root = document.body.appendChild(document.createElement('div'));
    await renderOptions(root, {
      ...settings,
      updateSettings: async () => {
        throw new Error('storage quota exceeded');
      },
      resetSettings: async () => ({ ...DEFAULT_SETTINGS }),
      askBackground: async () => null,
      loadFeedOverrides: async () => ({}),
      saveFeedOverrides: async () => undefined,
    });
    root.querySelector<HTMLInputElement>('#cat-body')!.click();
    await vi.waitFor(() => expect(root.querySelector('#status')?.textContent).toMatch(/^Not saved: storage quota exceeded/), FAST);
    expect(root.querySelector('#status')?.classList.contains('error')).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#cat-body')!.checked).toBe(true);
  });
});

describe('the popup’s site switch under a quick second press', () => {
  it('is not swapped while a key is held on it, and shows the saved state after the release', async () => {
    const settings = gatedSettings();
    document.body.replaceChildren();
    const root = document.body.appendChild(document.createElement('div'));
    await renderPopup(root, {
      tab: { id: 1, url: 'https://news.example.org/a', title: 'An article' },
      askTab: async () => ({ host: 'news.example.org', active: true, count: 1, items: [{ entity: 'e1', name: 'Kim Jong Un', category: 'designated', count: 1, authorities: ['UN'] }] }),
      askBackground: async () => null,
      ...settings,
      openOptions: () => undefined,
    });
    const box = () => root.querySelector<HTMLInputElement>('#site-switch')!;
    box().click();
    const pressed = box();
    key(pressed, 'keydown');
    await settings.finishWrite();
    expect(box()).toBe(pressed);
    key(pressed, 'keyup');
    await vi.waitFor(() => expect(box()).not.toBe(pressed), FAST);
    expect(box().checked).toBe(false);
  });
});
