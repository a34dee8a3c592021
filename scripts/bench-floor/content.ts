/**
 * The floor extension's content script (npm run bench): the least any design
 * with the product's fixed libraries does to put the same marks on a page.
 * It loads webextension-polyfill and mark.js, reads the page's text once,
 * makes one round trip to its worker (which only says yes: the recognition is
 * what is left out), and marks the ranges the bench wrote into the page with
 * mark.js markRanges, in one of two ways the page says: over the text nodes
 * that hold them, a few nodes a call, as the product does, or in one call
 * over the whole body, mark.js's own way. No settings, no card, no live-page
 * watching.
 */
// The polyfill as the product loads it (src/shared/extension-api.ts).
import browser from '../../src/shared/extension-api';
import Mark from '../../src/page/mark-js';

interface PageNodes {
  nodes: Text[];
  /** Each node's offset in the page's text (its nodes' data end to end). */
  starts: number[];
  text: string;
}

function readPage(): PageNodes {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let end = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    nodes.push(n);
    starts.push(end);
    parts.push(n.data);
    end += n.data.length;
  }
  return { nodes, starts, text: parts.join('') };
}

/** Ranges are in text order and never share a node with a range of another call. */
function markAll({ nodes, starts }: PageNodes, ranges: { start: number; length: number }[], nodesPerCall: number): void {
  let callNodes: Text[] = [];
  let callRanges: { start: number; length: number }[] = [];
  /** Where each node of the call begins in the call's own text. */
  const offsetInCall = new Map<Text, number>();
  let callLength = 0;
  const flush = () => {
    if (callRanges.length) new Mark(callNodes as unknown as HTMLElement[]).markRanges(callRanges, { element: 'mark', className: 'sl-mark' });
    callNodes = [];
    callRanges = [];
    offsetInCall.clear();
    callLength = 0;
  };
  let i = 0;
  for (const r of ranges) {
    while (i < nodes.length - 1 && starts[i + 1] <= r.start) i++;
    let j = i;
    while (j < nodes.length - 1 && starts[j + 1] < r.start + r.length) j++;
    const shares = callNodes.at(-1) === nodes[i];
    if (!shares && callNodes.length + (j - i + 1) > nodesPerCall) flush();
    for (let k = i; k <= j; k++) {
      if (offsetInCall.has(nodes[k])) continue;
      offsetInCall.set(nodes[k], callLength);
      callNodes.push(nodes[k]);
      callLength += nodes[k].data.length;
    }
    callRanges.push({ start: offsetInCall.get(nodes[i])! + (r.start - starts[i]), length: r.length });
  }
  flush();
}

document.addEventListener(
  'DOMContentLoaded',
  () => {
    const spec = document.getElementById('sl-bench-ranges');
    if (!spec?.textContent) return;
    const { ranges, nodesPerCall } = JSON.parse(spec.textContent) as { ranges: { start: number; length: number }[]; nodesPerCall: number | null };
    const page = readPage();
    void browser.runtime.sendMessage({ text: page.text }).then(() => {
      if (nodesPerCall !== null) markAll(page, ranges, nodesPerCall);
      else new Mark(document.body).markRanges(ranges, { element: 'mark', className: 'sl-mark' });
    });
  },
  { once: true },
);
