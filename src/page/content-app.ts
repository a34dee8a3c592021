/**
 * Wires one document's PageController to the settings and to the
 * background. Kept apart from the entrypoint so that it runs in tests with
 * injected messaging.
 */
import { PageController, type PageOptions } from './controller';
import type { PageBackend } from './page-backend';
import { activationFor, type Settings } from '../settings/model';
import { parseContentRequest, type PageSummaryReply, type ScanReply } from '../messaging/protocol';
import type { CardData } from '../kb/cards';
import type { Mention } from '../recognition/types';
import type { CardUi } from './card-ui';

export interface ContentDeps {
  doc: Document;
  sendMessage(msg: unknown): Promise<unknown>;
  loadSettings(): Promise<Settings>;
  watchSettings(cb: (s: Settings) => void): () => void;
  /** The card code, asked for on the first card only (see card-ui.ts). */
  loadCardUi(): Promise<CardUi>;
  /** Whether a reader can see a mark (page/mark-visibility.ts); absent (a DOM without layout), every mark counts. */
  markSeen?(mark: HTMLElement): boolean;
  /** False once the extension is gone (reloaded, updated, removed): its APIs then fail for good. */
  extensionAlive(): boolean;
}

export function pageOptionsFrom(s: Settings): PageOptions {
  return { firstOnly: s.display === 'first', categories: { ...s.categories }, jurisdictionsEverywhere: s.jurisdictions === 'everywhere' };
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
  private settingsIn: Promise<Settings | null> = Promise.resolve(null);

  constructor(private readonly deps: ContentDeps) {
    const backend: PageBackend = {
      scan: async (text, context, opts) => {
        // A failed scan marks nothing rather than leaving an unhandled rejection on the page's console.
        const reply = (await this.send({ type: 'scan', text, context, ...(opts?.early && { early: true }) }).catch(() => undefined)) as ScanReply | undefined;
        if (reply?.superseded || reply?.declined) return null;
        const mentions = reply?.mentions ?? [];
        // An early scan can come back before the settings: the reader's authority choices still apply.
        const settings = this.settings ?? (await this.settingsIn);
        return settings ? filterByAuthority(mentions, settings) : mentions;
      },
      card: async (m) => ((await this.send({ type: 'card', ...m })) as CardData | null) ?? null,
      cardUi: () => deps.loadCardUi(),
      ...(deps.markSeen && { seen: deps.markSeen }),
      reportCount: (count) => {
        // Every marking pass ends here, so new marks get the user's style before anyone sees the count.
        this.applyMarkStyle();
        if (this.isTopFrame) void this.send({ type: 'count', count }).catch(() => undefined);
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

  /**
   * The site whose switch applies here. A frame without an address of its own
   * (about:blank, srcdoc) belongs to the page that made it: its origin is
   * inherited from that page, so it follows that site's switch, not the
   * empty host's.
   */
  get host(): string {
    return siteHostOf(this.deps.doc);
  }

  /**
   * The content script is injected at document_start so that its own start-up
   * and the settings read happen while the page is still parsing; the page is
   * read once its DOM is complete.
   */
  async start(): Promise<void> {
    let arrived = false;
    const settings = this.deps.loadSettings().then((s) => ((arrived = true), s));
    this.settingsIn = settings.catch(() => null);
    await domComplete(this.deps.doc);
    // The page is there and the settings are not: the worker starts matching it meanwhile (see prefetchFirstScan).
    if (!arrived && this.isTopFrame && /^(https?|file):$/.test(this.deps.doc.location?.protocol ?? '')) this.controller.prefetchFirstScan();
    this.settings = await settings;
    this.unwatch = this.deps.watchSettings((s) => void this.apply(s));
    await this.apply(this.settings);
  }

  /**
   * Stops only when the extension is really gone. Page-reachable signals (WXT's
   * "a newer script started" event is an ordinary DOM event any page can
   * dispatch) merely prompt this check; they never switch the page off.
   */
  stopIfOrphaned(): boolean {
    if (this.deps.extensionAlive()) return false;
    this.stop();
    return true;
  }

  /** A failing call to the background is how an orphaned script learns that the extension went away. */
  private send(msg: unknown): Promise<unknown> {
    return this.deps.sendMessage(msg).catch((err: unknown) => {
      this.stopIfOrphaned();
      throw err;
    });
  }

  stop(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.controller.deactivate();
  }

  private applyMarkStyle(): void {
    if (this.settings) this.controller.setMarkStyle(this.settings.markStyle);
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
    const host = this.host;
    // A frame of unknown site (an opaque about: document whose maker cannot be told): it follows no switch, so it stays unmarked.
    if (!host && this.deps.doc.location?.protocol === 'about:') {
      this.controller.deactivate();
      return;
    }
    const act = activationFor(host, s);
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
    // The style is a rule of the marks' style sheet: restyle in place, no rescan.
    if (this.controller.isActive && !optionsChanged) this.applyMarkStyle();
    if (this.controller.isActive && optionsChanged) await this.controller.setOptions(pageOptionsFrom(s));
    else if (!this.controller.isActive) {
      await this.controller.setOptions(pageOptionsFrom(s));
      await this.controller.activate();
    }
  }

  /** Answers a message to this page: the popup's summary and reveal, the next-mention command, a rescan after an update. */
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

/** The host a document's site switch is read for (see ContentApp.host). */
export function siteHostOf(doc: Document): string {
  const own = doc.location?.hostname ?? '';
  if (own || (doc.location && doc.location.protocol !== 'about:')) return own;
  const win = doc.defaultView;
  const inherited = [win?.origin, win?.location.ancestorOrigins?.[0], doc.referrer];
  for (const origin of inherited) {
    if (!origin || origin === 'null') continue;
    try {
      const host = new URL(origin).hostname;
      if (host) return host;
    } catch {
      // Not a URL: try the next.
    }
  }
  return own;
}
