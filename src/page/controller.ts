/**
 * Everything the content script does on one document: find mentions, mark
 * them, open cards, follow a living page, and undo it all. Talks to the
 * knowledge base only through `PageBackend`, so it runs under jsdom in tests.
 */
import type { CardData } from '../kb/cards';
import type { Category } from '../kb/model';
import type { Mention } from '../recognition/types';
import type { PageSummaryItem } from '../messaging/protocol';
import { collectPageText } from './visible-text';
import { applyMarks, MARK_CLASS, removeMarks } from './marker';
import { Popover, POPOVER_TAG } from './popover/popover';
import { HoverIntent } from './popover/intent';
import { LivePageWatcher } from './live-page';

export interface PageBackend {
  scan(text: string): Promise<Mention[]>;
  card(mention: { entity: string; text: string; candidates?: string[]; possible: boolean }): Promise<CardData | null>;
  reportCount(count: number): void;
}

export interface PageOptions {
  firstOnly: boolean;
  categories: Record<Category, boolean>;
}

export const DEFAULT_PAGE_OPTIONS: PageOptions = {
  firstOnly: false,
  categories: { designated: true, jurisdiction: true, instrument: true, body: true },
};

const MARK_SELECTOR = `mark.${MARK_CLASS}`;

export class PageController {
  private active = false;
  private readonly mentionsByMark = new WeakMap<Element, Mention>();
  private readonly seen = new Set<string>();
  private popover: Popover | null = null;
  private intent: HoverIntent<HTMLElement>;
  private watcher: LivePageWatcher | null = null;
  private readonly cardCache = new Map<string, Promise<CardData | null>>();
  private readonly listeners: [string, EventListener, AddEventListenerOptions | boolean][] = [];
  private openSeq = 0;

  constructor(
    private readonly doc: Document,
    private readonly backend: PageBackend,
    private options: PageOptions = DEFAULT_PAGE_OPTIONS,
  ) {
    const win = doc.defaultView!;
    this.intent = new HoverIntent<HTMLElement>({
      open: (mark, viaKeyboard) => void this.openCard(mark, viaKeyboard),
      close: () => this.closeCard(),
      setTimer: (fn, ms) => win.setTimeout(fn, ms),
      clearTimer: (id) => win.clearTimeout(id),
    });
  }

  get isActive(): boolean {
    return this.active;
  }

  /** Marks the document and starts following it. Resolves when the first pass is on the page. */
  async activate(): Promise<void> {
    if (this.active) return;
    this.active = true;
    this.listen();
    const body = this.doc.body;
    if (body) await this.scanRoots([body]);
    if (!this.active) return;
    this.watcher = new LivePageWatcher(this.doc, (roots) => void this.scanRoots(roots), (node) => this.isOwnNode(node));
    this.watcher.start();
  }

  /** Removes every mark and card and stops listening; the page's DOM is as it was. */
  deactivate(): void {
    if (!this.active) return;
    this.active = false;
    this.watcher?.stop();
    this.watcher = null;
    this.intent.dismiss();
    this.popover?.destroy();
    this.popover = null;
    for (const [type, fn, opts] of this.listeners) this.doc.removeEventListener(type, fn, opts);
    this.listeners.length = 0;
    if (this.doc.body) removeMarks(this.doc.body);
    this.seen.clear();
    this.backend.reportCount(0);
  }

  async setOptions(options: PageOptions): Promise<void> {
    this.options = options;
    if (!this.active) return;
    this.deactivate();
    await this.activate();
  }

  marks(): HTMLElement[] {
    return [...this.doc.querySelectorAll<HTMLElement>(`${MARK_SELECTOR}:not([data-sl-continued])`)];
  }

  summary(): PageSummaryItem[] {
    const byEntity = new Map<string, PageSummaryItem>();
    for (const mark of this.marks()) {
      const m = this.mentionsByMark.get(mark);
      if (!m) continue;
      const item = byEntity.get(m.entity);
      if (item) item.count++;
      else
        byEntity.set(m.entity, {
          entity: m.entity,
          name: m.name,
          category: m.category,
          count: 1,
          authorities: m.authorities ?? [],
        });
    }
    return [...byEntity.values()];
  }

  /** Scrolls to the first mention of an entity and flashes it. */
  reveal(entity: string): boolean {
    const mark = this.marks().find((m) => m.dataset.slEntity === entity);
    if (!mark) return false;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.dataset.slFlash = '';
    this.doc.defaultView?.setTimeout(() => delete mark.dataset.slFlash, 1300);
    return true;
  }

  /** Moves focus to the next mention after the focused one (wrapping) and opens its card. */
  focusNext(): HTMLElement | null {
    const marks = this.marks();
    if (!marks.length) return null;
    const current = this.intent.anchor ?? (this.doc.activeElement as HTMLElement | null);
    const i = current ? marks.indexOf(current) : -1;
    const next = marks[(i + 1) % marks.length];
    next.scrollIntoView({ block: 'center' });
    next.focus({ preventScroll: true });
    this.intent.focusAnchor(next);
    return next;
  }

  private async scanRoots(roots: Element[]): Promise<void> {
    for (const root of roots) {
      if (!this.active || !root.isConnected) continue;
      let page = collectPageText(root);
      if (!page.text.trim()) continue;
      const mentions = (await this.backend.scan(page.text)).filter((m) => this.options.categories[m.category]);
      if (!this.active || !root.isConnected) return;
      // The page may have changed while the worker was matching: never mark stale offsets.
      const now = collectPageText(root);
      if (now.text !== page.text) {
        this.watcher?.queue(root);
        continue;
      }
      page = now;
      const write = () => this.bindMentions(applyMarks(root, page, mentions, { firstOnly: this.options.firstOnly, seen: this.seen }), mentions);
      if (this.watcher) this.watcher.flushOwn(write);
      else write();
    }
    this.backend.reportCount(this.marks().length);
  }

