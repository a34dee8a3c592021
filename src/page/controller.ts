/**
 * Everything the content script does on one document: find mentions, mark
 * them, open cards, follow a living page, and undo it all. Talks to the
 * knowledge base only through `PageBackend`, so it runs under jsdom in tests.
 */
import type { CardData } from '../kb/cards';
import type { Category } from '../kb/model';
import type { Mention, PageContext } from '../recognition/types';
import type { PageSummaryItem } from '../messaging/protocol';
import { collectPageText } from './visible-text';
import { MARK_CLASS, markPasses, planMarks, removeMarks, type MarkPass } from './marker';
import { Popover, POPOVER_TAG } from './popover/popover';
import { HoverIntent } from './popover/intent';
import { LivePageWatcher } from './live-page';
import { LocationWatch } from './location-watch';
import { SpliceLedger } from './splice-ledger';
import { CONTROL_SELECTOR, focusTargetOf, toneOf } from './mark-anchor';

export interface PageBackend {
  /** null: the worker set this scan aside for a newer one from the same frame; the text is scanned again later. */
  scan(text: string, context: PageContext): Promise<Mention[] | null>;
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
/**
 * A root with more text nodes than this is scanned child by child: each pass
 * then blocks the page briefly and mark.js works on a small subtree. A root
 * that big and without element children is left unmarked (a cap, not a hang).
 */
const MAX_SEGMENTS_PER_SCAN = 50_000;
const UNSCANNED_PARTS = new Set(['script', 'style', 'noscript', 'template']);
/**
 * How marking shares the main thread: it yields to the page after
 * `budgetMs` of work in one task (no task of ours should come near 50 ms),
 * looking at the clock every `marksPerSlice` mentions.
 */
export interface MarkingPace {
  budgetMs: number;
  marksPerSlice: number;
}
const DEFAULT_PACE: MarkingPace = { budgetMs: 30, marksPerSlice: 40 };

/** The element children of a root that are worth scanning on their own; text directly in the root is left out. */
function partsOf(root: Element): Element[] {
  return [...root.children].filter((c) => !UNSCANNED_PARTS.has(c.localName));
}

export class PageController {
  private active = false;
  private readonly mentionsByMark = new WeakMap<Element, Mention>();
  private readonly seen = new Set<string>();
  private context = { jurisdictions: new Set<string>(), aboutSanctions: false };
  private readonly ledger = new SpliceLedger();
  private popover: Popover | null = null;
  private intent: HoverIntent<HTMLElement>;
  private watcher: LivePageWatcher | null = null;
  private location: LocationWatch | null = null;
  private readonly cardCache = new Map<string, Promise<CardData | null>>();
  private readonly listeners: [string, EventListener, AddEventListenerOptions | boolean][] = [];
  private openSeq = 0;
  /** Where focus goes back to when the card closes: the mark, or the link or button holding it. */
  private returnFocus: HTMLElement | null = null;
  /** Set while the controller itself gives focus back to a mark or link, so that this does not reopen the card. */
  private restoringFocus = false;
  /** Bumped by every full (re)scan, so that a pass started before a navigation does not finish after it. */
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly backend: PageBackend,
    private options: PageOptions = DEFAULT_PAGE_OPTIONS,
    private readonly pace: MarkingPace = DEFAULT_PACE,
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
    const gen = ++this.generation;
    // Watch before the first scan, so that a change during it is seen (and its text scanned after).
    this.watcher = new LivePageWatcher(
      this.doc,
      (roots) => void this.scanRoots(roots, this.generation),
      (node) => this.isOwnNode(node),
      {
        rewritten: (node) => this.ledger.discard(node),
        removed: (node) => this.ledger.discard(node),
        beforeBatch: () => this.location?.check(),
      },
    );
    this.watcher.start();
    const body = this.doc.body;
    if (body) await this.scanRoots([body], gen);
    if (!this.active || gen !== this.generation) return;
    const win = this.doc.defaultView;
    if (win) {
      this.location = new LocationWatch(win, () => void this.refresh());
      this.location.start();
    }
  }

