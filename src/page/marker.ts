/**
 * Wraps recognised mentions in <mark> elements with mark.js `markRanges`, and
 * removes them again. Never calls mark.js `mark()` with names as keywords:
 * recognition happens on the text, mark.js only wraps the ranges it is given.
 */
import Mark from 'mark.js';
import type { Mention } from '../recognition/types';
import { toMarkRange, type PageText } from './visible-text';
import type { SpliceLedger } from './splice-ledger';

export const MARK_CLASS = 'sl-mark';

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
const MAX_NODES_PER_PASS = 8;

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
    pass!.mentions.push(m);
    pass!.ranges.push({ start: at + (m.start - r.nodeStart), length: m.end - m.start });
  }
  return passes;
}

/** Marks `mentions` (offsets into `page.text`, collected from a root). Returns the created mark elements in document order. */
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
    const m = item.mention;
    mark.dataset.slEntity = m.entity;
    mark.dataset.slCategory = m.category;
    if (m.confidence === 'possible') mark.dataset.slPossible = '';
    if (opts.firstOnly && !item.first) mark.dataset.slRepeat = '';
    // A mention split over inline elements gives several marks; only the first is focusable.
    // tabIndex -1: reachable by the extension's keyboard command, never added to the page's tab order.
    if (pieceOf !== index) {
      mark.tabIndex = -1;
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'dialog');
      mark.setAttribute('aria-label', `${m.text}: ${m.confidence === 'possible' ? 'possible match, ' : ''}${categoryWord(m.category)}, sanctions context`);
    } else {
      mark.dataset.slContinued = '';
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

/** Removes every mark the extension made under `root`, restoring the text nodes. */
export function removeMarks(root: Element): void {
  new Mark(root as HTMLElement).unmark({ element: 'mark', className: MARK_CLASS });
}

/**
 * The user's mark style under `root`: "underline" is `data-sl-style` on the
 * marks (marks.css styles by it), "fill" is the default and no attribute, so
 * that marking a page in the default style writes nothing more per mark.
 */
export function setMarkStyle(root: Element, style: 'fill' | 'underline'): void {
  if (style === 'underline') for (const mark of root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}:not([data-sl-style])`)) mark.dataset.slStyle = style;
  else for (const mark of root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}[data-sl-style]`)) delete mark.dataset.slStyle;
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