  /** Attaches each created mark to the exact mention it wraps (text order is shared). */
  private bindMentions(created: HTMLElement[], mentions: Mention[]): void {
    let i = 0;
    for (const mark of created) {
      if (mark.dataset.slContinued !== undefined) continue;
      while (i < mentions.length && mentions[i].entity !== mark.dataset.slEntity) i++;
      if (i < mentions.length) this.mentionsByMark.set(mark, mentions[i++]);
    }
  }

  private listen(): void {
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, opts: AddEventListenerOptions | boolean = true) => {
      const listener = fn as EventListener;
      this.doc.addEventListener(type, listener, opts);
      this.listeners.push([type, listener, opts]);
    };
    on('mouseover', (e) => {
      const mark = this.markFrom(e.target);
      if (mark) this.intent.enterAnchor(mark);
      else if (this.popover?.contains(e.target as Node)) this.intent.enterCard();
    });
    on('mouseout', (e) => {
      const from = e.target as Node;
      const to = e.relatedTarget as Node | null;
      const fromMark = this.markFrom(from);
      if (fromMark && (!to || !fromMark.contains(to))) {
        if (this.popover?.contains(to)) this.intent.enterCard();
        else this.intent.leaveAnchor();
      } else if (this.popover?.contains(from) && !this.popover.contains(to)) {
        if (this.markFrom(to) === this.intent.anchor) this.intent.enterAnchor(this.intent.anchor!);
        else this.intent.leaveCard();
      }
    });
    on('mousemove', (e) => this.intent.pointerMove(e.clientX, e.clientY, e.timeStamp), { capture: true, passive: true });
    on('focusin', (e) => {
      const mark = this.markFrom(e.target);
      if (mark) this.intent.focusAnchor(mark);
      else if (this.popover?.contains(e.target as Node)) this.intent.enterCard();
    });
    on('focusout', (e) => {
      const to = e.relatedTarget as Node | null;
      const leavingOurs = this.markFrom(e.target) || this.popover?.contains(e.target as Node);
      if (leavingOurs && !this.markFrom(to) && !this.popover?.contains(to)) this.intent.blur();
    });
    on('keydown', (e) => {
      if (e.key !== 'Escape' || this.intent.state === 'idle') return;
      const focusWasInCard = this.popover?.contains(this.doc.activeElement);
      const anchor = this.intent.anchor;
      if (this.intent.escape()) {
        e.stopPropagation();
        if (focusWasInCard) anchor?.focus({ preventScroll: true });
      }
    });
  }

  private markFrom(target: EventTarget | null): HTMLElement | null {
    if (!target || !(target as Node).nodeType) return null;
    const el = (target as Node).nodeType === 1 ? (target as Element) : (target as Node).parentElement;
    const mark = el?.closest<HTMLElement>(MARK_SELECTOR) ?? null;
    if (!mark) return null;
    // A mention split across inline elements: the first piece before it carries the mention.
    if (mark.dataset.slContinued === undefined) return mark;
    let first: HTMLElement | null = null;
    for (const m of this.marks()) {
      if (m.compareDocumentPosition(mark) & 4 /* DOCUMENT_POSITION_FOLLOWING */) first = m;
      else break;
    }
    return first;
  }

  private isOwnNode(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return false;
    return el.localName === POPOVER_TAG || !!el.closest(`${MARK_SELECTOR},${POPOVER_TAG}`);
  }

  private async openCard(mark: HTMLElement, viaKeyboard: boolean): Promise<void> {
    const mention = this.mentionsByMark.get(mark);
    if (!mention) return;
    const seq = ++this.openSeq;
    const key = `${mention.entity}\u0000${mention.confidence}\u0000${(mention.candidates ?? []).join(',')}\u0000${mention.known ? '' : mention.text}`;
    let pending = this.cardCache.get(key);
    if (!pending) {
      pending = this.backend.card({
        entity: mention.entity,
        text: mention.known ? mention.name : mention.text,
        candidates: mention.candidates,
        possible: mention.confidence === 'possible',
      });
      this.cardCache.set(key, pending);
    }
    const card = await pending.catch(() => null);
    if (!card || seq !== this.openSeq || this.intent.anchor !== mark || !this.active) return;
    this.popover ??= new Popover(this.doc);
    for (const m of this.doc.querySelectorAll('[data-sl-active]')) delete (m as HTMLElement).dataset.slActive;
    mark.dataset.slActive = '';
    mark.setAttribute('aria-expanded', 'true');
    this.popover.show(
      mark,
      card,
      {
        onCopy: (c) => void this.copyCitation(c),
        onPin: () => {
          this.intent.togglePin();
          this.popover?.setPinned(this.intent.state === 'pinned');
        },
        onClose: () => {
          const anchor = this.intent.anchor;
          this.intent.dismiss();
          anchor?.focus({ preventScroll: true });
        },
      },
      viaKeyboard,
    );
  }

  private closeCard(): void {
    const anchor = this.popover?.anchor;
    if (anchor) {
      delete anchor.dataset.slActive;
      anchor.removeAttribute('aria-expanded');
    }
    this.popover?.hide();
  }

  private async copyCitation(card: CardData): Promise<void> {
    try {
      await this.doc.defaultView!.navigator.clipboard.writeText(card.citation);
      this.popover?.status('Citation copied');
    } catch {
      this.popover?.status('Could not copy: the page does not allow clipboard access');
    }
  }
}
