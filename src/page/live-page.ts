/**
 * Follows a living page: batches DOM additions on an animation frame,
 * hands over only the subtrees that changed, ignores the extension's own
 * nodes, and backs off when a page mutates endlessly.
 */

/** More added nodes than this in one batch: rescan the whole body instead of each root. */
const HUGE_BATCH = 1000;
/** Loop guard: at most this many batches in the window, then pause. */
const MAX_BATCHES = 30;
const WINDOW_MS = 10_000;
const PAUSE_MS = 2_000;

const BLOCKISH = /^(P|DIV|LI|ARTICLE|SECTION|MAIN|ASIDE|BLOCKQUOTE|TD|TH|DD|DT|H[1-6]|FIGCAPTION|HEADER|FOOTER|BODY)$/;

export class LivePageWatcher {
  private observer: MutationObserver | null = null;
  private pending = new Set<Element>();
  private frame: number | null = null;
  private batches: number[] = [];
  private pausedUntil = 0;

  constructor(
    private readonly doc: Document,
    private readonly onRoots: (roots: Element[]) => void,
    private readonly isOwn: (node: Node) => boolean,
  ) {}

  start(): void {
    const win = this.doc.defaultView;
    if (!win || !this.doc.body) return;
    this.observer = new win.MutationObserver((records) => this.collect(records));
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.frame !== null) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = null;
    this.pending.clear();
  }

  /** Queues a subtree for a later scan (e.g. it changed while being matched). */
  queue(root: Element): void {
    this.pending.add(root);
    this.schedule();
  }

  /** Runs the extension's own DOM writes without observing them as page changes. */
  flushOwn(write: () => void): void {
    if (this.observer) this.collect(this.observer.takeRecords());
    write();
    this.observer?.takeRecords();
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        const parent = r.target.parentElement;
        if (parent && !this.isOwn(r.target)) this.pending.add(blockOf(parent));
        continue;
      }
      for (const node of r.addedNodes) {
        if (this.isOwn(node)) continue;
        if (node.nodeType === 1) this.pending.add(blockOf(node as Element));
        else if (node.nodeType === 3 && node.parentElement) this.pending.add(blockOf(node.parentElement));
      }
    }
    if (this.pending.size) this.schedule();
  }

  private schedule(): void {
    const win = this.doc.defaultView;
    if (!win || this.frame !== null) return;
    const now = Date.now();
    if (now < this.pausedUntil) {
      this.frame = win.setTimeout(() => {
        this.frame = null;
        this.schedule();
      }, this.pausedUntil - now) as unknown as number;
      return;
    }
    this.frame = win.requestAnimationFrame(() => {
      this.frame = null;
      this.flush();
    });
  }

  private flush(): void {
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
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (BLOCKISH.test(cur.tagName)) return cur;
  return el;
}
