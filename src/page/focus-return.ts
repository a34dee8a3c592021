/**
 * Where keyboard focus goes back to when a card closes, shared by the card's
 * own buttons and the reader's keys: the mark, or the link or button holding it.
 */
export class FocusReturn {
  /** The mark, or the link or button holding it, that had focus when its card opened. */
  target: HTMLElement | null = null;
  /** Set while focus is being given back, so that this does not reopen the card. */
  restoring = false;

  giveBack(el: HTMLElement | null): void {
    if (!el) return;
    this.restoring = true;
    try {
      el.focus({ preventScroll: true });
    } finally {
      this.restoring = false;
    }
  }
}
