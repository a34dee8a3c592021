/**
 * Follows a living page: batches DOM additions on an animation frame,
 * hands over only the subtrees that changed, ignores the extension's own
 * nodes, reports the page's edits of text the extension split, and backs off
 * when a page mutates endlessly.
 */

import { isBlockElement } from './visible-text';

/** More added nodes than this in one batch: rescan the whole body instead of each root. */
const HUGE_BATCH = 1000;
/** Loop guard: at most this many batches in the window, then pause. */
const MAX_BATCHES = 30;
const WINDOW_MS = 10_000;
const PAUSE_MS = 2_000;


/** What the page did to text the extension had split (see SpliceLedger). */
export interface PageEdits {
  /** The page set new text on a node (React updates `nodeValue` of the node it created). */
  rewritten(node: Text): void;
  /** The page removed a node. */
  removed(node: Node): void;
  /** Runs before each batch is handed over (e.g. to notice an SPA navigation). */
  beforeBatch?(): void;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** If an animation frame does not come (a hidden tab), the batch runs after this anyway. */
const FRAME_FALLBACK_MS = 250;

export class LivePageWatcher {
  private observer: MutationObserver | null = null;
  private observed: Element | null = null;
  private pending = new Set<Element>();
  private frame: number | null = null;
  private fallback: number | null = null;
  private batches: number[] = [];
  private pausedUntil = 0;
  /** How many page changes (not ours) have been seen; lets a scan tell whether the DOM moved under it. */
  private changes = 0;

  constructor(
    private readonly doc: Document,
    private readonly onRoots: (roots: Element[]) => void,
    private readonly isOwn: (node: Node) => boolean,
    private readonly edits?: PageEdits,
  ) {}

  start(): void {
    const win = this.doc.defaultView;
    if (!win || !this.doc.body) return;
    this.observed = this.doc.body;
    this.observer = new win.MutationObserver((records) => this.collect(records));
    this.observer.observe(this.observed, OBSERVE);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.cancelFrame();
    this.pending.clear();
  }

  /** Queues a subtree for a later scan (e.g. it changed while being matched). */
  queue(root: Element): void {
    this.pending.add(root);
    this.schedule();
  }

  /** The count of page changes seen so far, including any not yet delivered. */
  changesSoFar(): number {
    if (this.observer) this.collect(this.observer.takeRecords());
    return this.changes;
  }

  /**
   * Runs the extension's own DOM writes without observing them as page
   * changes. The observer is off while they run (the writes are synchronous,
   * so no page change can slip in): every split and wrap would otherwise
   * queue a record only to be thrown away.
   */
  flushOwn(write: () => void): void {
    const observer = this.observer;
    if (!observer || !this.observed) return write();
    this.collect(observer.takeRecords());
    observer.disconnect();
    try {
      write();
    } finally {
      if (this.observer === observer) observer.observe(this.observed, OBSERVE);
    }
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        const parent = r.target.parentElement;
        if (parent && !this.isOwn(r.target)) {
          this.changes++;
          this.edits?.rewritten(r.target as Text);
          this.pending.add(blockOf(parent));
        }
        continue;
      }
      for (const node of r.removedNodes) {
        if (this.isOwnRemoved(node)) continue;
        this.changes++;
        this.edits?.removed(node);
      }
      for (const node of r.addedNodes) {
        if (this.isOwn(node)) continue;
        this.changes++;
        if (node.nodeType === 1) this.pending.add(blockOf(node as Element));
        else if (node.nodeType === 3 && node.parentElement) this.pending.add(blockOf(node.parentElement));
      }
    }
    if (this.pending.size) this.schedule();
  }

  /** A removed node is ours if it is a mark (or split-off text inside one); the page's nodes are not. */
  private isOwnRemoved(node: Node): boolean {
    return node.nodeType === 1 && this.isOwn(node);
  }

  private schedule(): void {
    const win = this.doc.defaultView;
    if (!win || this.frame !== null || this.fallback !== null) return;
    const now = Date.now();
    if (now < this.pausedUntil) {
      this.fallback = win.setTimeout(() => {
        this.fallback = null;
        this.schedule();
      }, this.pausedUntil - now);
      return;
    }
    const run = () => {
      this.cancelFrame();
      this.flush();
    };
    this.frame = win.requestAnimationFrame(run);
    this.fallback = win.setTimeout(run, FRAME_FALLBACK_MS);
  }

  private cancelFrame(): void {
    const win = this.doc.defaultView;
    if (this.frame !== null) win?.cancelAnimationFrame(this.frame);
    if (this.fallback !== null) win?.clearTimeout(this.fallback);
    this.frame = null;
    this.fallback = null;
  }

  private flush(): void {
    this.edits?.beforeBatch?.();
    const now = Date.now();
    this.batches = this.batches.filter((t) => now - t < WINDOW_MS);
    this.batches.push(now);
    if (this.batches.length > MAX_BATCHES) {
      this.pausedUntil = now + PAUSE_MS;
      this.batches = [];
    }
    const body = this.doc.body;
    let roots = [...this.pending].filter((el) => el.isConnected);
    this.pending.clear();
    if (!body || !roots.length) return;
    if (roots.length > HUGE_BATCH) roots = [body];
    // Drop roots inside other queued roots: each text is scanned once.
    const set = new Set(roots);
    roots = roots.filter((el) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
      return true;
    });
    this.onRoots(roots);
  }
}

function blockOf(el: Element): Element {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (isBlockElement(cur)) return cur;
  return el;
}
