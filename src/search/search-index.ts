/**
 * Ranked look-up of any name in the knowledge base: listed parties with all
 * their names and aliases, and the curated jurisdictions, instruments,
 * regimes and bodies. Reads search data (search-data.ts), built from a KB or
 * unpacked from the shipped file; a query costs a few dictionary look-ups,
 * one pass over the key vocabulary of close lengths for close spellings, and
 * scoring of the names that share a part with the query.
 */
import type { CuratedLayer } from '../kb/curated/types';
import { buildSearchData, type SearchData, type SearchSource, type SearchTarget } from './search-data';
import { CRAFT_WORDS, readQuery, type QueryPart } from './query';
import { partOrder, scoreName, type TokenMatch } from './scoring';
import { skeleton } from '../recognition/phonetic-key';
import { boundedDistance, editSimilarity, maxEdits } from './similarity';
import { programmeCodes, programmeGroups } from './programme-labels';
import { LIKELY_SCORE, RESULT_TYPES, type FilterOptions, type MatchWhy, type SearchFilters, type SearchResult } from './types';
import { partitionPoint } from '../shared/partition-point';

export type { SearchSource } from './search-data';

export interface SearchOptions extends SearchFilters {
  /** At most this many results (default 50). */
  limit?: number;
}

/** Results below this score are noise: a shared particle or a short prefix. */
const MIN_SCORE = 35;
/** Below the best result by this much, a result is one of the "weaker matches" the page folds away. */
const WEAKER_BELOW_LIKELY = 25;
const WEAKER_BELOW_OTHER = 35;
/** Keys a typed prefix may expand to: enough for a name being typed, bounded for a single letter's worth. */
const MAX_PREFIX_KEYS = 400;
/** A reading of a word in another script counts a little less than the word as written. */
const READING_SIM = 0.95;

/** Query parts whose matches are kept: the parts of the last few queries. */
const RECENT_PARTS = 32;
/** A word without vowels met on its consonants: its vowels are a guess. */
const SKELETON_SIM = 0.6;
const MIN_SKELETON = 2;

const WHY_ORDER: readonly MatchWhy[] = ['exact', 'variant', 'transliteration', 'other script', 'similar spelling', 'partial'];

export class SearchIndex {
  private readonly data: SearchData;
  private readonly keyIds: Map<string, number>;
  private readonly keysByLength = new Map<number, number[]>();
  /** The last queries' part matches: typing a name changes its last part only, the others are looked up again. */
  private readonly recentMatches = new Map<string, Map<number, TokenMatch>>();
  /** Keys by consonant skeleton, made on the first query in a consonantal script. */
  private bySkeleton: Map<string, number[]> | undefined;

  constructor(source: SearchSource | { data: SearchData }) {
    this.data = 'data' in source ? source.data : buildSearchData(source);
    const keys = this.data.keys;
    this.keyIds = new Map(keys.map((k, i) => [k, i]));
    keys.forEach((k, i) => {
      const list = this.keysByLength.get(k.length);
      if (list) list.push(i);
      else this.keysByLength.set(k.length, [i]);
    });
  }

  /** The plain data, for packing. */
  get searchData(): SearchData {
    return this.data;
  }

  get size(): { targets: number; names: number; keys: number } {
    return { targets: this.data.targetCount, names: this.data.nameCount, keys: this.data.keys.length };
  }

  /** What the filters can choose from: programmes grouped by authority, with their names. */
  filterOptions(curated: CuratedLayer): FilterOptions {
    const byAuthority = this.data.programmesByAuthority;
    const programmes = new Map(Object.entries(byAuthority).map(([a, codes]) => [a, new Set(codes)]));
    return {
      authorities: Object.keys(byAuthority).sort(),
      programmes: programmeGroups(programmes, curated),
      countries: curated.jurisdictions.map((j) => ({ id: j.id, name: j.name })).sort((a, b) => a.name.localeCompare(b.name)),
    };
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const q = readQuery(query, { has: (k) => this.keyIds.has(k) });
    if (!q.length) return [];
    const typing = !/\s$/.test(query);
    const matches = q.map((part, i) => this.cachedPartMatches(part, typing && i === q.length - 1));
    const craft = q.some((p) => CRAFT_WORDS.has(p.norm)) || /\b\d{7}\b/.test(query);

    // Names sharing a content part with the query (particles alone would bring in half the list).
    const seeds = q.map((_, i) => i).filter((i) => q[i].role === 'content');
    const candidates = new Set<number>();
    const { postStart, posts } = this.data;
    for (const i of seeds) for (const key of matches[i].keys()) for (let p = postStart[key]; p < postStart[key + 1]; p++) candidates.add(posts[p]);

    const order = partOrder(q);
    const best = new Map<number, { score: number; name: number; why: MatchWhy }>();
    for (const n of candidates) {
      const target = this.data.nameTarget[n];
      const type = RESULT_TYPES[this.data.targetType[target]];
      const scored = scoreName(this.data, n, q, order, matches, type === 'person');
      if (!scored) continue;
      let score = Math.round(scored.score * 100);
      // "Likely" needs more than ordinary words (one word; for a person, two given names or common name parts), a
      // vessel's or aircraft's name when the query does not say it means one, or a word still being typed.
      const ordinary = scored.commonOnly && (scored.found < 2 || (type === 'person' && scored.found < 3));
      const capped = ordinary || scored.prefix || ((type === 'vessel' || type === 'aircraft') && !craft);
      if (capped) score = Math.min(score, LIKELY_SCORE - 1);
      const prev = best.get(target);
      // On equal scores the listed name that explains the match best is the one shown ("exact" over "transliteration").
      if (!prev || score > prev.score || (score === prev.score && WHY_ORDER.indexOf(scored.why) < WHY_ORDER.indexOf(prev.why))) best.set(target, { score, name: n, why: scored.why });
    }

    const filtered = Boolean(options.type || options.authority || options.programme || options.country);
    const ranked = [...best].filter(([ti, b]) => b.score >= MIN_SCORE && (!options.type || RESULT_TYPES[this.data.targetType[ti]] === options.type));
    const prominence = this.data.targetProminence;
    ranked.sort(([ta, a], [tb, b]) => b.score - a.score || prominence[tb] - prominence[ta]);
    const limit = options.limit ?? 50;
    const out: { r: SearchResult; ti: number }[] = [];
    // Details are decoded only for the results returned (and, with a filter, for those it is tested on).
    for (const [ti, b] of ranked) {
      if (out.length >= limit) break;
      const t = this.data.target(ti);
      if (filtered && !passes(t, options)) continue;
      out.push({
        ti,
        r: {
          entity: t.entity,
          card: t.card,
          name: t.name,
          ...(t.listed && { listed: t.listed }),
          type: t.type,
          authorities: t.authorities,
          programmes: t.programmes,
          refs: t.refs,
          matched: this.data.nameText(b.name),
          why: b.why,
          score: b.score,
          likely: b.score >= LIKELY_SCORE,
        },
      });
    }
    // Equal scores and prominence: by name, so the order does not depend on the index's.
    out.sort((a, b) => b.r.score - a.r.score || prominence[b.ti] - prominence[a.ti] || a.r.name.localeCompare(b.r.name));
    const top = out[0]?.r.score ?? 0;
    const floor = top - (top >= LIKELY_SCORE ? WEAKER_BELOW_LIKELY : WEAKER_BELOW_OTHER);
    return out.map(({ r }) => (r.score < floor ? { ...r, weaker: true } : r));
  }

