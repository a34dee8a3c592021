/**
 * Everything the content script does on one document, as a conductor: find
 * mentions and mark them (PageMarks), open cards (CardSession), follow the
 * reader's pointer and keys (ReaderInput), follow a living page, and undo it
 * all. Talks to the knowledge base only through `PageBackend`, so it runs
 * under jsdom in tests.
 */
import type { Category } from '../kb/model';
import type { PageSummaryItem } from '../messaging/protocol';
import { collectPageText } from './visible-text';
import { MARK_STATE, mentionOf, planMarks, type MarkPass } from './marker';
import type { MarkStyle } from './mark-styles';
import { documentEditable, EditableWatch } from './editable-watch';
import { POPOVER_TAG } from './popover/tag';
import { LivePageWatcher } from './live-page';
import { LocationWatch } from './location-watch';
import type { PageBackend } from './page-backend';
import { PageMarks } from './page-marks';
import { PageEvidence } from './page-evidence';
import { EarlyScan } from './early-scan';
import { CardSession } from './card-session';
import { FocusReturn } from './focus-return';
import { ReaderInput } from './reader-input';

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
function partsOf(root: Element): Element[] {
  return [...root.children].filter((c) => !UNSCANNED_PARTS.has(c.localName));
}

export class PageController {
  private active = false;
  private readonly marked: PageMarks;
  private readonly evidence = new PageEvidence();
  private readonly early = new EarlyScan();
  private readonly cards: CardSession;
  private readonly input: ReaderInput;
  private watcher: LivePageWatcher | null = null;
  private location: LocationWatch | null = null;
  private editable: EditableWatch | null = null;
  /** Bumped by every full (re)scan, so that a pass started before a navigation does not finish after it. */
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly backend: PageBackend,
    private options: PageOptions = DEFAULT_PAGE_OPTIONS,
    private readonly pace: MarkingPace = DEFAULT_PACE,
  ) {
    const focus = new FocusReturn();
    this.marked = new PageMarks(doc);
    this.cards = new CardSession(doc, backend, this.marked, focus, () => this.active);
    // designMode has no event: before the reader acts, an editable document loses its marks.
    this.input = new ReaderInput(doc, this.marked, this.cards, focus, () => !!this.editable?.check());
  }

  get isActive(): boolean {
    return this.active;
  }

  /** Marks the document and starts following it. Resolves when the first pass is on the page. */
  async activate(): Promise<void> {
    if (this.active) return;
    this.active = true;
    this.input.start();
    const gen = ++this.generation;
    // Watch before the first scan, so that a change during it is seen (and its text scanned after).
    this.watcher = new LivePageWatcher(
      this.doc,
      (roots) => void this.scanRoots(roots, this.generation),
      (node) => this.isOwnNode(node),
      {
        rewritten: (node) => this.marked.forgetNode(node),
        removed: (node) => {
          this.marked.forgetNode(node);
          this.marked.releaseStylesSoon();
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
    if (this.active || this.early.asked || !body || documentEditable(this.doc)) return;
    const page = collectPageText(body, MAX_SEGMENTS_PER_SCAN + 1);
    if (!page.text.trim() || page.segments.length > MAX_SEGMENTS_PER_SCAN) return;
    const context = this.evidence.context(this.options.jurisdictionsEverywhere);
    const reply = this.backend.scan(page.text, context, { early: true });
    reply.catch(() => undefined);
    this.early.keep(body, page, context, reply);
  }

  /** Removes every mark and card and stops listening; the page's DOM is as it was. */
  deactivate(): void {
    this.early.drop();
    if (!this.active) return;
    this.active = false;
    this.generation++;
    this.watcher?.stop();
    this.watcher = null;
    this.location?.stop();
    this.location = null;
    this.editable?.stop();
    this.editable = null;
    this.cards.destroy();
    this.input.stop();
    this.marked.removeAll();
    this.evidence.reset();
    this.backend.reportCount(0);
  }

  async setOptions(options: PageOptions): Promise<void> {
    this.options = options;
    // A rescan follows a knowledge-base update too: cards fetched before it would show the old data.
    this.cards.forgetCards();
    if (!this.active) return;
    this.deactivate();
    await this.activate();
  }

  /** After an SPA navigation: the new view gets its own first mentions, so everything is marked afresh. */
  async refresh(): Promise<void> {
    if (!this.active) return;
    this.cards.intent.dismiss();
    const gen = ++this.generation;
    this.writeOwn(() => this.marked.removeAll());
    this.evidence.reset();
    if (this.doc.body) await this.scanRoots([this.doc.body], gen);
  }

  /** Our marks with a style, in document order: the first piece of each mention (split mentions continue in later pieces). */
  marks(): HTMLElement[] {
    return this.marked.shown();
  }

  /** The marks a reader can see: what the badge counts and the popup and the export list (hidden text is not reported). */
  private readerMarks(): HTMLElement[] {
    const seen = this.backend.seen;
    return seen ? this.marks().filter((m) => seen(m)) : this.marks();
  }

  /** The user's mark style: a rule of the marks' style sheet. */
  setMarkStyle(style: MarkStyle): void {
    this.marked.setStyle(style);
  }

  /** Whether the marks' styles are in the page (only while it holds marks of ours). */
  get stylesAttached(): boolean {
    return this.marked.stylesAttached;
  }

  summary(): PageSummaryItem[] {
    const byEntity = new Map<string, PageSummaryItem>();
    for (const mark of this.readerMarks()) {
      const m = this.marked.mentionOf(mark);
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
    const mark = this.marks().find((m) => mentionOf(m)?.entity === entity);
    if (!mark) return false;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.classList.add(MARK_STATE.flash);
    this.doc.defaultView?.setTimeout(() => mark.classList.remove(MARK_STATE.flash), 1300);
    return true;
  }

  /** The next-mention command: see ReaderInput.focusNext. */
  focusNext(): HTMLElement | null {
    return this.input.focusNext();
  }

  /** A change of our own to the DOM: the watcher does not take it for the page's. */
  private writeOwn(write: () => void): void {
    if (this.watcher) this.watcher.flushOwn(write);
    else write();
  }

  /**
   * A region (or, for `null`, the whole document) became editable: its marks
   * go at once, before an editor can save them with the reader's text.
   * Editable text is never marked (see collectPageText and scanRoots).
   */
  private unmarkEditable(region: Element | null): void {
    const within = region ?? this.doc.documentElement;
    const ours = this.marked.within(within);
    if (!ours.length) return;
    if (this.cards.anchoredWithin(within)) this.cards.intent.dismiss();
    this.writeOwn(() => this.marked.remove(within, ours));
    this.backend.reportCount(this.readerMarks().length);
  }

  private isCurrent(gen: number, root: Element): boolean {
    return this.active && gen === this.generation && root.isConnected;
  }

  private async scanRoots(roots: Element[], gen: number): Promise<void> {
    // A document in designMode is an editor as a whole: nothing in it is marked.
    if (documentEditable(this.doc)) return;
    for (const root of roots) {
      if (!this.isCurrent(gen, root)) continue;
      let page = this.early.textOf(root) ?? collectPageText(root, MAX_SEGMENTS_PER_SCAN + 1);
      if (!page.text.trim()) continue;
      if (page.segments.length > MAX_SEGMENTS_PER_SCAN) {
        const parts = partsOf(root);
        if (parts.length) await this.scanRoots(parts, gen);
        continue;
      }
      const changesBefore = this.watcher?.changesSoFar();
      const context = this.evidence.context(this.options.jurisdictionsEverywhere);
      const found = await (this.early.take(page.text, context) ?? this.backend.scan(page.text, context));
      if (found === null) {
        if (this.isCurrent(gen, root)) this.watcher?.queue(root);
        continue;
      }
      if (this.evidence.learn(page.text, found) && root !== this.doc.body && this.evidence.takeRescan()) {
        // This block showed evidence the rest of the page lacked when it was scanned: earlier acronyms and
        // countries may now count. The rescan skips text already marked, so only what was held back is added.
        this.watcher?.queue(this.doc.body);
      }
      const mentions = found.filter((m) => this.options.categories[m.category]);
      if (!this.isCurrent(gen, root)) return;
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
      if (!(await this.markRoot(root, planMarks(page, mentions), gen))) return;
    }
    this.marked.settle();
    if (this.active && gen === this.generation) this.backend.reportCount(this.readerMarks().length);
  }

  /**
   * Puts one root's marks on the page. A long page's marks go in over several
   * tasks, so that marking never blocks the page for long. False when the scan
   * was overtaken (deactivated, a newer generation, the root gone).
   */
  private async markRoot(root: Element, passes: MarkPass[], gen: number): Promise<boolean> {
    const tone = this.marked.toneOf(root);
    const win = this.doc.defaultView;
    let k = 0;
    while (k < passes.length) {
      if (k > 0 && win) {
        const changes = this.watcher?.changesSoFar();
        await new Promise<void>((resolve) => win.setTimeout(resolve, 0));
        if (!this.isCurrent(gen, root)) return false;
        if (changes === undefined || this.watcher?.changesSoFar() !== changes) {
          // The page changed in between: the offsets left may be stale, so the rest is scanned afresh.
          this.watcher?.queue(root);
          break;
        }
      }
      const deadline = performance.now() + (win ? this.pace.budgetMs : Infinity);
      this.writeOwn(() => {
        const { created, next } = this.marked.write(passes, k, deadline, this.options.firstOnly);
        k = next;
        tone(created);
      });
    }
    return true;
  }

  private isOwnNode(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return false;
    if (this.cards.contains(node) || el.localName === POPOVER_TAG || el.closest(POPOVER_TAG)) return true;
    return this.marked.holds(el);
  }
}