  /** Removes every mark and card and stops listening; the page's DOM is as it was. */
  deactivate(): void {
    if (!this.active) return;
    this.active = false;
    this.generation++;
    this.watcher?.stop();
    this.watcher = null;
    this.location?.stop();
    this.location = null;
    this.intent.dismiss();
    this.popover?.destroy();
    this.popover = null;
    for (const [type, fn, opts] of this.listeners) this.doc.removeEventListener(type, fn, opts);
    this.listeners.length = 0;
    this.unmarkAll();
    this.seen.clear();
    this.context = { jurisdictions: new Set(), aboutSanctions: false };
    this.backend.reportCount(0);
  }

  async setOptions(options: PageOptions): Promise<void> {
    this.options = options;
    if (!this.active) return;
    this.deactivate();
    await this.activate();
  }

  /** After an SPA navigation: the new view gets its own first mentions, so everything is marked afresh. */
  async refresh(): Promise<void> {
    if (!this.active) return;
    this.intent.dismiss();
    const gen = ++this.generation;
    const write = () => this.unmarkAll();
    if (this.watcher) this.watcher.flushOwn(write);
    else write();
    this.seen.clear();
    this.context = { jurisdictions: new Set(), aboutSanctions: false };
    if (this.doc.body) await this.scanRoots([this.doc.body], gen);
  }

  /** Marks with a style: the first piece of each mention (split mentions continue in later pieces). */
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

  /**
   * Moves focus to the next shown mention after the current one (wrapping) and
   * opens its card. A mention inside a link or button focuses that control, so
   * Enter still does what the page meant.
   */
  focusNext(): HTMLElement | null {
    const marks = this.marks().filter((m) => m.dataset.slRepeat === undefined);
    if (!marks.length) return null;
    const active = this.doc.activeElement as HTMLElement | null;
    const focusedControl = active?.matches?.(CONTROL_SELECTOR) ? active : null;
    const current = this.intent.anchor ?? marks.find((m) => m === active || (focusedControl && focusedControl.contains(m))) ?? null;
    const i = current ? marks.indexOf(current) : -1;
    const next = marks[(i + 1) % marks.length];
    next.scrollIntoView?.({ block: 'center' });
    const target = focusTargetOf(next);
    this.returnFocus = target;
    target.focus({ preventScroll: true });
    this.intent.focusAnchor(next);
    return next;
  }

  private unmarkAll(): void {
    this.ledger.restoreAll();
    // Marks the ledger does not know (none, unless a page moved them): mark.js removes them.
    if (this.doc.body?.querySelector(MARK_SELECTOR)) removeMarks(this.doc.body);
  }