  private cachedPartMatches(part: QueryPart, typing: boolean): Map<number, TokenMatch> {
    const id = `${part.role}\u0000${typing}\u0000${part.consonantal ?? false}\u0000${part.keys.join('\u0000')}`;
    let m = this.recentMatches.get(id);
    if (m) {
      // Most recently used last.
      this.recentMatches.delete(id);
    } else {
      m = this.partMatches(part, typing);
      if (this.recentMatches.size >= RECENT_PARTS) this.recentMatches.delete(this.recentMatches.keys().next().value as string);
    }
    this.recentMatches.set(id, m);
    return m;
  }

  /** Listed keys (by id) that a query part may stand for, with how close each is. */
  private partMatches(part: QueryPart, typing: boolean): Map<number, TokenMatch> {
    const out = new Map<number, TokenMatch>();
    const [written, ...readings] = part.keys;
    const exact = this.keyIds.get(written);
    if (exact !== undefined) out.set(exact, { sim: 1, how: 'key' });
    for (const r of readings) {
      const id = this.keyIds.get(r);
      if (id !== undefined && !out.has(id)) out.set(id, { sim: READING_SIM, how: 'reading' });
    }
    if (part.role !== 'content') return out;
    for (const k of [written, ...readings]) this.closeKeys(k, out);
    if (part.consonantal) this.sameSkeleton([written, ...readings], out);
    if (typing && written.length >= 2) {
      const keys = this.data.keys;
      let i = lowerBound(keys, written);
      for (let n = 0; i < keys.length && n < MAX_PREFIX_KEYS; i++, n++) {
        const k = keys[i];
        if (!k.startsWith(written)) break;
        if (k === written) continue;
        const sim = 0.5 + (0.4 * written.length) / k.length;
        const prev = out.get(i);
        if (!prev || prev.sim < sim) out.set(i, { sim, how: 'prefix' });
      }
    }
    return out;
  }

  /** Keys with the consonants of a word written without its vowels ("الأسد" "asd" is Assad), at least three of them. */
  private sameSkeleton(keys: string[], out: Map<number, TokenMatch>): void {
    if (!this.bySkeleton) {
      this.bySkeleton = new Map();
      this.data.keys.forEach((k, i) => {
        const s = skeleton(k);
        const list = this.bySkeleton!.get(s);
        if (list) list.push(i);
        else this.bySkeleton!.set(s, [i]);
      });
    }
    for (const k of keys) {
      const s = skeleton(k);
      if (s.length < MIN_SKELETON) continue;
      for (const id of this.bySkeleton.get(s) ?? []) if (!out.has(id)) out.set(id, { sim: SKELETON_SIM, how: 'reading' });
    }
  }

  /** Keys within the edit distance the key's length allows; none for numbers ("1718" and "1518" name different things). */
  private closeKeys(key: string, out: Map<number, TokenMatch>): void {
    const len = key.length;
    const max = /\d/.test(key) ? 0 : maxEdits(len);
    for (let l = len - max; l <= len + max; l++) {
      for (const id of this.keysByLength.get(l) ?? []) {
        const k = this.data.keys[id];
        if (k === key || out.has(id)) continue;
        const d = boundedDistance(key, k, max);
        if (d <= max) out.set(id, { sim: editSimilarity(d, Math.max(len, l)), how: 'fuzzy' });
      }
    }
  }
}

function passes(t: SearchTarget, f: SearchFilters): boolean {
  if (f.type && t.type !== f.type) return false;
  if (f.authority && !t.authorities.includes(f.authority)) return false;
  if (f.programme && !programmeCodes(f.programme).some((c) => t.programmes.includes(c))) return false;
  if (f.country && !t.countries.includes(f.country)) return false;
  return true;
}

function lowerBound(sorted: string[], key: string): number {
  return partitionPoint(sorted.length, (i) => sorted[i] < key);
}
