/**
 * How well one listed name answers a query: each query part takes the
 * closest unused part of the name; the score is the share of the query that
 * was found, tempered by the share of the name that was found (a bare
 * surname matches every relative a little, the full name matches one party
 * fully). Parts the conventions let a reader add or drop count as such:
 * a title or a legal form in the query costs nothing when the name has no
 * counterpart, an initial stands for a name part that starts with it, a
 * short given name ("Nick") for the listed one it begins ("Nicolas"), and
 * the name's own optional parts (legal form, patronymic, second surname)
 * weigh a quarter.
 */
import { NAME_CONVENTION, NAME_WEAK, TOK_COMMON, TOK_OTHER_SCRIPT, TOK_PARTICLE, type SearchData } from './search-data';
import type { QueryPart } from './query';
import type { MatchWhy } from './types';

export type TokenMatch = { sim: number; how: 'key' | 'fuzzy' | 'prefix' | 'reading' };

const PARTICLE_WEIGHT = 0.3;
const OPTIONAL_WEIGHT = 0.25;
const LEGAL_WEIGHT = 0.25;
const TITLE_WEIGHT = 0.3;
const INITIAL_WEIGHT = 0.5;
const WEAK_ALIAS_FACTOR = 0.9;
/** A given name's short form: what it takes of the listed one, and the least it must share. */
const SHORT_FORM_SIM = 0.7;
const SHORT_FORM_PREFIX = 3;
/** A name part found only through its initial counts this much of it. */
const INITIAL_SIM = 0.6;

const ROLE_ORDER: Record<QueryPart['role'], number> = { content: 0, legal: 1, title: 2, particle: 3, initial: 4 };

export interface NameScore {
  score: number;
  why: MatchWhy;
  /** Every name part the query found is an ordinary word or a common name part. */
  commonOnly: boolean;
  /** Content parts of the query that were found. */
  found: number;
  /** A query part was found only as the beginning of a longer name part (a word still being typed). */
  prefix: boolean;
}

/** The order query parts take name parts in: content first, so that a particle cannot take the part a name needs. */
export function partOrder(q: QueryPart[]): number[] {
  return q.map((_, i) => i).sort((a, b) => ROLE_ORDER[q[a].role] - ROLE_ORDER[q[b].role]);
}

/**
 * Scores name `n` of `data` against the query `q` with its per-part key matches (`matches[i]`: key id → match),
 * the parts taken in `order` (`partOrder`).
 */
