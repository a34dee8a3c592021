/**
 * Closeness of two name parts, on transliteration keys: a bounded optimal
 * string alignment distance (edits and swaps of neighbours), so that
 * Gadhafi / Qadhafi / Qaddafi or Usama / Osama meet while unrelated names of
 * similar length stay apart.
 */

/** Edits allowed for a key of this length: none for short keys, where one edit makes another name. */
export function maxEdits(len: number): number {
  if (len < 4) return 0;
  if (len < 8) return 1;
  return 2;
}

/** Optimal string alignment distance, or `max + 1` as soon as it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb];
}

/** Similarity in [0, 1] of a query part to a listed part that is `edits` away on keys. */
export function editSimilarity(edits: number, len: number): number {
  return Math.max(0, 1 - (1.5 * edits) / Math.max(len, 1));
}
