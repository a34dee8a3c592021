/**
 * A mention from the entries accepted at one run of tokens: the category
 * that ranks first, the closest spelling, and every party it may name.
 */
import { F_ALIAS, F_BLOCK, F_REWORDED, F_VARIANT, type Entry, type NameTrie, type Target } from '../name-trie';
import { NAME_PARTICLES } from '../name-variants';
import { alignmentCost, ARABIC_SCRIPT, skeleton } from '../phonetic-key';
import type { Token } from '../tokenize';
import type { Mention } from '../types';

const CATEGORY_RANK: Record<string, number> = { instrument: 0, body: 1, jurisdiction: 2, designated: 3 };
const AMBIGUOUS_ARABIC_MIN_CONSONANTS = 6;

/** Gives a target's id for a mention, remembering the target for that id (see targets.ts). */
export type NoteTarget = (t: Target) => string;

/** Among entries a surface reaches by transliteration, those spelled closest to it. */
function closestSpellings(entries: Entry[], surface: Token[]): Entry[] {
  if (entries.length < 2) return entries;
  const costs = entries.map((e) => alignmentCost(e.norm, surface) ?? Infinity);
  const min = Math.min(...costs);
  return entries.filter((_, k) => costs[k] === min);
}

/**
 * Arabic script leaves short vowels unwritten, so a page name is matched on
 * its consonants alone. Few consonants that fit several listed people are a
 * common name ("أحمد سيد", Ahmed Sayed, fits Ahmad Sa'idi and Ahmad
 * al-Hamidawi's aliases; "ياسر إبراهيم" is a footballer as well as a listed
 * Yasser Ibrahim): nothing on the page says which, or whether any.
 */
function isShortArabicSkeleton(surface: Token[]): boolean {
  if (!surface.some((s) => ARABIC_SCRIPT.test(s.norm))) return false;
  let consonants = 0;
  for (const s of surface) if (!NAME_PARTICLES.has(s.lat)) consonants += skeleton(s.lat).length;
  return consonants < AMBIGUOUS_ARABIC_MIN_CONSONANTS;
}

/** The mention the accepted entries make, or none where one blocks the phrase or a short Arabic skeleton fits several. */
export function mentionFor(
  index: NameTrie,
  note: NoteTarget,
  entries: Entry[],
  surface: Token[],
  surfaceNorm: string,
  text: string,
  altered = false,
): Mention | undefined {
  if (entries.some((e) => e.flags & F_BLOCK)) return undefined;
  let best = entries;
  const rank = (e: Entry) => CATEGORY_RANK[index.targets[e.target].category];
  const minRank = Math.min(...best.map(rank));
  best = best.filter((e) => rank(e) === minRank);
  const exact = best.filter((e) => e.norm === surfaceNorm && !(e.flags & F_VARIANT));
  if (exact.length) best = exact;
  else best = closestSpellings(best, surface);
  const targets = [...new Set(best.map((e) => e.target))];
  const lead = best[0];
  const t: Target = index.targets[targets[0]];
  if (targets.length > 1 && t.category === 'designated' && isShortArabicSkeleton(surface)) return undefined;
  const start = surface[0].start;
  const end = surface[surface.length - 1].end;
  const m: Mention = {
    start,
    end,
    text: text.slice(start, end),
    category: t.category,
    entity: note(t),
    name: t.name,
    known: true,
    confidence: targets.length > 1 ? 'possible' : 'high',
    via: altered || lead.flags & F_VARIANT || lead.norm !== surfaceNorm ? 'variant' : lead.flags & F_ALIAS ? 'alias' : 'name',
  };
  if (targets.length > 1) m.candidates = targets.map((k) => note(index.targets[k]));
  if ((altered || lead.norm !== surfaceNorm || lead.flags & F_REWORDED) && index.targets[lead.target].category === 'designated') m.matched = lead.norm;
  return m;
}
