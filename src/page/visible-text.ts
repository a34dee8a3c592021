/**
 * Collects the text a reader sees in a subtree, as one string for recognition,
 * with a map back to DOM text nodes and to mark.js's own text view (the plain
 * concatenation of every text node not directly in a script, style or title), so that
 * recognised ranges can be handed to mark.js `markRanges` unchanged in meaning.
 */

/** Elements whose text is never matched: code, form fields, editors, non-rendered content, our own UI. */
const EXCLUDED_ELEMENTS = [
  'script',
  'style',
  // mark.js always skips text directly in these; listed so both views of the text agree.
  'title',
  'head',
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
  '[style*="display: none"]',
  '[style*="display:none"]',
  'sanctions-lens-popover',
  'mark[data-sl-entity]',
];

const EXCLUDE_SELF = EXCLUDED_ELEMENTS.join(',');
/** mark.js skips text directly inside these, whatever else it is told. */
const MARKJS_SKIPPED_PARENTS = new Set(['script', 'style', 'title', 'head', 'html']);

/**
 * The length an excluded subtree adds to mark.js's view of the text: mark.js
 * is given no `exclude` list (testing every text node's parent against one is
 * the costliest part of marking), so it counts this text and we must too.
 */
function markViewLength(el: Element): number {
  let n = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const parent = t.parentNode as Element | null;
    if (parent && !MARKJS_SKIPPED_PARENTS.has(parent.localName)) n += (t as Text).data.length;
  }
  return n;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'LEGEND', 'MENU', 'OPTGROUP',
]);

/** Whether an element starts a block of text: its text is never joined to its neighbours'. */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `PageText.text`. */
  start: number;
  /** Offset of the node's first character in mark.js's text view of the same root. */
  markStart: number;
  /**
   * The block that holds the node (or the root), and where that block's text
   * starts in the root's mark.js view: marks are made per block, so mark.js
   * walks only the blocks that have mentions, not the whole page.
   */
  context: Element;
  contextMarkStart: number;
}

export interface PageText {
  /** The visible text; block boundaries and line breaks become "\n". */
  text: string;
  /** Segments in text order. */
  segments: TextSegment[];
}


function nearestBlock(el: Element | null, cache: Map<Element, Element | null>): Element | null {
  const start = el;
  let cur = el;
  while (cur && !isBlockElement(cur)) {
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
 * Walks `root` in document order, skipping excluded subtrees whole. Text
 * hidden by CSS is read too: asking the browser about visibility would force
 * a style and layout pass on every page before it has painted, and marks in
 * hidden text are harmless (nobody sees them). Elements hidden by the
 * `hidden` attribute or an inline `display: none` are skipped.
 */
export function collectPageText(root: Element): PageText {
  const segments: TextSegment[] = [];
  if (root.closest(EXCLUDE_SELF)) return { text: '', segments };
  const doc = root.ownerDocument;
  let markLength = 0;
  const blockStarts = new Map<Element, number>();
  // The walker offers nodes in document order: an excluded subtree's text is counted where it stands.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => {
      if (n.nodeType !== 1) return 1 /* FILTER_ACCEPT */;
      if (!(n as Element).matches(EXCLUDE_SELF)) {
        if (isBlockElement(n as Element)) blockStarts.set(n as Element, markLength);
        return 1 /* FILTER_ACCEPT */;
      }
      markLength += markViewLength(n as Element);
      return 2 /* FILTER_REJECT */;
    },
  });
  const parts: string[] = [];
  const blockCache = new Map<Element, Element | null>();
  let length = 0;
  let lastBlock: Element | null | undefined;
  let pendingBreak = false;

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'BR' || tag === 'HR' || tag === 'br' || tag === 'hr') pendingBreak = true;
      continue;
    }
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent) continue;
    const value = text.data;
    const markStart = markLength;
    if (MARKJS_SKIPPED_PARENTS.has(parent.localName)) continue;
    markLength += value.length;
    if (!value) continue;
    const block = nearestBlock(parent, blockCache);
    if (lastBlock !== undefined && (block !== lastBlock || pendingBreak)) {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
    lastBlock = block;
    const inRoot = block !== null && block !== root && blockStarts.has(block);
    segments.push({
      node: text,
      start: length,
      markStart,
      context: inRoot ? block : root,
      contextMarkStart: inRoot ? blockStarts.get(block)! : 0,
    });
    parts.push(value);
    length += value.length;
  }
  return { text: parts.join(''), segments };
}

/**
 * Maps a [start, end) range of `PageText.text` to mark.js's view of the
 * segment's block (`context`); null if it crosses a separator.
 */
export function toMarkRange(page: PageText, start: number, end: number): { context: Element; start: number; length: number } | null {
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
  return { context: first.context, start: markBegin - first.contextMarkStart, length: markEnd - markBegin };
}
