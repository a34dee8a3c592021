/**
 * The name pass: from each token not yet claimed, the longest walk the
 * decision accepts becomes a mark; failing one, a title and the surname of
 * exactly one listed person ("Mullah Baradar").
 */
import { F_BLOCK, type NameTrie } from '../name-trie';
import { COURTESY_TITLES } from '../name-variants';
import { hasCase, startsUpper } from '../normalize';
import type { Mention } from '../types';
import { CandidateWalker, endsByLength } from './candidates';
import { decideAt } from './decision';
import { mentionFor } from './mention';
import { isShortLocalName, isWeakEntry, needsJurisdictionCue, type NeedsSupport } from './page-filters';
import { isCapitalisedName, isTitleBefore, type Context } from './surface';
import type { TargetTable } from './targets';

export class NamePass {
  private readonly walker: CandidateWalker;

  constructor(
    private readonly index: NameTrie,
    private readonly targets: TargetTable,
  ) {
    this.walker = new CandidateWalker(index, targets.child);
  }

  /** Marks names in the block; records in `needs` those the page must support. */
  scan(ctx: Context, claimed: Uint8Array, needs: NeedsSupport): Mention[] {
    const { index } = this;
    const names: Mention[] = [];
    for (let i = 0; i < ctx.tokens.length; i++) {
      if (claimed[i]) continue;
      const { readings, ends } = this.walker.from(ctx, claimed, i);
      let matchedAt = -1;
      for (const group of ends.length ? endsByLength(ends) : []) {
        const j = group[0].j;
        const chosen = decideAt(index, ctx, readings, group, i, j);
        if (!chosen) continue;
        const { end, accepted, surfaceNorm } = chosen;
        const m = mentionFor(index, this.targets.note, accepted, end.surface, surfaceNorm, ctx.text, end.altered);
        // A short Arabic skeleton that fits several people names none of them, and claims no words: a name may
        // start at the next one ("سید حسن نصرالله", Sayyid Hasan Nasrallah, where "سید حسن" fits several).
        if (!m && !accepted.some((e) => e.flags & F_BLOCK)) break;
        if (m) {
          names.push(m);
          if (m.category === 'designated' && accepted.every(isWeakEntry)) needs.weak.add(m);
          if (accepted.every(needsJurisdictionCue)) needs.cueNeeded.set(m, [...new Set(accepted.map((e) => e.target))]);
          if (m.category === 'jurisdiction' && accepted.every(isShortLocalName)) needs.shortLocal.add(m);
        }
        matchedAt = j;
        break;
      }
      if (matchedAt >= 0) {
        i = matchedAt;
        continue;
      }
      const titled = this.titledSurname(ctx, claimed, i);
      if (titled) {
        names.push(titled.m);
        needs.weak.add(titled.m);
        needs.titled.add(titled.m);
        i = titled.j;
      }
    }
    return names;
  }

  /**
   * "Mullah Baradar", "General Ntaganda": a title and the surname of
   * exactly one listed person. The mark is the surname (a title is outside
   * it, as it is before a full name). Weak (the page must show evidence),
   * since a surname is shared with people nobody listed.
   */
  private titledSurname(ctx: Context, claimed: Uint8Array, i: number): { m: Mention; j: number } | undefined {
    const { tokens, text } = ctx;
    const t = tokens[i];
    const title = tokens[i - 1];
    if (i === 0 || !t.softBefore || !isTitleBefore(title) || COURTESY_TITLES.has(title.norm) || claimed[i - 1]) return undefined;
    for (const n of [2, 1]) {
      const surface = tokens.slice(i, i + n);
      if (surface.length < n || surface.some((u, k) => claimed[i + k] || (k > 0 && !u.softBefore))) continue;
      const target = this.targets.uniqueSurnameTarget(surface.map((u) => u.key).join(' '));
      if (target === undefined) continue;
      const last = surface[n - 1];
      if (!surface.every(isCapitalisedName) || !startsUpper(last.cased) || last.lat.length < 4) continue;
      // "General Ntaganda Bosco" is some longer name, not this one.
      const next = tokens[i + n];
      if (next && next.softBefore && hasCase(next.cased) && startsUpper(next.cased)) return undefined;
      const tg = this.index.targets[target];
      const start = t.start;
      const m: Mention = {
        start, end: last.end, text: text.slice(start, last.end), category: 'designated', entity: this.targets.note(tg), name: tg.name, known: true,
        confidence: 'possible', via: 'variant', matched: surface.map((u) => u.norm).join(' '),
      };
      return { m, j: i + n - 1 };
    }
    return undefined;
  }
}
