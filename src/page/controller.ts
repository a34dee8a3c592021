/**
 * Everything the content script does on one document: find mentions, mark
 * them, open cards, follow a living page, and undo it all. Talks to the
 * knowledge base only through `PageBackend`, so it runs under jsdom in tests.
 */
import type { CardData } from '../kb/cards';
import type { Category } from '../kb/model';
import type { Mention, PageContext } from '../recognition/types';
import { cuePositions } from '../recognition/evidence';
import type { PageSummaryItem } from '../messaging/protocol';
import { collectPageText, type PageText } from './visible-text';
import { isContinued, MARK_CLASS, MARK_STATE, markPasses, planMarks, unwrapMarks } from './marker';
import { MarkStyles, type MarkStyle } from './mark-styles';
import { documentEditable, EditableWatch } from './editable-watch';
import type { Popover } from './popover/popover';
import { POPOVER_TAG } from './popover/tag';
import type { CardUi } from './card-ui';
import { HoverIntent } from './popover/intent';
import { LivePageWatcher } from './live-page';
import { LocationWatch } from './location-watch';
import { SpliceLedger } from './splice-ledger';
import { CONTROL_SELECTOR, focusTargetOf, toneOf } from './mark-anchor';

export interface PageBackend {
  /**
   * null: the worker set this scan aside for a newer one from the same frame, or declined an early scan
   * (see PageController.prefetchFirstScan); the text is scanned again later.
   */
  scan(text: string, context: PageContext, opts?: { early?: boolean }): Promise<Mention[] | null>;
  card(mention: { entity: string; text: string; candidates?: string[]; possible: boolean; matched?: string }): Promise<CardData | null>;
  /** The card code, loaded on the first card (see card-ui.ts): pages that are only read never parse it. */
  cardUi(): Promise<CardUi>;
  reportCount(count: number): void;
}

export interface PageOptions {
  firstOnly: boolean;
  categories: Record<Category, boolean>;
  /** Mark countries on pages with no sanctions context too. */
  jurisdictionsEverywhere: boolean;
}

export const DEFAULT_PAGE_OPTIONS: PageOptions = {
  firstOnly: false,
  jurisdictionsEverywhere: false,
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
 * How marking shares the main thread: it yields to the page once `budgetMs`
 * of marking are spent in one task, reading the clock after every mark.js
 * pass (a few marks), so a task overruns the budget by one pass at most.
 * Reading it only every 16 marks (with a 12 ms budget) cut an article's 36
 * marks into three tasks, each followed by the page's style and layout, and
 * left the last mark some 40 ms later than needed. With the clock read per
 * pass a task ends within one pass of 12 ms: in npm run bench a 20 ms
 * budget let the long page's first task (a cold mark.js, the reply's own
 * handling) reach 62 ms, 12 ms kept every task of ours near 30.
 */
export interface MarkingPace {
  budgetMs: number;
}
const DEFAULT_PACE: MarkingPace = { budgetMs: 12 };

/** The element children of a root that are worth scanning on their own; text directly in the root is left out. */
/** What the page has shown so far, page-wide: evidence for text scanned later on its own. */
interface SeenContext {
  jurisdictions: Set<string>;
  aboutSanctions: boolean;
  designated: Set<string>;
}
const MAX_CONTEXT_RESCANS = 3;
const freshContext = (): SeenContext => ({ jurisdictions: new Set(), aboutSanctions: false, designated: new Set() });

function partsOf(root: Element): Element[] {
  return [...root.children].filter((c) => !UNSCANNED_PARTS.has(c.localName));
}

