/**
 * Wraps recognised mentions in <mark> elements with mark.js `markRanges`, and
 * removes them again. Never calls mark.js `mark()` with names as keywords:
 * recognition happens on the text, mark.js only wraps the ranges it is given.
 */
import Mark from './mark-js';
import type { Mention } from '../recognition/types';
import { toMarkRange, type PageText } from './visible-text';
import type { SpliceLedger } from './splice-ledger';

export const MARK_CLASS = 'sl-mark';
/**
 * The marks' states are classes beside `sl-mark`: the one published attribute
 * is `data-sl-category`. Which party a mark names stays in the content
 * script's own map (`mentionOf`), out of the page's sight: a page cannot read
 * from its marks which parties, or which data version, the extension knows.
 */
export const MARK_STATE = {
  /** A weak or ambiguous match. */
  possible: 'sl-possible',
  /** A later mention when the first mention stands out: marked lightly. */
  repeat: 'sl-repeat',
  /** A later piece of a mention split over inline elements. */
  continued: 'sl-continued',
  /** On light text (a dark page or section). */
  dark: 'sl-dark',
  /** The mark whose card is open. */
  active: 'sl-active',
  /** Briefly highlighted after the popup asked to reveal it. */
  flash: 'sl-flash',
} as const;

/**
 * What mark.js gets: offsets and an index only. mark.js serialises its ranges
 * into a debug string on every call, so they carry nothing heavier.
 */
interface RangeItem { start: number; length: number; i: number }

/**
 * One mark.js call: the text nodes it is given (its text is their data end to
 * end), the mentions it marks in text order, and their ranges in that text.
 * Passes never share a text node, so they can be marked one after another.
 */
export interface MarkPass {
  nodes: Text[];
  mentions: Mention[];
  ranges: { start: number; length: number }[];
}
/** mark.js has a fixed cost per call, and a cost per range that grows with the nodes in the call: a few nodes a call. */
export const MAX_NODES_PER_PASS = 8;

export interface MarkOptions {
  /** Only the first mention of each entity gets a visible style; the rest are marked but quiet. */
  firstOnly?: boolean;
  /** Entities already marked on this page before this pass (for "first mention only"). */
  seen?: Set<string>;
  /** Records the page text nodes this pass splits, for an exact undo. */
  ledger?: SpliceLedger;
}

/**
 * Plans the mark.js calls for `mentions` (offsets into `page.text`, collected
 * from a root), before any text node is split. Mentions that cannot be
 * mapped to adjacent text nodes are left out.
 */
export function planMarks(page: PageText, mentions: Mention[]): MarkPass[] {
  const passes: MarkPass[] = [];
  let viewLength = 0;
  let lastNodeView = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const r = toMarkRange(page, m.start, m.end);
    if (!r) continue;
    let pass = passes.at(-1);
    // Mentions that share a text node must go to mark.js together: wrapping one splits the node under the next.
    const shares = pass !== undefined && pass.nodes.at(-1) === r.nodes[0];
    if (!shares && (!pass || pass.nodes.length + r.nodes.length > MAX_NODES_PER_PASS)) {
      passes.push((pass = { nodes: [], mentions: [], ranges: [] }));
      viewLength = 0;
    }
    const at = shares ? lastNodeView : viewLength;
    for (const node of shares ? r.nodes.slice(1) : r.nodes) {
      lastNodeView = viewLength;
      pass!.nodes.push(node);
      viewLength += node.data.length;
    }
    // mark.js counts in the nodes' own data, invisible characters included: the range runs from the
    // mention's first character to its last one as they stand in the DOM.
    let rawLength = r.rawEnd - r.rawStart;
    for (let k = 0; k < r.nodes.length - 1; k++) rawLength += r.nodes[k].data.length;
    pass!.mentions.push(m);
    pass!.ranges.push({ start: at + r.rawStart, length: rawLength });
  }
  return passes;
}

/** Marks `mentions` (offsets into `page.text`, collected from a root). Returns the created mark elements in document order. */
/** The mention each mark (its first piece) wraps: held by the content script, never written into the page. */
const mentions = new WeakMap<Element, Mention>();

export function mentionOf(mark: Element): Mention | undefined {
  return mentions.get(mark);
}

export function applyMarks(page: PageText, mentions: Mention[], opts: MarkOptions = {}): HTMLElement[] {
  return markPasses(planMarks(page, mentions), opts);
}

/** Runs planned passes (in text order). Returns the created mark elements in document order. */
export function markPasses(passes: MarkPass[], opts: MarkOptions = {}): HTMLElement[] {
  const seen = opts.seen ?? new Set<string>();
  const items: { mention: Mention; first: boolean }[] = [];
  const calls = passes.map((pass) => ({
    nodes: pass.nodes,
    ranges: pass.ranges.map((range, j): RangeItem => {
      const mention = pass.mentions[j];
      items.push({ mention, first: !seen.has(mention.entity) });
      seen.add(mention.entity);
      return { ...range, i: items.length - 1 };
    }),
  }));
  if (!items.length) return [];
  const pieces: HTMLElement[][] = items.map(() => []);
  let pieceOf = -1;
  const before = opts.ledger?.snapshot(passes.flatMap((p) => p.nodes));
  const each = (el: Element, range: unknown) => {
    const index = (range as RangeItem).i;
    const item = items[index];
    const mark = el as HTMLElement;
    // mark.js tags its elements for its own unmark(), which is not used: the published attributes are ours only.
    mark.removeAttribute('data-markjs');
    const m = item.mention;
    mark.dataset.slCategory = m.category;
    if (m.confidence === 'possible') mark.classList.add(MARK_STATE.possible);
    if (opts.firstOnly && !item.first) mark.classList.add(MARK_STATE.repeat);
    // A mention split over inline elements gives several marks; only the first is focusable.
    // tabIndex -1: reachable by the extension's keyboard command, never added to the page's tab order.
    if (pieceOf !== index) {
      mentions.set(mark, m);
      mark.tabIndex = -1;
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'dialog');
      mark.setAttribute('aria-label', `${m.text}: ${m.confidence === 'possible' ? 'possible match, ' : ''}${categoryWord(m.category)}, sanctions context`);
    } else {
      mark.classList.add(MARK_STATE.continued);
    }
    pieceOf = index;
    pieces[index].push(mark);
  };
  // mark.js is given only the text nodes that hold mentions, not a block or the page: it walks every
  // text node of its context and tests each against its built-in exclusions, which made it cost as
  // much as the page was long. Its view of the text is then just those nodes' data, end to end.
  // (A few nodes a call: measured by npm run bench, 8 beat 1, 4, 12 and 24 on the long page.)
  for (const c of calls) new Mark(c.nodes as unknown as HTMLElement[]).markRanges(c.ranges, { element: 'mark', className: MARK_CLASS, each });
  const created = pieces.flat();
  if (before) opts.ledger!.record(before);
  return created;
}

/** Whether a mark is a later piece of a split mention. */
export function isContinued(mark: Element): boolean {
  return mark.classList.contains(MARK_STATE.continued);
}

/**
 * Unwraps marks of ours the splice ledger could not restore (a page moved
 * them): their text goes back in their place, merged with its neighbours.
 * Only these elements: a page's own `mark.sl-mark` is not ours to remove.
 */
export function unwrapMarks(marks: Iterable<Element>): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}

function categoryWord(c: Mention['category']): string {
  switch (c) {
    case 'designated':
      return 'sanctioned party';
    case 'jurisdiction':
      return 'sanctioned jurisdiction';
    case 'instrument':
      return 'legal instrument';
    case 'body':
      return 'sanctions body';
  }
}
