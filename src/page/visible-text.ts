/**
 * Collects the text a reader sees in a subtree, as one string for recognition,
 * with a map back to DOM text nodes and to mark.js's own text view (the plain
 * concatenation of every text node whose parent is not excluded), so that
 * recognised ranges can be handed to mark.js `markRanges` unchanged in meaning.
 */

/** Elements whose text is never matched: code, form fields, editors, non-rendered content, our own UI. */
const EXCLUDED_ELEMENTS = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'object',
  '[contenteditable]:not([contenteditable="false"])',
  '[hidden]',
  'sanctions-lens-popover',
  'mark[data-sl-entity]',
];

/**
 * mark.js only tests a text node's direct parent against `exclude`, so each
 * selector is also given in its descendant form to exclude whole subtrees.
 */
export const MARK_EXCLUDE: string[] = EXCLUDED_ELEMENTS.flatMap((s) => [s, `${s} *`]);
const EXCLUDE_SELECTOR = MARK_EXCLUDE.join(',');
/** mark.js always skips these parents, whatever `exclude` says. */
const MARKJS_ALWAYS_SKIPPED = 'script,style,title,head,html';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'LEGEND', 'MENU', 'OPTGROUP',
]);

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `PageText.text`. */
  start: number;
  /** Offset of the node's first character in mark.js's text view of the same root. */
  markStart: number;
}

export interface PageText {
  /** The visible text; block boundaries and line breaks become "\n". */
  text: string;
  /** Segments in text order. */
  segments: TextSegment[];
}

export function isExcludedElement(el: Element): boolean {
  return el.matches(EXCLUDE_SELECTOR);
}

function nearestBlock(el: Element | null, cache: Map<Element, Element | null>): Element | null {
  const start = el;
  let cur = el;
  while (cur && !BLOCK_TAGS.has(cur.tagName.toUpperCase())) {
    const hit = cache.get(cur);
    if (hit !== undefined) {
      cur = hit;
      break;
    }
    cur = cur.parentElement;
  }
  if (start) cache.set(start, cur);
  return cur;
}

/**
 * Walks `root` in document order. Text in excluded elements is left out of
 * `text` (and, through MARK_EXCLUDE, out of mark.js's view); text hidden by
 * CSS is left out of `text` but still counted in mark.js's view, which does
 * not know about styles.
 */
export function collectPageText(root: Element): PageText {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const segments: TextSegment[] = [];
  const parts: string[] = [];
  const blockCache = new Map<Element, Element | null>();
  const visibleCache = new Map<Element, boolean>();
  let length = 0;
  let markLength = 0;
  let lastBlock: Element | null | undefined;
  let pendingBreak = false;

  const isVisible = (el: Element): boolean => {
    let v = visibleCache.get(el);
    if (v === undefined) {
      const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
      v = typeof check === 'function' ? check.call(el) : true;
      visibleCache.set(el, v);
    }
    return v;
  };

  for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR' || tag === 'HR') pendingBreak = true;
      continue;
    }
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || parent.matches(MARKJS_ALWAYS_SKIPPED)) continue;
    const value = text.data;
    const markStart = markLength;
    if (parent.matches(EXCLUDE_SELECTOR)) continue;
    markLength += value.length;
    if (!value || !isVisible(parent)) continue;
    const block = nearestBlock(parent, blockCache);
    if (lastBlock !== undefined && (block !== lastBlock || pendingBreak)) {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
    lastBlock = block;
    segments.push({ node: text, start: length, markStart });
    parts.push(value);
    length += value.length;
  }
  return { text: parts.join(''), segments };
}

/** Maps a [start, end) range of `PageText.text` to mark.js's view; null if it crosses a separator. */
export function toMarkRange(page: PageText, start: number, end: number): { start: number; length: number } | null {
  const segs = page.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].start <= start) lo = mid;
    else hi = mid - 1;
  }
  const first = segs[lo];
  if (!first || start < first.start) return null;
  // Walk forward while the range continues into directly adjacent segments
  // (inline markup such as <b>Kim</b> Jong Un); a "\n" separator breaks adjacency.
  let i = lo;
  let markEnd = first.markStart + (start - first.start);
  const markBegin = markEnd;
  let pos = start;
  while (pos < end) {
    const seg = segs[i];
    if (!seg) return null;
    const segEnd = seg.start + seg.node.data.length;
    if (pos < seg.start) return null;
    const take = Math.min(end, segEnd) - pos;
    markEnd = seg.markStart + (pos - seg.start) + take;
    pos += take;
    if (pos < end) {
      const next = segs[i + 1];
      // Text hidden by CSS sits in mark.js's view but not in ours: never let a mark swallow it.
      if (!next || next.start !== segEnd || next.markStart !== seg.markStart + seg.node.data.length) return null;
      i += 1;
    }
  }
  return { start: markBegin, length: markEnd - markBegin };
}
