/**
 * Collects the text a reader sees in a subtree, as one string for recognition,
 * with a map back to the DOM text nodes, so that a recognised range becomes
 * the text nodes it covers and offsets in them: what mark.js `markRanges`
 * is given.
 */
import { partitionPoint } from '../shared/partition-point';

/** Elements whose text is never matched: code, form fields, editors, non-rendered content, our own UI, the page's navigation. */
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
  'mark.sl-mark[data-sl-category]',
  // The page's own navigation and menus: section names and link lists, not what the reader reads.
  'nav',
  'menu',
  '[role="navigation"]',
  '[role="menu"]',
  '[role="menubar"]',
];
/** Link lists in a header or footer are the page's menus too; checked only at lists (a descendant selector on every element costs). */
const MENU_LISTS = 'header ul, header ol, footer ul, footer ol';
const LISTS = new Set(['ul', 'ol']);

const EXCLUDE_SELF = EXCLUDED_ELEMENTS.join(',');
/** Text directly in these is never a reader's text (mark.js skips it too). */
const SKIPPED_PARENTS = new Set(['script', 'style', 'title', 'head', 'html']);

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
  /** How many characters of `PageText.text` the node gives (its data less the invisible characters). */
  length: number;
  /**
   * Where each of those characters is in the node's data, when some were
   * dropped (soft hyphens, zero-width characters); absent when none were.
   */
  rawAt?: number[];
}

export interface PageText {
  /** The visible text as a reader sees it; block boundaries and line breaks become "\n". */
  text: string;
  /** Segments in text order. */
  segments: TextSegment[];
}

/**
 * Characters a reader never sees, that publishers put inside words for line
 * breaking or that editors leave behind: soft hyphen, zero-width space,
 * non-joiner, joiner, word joiner, and a stray byte-order mark.
 */
const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/;
const INVISIBLE_ALL = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
/** Spaces that look like spaces: no-break space and narrow no-break space. */
const NO_BREAK_SPACES = /[\u00A0\u202F]/g;

/** A web address written out ("https://…", "www.…"): never a name, though its words may be. */
const WEB_ADDRESS = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+\s*$/i;
const ADDRESS_IN_PROSE = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)\S+/gi;
/** Link text that is a path or a slug ("news/2025/belarus-potash-sanctions", "by-potash-belaruskali-2025"). */
const PATH_OR_SLUG = /^\s*(?:\S*[\p{L}\p{N}]\/\S*|[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){2,})\s*$/u;

/**
 * Whether a text node is an address rather than prose: a written-out URL
 * anywhere, or link text that is a path or slug of three or more joined words.
 * Checked only for text without a space, so prose costs one test.
 */
function isAddressText(value: string, parent: Element): boolean {
  const trimmed = value.trim();
  if (!trimmed || /\s/.test(trimmed)) return false;
  if (WEB_ADDRESS.test(trimmed)) return true;
  return PATH_OR_SLUG.test(trimmed) && !!parent.closest('a');
}

/**
 * A text node's data as a reader sees it, and where each character of it is
 * in the data (only when characters were dropped). The cleaned text keeps one
 * character per visible character, so a name split by a soft hyphen
 * ("Prom\u00ADsvyaz\u00ADbank") or joined by a no-break space is matched.
 */