export class PageController {
  private active = false;
  private readonly mentionsByMark = new WeakMap<Element, Mention>();
  /** The marks this controller made, by identity: a page's own `mark.sl-mark` is neither counted nor removed. */
  private readonly ownMarks = new Set<HTMLElement>();
  private readonly styles: MarkStyles;
  private stylesCheckPending = false;
  private readonly seen = new Set<string>();
  private context = freshContext();
  /** Whole-page rescans asked for by new evidence since the last full scan (bounded: a ticker must not rescan forever). */
  private contextRescans = 0;
  private readonly ledger = new SpliceLedger();
  private popover: Popover | null = null;
  private intent: HoverIntent<HTMLElement>;
  private watcher: LivePageWatcher | null = null;
  private location: LocationWatch | null = null;
  private editable: EditableWatch | null = null;
  private readonly cardCache = new Map<string, Promise<CardData | null>>();
  private readonly listeners: [string, EventListener, AddEventListenerOptions | boolean][] = [];
  private openSeq = 0;
  /** Where focus goes back to when the card closes: the mark, or the link or button holding it. */
  private returnFocus: HTMLElement | null = null;
  /** Set while the controller itself gives focus back to a mark or link, so that this does not reopen the card. */
  private restoringFocus = false;
  /** Bumped by every full (re)scan, so that a pass started before a navigation does not finish after it. */
  private generation = 0;
  /** The document's first scan, asked for before activation (prefetchFirstScan); taken once by the scan it matches. */
  private early: { root: Element; page: PageText; changes: MutationObserver; changed: boolean; context: string; reply: Promise<Mention[] | null> } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly backend: PageBackend,
    private options: PageOptions = DEFAULT_PAGE_OPTIONS,
    private readonly pace: MarkingPace = DEFAULT_PACE,
  ) {
    const win = doc.defaultView!;
    this.styles = new MarkStyles(doc);
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
        removed: (node) => {
          this.ledger.discard(node);
          this.releaseStylesSoon();
        },
        beforeBatch: () => {
          this.location?.check();
          this.editable?.check();
        },
      },
    );
    this.watcher.start();
    this.editable = new EditableWatch(this.doc, (region) => this.unmarkEditable(region));
    this.editable.start();
    const body = this.doc.body;
    if (body) await this.scanRoots([body], gen);
    if (!this.active || gen !== this.generation) return;
    const win = this.doc.defaultView;
    if (win) {
      this.location = new LocationWatch(win, () => void this.refresh());
      this.location.start();
    }
  }

  /**
   * Asks the worker to match the document's text before the settings have
   * arrived: the matching then overlaps the wait for them and the page's
   * first layout, instead of starting after both. The reply is used only by a
   * first scan that would send the same text with the same context; nothing
   * is marked unless activate() runs. The worker declines it for a site that
   * is switched off, so a page the reader excluded is not matched.
   */
  prefetchFirstScan(): void {
    const body = this.doc.body;
    if (this.active || this.early || !body || documentEditable(this.doc)) return;
    const page = collectPageText(body, MAX_SEGMENTS_PER_SCAN + 1);
    if (!page.text.trim() || page.segments.length > MAX_SEGMENTS_PER_SCAN) return;
    const context = this.scanContext();
    const reply = this.backend.scan(page.text, context, { early: true });
    reply.catch(() => undefined);
    // Anything that could change the text read (collectPageText's exclusions are tags and these attributes).
    const changes = new MutationObserver(() => {
      if (this.early) this.early.changed = true;
    });
    changes.observe(body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'style', 'contenteditable'] });
    this.early = { root: body, page, changes, changed: false, context: JSON.stringify(context), reply };
  }

  /** The text read for the early scan, while the root is untouched since: reading it again would give the same. */
  private earlyText(root: Element): PageText | undefined {
    const early = this.early;
    // Records already delivered set `changed`; takeRecords() holds those not delivered yet.
    return early && early.root === root && !early.changed && !early.changes.takeRecords().length ? early.page : undefined;
  }

  /** The early reply, if it was asked for exactly this scan; it is given out once either way. */
  private takeEarly(text: string, context: PageContext): Promise<Mention[] | null> | undefined {
    const early = this.early;
    this.dropEarly();
    return early && early.page.text === text && early.context === JSON.stringify(context) ? early.reply : undefined;
  }

  private dropEarly(): void {
    this.early?.changes.disconnect();
    this.early = null;
  }

  /** What the worker is told about the page so far (evidence from text scanned before this one). */
  private scanContext(): PageContext {
    return {
      jurisdictions: [...this.context.jurisdictions],
      aboutSanctions: this.context.aboutSanctions,
      designated: [...this.context.designated],
      jurisdictionsEverywhere: this.options.jurisdictionsEverywhere,
    };
  }

  /** Removes every mark and card and stops listening; the page's DOM is as it was. */
  deactivate(): void {
    this.dropEarly();
    if (!this.active) return;
    this.active = false;
    this.generation++;
    this.watcher?.stop();
    this.watcher = null;
    this.location?.stop();
    this.location = null;
    this.editable?.stop();
    this.editable = null;
    this.intent.dismiss();
    this.popover?.destroy();
    this.popover = null;
    for (const [type, fn, opts] of this.listeners) this.doc.removeEventListener(type, fn, opts);
    this.listeners.length = 0;
    this.unmarkAll();
    this.seen.clear();
    this.context = freshContext();
    this.contextRescans = 0;
    this.backend.reportCount(0);
  }

  async setOptions(options: PageOptions): Promise<void> {
    this.options = options;
    // A rescan follows a knowledge-base update too: cards fetched before it would show the old data.
    this.cardCache.clear();
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
    this.context = freshContext();
    this.contextRescans = 0;
    if (this.doc.body) await this.scanRoots([this.doc.body], gen);
  }

  /** Our marks with a style, in document order: the first piece of each mention (split mentions continue in later pieces). */
  marks(): HTMLElement[] {
    if (!this.ownMarks.size) return [];
    return [...this.doc.querySelectorAll<HTMLElement>(`${MARK_SELECTOR}:not(.${MARK_STATE.continued})`)].filter((m) => this.ownMarks.has(m));
  }

  /** The user's mark style: a rule of the marks' style sheet. */
  setMarkStyle(style: MarkStyle): void {
    this.styles.setStyle(style);
  }

  /** Whether the marks' styles are in the page (only while it holds marks of ours). */
  get stylesAttached(): boolean {
    return this.styles.attached;
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
    mark.classList.add(MARK_STATE.flash);
    this.doc.defaultView?.setTimeout(() => mark.classList.remove(MARK_STATE.flash), 1300);
    return true;
  }

  /**
   * Moves focus to the next shown mention after the current one (wrapping) and
   * opens its card. A mention inside a link or button focuses that control, so
   * Enter still does what the page meant.
   */
  focusNext(): HTMLElement | null {
    const marks = this.marks().filter((m) => !m.classList.contains(MARK_STATE.repeat));
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
    // Marks the ledger does not know (none, unless a page moved them) are unwrapped one by one.
    unwrapMarks([...this.ownMarks].filter((m) => m.isConnected));
    this.ownMarks.clear();
    this.styles.detach();
  }

  /**
   * A region (or, for `null`, the whole document) became editable: its marks
   * go at once, before an editor can save them with the reader's text.
   * Editable text is never marked (see collectPageText and scanRoots).
   */
  private unmarkEditable(region: Element | null): void {
    const within = region ?? this.doc.documentElement;
    const ours = [...this.ownMarks].filter((m) => within.contains(m));
    if (!ours.length) return;
    if (this.popover?.anchor && within.contains(this.popover.anchor)) this.intent.dismiss();
    const write = () => {
      this.ledger.restoreWithin(within);
      unwrapMarks(ours.filter((m) => m.isConnected));
      for (const m of ours) this.ownMarks.delete(m);
      this.pruneMarks();
    };
    if (this.watcher) this.watcher.flushOwn(write);
    else write();
    this.backend.reportCount(this.marks().length);
  }

  /** The page removed content: once none of our marks is left in it, neither are our styles. */
  private releaseStylesSoon(): void {
    if (this.stylesCheckPending || !this.styles.attached) return;
    this.stylesCheckPending = true;
    queueMicrotask(() => {
      this.stylesCheckPending = false;
      this.pruneMarks();
    });
  }

  private pruneMarks(): void {
    for (const m of this.ownMarks) if (!m.isConnected) this.ownMarks.delete(m);
    if (!this.ownMarks.size) this.styles.detach();
  }

  /**
   * Adds what a scanned text showed to the page-wide context (for text the
   * page adds later, scanned on its own). True when it gained evidence that
   * could let earlier text be marked: sanctions context, or a party named in full.
   */
  private learnContext(text: string, found: Mention[]): boolean {
    let gained = false;
    const c = this.context;
    const about = found.some((m) => m.category === 'body' || m.category === 'instrument') || cuePositions(text).length > 0;
    if (about && !c.aboutSanctions) {
      c.aboutSanctions = true;
      gained = true;
    }
    for (const m of found) {
      if (m.category === 'jurisdiction') c.jurisdictions.add(m.entity.slice('jurisdiction:'.length));
      if (m.category === 'designated' && m.confidence === 'high' && m.via !== 'coref' && !c.designated.has(m.entity)) {
        c.designated.add(m.entity);
        gained = true;
      }
    }
    return gained;
  }

  private async scanRoots(roots: Element[], gen: number): Promise<void> {
    // A document in designMode is an editor as a whole: nothing in it is marked.
    if (documentEditable(this.doc)) return;
    for (const root of roots) {
      if (!this.active || gen !== this.generation || !root.isConnected) continue;
      let page = this.earlyText(root) ?? collectPageText(root, MAX_SEGMENTS_PER_SCAN + 1);
      if (!page.text.trim()) continue;
      if (page.segments.length > MAX_SEGMENTS_PER_SCAN) {
        const parts = partsOf(root);
        if (parts.length) await this.scanRoots(parts, gen);
        continue;
      }
      const changesBefore = this.watcher?.changesSoFar();
      const context = this.scanContext();
      const found = await (this.takeEarly(page.text, context) ?? this.backend.scan(page.text, context));
      if (found === null) {
        if (this.active && gen === this.generation && root.isConnected) this.watcher?.queue(root);
        continue;
      }
      if (this.learnContext(page.text, found) && root !== this.doc.body && this.contextRescans < MAX_CONTEXT_RESCANS) {
        this.contextRescans++;
        // This block showed evidence the rest of the page lacked when it was scanned: earlier acronyms and
        // countries may now count. The rescan skips text already marked, so only what was held back is added.
        this.watcher?.queue(this.doc.body);
      }
      const mentions = found.filter((m) => this.options.categories[m.category]);
      if (!this.active || gen !== this.generation || !root.isConnected) return;
      // The page may have changed while the worker was matching: never mark stale offsets. The watcher's
      // change count says whether anything moved at all; only then is the text read again and compared.
      const moved = changesBefore === undefined || this.watcher?.changesSoFar() !== changesBefore;
      const now = moved ? collectPageText(root, MAX_SEGMENTS_PER_SCAN + 1) : page;
      if (now.text !== page.text) {
        // Part of the root keeps changing (a ticker, a clock): scan its parts apart, so the stable ones still get marked.
        const parts = partsOf(root);
        if (parts.length > 1) await this.scanRoots(parts, gen);
        else this.watcher?.queue(root);
        continue;
      }
      page = now;
      if (!mentions.length) continue;
      const passes = planMarks(page, mentions);
      const tone = this.toneMarksOf(root);
      let k = 0;
      // One task's marking: whole passes until the budget is spent (at least one pass).
      const write = (deadline: number) => {
        // The styles go in with the first mark, so no mark is ever shown unstyled.
        this.styles.attach();
        const from = k;
        const created: HTMLElement[] = [];
        do created.push(...markPasses([passes[k++]], { firstOnly: this.options.firstOnly, seen: this.seen, ledger: this.ledger }));
        while (k < passes.length && performance.now() < deadline);
        tone(created);
        for (const mark of created) {
          this.ownMarks.add(mark);
          // A mention inside a link or button: the control is what the keyboard reaches; the mark must not nest a second widget.
          if (!isContinued(mark) && mark.parentElement?.closest(CONTROL_SELECTOR)) {
            mark.removeAttribute('role');
            mark.removeAttribute('aria-haspopup');
          }
        }
        this.bindMentions(created, passes.slice(from, k).flatMap((p) => p.mentions));
      };
      // A long page's marks go in over several tasks, so that marking never blocks the page for long.
      const win = this.doc.defaultView;
      while (k < passes.length) {
        if (k > 0 && win) {
          const changes = this.watcher?.changesSoFar();
          await new Promise<void>((resolve) => win.setTimeout(resolve, 0));
          if (!this.active || gen !== this.generation || !root.isConnected) return;
          if (changes === undefined || this.watcher?.changesSoFar() !== changes) {
            // The page changed in between: the offsets left may be stale, so the rest is scanned afresh.
            this.watcher?.queue(root);
            break;
          }
        }
        const deadline = performance.now() + (win ? this.pace.budgetMs : Infinity);
        if (this.watcher) this.watcher.flushOwn(() => write(deadline));
        else write(deadline);
      }
    }
    this.ledger.prune();
    this.pruneMarks();
    if (this.active && gen === this.generation) this.backend.reportCount(this.marks().length);
  }

  /**
   * Light text (a dark page) gets lighter mark lines: gives one root's marks
   * that class. Reading the text colour forces a style pass, so the root's tone
   * is read once, after the frame that shows its first marks, when styles are
   * computed anyway; marks made after that get the class as they are made, and
   * a long page's later slices read no style at all.
   */
  private toneMarksOf(root: Element): (marks: HTMLElement[]) => void {
    const win = this.doc.defaultView;
    let tone: 'light' | 'dark' | null = null;
    let waiting: HTMLElement[] | null = null;
    const apply = (marks: HTMLElement[]) => {
      if (tone === 'dark') for (const mark of marks) if (mark.isConnected) mark.classList.add(MARK_STATE.dark);
    };
    return (marks) => {
      if (!win || !marks.length) return;
      if (tone) return apply(marks);
      if (waiting) return void waiting.push(...marks);
      waiting = [...marks];
      win.requestAnimationFrame(() =>
        win.setTimeout(() => {
          tone = root.isConnected ? toneOf(root) : 'light';
          const all = waiting ?? [];
          waiting = null;
          apply(all);
        }, 0),
      );
    };
  }

  /** Attaches each created mark to the exact mention it wraps (text order is shared). */
  private bindMentions(created: HTMLElement[], mentions: Mention[]): void {
    let i = 0;
    for (const mark of created) {
      if (isContinued(mark)) continue;
      while (i < mentions.length && mentions[i].entity !== mark.dataset.slEntity) i++;
      if (i < mentions.length) this.mentionsByMark.set(mark, mentions[i++]);
    }
  }

  private listen(): void {
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, opts: AddEventListenerOptions | boolean = true) => {
      // Only the reader's own input opens, closes or moves cards: events a page script made up are ignored.
      const listener = ((e: DocumentEventMap[K]) => {
        if (!e.isTrusted) return;
        // designMode has no event: before the reader acts, an editable document loses its marks.
        if (this.editable?.check()) return;
        fn(e);
      }) as EventListener;
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
    // Nothing to do on these but the editable check every listener makes first: a click or the first
    // keystroke in a document just switched to designMode takes its marks away before the edit lands.
    on('mousedown', () => undefined);
    on('beforeinput', () => undefined);
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
    if (!mark || !this.ownMarks.has(mark)) return null;
    // Quiet repeats (first-mention-only mode) open nothing: they are found through the popup.
    if (mark.classList.contains(MARK_STATE.repeat)) return null;
    // A mention split across inline elements: the first piece before it carries the mention.
    if (!isContinued(mark)) return mark;
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
    const marks = target.querySelectorAll<HTMLElement>(`${MARK_SELECTOR}:not(.${MARK_STATE.continued}):not(.${MARK_STATE.repeat})`);
    return [...marks].find((m) => this.mentionsByMark.has(m)) ?? null;
  }

  private isOwnNode(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return false;
    if (this.popover?.contains(node) || el.localName === POPOVER_TAG || el.closest(POPOVER_TAG)) return true;
    const mark = el.closest<HTMLElement>(MARK_SELECTOR);
    return !!mark && this.ownMarks.has(mark);
  }

  private async openCard(mark: HTMLElement, viaKeyboard: boolean): Promise<void> {
    const mention = this.mentionsByMark.get(mark);
    if (!mention) return;
    const seq = ++this.openSeq;
    const key = `${mention.entity}\u0000${mention.confidence}\u0000${(mention.candidates ?? []).join(',')}\u0000${mention.known ? '' : mention.text}\u0000${mention.matched ?? ''}`;
    let pending = this.cardCache.get(key);
    if (!pending) {
      pending = this.backend.card({
        entity: mention.entity,
        text: mention.known ? mention.name : mention.text,
        candidates: mention.candidates,
        possible: mention.confidence === 'possible',
        ...(mention.matched ? { matched: mention.matched } : {}),
      });
      this.cardCache.set(key, pending);
    }
    // The card's data and, on the first card, its code are fetched together.
    const [card, ui] = await Promise.all([pending.catch(() => null), this.popover ? null : this.backend.cardUi().catch(() => null)]);
    if (!card || seq !== this.openSeq || this.intent.anchor !== mark || !this.active) return;
    if (!this.popover) {
      if (!ui) return;
      this.popover = new ui.Popover(this.doc);
    }
    const previous = this.popover.anchor;
    if (previous) {
      previous.classList.remove(MARK_STATE.active);
      previous.removeAttribute('aria-expanded');
    }
    mark.classList.add(MARK_STATE.active);
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
      anchor.classList.remove(MARK_STATE.active);
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
