/**
 * Parsing a large list file in slices that give the event loop back: the
 * updater parses in the background worker, which also answers every tab's
 * scans, so a 60 MB file must not be one long task. Input is cut into
 * slices of at most SLICE_BYTES (or SLICE_CHARS of a string); after each
 * slice, once SLICE_BUDGET_MS have passed since the last pause, the parser
 * waits for one macrotask.
 */
export const SLICE_BYTES = 256 * 1024;
export const SLICE_CHARS = 256 * 1024;
export const SLICE_BUDGET_MS = 8;

/** One macrotask: scheduler.yield where the browser has it, else a MessageChannel message (not clamped like nested timers). */
export function yieldToEventLoop(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Pauses when the budget since the last pause is spent. */
export class Pacer {
  private last = performance.now();
  /** How many times it gave the event loop back. */
  pauses = 0;

  constructor(private readonly budgetMs = SLICE_BUDGET_MS) {}

  async maybePause(): Promise<void> {
    if (performance.now() - this.last < this.budgetMs) return;
    await yieldToEventLoop();
    this.pauses++;
    this.last = performance.now();
  }
}