export function readerText(data: string): { text: string; rawAt?: number[] } {
  const spaced = data.replace(NO_BREAK_SPACES, ' ');
  if (!INVISIBLE.test(spaced)) return { text: spaced };
  const rawAt: number[] = [];
  for (let i = 0; i < spaced.length; i++) if (!INVISIBLE.test(spaced[i])) rawAt.push(i);
  return { text: spaced.replace(INVISIBLE_ALL, ''), rawAt };
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
 * With `maxSegments`, the walk stops after that many text nodes (the caller
 * scans a root that big part by part): reading a million nodes only to drop
 * them would block the page for seconds.
 */
export function collectPageText(root: Element, maxSegments = Infinity): PageText {
  const segments: TextSegment[] = [];
  if (root.closest(EXCLUDE_SELF) || root.closest(MENU_LISTS)) return { text: '', segments };
  // No filter callback: the browser calling back into script for every node cost more than the walk.
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const parts: string[] = [];
  const blockCache = new Map<Element, Element | null>();
  let length = 0;
  let lastBlock: Element | null | undefined;
  let pendingBreak = false;

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if ((node as Element).matches(EXCLUDE_SELF) || (LISTS.has((node as Element).localName) && (node as Element).matches(MENU_LISTS))) {
        // Skip the excluded subtree: the walker stops on its last node, and nextNode() goes on after it.
        while (walker.lastChild());
        continue;
      }
      if (tag === 'BR' || tag === 'HR' || tag === 'br' || tag === 'hr') pendingBreak = true;
      continue;
    }
    const text = node as Text;
    const parent = text.parentElement;
    const value = text.data;
    if (!parent || !value || SKIPPED_PARENTS.has(parent.localName)) continue;
    if (isAddressText(value, parent)) {
      // Left out, and the words either side are not joined across it.
      pendingBreak = true;
      continue;
    }
    const block = nearestBlock(parent, blockCache);
    if (lastBlock !== undefined && (block !== lastBlock || pendingBreak)) {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
    lastBlock = block;
    const seen = readerText(value);
    // An address inside prose becomes spaces of its length: offsets stay true, and no name is read from it.
    if (value.includes('://') || value.includes('www.')) seen.text = seen.text.replace(ADDRESS_IN_PROSE, (m) => ' '.repeat(m.length));
    const segment: TextSegment = { node: text, start: length, length: seen.text.length };
    if (seen.rawAt) segment.rawAt = seen.rawAt;
    segments.push(segment);
    parts.push(seen.text);
    length += seen.text.length;
    if (segments.length >= maxSegments) break;
  }
  return { text: parts.join(''), segments };
}

/**
 * What mark.js is given for a range of `PageText.text`: the text nodes it
 * covers (mark.js reads their data, one after another, as its text) and
 * where the first of them starts in the page text. Null if the range crosses
 * a separator. A mention over inline markup (<b>Kim</b> Jong Un) covers
 * several directly adjacent nodes.
 */
export interface MarkRange {
  nodes: Text[];
  /** Where the first node starts in the page text. */
  nodeStart: number;
  /** Offset in the first node's data where the range starts, and in the last node's data where it ends. */
  rawStart: number;
  rawEnd: number;
}

/** Offset in a node's data of the segment's `k`-th reader character (k = length: the end of the data). */
function rawOffset(seg: TextSegment, k: number): number {
  if (!seg.rawAt) return k;
  return k >= seg.length ? seg.node.data.length : seg.rawAt[k];
}

/** Offset in a node's data just after the segment's first `k` reader characters. */
function rawEndOffset(seg: TextSegment, k: number): number {
  if (!seg.rawAt) return k;
  return k <= 0 ? 0 : seg.rawAt[k - 1] + 1;
}

export function toMarkRange(page: PageText, start: number, end: number): MarkRange | null {
  const segs = page.segments;
  // The last segment starting at or before `start` (the first when none does).
  const lo = Math.max(0, partitionPoint(segs.length, (i) => segs[i].start <= start) - 1);
  const first = segs[lo];
  if (!first || start < first.start || end <= start) return null;
  const nodes = [first.node];
  let i = lo;
  let last = first;
  let segEnd = first.start + first.length;
  while (end > segEnd) {
    const next = segs[i + 1];
    if (!next || next.start !== segEnd) return null;
    i += 1;
    nodes.push(next.node);
    last = next;
    segEnd = next.start + next.length;
  }
  return { nodes, nodeStart: first.start, rawStart: rawOffset(first, start - first.start), rawEnd: rawEndOffset(last, end - last.start) };
}
