/**
 * Candidates: every way the name trie can be walked from one token. A
 * declined word may also be read as each of its stems that reaches a trie
 * edge ("Władimirowi": "Władimir" of Vladimir, and "Władimirow", itself a
 * listed surname Vladimirov): the walk branches, and the rest of the name
 * decides which was meant. The word as written is walked first.
 */
import { arabicSoundReadings } from '../arabic-sounds';
import { firstWordReadings, type Reading } from '../clitics';
import { reachingStems } from '../inflection';
import { koreanReadings } from '../korean-cyrillic';
import type { NameTrie } from '../name-trie';
import { UNIT_QUALIFIERS, isOrdinal } from '../name-variants';
import { startsUpper } from '../normalize';
import type { Token } from '../tokenize';
import type { Context } from './surface';

/** One way the trie walk reached a terminal: the tokens it aligned (qualifiers skipped, declined words stemmed). */
export interface WalkEnd {
  j: number;
  entries: number[];
  surface: Token[];
  altered: boolean;
  /** Which reading of the first word (clitics.ts) the walk started from; -1 for the word as written. */
  reading: number;
}

/** The candidates from one token: how its first word was read, and every walk end. */
export interface Candidates {
  readings: Reading[];
  ends: WalkEnd[];
}

/** Bounds the branching on declined words: a name has few parts, and each few stems that reach the trie. */
const MAX_STEM_BRANCHES = 16;
/** The first code point of the Arabic block: no Latin or Cyrillic word starts at or above it. */
const ARABIC_BLOCK_START = 0x0600;

type Child = (node: number, skel: string) => number | undefined;

export class CandidateWalker {
  // The walk's state: where it started, how the first word was read, what it found. One walk at a time.
  private ctx: Context = { text: '', tokens: [] };
  private claimed: Uint8Array = new Uint8Array(0);
  private walkStart = 0;
  private walkFirst: Token | undefined;
  private walkReading = -1;
  private walkEnds: WalkEnd[] = [];
  private branchesLeft = 0;
  // The words of the path being walked, as read; copied only where a name ends.
  private readonly path: Token[] = [];
  // The trie node a reading must continue from; one closure for the whole scan, not one per step.
  private reachFrom = 0;
  private readonly reaches = (st: Token) => this.child(this.reachFrom, st.skel) !== undefined;
  private readonly reachesSkel = (skel: string) => this.child(this.reachFrom, skel) !== undefined;

  constructor(
    private readonly index: NameTrie,
    private readonly child: Child,
  ) {}

  /** Every walk end from token `i` of the block; `claimed` tokens belong to marks already made. */
  from(ctx: Context, claimed: Uint8Array, i: number): Candidates {
    this.ctx = ctx;
    this.claimed = claimed;
    const ends: WalkEnd[] = [];
    // A proclitic read off comes first: "و" romanises to a vowel that the trie key drops, so "وسيرغي" reaches
    // Sergei as written too, but the mark belongs on the name. "del Mayo Zambada" is the listed article
    // contracted: read as "el", it is a reworded form of the alias.
    const readings = firstWordReadings(ctx.text, ctx.tokens[i]);
    readings.forEach((r, k) => this.walk(i, r.token, r.firstWord !== undefined, k, ends));
    this.walk(i, ctx.tokens[i], false, -1, ends);
    return { readings, ends };
  }

  private walk(i: number, first: Token, firstAltered: boolean, reading: number, ends: WalkEnd[]): void {
    this.walkStart = i;
    this.walkFirst = first;
    this.walkReading = reading;
    this.walkEnds = ends;
    this.branchesLeft = MAX_STEM_BRANCHES;
    this.step(i, 0, firstAltered);
  }

  private go(j: number, to: number, used: Token, altered: boolean): void {
    this.path.push(used);
    const term = this.index.terminals.get(to);
    if (term) this.walkEnds.push({ j, entries: term, surface: this.path.slice(), altered, reading: this.walkReading });
    this.step(j + 1, to, altered);
    this.path.pop();
  }

  private step(j: number, node: number, altered: boolean): void {
    const { tokens, text } = this.ctx;
    if (j >= tokens.length || this.claimed[j] || (j > this.walkStart && !tokens[j].softBefore)) return;
    const t = j === this.walkStart && this.walkFirst ? this.walkFirst : tokens[j];
    const next = this.child(node, t.skel);
    // "4th Armoured Division" for "Fourth Division": a qualifier between a unit's number and its kind may be left out.
    if (next === undefined && j > this.walkStart && UNIT_QUALIFIERS.has(t.norm) && startsUpper(t.cased) && isOrdinal(this.path[0].norm) && this.path.length === 1) {
      this.step(j + 1, node, true);
      return;
    }
    if (next !== undefined) this.go(j, next, t, altered);
    // "Władimirowi Putinowi": a declined word reaches its listed base form.
    // A stem on the same trie edge as the word still counts: its letters are what the part alignment compares
    // ("Ławrowowi" and its stem "Ławrow" share the skeleton of Lavrov, but only the stem is spelled close to it).
    // So does a Cyrillic syllable read as Korean ("Чен" of Kim Jong Un), and an Arabic word read with the
    // letters Arabic lacks ("بوتين" as "putin").
    this.reachFrom = node;
    const korean = koreanReadings(t, text);
    const stems = reachingStems(t, this.reaches);
    let readings = korean.length ? [...stems, ...korean.filter(this.reaches)] : stems;
    // Only an Arabic-script word has such readings: the test is inline, as it runs at every step of every walk.
    if (t.norm.charCodeAt(0) >= ARABIC_BLOCK_START) {
      const arabic = arabicSoundReadings(t, this.reachesSkel);
      if (arabic.length) readings = [...readings, ...arabic];
    }
    for (const r of readings) {
      const to = this.child(node, r.skel);
      if (to === undefined || this.branchesLeft-- <= 0) return;
      this.go(j, to, r, true);
    }
  }
}

/**
 * Walk ends grouped by the token they end at, longest first; within a group
 * in the order they were found. Most walks follow one path, whose ends are
 * already in order of length: those come back without a sort.
 */
export function endsByLength(ends: WalkEnd[]): WalkEnd[][] {
  let ordered = true;
  for (let k = 1; k < ends.length && ordered; k++) if (ends[k].j <= ends[k - 1].j) ordered = false;
  if (ordered) return ends.map((e) => [e]).reverse();
  // The sort is stable: ends at one length keep the order they were found in.
  const sorted = ends.slice().sort((a, b) => b.j - a.j);
  const groups: WalkEnd[][] = [];
  for (const e of sorted) {
    const last = groups[groups.length - 1];
    if (last && last[0].j === e.j) last.push(e);
    else groups.push([e]);
  }
  return groups;
}
