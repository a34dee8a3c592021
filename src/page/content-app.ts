/**
 * Wires one document's PageController to the settings and to the
 * background. Kept apart from the entrypoint so that it runs in tests with
 * injected messaging.
 */
import { PageController, type PageBackend, type PageOptions } from './controller';
import { activationFor, type Settings } from '../settings/model';
import { parseContentRequest, type PageSummaryReply, type ScanReply } from '../messaging/protocol';
import type { CardData } from '../kb/cards';
import type { Mention } from '../recognition/types';
import { setMarkStyle } from './marker';

export interface ContentDeps {
  doc: Document;
  sendMessage(msg: unknown): Promise<unknown>;
  loadSettings(): Promise<Settings>;
  watchSettings(cb: (s: Settings) => void): () => void;
}

export function pageOptionsFrom(s: Settings): PageOptions {
  return { firstOnly: s.display === 'first', categories: { ...s.categories } };
}

function filterByAuthority(mentions: Mention[], s: Settings): Mention[] {
  return mentions.filter((m) => {
    if (m.category !== 'designated' || !m.authorities?.length) return true;
    return m.authorities.some((a) => s.authorities[a as keyof Settings['authorities']] !== false);
  });
}

export class ContentApp {
  readonly controller: PageController;
  private settings: Settings | null = null;
  private unwatch: (() => void) | null = null;
  private pauseTimer: number | null = null;

  constructor(private readonly deps: ContentDeps) {
    const backend: PageBackend = {
      scan: async (text, context) => {
        const reply = (await deps.sendMessage({ type: 'scan', text, context })) as ScanReply | undefined;
        if (reply?.superseded) return null;
        const mentions = reply?.mentions ?? [];
        return this.settings ? filterByAuthority(mentions, this.settings) : mentions;
      },
      card: async (m) => ((await deps.sendMessage({ type: 'card', ...m })) as CardData | null) ?? null,
      reportCount: (count) => {
        // Every marking pass ends here, so new marks get the user's style before anyone sees the count.
        this.applyMarkStyle();
        if (this.isTopFrame) void deps.sendMessage({ type: 'count', count }).catch(() => undefined);
      },
    };
    this.controller = new PageController(deps.doc, backend);
  }

  /**
   * Same-origin frames are marked too (the content script runs in all frames),
   * but only the top frame speaks for the tab: it sets the badge, answers the
   * popup and takes the next-mention command. Otherwise every frame would
   * overwrite the badge with its own count and race to answer the popup.
   * The badge and the popup's list therefore count the top document's
   * mentions; marks and cards inside frames work on their own.
   */
  get isTopFrame(): boolean {
    const win = this.deps.doc.defaultView;
    try {
      return !win || win === win.top;
    } catch {
      return false;
    }
  }

  get host(): string {
    return this.deps.doc.location?.hostname ?? '';
  }

  /**
   * The content script is injected at document_start so that its own start-up
   * and the settings read happen while the page is still parsing; the page is
   * read once its DOM is complete.
   */
  async start(): Promise<void> {
    const settings = this.deps.loadSettings();
    await domComplete(this.deps.doc);
    this.settings = await settings;
    this.unwatch = this.deps.watchSettings((s) => void this.apply(s));
    await this.apply(this.settings);
  }

  stop(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.controller.deactivate();
  }

  private applyMarkStyle(): void {
    const body = this.deps.doc.body;
    if (body && this.settings) setMarkStyle(body, this.settings.markStyle);
  }

  private applying: Promise<void> = Promise.resolve();

  /**
   * Applies settings to the open page at once: no reload needed. Changes are
   * applied one after another: a second change arriving while the first
   * re-marks the page would otherwise run a second marking pass over it.
   */
  apply(s: Settings): Promise<void> {
    const run = this.applying.then(() => this.applyNow(s));
    this.applying = run.catch(() => undefined);
    return run;
  }

  private async applyNow(s: Settings): Promise<void> {
    const before = this.settings;
    this.settings = s;
    const win = this.deps.doc.defaultView;
    if (this.pauseTimer !== null) win?.clearTimeout(this.pauseTimer);
    this.pauseTimer = null;
    const act = activationFor(this.host, s);
    if (!act.enabled) {
      this.controller.deactivate();
      // A timed pause ends by itself: come back when it does.
      if (act.reason === 'paused' && s.pausedUntil - Date.now() < 2 ** 31 - 1)
        this.pauseTimer = win?.setTimeout(() => void this.apply(s), s.pausedUntil - Date.now() + 50) ?? null;
      return;
    }
    const optionsChanged =
      !before ||
      JSON.stringify([before.categories, before.authorities, before.display]) !== JSON.stringify([s.categories, s.authorities, s.display]);
    // The style is an attribute on the marks: restyle in place, no rescan.
    if (this.controller.isActive && !optionsChanged) this.applyMarkStyle();
    if (this.controller.isActive && optionsChanged) await this.controller.setOptions(pageOptionsFrom(s));
    else if (!this.controller.isActive) {
      await this.controller.setOptions(pageOptionsFrom(s));
      await this.controller.activate();
    }
  }

  /** Answers the popup. */
  handle(raw: unknown): PageSummaryReply | boolean | undefined {
    const msg = parseContentRequest(raw);
    if (!msg) return undefined;
    if (!this.isTopFrame && msg.type !== 'rescan') return undefined;
    if (msg.type === 'reveal') return this.controller.reveal(msg.entity);
    if (msg.type === 'next-mention') return this.controller.focusNext() !== null;
    if (msg.type === 'rescan') {
      if (this.controller.isActive && this.settings) void this.controller.setOptions(pageOptionsFrom(this.settings));
      return true;
    }
    const items = this.controller.summary();
    return {
      host: this.host,
      active: this.controller.isActive,
      count: items.reduce((n, i) => n + i.count, 0),
      items,
    };
  }
}

function domComplete(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) => doc.addEventListener('DOMContentLoaded', () => done(), { once: true }));
}
