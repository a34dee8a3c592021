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
      scan: async (text) => {
        const reply = (await deps.sendMessage({ type: 'scan', text })) as ScanReply | undefined;
        const mentions = reply?.mentions ?? [];
        return this.settings ? filterByAuthority(mentions, this.settings) : mentions;
      },
      card: async (m) => ((await deps.sendMessage({ type: 'card', ...m })) as CardData | null) ?? null,
      reportCount: (count) => void deps.sendMessage({ type: 'count', count }).catch(() => undefined),
    };
    this.controller = new PageController(deps.doc, backend);
  }

  get host(): string {
    return this.deps.doc.location?.hostname ?? '';
  }

  async start(): Promise<void> {
    this.settings = await this.deps.loadSettings();
    this.unwatch = this.deps.watchSettings((s) => void this.apply(s));
    await this.apply(this.settings);
  }

  stop(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.controller.deactivate();
  }

  /** Applies settings to the open page at once: no reload needed. */
  async apply(s: Settings): Promise<void> {
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
