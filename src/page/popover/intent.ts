/**
 * When a card should open and close: hover intent with fast-mouse
 * suppression, a grace period that lets the pointer travel into the card,
 * keyboard focus, Escape and pinning (WCAG 2.1 SC 1.4.13: dismissible,
 * hoverable, persistent). Pure logic with injected timers, so it is tested
 * without a browser.
 */

export const OPEN_DELAY_MS = 350;
export const CLOSE_GRACE_MS = 300;
/** Pointer speed (px/ms, averaged over recent samples) above which the pointer is passing by. */
export const FAST_POINTER_PX_PER_MS = 0.5;
const SAMPLE_RESET_MS = 40;

export type IntentState = 'idle' | 'pending' | 'open' | 'closing' | 'pinned';

export interface IntentEffects<A> {
  open(anchor: A, viaKeyboard: boolean): void;
  close(): void;
  setTimer(fn: () => void, ms: number): number;
  clearTimer(id: number): void;
}

export class HoverIntent<A> {
  state: IntentState = 'idle';
  anchor: A | null = null;
  /** Whether a card is on screen (it may be, while another mark's opening is pending). */
  shown = false;
  private timer: number | null = null;
  private lastSample: { x: number; y: number; t: number } | null = null;
  private speeds: number[] = [];

  constructor(private readonly fx: IntentEffects<A>) {}

  /** Pointer moved (anywhere): keeps a short speed history. */
  pointerMove(x: number, y: number, t: number): void {
    const last = this.lastSample;
    if (last && t - last.t < SAMPLE_RESET_MS && t > last.t) {
      const speed = Math.hypot(x - last.x, y - last.y) / (t - last.t);
      this.speeds = [...this.speeds.slice(-1), speed];
    } else {
      this.speeds = [];
    }
    this.lastSample = { x, y, t };
    // While the pointer is still racing over a pending mark, push the opening back.
    if (this.state === 'pending' && this.anchor !== null && this.isFast()) this.schedule(() => this.doOpen(false), OPEN_DELAY_MS);
  }

  isFast(): boolean {
    if (!this.speeds.length) return false;
    return this.speeds.reduce((a, b) => a + b, 0) / this.speeds.length >= FAST_POINTER_PX_PER_MS;
  }

  enterAnchor(anchor: A): void {
    if (this.state === 'pinned') return;
    if (this.shown && this.anchor === anchor) {
      this.cancelTimer();
      this.state = 'open';
      return;
    }
    this.anchor = anchor;
    this.state = 'pending';
    this.schedule(() => this.doOpen(false), OPEN_DELAY_MS);
  }

  leaveAnchor(): void {
    if (this.state === 'pending' && !this.shown) {
      this.cancelTimer();
      this.state = 'idle';
      this.anchor = null;
    } else if (this.state === 'open' || this.state === 'pending') {
      this.startClosing();
    }
  }

  enterCard(): void {
    if (this.state === 'closing' && this.shown) {
      this.cancelTimer();
      this.state = 'open';
    }
  }

  leaveCard(): void {
    if (this.state === 'open') this.startClosing();
  }

  /** Keyboard focus on a mark opens its card at once. */
  focusAnchor(anchor: A): void {
    if (this.state === 'pinned' && this.anchor === anchor) return;
    this.cancelTimer();
    this.anchor = anchor;
    this.doOpen(true);
  }

  /** Focus left both the mark and the card. */
  blur(): void {
    if (this.state === 'open') this.startClosing();
  }

  escape(): boolean {
    if (this.state === 'idle') return false;
    this.dismiss();
    return true;
  }

  togglePin(): void {
    if (this.state === 'pinned') {
      this.state = 'open';
    } else if (this.state === 'open' || this.state === 'closing') {
      this.cancelTimer();
      this.state = 'pinned';
    }
  }

  dismiss(): void {
    const wasShown = this.shown;
    this.cancelTimer();
    this.state = 'idle';
    this.anchor = null;
    this.shown = false;
    if (wasShown) this.fx.close();
  }

  private doOpen(viaKeyboard: boolean): void {
    this.timer = null;
    if (this.anchor === null) return;
    this.state = 'open';
    this.shown = true;
    this.fx.open(this.anchor, viaKeyboard);
  }

  private startClosing(): void {
    this.state = 'closing';
    this.schedule(() => {
      this.timer = null;
      this.dismiss();
    }, CLOSE_GRACE_MS);
  }

  private schedule(fn: () => void, ms: number): void {
    this.cancelTimer();
    this.timer = this.fx.setTimer(fn, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.fx.clearTimer(this.timer);
    this.timer = null;
  }
}