export function scoreName(data: SearchData, n: number, q: QueryPart[], order: number[], matches: Map<number, TokenMatch>[], person: boolean): NameScore | null {
  const from = data.nameStart[n];
  const len = data.nameStart[n + 1] - from;
  const optionalBits = data.nameOptional[n];
  const tokAt = (j: number) => data.nameTok[from + j];
  const keyAt = (j: number) => data.keys[data.tokKey[tokAt(j)]];
  const isOptional = (j: number) => (optionalBits & (1 << j)) !== 0;
  const used = new Array<boolean>(len).fill(false);
  const sims = new Array<number>(len).fill(0);
  let qWeight = 0;
  let qFound = 0;
  let inOrder = true;
  let lastPos = -1;
  let keyOnly = false;
  let fuzzy = false;
  let partial = false;
  let otherScript = false;
  let convention = false;
  let commonOnly = true;
  let found = 0;
  let legalFound = false;
  let prefix = false;
  for (const i of order) {
    const part = q[i];
    let bestJ = -1;
    let bestSim = 0;
    let how: TokenMatch['how'] | 'short' | 'initial' | 'legal' = 'key';
    for (let j = 0; j < len; j++) {
      if (used[j]) continue;
      const m = matches[i].get(data.tokKey[tokAt(j)]);
      if (m && m.sim > bestSim) {
        bestSim = m.sim;
        bestJ = j;
        how = m.how;
      }
    }
    if (bestJ < 0 && part.role === 'legal') {
      // Any legal form stands for any other (OAO, PJSC, "open joint stock company").
      bestJ = used.findIndex((u, j) => !u && isOptional(j));
      if (bestJ >= 0) [bestSim, how] = [1, 'legal'];
    } else if (bestJ < 0 && part.role === 'initial') {
      const letter = part.keys[0][0];
      bestJ = used.findIndex((u, j) => !u && !(data.tokFlags[tokAt(j)] & TOK_PARTICLE) && keyAt(j).length > 1 && keyAt(j)[0] === letter);
      if (bestJ >= 0) [bestSim, how] = [1, 'initial'];
    } else if (bestJ < 0 && part.role === 'content' && person && part.keys[0].length >= SHORT_FORM_PREFIX && !part.otherScript) {
      // On the written form or the key: "Nick" (key "nik") begins "Nicolas" as written.
      const k = part.keys[0];
      const w = part.norm;
      bestJ = used.findIndex((u, j) => {
        if (u) return false;
        const nk = keyAt(j);
        const nn = data.tokNorm[tokAt(j)];
        return (nk.length >= k.length + 2 && nk.startsWith(k.slice(0, SHORT_FORM_PREFIX))) || (nn.length >= w.length + 2 && nn.startsWith(w.slice(0, SHORT_FORM_PREFIX)));
      });
      if (bestJ >= 0) [bestSim, how] = [SHORT_FORM_SIM, 'short'];
    }
    const w = part.role === 'content' ? 1 : part.role === 'particle' ? PARTICLE_WEIGHT : part.role === 'legal' ? LEGAL_WEIGHT : part.role === 'title' ? TITLE_WEIGHT : INITIAL_WEIGHT;
    if (bestJ < 0) {
      // A title or legal form the name has no counterpart for is no miss: the conventions let a reader add them.
      if (part.role === 'content' || part.role === 'initial') {
        qWeight += w;
        partial = true;
      } else if (part.role === 'particle') qWeight += w;
      continue;
    }
    qWeight += w;
    used[bestJ] = true;
    sims[bestJ] = how === 'initial' ? INITIAL_SIM : bestSim;
    qFound += w * bestSim;
    const flags = data.tokFlags[tokAt(bestJ)];
    if (part.role === 'content') {
      found++;
      if (!(flags & TOK_COMMON)) commonOnly = false;
      if (bestJ < lastPos) inOrder = false;
      lastPos = bestJ;
    }
    if (how === 'prefix') partial = prefix = true;
    else if (how === 'fuzzy') fuzzy = true;
    else if (how === 'short' || how === 'initial' || how === 'legal') convention = true;
    if (part.role === 'legal') legalFound = true;
    else if (how === 'reading' || data.tokNorm[tokAt(bestJ)] !== part.norm) keyOnly = true;
    if (part.otherScript || flags & TOK_OTHER_SCRIPT) otherScript = true;
  }
  if (qFound === 0 || found === 0) return null;
  let nWeight = 0;
  let nFound = 0;
  let requiredMissing = false;
  let optionalMissing = false;
  for (let j = 0; j < len; j++) {
    const w = data.tokFlags[tokAt(j)] & TOK_PARTICLE ? PARTICLE_WEIGHT : isOptional(j) ? OPTIONAL_WEIGHT : 1;
    nWeight += w;
    // A legal form in the query stands for the name's whole legal form ("JSC" for "joint stock company").
    if (legalFound && !person && isOptional(j) && !used[j]) {
      nFound += w;
      continue;
    }
    nFound += w * sims[j];
    if (!used[j]) {
      if (w === 1) requiredMissing = true;
      else optionalMissing = true;
    }
  }
  const qCov = qFound / qWeight;
  const nCov = nWeight ? nFound / nWeight : 0;
  let score = qCov * (0.5 + 0.5 * nCov);
  if (data.nameFlags[n] & NAME_WEAK) score *= WEAK_ALIAS_FACTOR;
  const why: MatchWhy = partial || requiredMissing
    ? 'partial'
    : otherScript
      ? 'other script'
      : fuzzy
        ? 'similar spelling'
        : keyOnly
          ? 'transliteration'
          : !inOrder || optionalMissing || convention || data.nameFlags[n] & NAME_CONVENTION
            ? 'variant'
            : 'exact';
  return { score, why, commonOnly, found, prefix };
}
