/**
 * The index's targets as mentions name them, and the root edges of the trie
 * every walk starts from: both looked up lazily, since a cold start's first
 * scan should not map all 17,000 targets.
 */
import type { NameTrie, Target } from '../name-trie';
import type { NoteTarget } from './mention';

const ROOT_EDGES_MAX = 50_000;

/** Surname keys that belong to exactly one listed person: only those are read after a title alone. */
function surnamesOfOnePerson(targets: readonly Target[]): Map<string, number> {
  const unique = new Map<string, number>();
  const shared = new Set<string>();
  targets.forEach((t, k) => {
    for (const s of t.surnames ?? []) {
      if (shared.has(s)) continue;
      const had = unique.get(s);
      if (had === undefined) unique.set(s, k);
      else if (had !== k) {
        unique.delete(s);
        shared.add(s);
      }
    }
  });
  return unique;
}

export class TargetTable {
  // Both tables walk every target (a packed index decodes each one's surnames to do so): built on first
  // need, not at load, where they were a third of the worker's cold start.
  private targetById: Map<string, Target> | null = null;
  private curatedTargets: Map<string, Target> | null = null;
  private uniqueSurnames: Map<string, number> | null = null;
  // Mentions name their targets by id. Designated targets are remembered as mentions are made from them (at
  // most every target once) and the few hundred curated ones in one pass, so a scan looks its mentions up
  // without mapping all targets (~4 ms). The full map stays for ids from elsewhere.
  private readonly noted = new Map<string, Target>();
  // Every token starts a walk at the root, and tries its stems there too: the root's edges are looked up
  // for the same words page after page, so they are remembered (bounded) instead of searched each time.
  private readonly rootEdges = new Map<string, number | undefined>();

  constructor(private readonly index: NameTrie) {}

  readonly note: NoteTarget = (t) => {
    this.noted.set(t.id, t);
    return t.id;
  };

  readonly targetOf = (id: string): Target | undefined =>
    this.noted.get(id) ?? this.curatedTarget(id) ?? (this.targetById ??= new Map(this.index.targets.map((t) => [t.id, t]))).get(id);

  private curatedTarget(id: string): Target | undefined {
    if (!this.curatedTargets) {
      this.curatedTargets = new Map();
      for (const t of this.index.targets) if (t.category !== 'designated') this.curatedTargets.set(t.id, t);
    }
    return this.curatedTargets.get(id);
  }

  /** The one listed person whose surname these keys are, if exactly one. */
  uniqueSurnameTarget(key: string): number | undefined {
    return (this.uniqueSurnames ??= surnamesOfOnePerson(this.index.targets)).get(key);
  }

  readonly child = (node: number, skel: string): number | undefined => {
    if (node !== 0) return this.index.child(node, skel);
    if (this.rootEdges.has(skel)) return this.rootEdges.get(skel);
    const to = this.index.child(0, skel);
    if (this.rootEdges.size >= ROOT_EDGES_MAX) this.rootEdges.clear();
    this.rootEdges.set(skel, to);
    return to;
  };
}
