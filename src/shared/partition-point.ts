/**
 * The one binary search: over indices 0..length-1 whose items are first all
 * `before` a target and then all not, the index of the first that is not
 * (`length` when all are). With `before = (i) => a[i] < x` it is the lower
 * bound of x in a sorted array; an exact look-up then checks that item.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
