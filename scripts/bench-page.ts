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
  const s = { dcl: NaN, lastMark: NaN, lastChange: performance.now(), longTasks: [] };
  document.addEventListener('DOMContentLoaded', () => { s.dcl = performance.now(); });
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
    report: () => ({ dcl: s.dcl, lastMark: s.lastMark, marks: document.querySelectorAll('mark.sl-mark:not(.sl-continued)').length, longTasks: s.longTasks }),
  };
})();
</script>`;
  return html.replace(/<head([^>]*)>/i, (m) => `${m}\n${probe}`);
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
