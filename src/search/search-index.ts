/**
 * Ranked look-up of any name in the knowledge base: listed parties with all
 * their names and aliases, and the curated jurisdictions, instruments,
 * regimes and bodies. Built once per knowledge base; a query costs a few
 * dictionary look-ups, one pass over the key vocabulary for close spellings,
 * and scoring of the names that share a part with the query.
 */
import type { Designation, EntityName, EntitySchema } from '../kb/model';
import type { CuratedLayer } from '../kb/curated/types';
import { LOCAL_JURISDICTION_NAMES } from '../recognition/jurisdiction-names';
import { finishReadingNames, listedPieces, searchTokens, type SearchToken } from './keys';
import { boundedDistance, editSimilarity, maxEdits } from './similarity';
import { LIKELY_SCORE, type FilterOptions, type MatchWhy, type ResultType, type SearchFilters, type SearchResult } from './types';
import { partitionPoint } from '../shared/partition-point';

interface Target extends Pick<SearchResult, 'entity' | 'card' | 'name' | 'type' | 'authorities' | 'programmes' | 'refs'> {
  /** Jurisdiction ids the target is tied to. */
  countries: string[];
  /** Tie-break among equal scores: parties listed by more authorities first. */
  weight: number;
}

interface IndexedName {
  target: number;
  text: string;
  /** Shared token objects: the same part in many names is one object (the index holds ~50 000 names). */
  tokens: SearchToken[];
  /** Bit j set: token j is optional (names longer than 31 tokens have none marked). */
  optional: number;
  weak: boolean;
}

export interface SearchSource {
  entities: Iterable<Designation>;
  curated: CuratedLayer;
}

export interface SearchOptions extends SearchFilters {
  /** At most this many results (default 50). */
  limit?: number;
}

