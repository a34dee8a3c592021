/**
 * The settings a page wrote itself. The storage watch also reports those
 * writes, possibly late, after a newer write of the same page: taking such an
 * echo for a change made elsewhere would redraw an older value.
 */
const MAX_REMEMBERED = 32;

export class OwnWrites {
  private readonly pending: string[] = [];

  record(value: unknown): void {
    this.pending.push(JSON.stringify(value));
    if (this.pending.length > MAX_REMEMBERED) this.pending.shift();
  }

  /** Whether the watched value is the echo of one of this page's writes; each write is recognised once. */
  isEcho(value: unknown): boolean {
    const i = this.pending.indexOf(JSON.stringify(value));
    if (i < 0) return false;
    this.pending.splice(i, 1);
    return true;
  }
}
