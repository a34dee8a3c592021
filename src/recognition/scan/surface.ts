/**
 * How a run of page tokens looks: capitals, headline case, the line around
 * it. Shared by the decision on a candidate and by the page passes.
 */
import { NAME_PARTICLES, TITLES, TITLE_MODIFIERS } from '../name-variants';
import { hasCase, isAllUpper, startsUpper } from '../normalize';
import type { Token } from '../tokenize';

/** One block of page text and its tokens, as every stage sees it. */
export interface Context {
  text: string;
  tokens: Token[];
}

const CUE_WINDOW = 80;
const DIGIT_FIRST = /^\d/;

/** Capitalised as a name part; a number has no case ("39"), nor does an ordinal in digits ("4th"). */
export function isCapitalisedName(t: Token): boolean {
  return !hasCase(t.cased) || startsUpper(t.cased) || NAME_PARTICLES.has(t.norm) || t.hyphenBefore || DIGIT_FIRST.test(t.cased);
}

/**
 * Words that say what kind of organisation a name is and that news write in
 * lower case after it ("the Wagner group", "the Lazarus group"). Lower case
 * only as the last word, after a capitalised name: "the group" alone is no name.
 */
const GENERIC_HEADS = new Set([
  'group', 'organization', 'organisation', 'network', 'movement', 'front', 'militia', 'brigade', 'brigades', 'battalion', 'army', 'company',
]);

export function capitalisedSurface(surface: Token[]): boolean {
  const n = surface.length;
  if (n >= 2 && GENERIC_HEADS.has(surface[n - 1].norm)) {
    const before = surface.slice(0, n - 1);
    return before.every(isCapitalisedName) && before.some((t) => !NAME_PARTICLES.has(t.norm));
  }
  return surface.every(isCapitalisedName);
}

/** A title before a name, capitalised ("Mullah", "General"); not a modifier that needs a title after it ("Vice"). */
export function isTitleBefore(t: Token): boolean {
  return TITLES.has(t.norm) && !TITLE_MODIFIERS.has(t.norm) && hasCase(t.cased) && startsUpper(t.cased);
}

export function surfaceAllUpper(surface: Token[]): boolean {
  let any = false;
  for (const t of surface) {
    if (!hasCase(t.cased)) continue;
    if (isAllUpper(t.cased)) any = true;
    else if (!NAME_PARTICLES.has(t.norm)) return false;
  }
  return any;
}

/** An all-caps word between other all-caps words is a headline, not a name written in its listed case. */
export function inUpperContext(ctx: Context, i: number, j: number): boolean {
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[j + 1];
  const upper = (t: Token | undefined, soft: boolean) => t !== undefined && soft && t.norm.length > 1 && isAllUpper(t.cased);
  return upper(prev, ctx.tokens[i].softBefore) || upper(next, next?.softBefore ?? false);
}

/** The text around a span, within its line: where a cue word still speaks for it. */
export function lineWindow(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CUE_WINDOW);
  const to = Math.min(text.length, end + CUE_WINDOW);
  let s = text.slice(from, to);
  const rel = start - from;
  const nlBefore = s.lastIndexOf('\n', rel);
  const nlAfter = s.indexOf('\n', rel + (end - start));
  s = s.slice(nlBefore + 1, nlAfter < 0 ? undefined : nlAfter);
  return s;
}
