// @vitest-environment jsdom
import { mentionOf } from '../../../src/page/marker';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentApp } from '../../../src/page/content-app';
import { Popover } from '../../../src/page/popover/popover';
import { DEFAULT_SETTINGS } from '../../../src/settings/model';
import { fakeBackend, NAMES, settle } from './helpers';

const ARTICLE = '<article><p>The Lazarus Group was named by OFAC over North Korea.</p></article>';

let app: ContentApp | null = null;
afterEach(() => {
  app?.stop();
  app = null;
  document.body.innerHTML = '';
});

/** A content app whose background is the fake recogniser, and whose extension can be made to go away. */
function startApp() {
  document.body.innerHTML = ARTICLE;
  const fake = fakeBackend(NAMES);
  const state = { alive: true };
  app = new ContentApp({
    doc: document,
    sendMessage: async (raw) => {
      if (!state.alive) throw new Error('Extension context invalidated.');
      const msg = raw as { type: string; text?: string };
      if (msg.type === 'scan') return { mentions: await fake.backend.scan(msg.text ?? '', { jurisdictions: [], aboutSanctions: false }) };
      return undefined;
    },
    loadSettings: async () => structuredClone(DEFAULT_SETTINGS),
    watchSettings: () => () => undefined,
    loadCardUi: async () => ({ Popover }),
    extensionAlive: () => state.alive,
  });
  return { app, state };
}

const marks = () => document.querySelectorAll('mark[data-sl-category]').length;

describe('ContentApp: stops only when the extension is really gone', () => {
  it('a prompt to stop (WXT invalidation, which a page can fire) while the extension is there changes nothing', async () => {
    const { app } = startApp();
    await app.start();
    expect(marks()).toBe(3);
    expect(app.stopIfOrphaned()).toBe(false);
    expect(app.controller.isActive).toBe(true);
    expect(marks()).toBe(3);
  });

  it('once the extension is gone, the prompt stops it and the page is as it was', async () => {
    const { app, state } = startApp();
    await app.start();
    state.alive = false;
    expect(app.stopIfOrphaned()).toBe(true);
    expect(app.controller.isActive).toBe(false);
    expect(document.body.innerHTML).toBe(ARTICLE);
  });

  it('a failing call to the background of a gone extension stops it too', async () => {
    const { app, state } = startApp();
    await app.start();
    state.alive = false;
    // New text makes the controller ask the background, which fails.
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>OFAC again.</p>');
    await expect.poll(() => app.controller.isActive, { timeout: 3_000 }).toBe(false);
    expect(marks()).toBe(0);
  });
});

describe('ContentApp: only the top frame speaks for the tab', () => {
  /** The app in a same-origin child frame of this document, with every message it sends recorded. */
  async function startInFrame() {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    doc.body.innerHTML = ARTICLE;
    const fake = fakeBackend(NAMES);
    const sent: string[] = [];
    const framed = new ContentApp({
      doc,
      sendMessage: async (raw) => {
        const msg = raw as { type: string; text?: string };
        sent.push(msg.type);
        if (msg.type === 'scan') return { mentions: await fake.backend.scan(msg.text ?? '', { jurisdictions: [], aboutSanctions: false }) };
        return undefined;
      },
      loadSettings: async () => structuredClone(DEFAULT_SETTINGS),
      watchSettings: () => () => undefined,
      extensionAlive: () => true,
      loadCardUi: async () => ({ Popover }),
    });
    app = framed;
    await framed.start();
    return { framed, doc, sent };
  }

  it('a child frame marks its own text but sets no badge and answers none of the popup\'s questions', async () => {
    const { framed, doc, sent } = await startInFrame();
    expect(framed.isTopFrame).toBe(false);
    expect(doc.querySelectorAll('mark[data-sl-category]').length).toBe(3);
    expect(sent).toContain('scan');
    expect(sent).not.toContain('count');
    const entity = mentionOf(doc.querySelector('mark[data-sl-category]')!)!.entity;
    expect(framed.handle({ type: 'page-summary' })).toBeUndefined();
    expect(framed.handle({ type: 'reveal', entity })).toBeUndefined();
    expect(framed.handle({ type: 'next-mention' })).toBeUndefined();
    // A new knowledge base reaches every frame: each rescans its own marks.
    expect(framed.handle({ type: 'rescan', kbVersion: 'v2' })).toBe(true);
  });

  it('the top frame answers the same questions', async () => {
    const { app } = startApp();
    await app.start();
    expect(app.isTopFrame).toBe(true);
    const reply = app.handle({ type: 'page-summary' });
    expect(reply).toMatchObject({ active: true, count: 3 });
  });
});