  private async scanRoots(roots: Element[], gen: number): Promise<void> {
    for (const root of roots) {
      if (!this.active || gen !== this.generation || !root.isConnected) continue;
      let page = collectPageText(root);
      if (!page.text.trim()) continue;
      if (page.segments.length > MAX_SEGMENTS_PER_SCAN) {
        const parts = partsOf(root);
        if (parts.length) await this.scanRoots(parts, gen);
        continue;
      }
      const changesBefore = this.watcher?.changesSoFar();
      const found = await this.backend.scan(page.text, {
        jurisdictions: [...this.context.jurisdictions],
        aboutSanctions: this.context.aboutSanctions,
      });
      if (found === null) {
        if (this.active && gen === this.generation && root.isConnected) this.watcher?.queue(root);
        continue;
      }
      // What this text showed is context for text the page adds later (scanned on its own).
      for (const m of found) {
        if (m.category === 'jurisdiction') this.context.jurisdictions.add(m.entity.slice('jurisdiction:'.length));
        if (m.category === 'body' || m.category === 'instrument') this.context.aboutSanctions = true;
      }
      const mentions = found.filter((m) => this.options.categories[m.category]);
      if (!this.active || gen !== this.generation || !root.isConnected) return;
      // The page may have changed while the worker was matching: never mark stale offsets. The watcher's
      // change count says whether anything moved at all; only then is the text read again and compared.
      const moved = changesBefore === undefined || this.watcher?.changesSoFar() !== changesBefore;
      const now = moved ? collectPageText(root) : page;
      if (now.text !== page.text) {
        // Part of the root keeps changing (a ticker, a clock): scan its parts apart, so the stable ones still get marked.
        const parts = partsOf(root);
        if (parts.length > 1) await this.scanRoots(parts, gen);
        else this.watcher?.queue(root);
        continue;
      }
      page = now;
      if (!mentions.length) continue;
      const write = (slice: MarkPass[]) => {
        const created = markPasses(slice, { firstOnly: this.options.firstOnly, seen: this.seen, ledger: this.ledger });
        this.toneMarksLater(root, created);
        for (const mark of created) {
          // A mention inside a link or button: the control is what the keyboard reaches; the mark must not nest a second widget.
          if (mark.dataset.slContinued === undefined && mark.parentElement?.closest(CONTROL_SELECTOR)) {
            mark.removeAttribute('role');
            mark.removeAttribute('aria-haspopup');
          }
        }
        this.bindMentions(created, slice.flatMap((p) => p.mentions));
      };
      // A long page's marks go in over several tasks, so that marking never blocks the page for long.
      const win = this.doc.defaultView;
      const passes = planMarks(page, mentions);
      let deadline = performance.now() + this.pace.budgetMs;
      for (let k = 0; k < passes.length; ) {
        if (k > 0 && win && performance.now() > deadline) {
          const changes = this.watcher?.changesSoFar();
          await new Promise<void>((resolve) => win.setTimeout(resolve, 0));
          if (!this.active || gen !== this.generation || !root.isConnected) return;
          if (changes === undefined || this.watcher?.changesSoFar() !== changes) {
            // The page changed in between: the offsets left may be stale, so the rest is scanned afresh.
            this.watcher?.queue(root);
            break;
          }
          deadline = performance.now() + this.pace.budgetMs;
        }
        // The next slice: whole passes, up to about `marksPerSlice` mentions.
        const slice: MarkPass[] = [];
        for (let n = 0; k < passes.length && n < this.pace.marksPerSlice; k++) {
          slice.push(passes[k]);
          n += passes[k].mentions.length;
        }
        if (this.watcher) this.watcher.flushOwn(() => write(slice));
        else write(slice);
      }
    }
    this.ledger.prune();
    if (this.active && gen === this.generation) this.backend.reportCount(this.marks().length);
  }

