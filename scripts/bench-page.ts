/**
 * Pages and in-page probes for npm run bench: the instrumentation added to
 * the served pages, the ten-times page, the floor and the naive way. The
 * probe functions run inside the page (passed to page.evaluate), so they use
 * nothing from their module.
 */

/** The page with a tiny observer in <head>: DOMContentLoaded, the last mark insertion, long tasks. */
export function benchInstrumentation(html: string): string {
  const probe = `<script>
(() => {
  const s = { dcl: NaN, firstFree: NaN, lastMark: NaN, lastChange: performance.now(), longTasks: [] };
  document.addEventListener('DOMContentLoaded', () => {
    s.dcl = performance.now();
    // The first moment any task can run after DOMContentLoaded (a worker's reply among them): the page's own
    // work that follows the event in its task (its first style and layout) comes first.
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { s.firstFree = performance.now(); };
    ch.port2.postMessage(0);
  });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) s.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  } catch {}
  new MutationObserver((records) => {
    const now = performance.now();
    s.lastChange = now;
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && (n.matches('mark.sl-mark') || n.querySelector('mark.sl-mark'))) s.lastMark = now;
    }
  }).observe(document, { childList: true, subtree: true });
  window.__slBench = {
    marks: () => document.querySelectorAll('mark.sl-mark').length,
    settled: () => document.querySelectorAll('mark.sl-mark').length > 0 && performance.now() - s.lastChange > 500,
    report: () => ({ dcl: s.dcl, firstFree: s.firstFree, lastMark: s.lastMark, marks: document.querySelectorAll('mark.sl-mark:not(.sl-continued)').length, longTasks: s.longTasks }),
  };
})();
</script>`;
  return html.replace(/<head([^>]*)>/i, (m) => `${m}\n${probe}`);
}

/**
 * Where the marks are, as offsets into the text of the body's text nodes end
 * to end (marking splits nodes but keeps that text): what the floor extension
 * is given. Runs in the page.
 */
export const MARK_RANGES_JS = `(() => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const at = new Map();
  let end = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) { at.set(n, end); end += n.data.length; }
  const ranges = [];
  for (const m of document.querySelectorAll('mark.sl-mark')) {
    const first = document.createTreeWalker(m, NodeFilter.SHOW_TEXT).nextNode();
    if (first && at.has(first)) ranges.push({ start: at.get(first), length: m.textContent.length });
  }
  return ranges.sort((a, b) => a.start - b.start);
})()`;

/**
 * The page with the marks' ranges in its head, for the floor extension
 * (scripts/bench-floor): `nodesPerCall` text nodes a markRanges call, or
 * `null` for one call over the body.
 */
export function withRanges(html: string, ranges: { start: number; length: number }[], nodesPerCall: number | null): string {
  const spec = `<script type="application/json" id="sl-bench-ranges">${JSON.stringify({ ranges, nodesPerCall })}</script>`;
  return html.replace(/<head([^>]*)>/i, (m) => `${m}\n${spec}`);
}

/** The article with its body repeated `times` times. */
export function longPageHtml(html: string, times: number): string {
  const m = /<body([^>]*)>([\s\S]*)<\/body>/i.exec(html);
  if (!m) throw new Error('demo page has no <body>');
  const body = Array.from({ length: times }, () => m[2]).join('\n');
  return html.replace(m[0], `<body${m[1]}>${body}</body>`);
}

/**
 * The floor: collect every text node's text with a TreeWalker, nothing else.
 * In-page code is kept as source text: the TypeScript runner would otherwise
 * wrap its functions in helpers the page does not have. Evaluates to ms.
 */
export const TEXT_FLOOR_JS = `(() => {
  // Pages get a coarse clock (0.1 ms): time 20 reads and divide.
  const REPEAT = 20;
  let chars = 0;
  const t0 = performance.now();
  for (let k = 0; k < REPEAT; k++) {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let n = w.nextNode(); n; n = w.nextNode()) parts.push(n.nodeValue || '');
    chars += parts.join('').length;
  }
  const ms = (performance.now() - t0) / REPEAT;
  window.__slFloorChars = chars;
  return ms;
})()`;

/** The naive way: mark.js mark() with names as keywords, in chunks (one call with thousands overflows the stack). Evaluates to ms. */
export function naiveMarkJs(names: string[], chunk: number): string {
  return `(async () => {
  const names = ${JSON.stringify(names)};
  const inst = new Mark(document.body);
  const t0 = performance.now();
  for (let i = 0; i < names.length; i += ${chunk}) {
    await new Promise((resolve) => inst.mark(names.slice(i, i + ${chunk}), { className: 'naive-bench', separateWordSearch: false, done: resolve }));
  }
  const ms = performance.now() - t0;
  inst.unmark({ className: 'naive-bench' });
  return ms;
})()`;
}
