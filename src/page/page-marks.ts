/**
 * The marks this content script put on one document: which they are (by
 * identity, so a page's own `mark.sl-mark` is neither counted nor removed),
 * the mention each wraps, their style sheet, and how to take them off again.
 */
import type { Mention } from '../recognition/types';
import { isContinued, MARK_CLASS, MARK_STATE, markPasses, mentionOf, unwrapMarks, type MarkPass } from './marker';
import { MarkStyles, type MarkStyle } from './mark-styles';
import { SpliceLedger } from './splice-ledger';
import { CONTROL_SELECTOR, toneOf } from './mark-anchor';

export const MARK_SELECTOR = `mark.${MARK_CLASS}`;

export class PageMarks {
  private readonly mentionsByMark = new WeakMap<Element, Mention>();
  private readonly own = new Set<HTMLElement>();
  private readonly styles: MarkStyles;
  private stylesCheckPending = false;
  /** Entities already marked, for first-mention-only mode. */
  private readonly seen = new Set<string>();
  private readonly ledger = new SpliceLedger();

  constructor(private readonly doc: Document) {
    this.styles = new MarkStyles(doc);
  }

  /** Our marks with a style, in document order: the first piece of each mention (split mentions continue in later pieces). */
  shown(): HTMLElement[] {
    if (!this.own.size) return [];
    return [...this.doc.querySelectorAll<HTMLElement>(`${MARK_SELECTOR}:not(.${MARK_STATE.continued})`)].filter((m) => this.own.has(m));
  }

  mentionOf(mark: Element): Mention | undefined {
    return this.mentionsByMark.get(mark);
  }

  /** The user's mark style: a rule of the marks' style sheet. */
  setStyle(style: MarkStyle): void {
    this.styles.setStyle(style);
  }

  /** Whether the marks' styles are in the page (only while it holds marks of ours). */
  get stylesAttached(): boolean {
    return this.styles.attached;
  }

  /**
   * One task's marking: whole passes from `from` until `deadline` (at least
   * one pass). Returns the marks made and the index of the first pass left.
   */
  write(passes: MarkPass[], from: number, deadline: number, firstOnly: boolean): { created: HTMLElement[]; next: number } {
    // The styles go in with the first mark, so no mark is ever shown unstyled.
    this.styles.attach();
    let k = from;
    const created: HTMLElement[] = [];
    do created.push(...markPasses([passes[k++]], { firstOnly, seen: this.seen, ledger: this.ledger }));
    while (k < passes.length && performance.now() < deadline);
    for (const mark of created) {
      this.own.add(mark);
      // A mention inside a link or button: the control is what the keyboard reaches; the mark must not nest a second widget.
      if (!isContinued(mark) && mark.parentElement?.closest(CONTROL_SELECTOR)) {
        mark.removeAttribute('role');
        mark.removeAttribute('aria-haspopup');
      }
    }
    this.bindMentions(created);
    return { created, next: k };
  }

  /** Attaches each created mark to the exact mention it wraps (marker.ts keeps it, never in the page). */
  private bindMentions(created: HTMLElement[]): void {
    for (const mark of created) {
      const m = isContinued(mark) ? undefined : mentionOf(mark);
      if (m) this.mentionsByMark.set(mark, m);
    }
  }

  /**
   * Light text (a dark page) gets lighter mark lines: gives one root's marks
   * that class. Reading the text colour forces a style pass, so the root's tone
   * is read once, after the frame that shows its first marks, when styles are
   * computed anyway; marks made after that get the class as they are made, and
   * a long page's later slices read no style at all.
   */
  toneOf(root: Element): (marks: HTMLElement[]) => void {
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

  /** Takes every mark off and forgets which entities were marked: the page's DOM is as it was. */
  removeAll(): void {
    this.ledger.restoreAll();
    // Marks the ledger does not know (none, unless a page moved them) are unwrapped one by one.
    unwrapMarks([...this.own].filter((m) => m.isConnected));
    this.own.clear();
    this.styles.detach();
    this.seen.clear();
  }

  /** Our marks inside `within`. */
  within(within: Element): HTMLElement[] {
    return [...this.own].filter((m) => within.contains(m));
  }

  /** Takes off the given marks of ours, all inside `within`. */
  remove(within: Element, ours: HTMLElement[]): void {
    this.ledger.restoreWithin(within);
    unwrapMarks(ours.filter((m) => m.isConnected));
    for (const m of ours) this.own.delete(m);
    this.prune();
  }

  /** The page rewrote or removed a node: what the ledger knew of it no longer holds. */
  forgetNode(node: Node): void {
    this.ledger.discard(node);
  }

  /** The page removed content: once none of our marks is left in it, neither are our styles. */
  releaseStylesSoon(): void {
    if (this.stylesCheckPending || !this.styles.attached) return;
    this.stylesCheckPending = true;
    queueMicrotask(() => {
      this.stylesCheckPending = false;
      this.prune();
    });
  }

  /** After a scan: drops what the page took away meanwhile. */
  settle(): void {
    this.ledger.prune();
    this.prune();
  }

  private prune(): void {
    for (const m of this.own) if (!m.isConnected) this.own.delete(m);
    if (!this.own.size) this.styles.detach();
  }

  /** The mark of ours an event happened on, as the card sees it: the first piece of the mention (a light repeat opens its card too). */
  markFrom(target: EventTarget | null): HTMLElement | null {
    if (!target || !(target as Node).nodeType) return null;
    const el = (target as Node).nodeType === 1 ? (target as Element) : (target as Node).parentElement;
    const mark = el?.closest<HTMLElement>(MARK_SELECTOR) ?? null;
    if (!mark || !this.own.has(mark)) return null;
    // A mention split across inline elements: the first piece before it carries the mention.
    if (!isContinued(mark)) return mark;
    let first: HTMLElement | null = null;
    for (const m of this.shown()) {
      if (m.compareDocumentPosition(mark) & 4 /* DOCUMENT_POSITION_FOLLOWING */) first = m;
      else break;
    }
    return first;
  }

  /** The first shown mention inside a link or button that got focus. */
  controlMark(target: HTMLElement): HTMLElement | null {
    if (!target.matches?.(CONTROL_SELECTOR)) return null;
    const marks = target.querySelectorAll<HTMLElement>(`${MARK_SELECTOR}:not(.${MARK_STATE.continued}):not(.${MARK_STATE.repeat})`);
    return [...marks].find((m) => this.mentionsByMark.has(m)) ?? null;
  }

  /** Whether an element is inside a mark of ours. */
  holds(el: Element): boolean {
    const mark = el.closest<HTMLElement>(MARK_SELECTOR);
    return !!mark && this.own.has(mark);
  }
}
