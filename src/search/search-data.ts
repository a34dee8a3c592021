/**
 * The search index as plain data: every listed and curated name cut into
 * the recogniser's tokens, in flat arrays over a pool of tokens and a sorted
 * key vocabulary. Built once (at build time for the shipped knowledge base,
 * see search-pack.ts; in the worker for an updated one) and read by
 * search-index.ts without any further work.
 */
import type { Designation, EntityName, EntitySchema } from '../kb/model';
import type { CuratedLayer } from '../kb/curated/types';
import { displayName } from '../kb/display-name';
import type { UintArray } from '../kb/pack/container';
import type { Lexicon } from '../recognition/lexicon';
import { LOCAL_JURISDICTION_NAMES } from '../recognition/jurisdiction-names';
import { conventionPieces, finishReadingNames, listedPieces, type SearchToken } from './keys';
import { countryNameSet } from '../recognition/name-trie';
import { RESULT_TYPES, type SearchResult, type ResultType } from './types';

export interface SearchTarget extends Pick<SearchResult, 'entity' | 'card' | 'name' | 'type' | 'authorities' | 'programmes' | 'refs'> {
  /** The name as listed ("KIM, Jong Un"), when `name` is its natural form. */
  listed?: string;
  /** Jurisdiction ids the target is tied to. */
  countries: string[];
  /** How much the lists say about it (listings, programmes, authorities, names): breaks ties between equal scores. */
  prominence: number;
}

/** Token flags. */
export const TOK_PARTICLE = 1;
export const TOK_OTHER_SCRIPT = 2;
/** An ordinary word or a common given name (lexicon), or a part of many listed people's names. */
export const TOK_COMMON = 4;
/** Name flags. */
export const NAME_WEAK = 1;
/** A form a naming convention gives the listed name ("Nicolas Maduro" for MADURO MOROS, Nicolas; "Rostec"). */
export const NAME_CONVENTION = 2;

/**
 * What search reads. The arrays are what every query touches; a target's
 * details and a name's text are asked for only for the results shown, so a
 * packed index decodes them one at a time (search-pack.ts).
 */
export interface SearchData {
  targetCount: number;
  /** Per target: its type (index in RESULT_TYPES) and prominence (times ten, rounded). */
  targetType: UintArray;
  targetProminence: UintArray;
  target(i: number): SearchTarget;
  /** Authority → the programme codes of its listed parties (the filter's choices). */
  programmesByAuthority: Record<string, string[]>;
  /** Per indexed name (a piece of a listed name): its target, tokens (nameStart..), optional-token bits, flags. */
  nameCount: number;
  nameText(n: number): string;
  nameTarget: UintArray;
  nameStart: UintArray;
  nameTok: UintArray;
  nameOptional: UintArray;
  nameFlags: UintArray;
  /** Per token of the pool: folded form, key id, flags. */
  tokNorm: string[];
  tokKey: UintArray;
  tokFlags: UintArray;
  /** The key vocabulary, sorted; postings of key k are posts[postStart[k]..postStart[k+1]] (name ids). */
  keys: string[];
  postStart: UintArray;
  posts: UintArray;
}

/** Search data held as objects, as built. */
export interface BuiltSearchData extends SearchData {
  targets: SearchTarget[];
  names: string[];
}

export interface SearchSource {
  entities: Iterable<Designation>;
  curated: CuratedLayer;
  /** Common words and given names; without it only key frequency tells a common name part. */
  lexicon?: Lexicon;
}

