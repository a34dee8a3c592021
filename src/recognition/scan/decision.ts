/**
 * The decision at one length of walk: which entries each walk end may be
 * read as, and which walk end the mark takes when several reach that far.
 */
import type { Reading } from '../clitics';
import type { Entry, NameTrie } from '../name-trie';
import { acceptEntry } from './acceptance';
import type { WalkEnd } from './candidates';
import type { Context } from './surface';

/** The walk end chosen at one length, with the entries accepted there. */
export interface Chosen {
  end: WalkEnd;
  accepted: Entry[];
  surfaceNorm: string;
}

function sameTargets(a: Entry[], b: Entry[]): boolean {
  const ta = new Set(a.map((e) => e.target));
  const tb = new Set(b.map((e) => e.target));
  return ta.size === tb.size && [...ta].every((t) => tb.has(t));
}

/**
 * Among walk ends of one length (from token `i` to `j`), the one a mark is
 * made from; undefined where none is accepted or two stems of one declined
 * name reach different parties.
 */
export function decideAt(index: NameTrie, ctx: Context, readings: Reading[], group: WalkEnd[], i: number, j: number): Chosen | undefined {
  let chosen: Chosen | undefined;
  let ambiguous = false;
  for (const end of group) {
    const { surface } = end;
    const surfaceNorm = surface.map((t) => t.norm).join(' ');
    const firstWord = end.reading >= 0 ? readings[end.reading].firstWord : undefined;
    const accepted: Entry[] = [];
    for (const ei of end.entries) {
      const e = index.entries[ei];
      if (firstWord !== undefined && e.norm.split(' ', 1)[0] !== firstWord) continue;
      if (acceptEntry(e, surface, surfaceNorm, ctx, i, j, end.altered)) accepted.push(e);
    }
    if (!accepted.length) continue;
    if (!chosen) {
      chosen = { end, accepted, surfaceNorm };
      continue;
    }
    // Two stems of one declined name that reach different parties: the base name is not certain. A word
    // as written that is a listed name ("Ivanova") is that name, whatever its stem would reach.
    if (end.reading === chosen.end.reading) {
      if (chosen.end.altered && end.altered && !sameTargets(accepted, chosen.accepted)) ambiguous = true;
    }
    // A word that begins with what reads as a proclitic may be the listed word itself ("وليد", Walid).
    else if (end.reading < 0 && chosen.end.reading >= 0 && accepted.some((e) => e.norm.split(' ', 1)[0] === surface[0].norm)) {
      chosen = { end, accepted, surfaceNorm };
    }
  }
  return ambiguous ? undefined : chosen;
}
