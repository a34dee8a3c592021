/**
 * Overlap questions on a fixed set of text spans in O(log n) each, so that
 * passes asking "is this span already taken?" once per candidate stay linear
 * in the text instead of scanning every mention for every candidate.
 */
import { partitionPoint } from '../shared/partition-point';
export interface Span {
  start: number;
  end: number;
}

export class SpanSet {
  private readonly starts: number[];
  /** maxEnds[k]: the largest end among the first k + 1 spans by start; exact even when spans overlap one another. */
  private readonly maxEnds: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnds = [];
    let max = -Infinity;
    for (const s of sorted) this.maxEnds.push((max = Math.max(max, s.end)));
  }

  /** Whether any span overlaps `s` (the same test as `a.start < b.end && b.start < a.end`). */
  overlaps(s: Span): boolean {
    const lo = partitionPoint(this.starts.length, (i) => this.starts[i] < s.end);
    return lo > 0 && this.maxEnds[lo - 1] > s.start;
  }
}
