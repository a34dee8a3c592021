/**
 * When the extension's own pages redraw for a reason other than the user's
 * key or click at that moment: a save coming back, a change made in another
 * page, an update's progress. Such a redraw swaps controls; landing between a
 * key's press and its release it would lose the key (a switch toggles on
 * Space's keyup, which then reaches the new switch, not the pressed one), and
 * landing while a save is still on its way it would draw the value from
 * before that save. So it waits until no key or pointer is held on the page
 * and no save is pending. A redraw that answers the user's own event (Edit
 * opens the row) is drawn at once by the caller, not through here.
 */

/** A key held longer than this (or whose release the page never saw) no longer holds the redraw back. */
const MAX_HOLD_MS = 2_000;

export class PendingRedraw {
  private readonly pressed = new Set<string>();
  private saves = 0;
  private waiters: (() => void)[] = [];
  private fallback: ReturnType<typeof setTimeout> | null = null;

  constructor(
    doc: Document,
    private readonly draw: () => void,
  ) {
    const press = (id: string) => this.pressed.add(id);
    doc.addEventListener('keydown', (e) => press(`key:${e.code || e.key}`), true);
    doc.addEventListener('keyup', (e) => this.release(`key:${e.code || e.key}`), true);
    doc.addEventListener('pointerdown', (e) => press(`pointer:${e.pointerId}`), true);
    for (const type of ['pointerup', 'pointercancel'] as const) doc.addEventListener(type, (e) => this.release(`pointer:${e.pointerId}`), true);
    // A key released in another window never reaches this page.
    doc.defaultView?.addEventListener('blur', () => {
      this.pressed.clear();
      this.flush();
    });
  }

  /** Draws now or, if held back, as soon as nothing holds it; resolves once drawn. Requests made meanwhile share one draw. */
  request(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.waiters.push(resolve);
      this.flush();
    });
  }

  /** Runs a save; redraws wait until it has ended, failed or not. */
  async during<T>(save: () => Promise<T>): Promise<T> {
    const end = this.hold();
    try {
      return await save();
    } finally {
      end();
    }
  }

  /** A save has started: redraws wait for it. Returns the function that ends it (once). */
  hold(): () => void {
    this.saves++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.saves--;
      this.flush();
    };
  }

  private release(id: string): void {
    if (!this.pressed.delete(id) || this.pressed.size) return;
    // After the release's own effects (the click, the switch's change and the save it starts) have run.
    setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    if (!this.waiters.length || this.saves) return;
    if (this.pressed.size) {
      this.fallback ??= setTimeout(() => {
        this.fallback = null;
        this.pressed.clear();
        this.flush();
      }, MAX_HOLD_MS);
      return;
    }
    if (this.fallback !== null) clearTimeout(this.fallback);
    this.fallback = null;
    const waiters = this.waiters;
    this.waiters = [];
    try {
      this.draw();
    } finally {
      for (const resolve of waiters) resolve();
    }
  }
}