const SCHEMA_TYPE: Record<EntitySchema, ResultType> = {
  Person: 'person',
  Organization: 'organisation',
  Company: 'organisation',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

/** Results below this score are noise: a shared particle or a short prefix. */
const MIN_SCORE = 35;
/** Keys a typed prefix may expand to: enough for a name being typed, bounded for a single letter's worth. */
const MAX_PREFIX_KEYS = 400;
const PARTICLE_WEIGHT = 0.3;
const OPTIONAL_WEIGHT = 0.25;
const WEAK_ALIAS_FACTOR = 0.9;

const WHY_ORDER: readonly MatchWhy[] = ['exact', 'variant', 'transliteration', 'other script', 'similar spelling', 'partial'];

type TokenMatch = { sim: number; how: 'key' | 'fuzzy' | 'prefix' };

export class SearchIndex {
  private readonly targets: Target[] = [];
  private readonly names: IndexedName[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly tokenPool = new Map<string, SearchToken>();
  private sortedKeys: string[] = [];
  private readonly keysByLength = new Map<number, string[]>();

  constructor(source: SearchSource) {
    const curated = source.curated;
    const places = curated.jurisdictions.map((j) => ({ id: j.id, names: j.listCountryNames.map((n) => n.toLowerCase()).filter(Boolean) }));

    for (const e of source.entities) {
      const p = e.props;
      const where = [...(p.nationality ?? []), ...(p.citizenship ?? []), ...(p.country ?? []), ...(p.address ?? []), ...(p.flag ? [p.flag] : [])]
        .join(' | ')
        .toLowerCase();
      const t = this.addTarget({
        entity: e.id,
        card: e.id,
        name: e.caption,
        type: SCHEMA_TYPE[e.schema] ?? 'organisation',
        authorities: unique(e.sanctions.map((s) => s.authority)),
        programmes: unique(e.sanctions.flatMap((s) => s.programs)),
        refs: unique(e.sanctions.map((s) => `${s.authority}:${s.sourceId}`)),
        countries: where ? places.filter((j) => j.names.some((n) => where.includes(n))).map((j) => j.id) : [],
        weight: unique(e.sanctions.map((s) => s.authority)).length,
      });
      for (const n of e.names) this.addName(t, n, e.schema);
    }

    const curatedName = (value: string): EntityName => ({ value, quality: 'strong', kind: 'alias' });
    for (const j of curated.jurisdictions) {
      const t = this.addTarget({
        entity: `jurisdiction:${j.id}`, card: `jurisdiction:${j.id}`, name: j.name, type: 'jurisdiction',
        authorities: unique(j.measures.map((m) => m.authority)), programmes: [], refs: [], countries: [j.id], weight: 5,
      });
      // The names pages in other languages use for it (the recogniser marks them), so "Nordkorea" finds it too.
      for (const v of unique([j.name, j.officialName, ...j.aliases, ...(LOCAL_JURISDICTION_NAMES[j.id] ?? [])])) this.addName(t, curatedName(v), null);
    }
    for (const b of curated.bodies) {
      const t = this.addTarget({
        entity: `body:${b.id}`, card: `body:${b.id}`, name: b.name, type: 'body',
        authorities: b.authority ? [b.authority] : [], programmes: [], refs: [], countries: [], weight: 5,
      });
      for (const v of unique([b.name, ...b.aliases, ...b.acronyms])) this.addName(t, curatedName(v), null);
    }
    const regimeJurisdictions = new Map(curated.regimes.map((r) => [r.id, r.jurisdictions]));
    for (const i of curated.instruments) {
      const t = this.addTarget({
        entity: `instrument:${i.id}`, card: `instrument:${i.id}`, name: i.title, type: 'instrument',
        authorities: [], programmes: [], refs: [], countries: (i.regime && regimeJurisdictions.get(i.regime)) || [], weight: 4,
      });
      const cited = i.kind === 'unscr' ? [`resolution ${i.number}`, `UNSCR ${i.number}`] : i.kind === 'us-eo' ? [`E.O. ${i.number}`, `executive order ${i.number}`] : [];
      for (const v of unique([i.title, ...(i.aliases ?? []), ...cited])) this.addName(t, curatedName(v), null);
    }
    for (const r of curated.regimes) {
      const instrument = r.latest ?? r.establishedBy[0];
      const card = r.committee ? `body:${r.committee}` : instrument ? `instrument:${instrument}` : undefined;
      if (!card) continue;
      const t = this.addTarget({
        entity: `regime:${r.id}`, card, name: r.name, type: 'regime',
        authorities: [r.authority], programmes: r.listCodes, refs: [], countries: r.jurisdictions, weight: 3,
      });
      for (const v of unique([r.name, ...r.listCodes])) this.addName(t, curatedName(v), null);
    }

    finishReadingNames();
    this.tokenPool.clear();
    this.sortedKeys = [...this.postings.keys()].sort();
    for (const k of this.sortedKeys) {
      const list = this.keysByLength.get(k.length);
      if (list) list.push(k);
      else this.keysByLength.set(k.length, [k]);
    }
  }

  get size(): { targets: number; names: number; keys: number } {
    return { targets: this.targets.length, names: this.names.length, keys: this.sortedKeys.length };
  }

  /** What the filters can choose from. */
  filterOptions(curated: CuratedLayer): FilterOptions {
    const authorities = new Set<string>();
    const programmes = new Set<string>();
    for (const t of this.targets) {
      if (t.type === 'regime') continue;
      for (const a of t.authorities) authorities.add(a);
      for (const p of t.programmes) programmes.add(p);
    }
    return {
      authorities: [...authorities].sort(),
      programmes: [...programmes].sort(),
      countries: curated.jurisdictions.map((j) => ({ id: j.id, name: j.name })).sort((a, b) => a.name.localeCompare(b.name)),
    };
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const q = searchTokens(query.slice(0, 300)).slice(0, 12);
    if (!q.length) return [];
    const typing = !/\s$/.test(query);
    const matches = q.map((t, i) => this.tokenMatches(t, typing && i === q.length - 1));

    // Names sharing a content part with the query (particles alone would bring in half the list).
    const content = q.map((t, i) => i).filter((i) => !q[i].particle);
    const seeds = content.length ? content : q.map((_, i) => i);
    const candidates = new Set<number>();
    for (const i of seeds) for (const key of matches[i].keys()) for (const n of this.postings.get(key) ?? []) candidates.add(n);

    const best = new Map<number, { score: number; name: IndexedName; why: MatchWhy }>();
    for (const n of candidates) {
      const name = this.names[n];
      const scored = scoreName(q, matches, name);
      if (!scored) continue;
      const prev = best.get(name.target);
      // On equal scores the listed name that explains the match best is the one shown ("exact" over "transliteration").
      if (!prev || scored.score > prev.score || (scored.score === prev.score && WHY_ORDER.indexOf(scored.why) < WHY_ORDER.indexOf(prev.why))) best.set(name.target, { score: scored.score, name, why: scored.why });
    }

    const out: (SearchResult & { weight: number })[] = [];
    for (const [ti, b] of best) {
      const score = Math.round(b.score * 100);
      if (score < MIN_SCORE) continue;
      const t = this.targets[ti];
      if (!passes(t, options)) continue;
      out.push({
        entity: t.entity,
        card: t.card,
        name: t.name,
        type: t.type,
        authorities: t.authorities,
        programmes: t.programmes,
        refs: t.refs,
        matched: b.name.text,
        why: b.why,
        score,
        likely: score >= LIKELY_SCORE,
        weight: t.weight,
      });
    }
    out.sort((a, b) => b.score - a.score || b.weight - a.weight || a.name.localeCompare(b.name));
    return out.slice(0, options.limit ?? 50).map(({ weight: _w, ...r }) => r);
  }

  /** Listed keys that a query token may stand for, with how close each is. */
  private tokenMatches(t: SearchToken, typing: boolean): Map<string, TokenMatch> {
    const out = new Map<string, TokenMatch>();
    if (this.postings.has(t.key)) out.set(t.key, { sim: 1, how: 'key' });
    if (t.particle) return out;
    const len = t.key.length;
    // Numbers ("1718", "2397") name different things when one digit differs.
    const max = /\d/.test(t.key) ? 0 : maxEdits(len);
    for (let l = len - max; l <= len + max; l++) {
      for (const k of this.keysByLength.get(l) ?? []) {
        if (k === t.key) continue;
        const d = boundedDistance(t.key, k, max);
        if (d <= max) out.set(k, { sim: editSimilarity(d, Math.max(len, l)), how: 'fuzzy' });
      }
    }
    if (typing && len >= 2) {
      let i = lowerBound(this.sortedKeys, t.key);
      for (let n = 0; i < this.sortedKeys.length && n < MAX_PREFIX_KEYS; i++, n++) {
        const k = this.sortedKeys[i];
        if (!k.startsWith(t.key)) break;
        if (k === t.key) continue;
        const sim = 0.5 + (0.4 * len) / k.length;
        const prev = out.get(k);
        if (!prev || prev.sim < sim) out.set(k, { sim, how: 'prefix' });
      }
    }
    return out;
  }

  private pooled(t: SearchToken): SearchToken {
    const id = `${t.norm}\u0000${t.key}`;
    const have = this.tokenPool.get(id);
    if (have) return have;
    this.tokenPool.set(id, t);
    return t;
  }

  private addTarget(t: Target): number {
    return this.targets.push(t) - 1;
  }

  private addName(target: number, name: EntityName, schema: EntitySchema | null): void {
    for (const piece of listedPieces(name, schema)) {
      if (!piece.tokens.length) continue;
      const tokens = piece.tokens.map((t) => this.pooled(t));
      const optional = tokens.length > 31 ? 0 : piece.optional.reduce((bits, o, j) => (o ? bits | (1 << j) : bits), 0);
      const n = this.names.push({ target, text: piece.text, tokens, optional, weak: name.quality === 'weak' }) - 1;
      for (const key of new Set(piece.tokens.map((x) => x.key))) {
        const list = this.postings.get(key);
        if (list) list.push(n);
        else this.postings.set(key, [n]);
      }
    }
  }
}

/**
 * How well a listed name answers the query: each query part takes the closest
 * unused part of the name; the score is the share of the query that was found,
 * tempered by the share of the name that was found (a bare surname matches
 * every relative a little, the full name matches one party fully).
 */
function scoreName(q: SearchToken[], matches: Map<string, TokenMatch>[], name: IndexedName): { score: number; why: MatchWhy } | null {
  const used = new Array<boolean>(name.tokens.length).fill(false);
  const sims = new Array<number>(name.tokens.length).fill(0);
  let qWeight = 0;
  let qFound = 0;
  let inOrder = true;
  let lastPos = -1;
  let keyOnly = false;
  let fuzzy = false;
  let partial = false;
  let otherScript = false;
  // Content parts first, so that a particle cannot take the part a name needs.
  const order = q.map((_, i) => i).sort((a, b) => Number(q[a].particle) - Number(q[b].particle));
  for (const i of order) {
    const qt = q[i];
    const w = qt.particle ? PARTICLE_WEIGHT : 1;
    qWeight += w;
    let bestJ = -1;
    let bestM: TokenMatch | undefined;
    for (let j = 0; j < name.tokens.length; j++) {
      if (used[j]) continue;
      const m = matches[i].get(name.tokens[j].key);
      if (m && (!bestM || m.sim > bestM.sim)) {
        bestM = m;
        bestJ = j;
      }
    }
    if (!bestM) {
      if (!qt.particle) partial = true;
      continue;
    }
    used[bestJ] = true;
    sims[bestJ] = bestM.sim;
    qFound += w * bestM.sim;
    const nt = name.tokens[bestJ];
    if (!qt.particle) {
      if (bestJ < lastPos) inOrder = false;
      lastPos = bestJ;
    }
    if (bestM.how === 'prefix') partial = true;
    else if (bestM.how === 'fuzzy') fuzzy = true;
    else if (nt.norm !== qt.norm) keyOnly = true;
    if (nt.otherScript !== qt.otherScript || (nt.otherScript && qt.otherScript)) otherScript = true;
  }
  if (qFound === 0) return null;
  let nWeight = 0;
  let nFound = 0;
  let requiredMissing = false;
  let optionalMissing = false;
  name.tokens.forEach((t, j) => {
    const w = t.particle ? PARTICLE_WEIGHT : name.optional & (1 << j) ? OPTIONAL_WEIGHT : 1;
    nWeight += w;
    nFound += w * sims[j];
    if (!used[j]) {
      if (w === 1) requiredMissing = true;
      else optionalMissing = true;
    }
  });
  const qCov = qFound / qWeight;
  const nCov = nWeight ? nFound / nWeight : 0;
  let score = qCov * (0.5 + 0.5 * nCov);
  if (name.weak) score *= WEAK_ALIAS_FACTOR;
  const why: MatchWhy = partial || requiredMissing
    ? 'partial'
    : otherScript
      ? 'other script'
      : fuzzy
        ? 'similar spelling'
        : keyOnly
          ? 'transliteration'
          : !inOrder || optionalMissing
            ? 'variant'
            : 'exact';
  return { score, why };
}

function passes(t: Target, f: SearchFilters): boolean {
  if (f.type && t.type !== f.type) return false;
  if (f.authority && !t.authorities.includes(f.authority)) return false;
  if (f.programme && !t.programmes.includes(f.programme)) return false;
  if (f.country && !t.countries.includes(f.country)) return false;
  return true;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function lowerBound(sorted: string[], key: string): number {
  return partitionPoint(sorted.length, (i) => sorted[i] < key);
}