  /**
   * Light text (a dark page) gets lighter mark lines. Reading the text colour
   * forces a style pass, so it waits until the page has painted, when styles
   * are computed anyway.
   */
  private toneMarksLater(root: Element, marks: HTMLElement[]): void {
    const win = this.doc.defaultView;
    if (!win || !marks.length) return;
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        if (!root.isConnected || toneOf(root) !== 'dark') return;
        for (const mark of marks) if (mark.isConnected) mark.dataset.slTone = 'dark';
      }, 0),
    );
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
        else if (this.markFrom(to) !== fromMark) this.intent.leaveAnchor();
      } else if (this.popover?.contains(from) && !this.popover.contains(to)) {
        if (this.markFrom(to) === this.intent.anchor) this.intent.enterAnchor(this.intent.anchor!);
        else this.intent.leaveCard();
      }
    });
    on('mousemove', (e) => this.intent.pointerMove(e.clientX, e.clientY, e.timeStamp), { capture: true, passive: true });
    on('focusin', (e) => {
      if (this.restoringFocus) return;
      const target = e.target as HTMLElement;
      const mark = this.markFrom(target);
      if (mark) {
        this.returnFocus = focusTargetOf(mark);
        // A click focuses the mark too (tabindex -1): open at once but leave focus where the reader put it.
        this.intent.focusAnchor(mark);
        return;
      }
      if (this.popover?.contains(target)) {
        this.intent.enterCard();
        return;
      }
      // Keyboard focus on a link or button that holds a mention offers that mention's card (focus stays on the control).
      const inner = this.controlMark(target);
      if (inner && isFocusVisible(target)) {
        this.returnFocus = target;
        this.intent.focusAnchor(inner);
      }
    });
    on('focusout', (e) => {
      const to = e.relatedTarget as Node | null;
      const from = e.target as HTMLElement;
      const leavingOurs = this.markFrom(from) || this.popover?.contains(from) || (this.returnFocus === from && this.intent.state !== 'idle');
      const stayingOurs = this.markFrom(to) || this.popover?.contains(to) || (!!to && to === this.returnFocus);
      if (leavingOurs && !stayingOurs) this.intent.blur();
    });
    on('keydown', (e) => this.onKey(e));
  }

  private onKey(e: KeyboardEvent): void {
    if (this.intent.state === 'idle' || !this.popover?.isShown) return;
    const focusInCard = this.popover.contains(this.doc.activeElement);
    if (e.key === 'Escape') {
      const back = this.returnFocus;
      if (this.intent.escape()) {
        e.stopPropagation();
        e.preventDefault();
        if (focusInCard) this.giveFocusBack(back);
      }
      return;
    }
    if (e.key !== 'Tab') return;
    const active = this.doc.activeElement as HTMLElement | null;
    if (!focusInCard) {
      // From the link or mark the card belongs to, Tab steps into the card before going on through the page.
      if (!e.shiftKey && active && active === this.returnFocus) {
        e.preventDefault();
        this.popover.focusCard();
      }
      return;
    }
    const edge = this.popover.focusEdge(e.shiftKey);
    if (e.shiftKey && edge) {
      e.preventDefault();
      this.giveFocusBack(this.returnFocus);
    } else if (!e.shiftKey && edge && this.returnFocus) {
      // Leaving the card forwards: focus goes back to its mark or control, and the browser's own Tab then
      // moves on from there, so the page's tab order continues where the reader left it.
      const back = this.returnFocus;
      if (this.intent.state === 'pinned') this.intent.togglePin();
      this.intent.dismiss();
      this.giveFocusBack(back);
    }
  }

  private giveFocusBack(el: HTMLElement | null): void {
    if (!el) return;
    this.restoringFocus = true;
    try {
      el.focus({ preventScroll: true });
    } finally {
      this.restoringFocus = false;
    }
  }

  private markFrom(target: EventTarget | null): HTMLElement | null {
    if (!target || !(target as Node).nodeType) return null;
    const el = (target as Node).nodeType === 1 ? (target as Element) : (target as Node).parentElement;
    const mark = el?.closest<HTMLElement>(MARK_SELECTOR) ?? null;
    if (!mark) return null;
    // Quiet repeats (first-mention-only mode) open nothing: they are found through the popup.
    if (mark.dataset.slRepeat !== undefined) return null;
    // A mention split across inline elements: the first piece before it carries the mention.
    if (mark.dataset.slContinued === undefined) return mark;
    let first: HTMLElement | null = null;
    for (const m of this.marks()) {
      if (m.compareDocumentPosition(mark) & 4 /* DOCUMENT_POSITION_FOLLOWING */) first = m;
      else break;
    }
    return first;
  }

  /** The first shown mention inside a link or button that got focus. */
  private controlMark(target: HTMLElement): HTMLElement | null {
    if (!target.matches?.(CONTROL_SELECTOR)) return null;
    const mark = target.querySelector<HTMLElement>(`${MARK_SELECTOR}:not([data-sl-continued]):not([data-sl-repeat])`);
    return mark && this.mentionsByMark.has(mark) ? mark : null;
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
    for (const m of this.doc.querySelectorAll('[data-sl-active]')) {
      delete (m as HTMLElement).dataset.slActive;
      m.removeAttribute('aria-expanded');
    }
    mark.dataset.slActive = '';
    if (mark.hasAttribute('role')) mark.setAttribute('aria-expanded', 'true');
    // Focus never jumps into the card: the focused mark or link keeps it (Tab steps into the card, Escape
    // closes it), so opening a card never moves the reader's place in the page.
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
          const back = this.returnFocus;
          const focusInCard = this.popover?.contains(this.doc.activeElement);
          this.intent.dismiss();
          if (focusInCard) this.giveFocusBack(back);
        },
      },
      { keyboardHint: viaKeyboard },
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

/** `:focus-visible`, where the DOM supports it (jsdom does not: there, focus counts as keyboard focus). */
function isFocusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}