describe('ContentApp: the first scan does not wait for the settings', () => {
  /** An app whose settings arrive only when `release` is called; every message it sends is recorded. */
  function startWithLateSettings(settings: typeof DEFAULT_SETTINGS, reply?: (text: string) => unknown) {
    document.body.innerHTML = ARTICLE;
    const fake = fakeBackend(NAMES);
    const sent: { type: string; early?: boolean }[] = [];
    let release!: () => void;
    const arrived = new Promise<void>((r) => (release = r));
    app = new ContentApp({
      doc: document,
      sendMessage: async (raw) => {
        const msg = raw as { type: string; text?: string; early?: boolean };
        sent.push({ type: msg.type, ...(msg.early && { early: true }) });
        if (msg.type === 'scan') return reply ? reply(msg.text ?? '') : { mentions: await fake.backend.scan(msg.text ?? '', {}) };
        return undefined;
      },
      loadSettings: async () => {
        await arrived;
        return structuredClone(settings);
      },
      watchSettings: () => () => undefined,
      loadCardUi: async () => ({ Popover }),
      extensionAlive: () => true,
    });
    return { app, sent, release };
  }

  it('the page is sent for matching before the settings are in, and that one reply makes the marks', async () => {
    const { app, sent, release } = startWithLateSettings(DEFAULT_SETTINGS);
    const started = app.start();
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual([{ type: 'scan', early: true }]);
    expect(marks()).toBe(0);
    release();
    await started;
    expect(marks()).toBe(3);
    expect(sent.filter((m) => m.type === 'scan')).toHaveLength(1);
  });

  /** Starts the app, lets the early scan go out, changes the page, then lets the settings in. */
  async function changeWhileSettingsLate(change: () => void) {
    const { app, sent, release } = startWithLateSettings(DEFAULT_SETTINGS);
    const started = app.start();
    await new Promise((r) => setTimeout(r, 20));
    change();
    release();
    await started;
    return sent;
  }

  it('a page that changed while the settings were on their way is read and matched again', async () => {
    const sent = await changeWhileSettingsLate(() => document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>OFAC said more.</p>'));
    expect(sent.filter((m) => m.type === 'scan')).toEqual([{ type: 'scan', early: true }, { type: 'scan' }]);
    expect([...document.querySelectorAll('mark[data-sl-category]')].filter((m) => mentionOf(m)?.entity === 'body:ofac').length).toBe(2);
  });

  it('so is a page whose section was hidden meanwhile (an attribute, not a text change)', async () => {
    const sent = await changeWhileSettingsLate(() => document.querySelector('p')!.setAttribute('hidden', ''));
    // Its only paragraph is hidden: nothing is left to scan, and the early reply (3 mentions) is not used.
    expect(sent.filter((m) => m.type === 'scan')).toHaveLength(1);
    expect(marks()).toBe(0);
  });

  it('a site switched off is not marked, though its early scan was sent', async () => {
    const off = { ...structuredClone(DEFAULT_SETTINGS), siteDefault: 'off' as const };
    const { app, sent, release } = startWithLateSettings(off);
    const started = app.start();
    release();
    await started;
    await settle(100);
    expect(sent[0]).toEqual({ type: 'scan', early: true });
    expect(marks()).toBe(0);
    expect(app.controller.isActive).toBe(false);
  });

  it('an early reply that came back before the settings still follows the reader\'s authority choices', async () => {
    const noOfac = structuredClone(DEFAULT_SETTINGS);
    noOfac.authorities.OFAC = false;
    const fake = fakeBackend(NAMES);
    const { app, release } = startWithLateSettings(noOfac, async (text) => ({
      mentions: (await fake.backend.scan(text, {}))!.map((m) => (m.category === 'designated' ? { ...m, authorities: ['OFAC'] } : m)),
    }));
    const started = app.start();
    await new Promise((r) => setTimeout(r, 20));
    release();
    await started;
    expect([...document.querySelectorAll('mark[data-sl-category]')].some((m) => mentionOf(m)?.entity === 'ofac:27307')).toBe(false);
    expect(marks()).toBe(2);
  });

  it('a worker that declines the early scan (the site is off in its settings) leaves the text to the ordinary scan', async () => {
    let scans = 0;
    const fake = fakeBackend(NAMES);
    const { app, sent, release } = startWithLateSettings(DEFAULT_SETTINGS, async (text) =>
      scans++ === 0 ? { kbVersion: '', mentions: [], declined: true } : { mentions: await fake.backend.scan(text, {}) },
    );
    const started = app.start();
    await new Promise((r) => setTimeout(r, 20));
    release();
    await started;
    await expect.poll(marks, { timeout: 3_000 }).toBe(3);
    expect(sent.filter((m) => m.type === 'scan').length).toBe(2);
  });
});