const SCHEMA_TYPE: Record<EntitySchema, ResultType> = {
  Person: 'person',
  Organization: 'organisation',
  Company: 'organisation',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

/** A key in the names of this many listed people is a common name part ("Mohamed", "Kim"). */
const COMMON_KEY_PERSONS = 20;

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

class Builder {
  readonly targets: SearchTarget[] = [];
  private readonly names: string[] = [];
  private readonly nameTarget: number[] = [];
  private readonly nameStart: number[] = [0];
  private readonly nameTok: number[] = [];
  private readonly nameOptional: number[] = [];
  private readonly nameFlags: number[] = [];
  private readonly tokIds = new Map<string, number>();
  private readonly toks: SearchToken[] = [];

  addTarget(t: SearchTarget): number {
    return this.targets.push(t) - 1;
  }

  addName(target: number, name: EntityName, schema: EntitySchema | null): void {
    for (const piece of listedPieces(name, schema)) {
      if (!piece.tokens.length) continue;
      this.names.push(piece.text);
      this.nameTarget.push(target);
      for (const t of piece.tokens) this.nameTok.push(this.tokenId(t));
      this.nameStart.push(this.nameTok.length);
      this.nameOptional.push(piece.tokens.length > 31 ? 0 : piece.optional.reduce((bits, o, j) => (o ? bits | (1 << j) : bits), 0) >>> 0);
      this.nameFlags.push(name.quality === 'weak' ? NAME_WEAK : 0);
    }
  }

  /** The forms the recogniser's naming conventions give a listed name, each indexed under the listed name's text. */
  addConventionForms(target: number, name: EntityName, schema: EntitySchema, countryNames: ReadonlySet<string>): void {
    if (name.quality === 'weak') return;
    for (const tokens of conventionPieces(name, schema, countryNames)) {
      if (!tokens.length || tokens.length > 31) continue;
      this.names.push(name.value);
      this.nameTarget.push(target);
      for (const t of tokens) this.nameTok.push(this.tokenId(t));
      this.nameStart.push(this.nameTok.length);
      this.nameOptional.push(0);
      this.nameFlags.push(NAME_CONVENTION);
    }
  }

  private tokenId(t: SearchToken): number {
    const id = `${t.norm}\u0000${t.key}`;
    let n = this.tokIds.get(id);
    if (n === undefined) {
      n = this.toks.push(t) - 1;
      this.tokIds.set(id, n);
    }
    return n;
  }

  finish(lexicon: Lexicon | undefined): BuiltSearchData {
    finishReadingNames();
    const keys = unique(this.toks.map((t) => t.key)).sort();
    const keyId = new Map(keys.map((k, i) => [k, i]));
    const tokKey = this.toks.map((t) => keyId.get(t.key)!);
    // Postings: the names each key occurs in, once per name.
    const perKey: number[][] = keys.map(() => []);
    const personsPerKey: Set<number>[] = keys.map(() => new Set());
    for (let n = 0; n < this.names.length; n++) {
      const seen = new Set<number>();
      for (let i = this.nameStart[n]; i < this.nameStart[n + 1]; i++) {
        const k = tokKey[this.nameTok[i]];
        if (seen.has(k)) continue;
        seen.add(k);
        perKey[k].push(n);
        if (this.targets[this.nameTarget[n]].type === 'person') personsPerKey[k].add(this.nameTarget[n]);
      }
    }
    const postStart = [0];
    const posts: number[] = [];
    for (const list of perKey) {
      posts.push(...list);
      postStart.push(posts.length);
    }
    const tokFlags = this.toks.map((t, i) => {
      // A part of many listed people's names is as common as a given name ("Mohamed", "Hasan"); a brand many
      // companies share ("Gazprom") is not.
      const common = personsPerKey[tokKey[i]].size >= COMMON_KEY_PERSONS || Boolean(lexicon && (lexicon.isCommonWord(t.norm) || lexicon.isGivenName(t.norm)));
      return (t.particle ? TOK_PARTICLE : 0) | (t.otherScript ? TOK_OTHER_SCRIPT : 0) | (common ? TOK_COMMON : 0);
    });
    const targets = this.targets;
    const names = this.names;
    const programmesByAuthority: Record<string, Set<string>> = {};
    for (const t of targets) {
      if (t.type === 'regime') continue;
      for (const a of t.authorities) for (const p of t.programmes) (programmesByAuthority[a] ??= new Set()).add(p);
    }
    return {
      targets,
      targetCount: targets.length,
      targetType: Uint8Array.from(targets, (t) => RESULT_TYPES.indexOf(t.type)),
      targetProminence: Uint32Array.from(targets, (t) => Math.round(t.prominence * 10)),
      target: (i) => targets[i],
      programmesByAuthority: Object.fromEntries(Object.entries(programmesByAuthority).map(([a, set]) => [a, [...set].sort()])),
      names,
      nameCount: names.length,
      nameText: (n) => names[n],
      nameTarget: Uint32Array.from(this.nameTarget),
      nameStart: Uint32Array.from(this.nameStart),
      nameTok: Uint32Array.from(this.nameTok),
      nameOptional: Uint32Array.from(this.nameOptional),
      nameFlags: Uint8Array.from(this.nameFlags),
      tokNorm: this.toks.map((t) => t.norm),
      tokKey: Uint32Array.from(tokKey),
      tokFlags: Uint8Array.from(tokFlags),
      keys,
      postStart: Uint32Array.from(postStart),
      posts: Uint32Array.from(posts),
    };
  }
}

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** Names of 2 to 5 words are looked for in other parties' notes; one word would meet too many. */
const CITED_MIN_WORDS = 2;
const CITED_MAX_WORDS = 5;

/**
 * How many other listed parties' records name a party in their notes ("Son
 * of Muammar Qadhafi", "Linked To: ..."): the party a family or network is
 * listed around is the one the others cite.
 */
class Citations {
  private readonly byName = new Map<string, number>();
  private readonly notes: { from: number; words: string[] }[] = [];

  add(target: number, e: Designation, display: string): void {
    for (const n of [display, ...e.names.map((x) => x.value)]) {
      const w = words(n);
      if (w.length >= CITED_MIN_WORDS && w.length <= CITED_MAX_WORDS && !this.byName.has(w.join(' '))) this.byName.set(w.join(' '), target);
    }
    const text = [...(e.props.notes ?? []), ...(e.props.linkedTo ?? [])].join(' | ');
    if (text) this.notes.push({ from: target, words: words(text) });
  }

  /** Adds to each target's prominence for the other parties citing it, up to five. */
  credit(targets: SearchTarget[]): void {
    const citedBy = new Map<number, Set<number>>();
    for (const { from, words: w } of this.notes) {
      for (let i = 0; i < w.length; i++) {
        for (let len = CITED_MIN_WORDS; len <= CITED_MAX_WORDS && i + len <= w.length; len++) {
          const t = this.byName.get(w.slice(i, i + len).join(' '));
          if (t === undefined || t === from) continue;
          const set = citedBy.get(t) ?? new Set();
          set.add(from);
          citedBy.set(t, set);
        }
      }
    }
    for (const [t, set] of citedBy) targets[t].prominence += 3 * Math.min(set.size, 5);
  }
}

/** Reads every listed party and curated record of a knowledge base into search data. */
export function buildSearchData(source: SearchSource): BuiltSearchData {
  const b = new Builder();
  const curated = source.curated;
  const places = curated.jurisdictions.map((j) => ({ id: j.id, names: j.listCountryNames.map((n) => n.toLowerCase()).filter(Boolean) }));

  const citations = new Citations();
  const countries = countryNameSet(source);
  for (const e of source.entities) {
    const p = e.props;
    const where = [...(p.nationality ?? []), ...(p.citizenship ?? []), ...(p.country ?? []), ...(p.address ?? []), ...(p.flag ? [p.flag] : [])]
      .join(' | ')
      .toLowerCase();
    const authorities = unique(e.sanctions.map((s) => s.authority));
    const programmes = unique(e.sanctions.flatMap((s) => s.programs));
    const name = displayName(e);
    const t = b.addTarget({
      entity: e.id,
      card: e.id,
      name,
      ...(name !== e.caption && { listed: e.caption }),
      type: SCHEMA_TYPE[e.schema] ?? 'organisation',
      authorities,
      programmes,
      refs: unique(e.sanctions.map((s) => `${s.authority}:${s.sourceId}`)),
      countries: where ? places.filter((j) => j.names.some((n) => where.includes(n))).map((j) => j.id) : [],
      // Authorities weigh most; then listings and programmes; then how many names the lists know it by (a head of
      // state has dozens of spellings, a relative listed beside him a few).
      prominence: 4 * authorities.length + Math.min(e.sanctions.length, 6) + Math.min(programmes.length, 6) + Math.log2(1 + e.names.length),
    });
    for (const n of e.names) {
      b.addName(t, n, e.schema);
      b.addConventionForms(t, n, e.schema, countries);
    }
    citations.add(t, e, name);
  }
  citations.credit(b.targets);

  const curatedName = (value: string): EntityName => ({ value, quality: 'strong', kind: 'alias' });
  for (const j of curated.jurisdictions) {
    const t = b.addTarget({
      entity: `jurisdiction:${j.id}`, card: `jurisdiction:${j.id}`, name: j.name, type: 'jurisdiction',
      authorities: unique(j.measures.map((m) => m.authority)), programmes: [], refs: [], countries: [j.id], prominence: 40,
    });
    // The names pages in other languages use for it (the recogniser marks them), so "Nordkorea" finds it too.
    for (const v of unique([j.name, j.officialName, ...j.aliases, ...(LOCAL_JURISDICTION_NAMES[j.id] ?? [])])) b.addName(t, curatedName(v), null);
  }
  for (const body of curated.bodies) {
    const t = b.addTarget({
      entity: `body:${body.id}`, card: `body:${body.id}`, name: body.name, type: 'body',
      authorities: body.authority ? [body.authority] : [], programmes: [], refs: [], countries: [], prominence: 40,
    });
    for (const v of unique([body.name, ...body.aliases, ...body.acronyms])) b.addName(t, curatedName(v), null);
  }
  const regimeJurisdictions = new Map(curated.regimes.map((r) => [r.id, r.jurisdictions]));
  for (const i of curated.instruments) {
    const t = b.addTarget({
      entity: `instrument:${i.id}`, card: `instrument:${i.id}`, name: i.title, type: 'instrument',
      authorities: [], programmes: [], refs: [], countries: (i.regime && regimeJurisdictions.get(i.regime)) || [], prominence: 30,
    });
    const cited = i.kind === 'unscr' ? [`resolution ${i.number}`, `UNSCR ${i.number}`] : i.kind === 'us-eo' ? [`E.O. ${i.number}`, `executive order ${i.number}`] : [];
    for (const v of unique([i.title, ...(i.aliases ?? []), ...cited])) b.addName(t, curatedName(v), null);
  }
  for (const r of curated.regimes) {
    const instrument = r.latest ?? r.establishedBy[0];
    const card = r.committee ? `body:${r.committee}` : instrument ? `instrument:${instrument}` : undefined;
    if (!card) continue;
    const t = b.addTarget({
      entity: `regime:${r.id}`, card, name: r.name, type: 'regime',
      authorities: [r.authority], programmes: r.listCodes, refs: [], countries: r.jurisdictions, prominence: 20,
    });
    for (const v of unique([r.name, ...r.listCodes])) b.addName(t, curatedName(v), null);
  }
  return b.finish(source.lexicon);
}
