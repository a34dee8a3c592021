/**
 * The card's styles, inside its own shadow root. px units only: rem would
 * follow the page's root font size. The host's positioning is declared with
 * !important because pages (and WXT's reset) may restyle custom elements.
 *
 * Colours are custom properties: the light set by default, the dark set when
 * the card's `data-theme` is "dark" (the page behind the mark is dark, see
 * ./page-theme.ts), and the OS preference only when no theme was set.
 * The card is a column: its body scrolls, its actions never do.
 */
const LIGHT = `--fg: #1b1b1f; --bg: #fff; --border: #c9c9d1; --muted: #55555f; --soft: #3a3a44; --rule: #e6e6ea;
  --link: #0b5cad; --btn-bg: #f7f7f9; --btn-border: #9a9aa6; --warn-bg: #fff4e8; --warn-fg: #6b2c00; --mirror: #8a4b00;
  --pressed-bg: #1b1b1f; --pressed-fg: #fff; --ok: #0b4d35;`;
const DARK = `--fg: #ececf1; --bg: #1f1f24; --border: #44444f; --muted: #b4b4bf; --soft: #d0d0da; --rule: #3a3a44;
  --link: #8cc4ff; --btn-bg: #2c2c33; --btn-border: #5a5a66; --warn-bg: #3a2616; --warn-fg: #ffd2ad; --mirror: #f0b060;
  --pressed-bg: #ececf1; --pressed-fg: #1b1b1f; --ok: #8fe0bf;`;

/** The summary's budget: the card opens at most this tall until "More" is opened. */
export const CARD_MAX_HEIGHT = 520;

export const POPOVER_CSS = `
:host { all: initial; position: absolute !important;
  z-index: 2147483647 !important; display: block !important; width: max-content !important; }
:host([hidden]) { display: none !important; }
.card { ${LIGHT} box-sizing: border-box; width: 360px; max-width: min(420px, calc(100vw - 16px));
  max-height: min(${CARD_MAX_HEIGHT}px, calc(100vh - 16px)); display: flex; flex-direction: column;
  border-radius: 8px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border); box-shadow: 0 6px 24px rgba(0,0,0,.18); text-align: left;
  color-scheme: light; }
.card[data-theme="dark"] { ${DARK} color-scheme: dark; }
@media (prefers-color-scheme: dark) { .card:not([data-theme]) { ${DARK} color-scheme: dark; } }
.card:focus { outline: 2px solid #0072b2; outline-offset: 2px; }
.body { flex: 1 1 auto; min-height: 0; overflow: auto; padding: 12px 14px 6px; }
.head { margin: 0 0 6px; }
.badge { display: inline-block; font-size: 11px; font-weight: 600; letter-spacing: .02em; text-transform: uppercase;
  padding: 1px 6px; border-radius: 3px; background: #f4e7d0; color: #6b3b00; }
.badge-jurisdiction { background: #dcebf7; color: #0b3f66; }
.badge-instrument { background: #d9f0e6; color: #0b4d35; }
.badge-body { background: #f3dff0; color: #5e1f52; }
.title { font-size: 16px; line-height: 1.25; margin: 5px 0 2px; font-weight: 650; overflow-wrap: anywhere; unicode-bidi: isolate; }
.kind { margin: 0; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
.status-lines p { margin: 4px 0 0; font-size: 12px; }
.possible { padding: 3px 6px; border-left: 3px solid #d55e00; background: var(--warn-bg); color: var(--warn-fg); }
.formerly, .instrument-status { font-weight: 600; color: var(--warn-fg); }
.matched { color: var(--soft); font-style: italic; overflow-wrap: anywhere; }
.authority-lines { margin: 6px 0 0; }
.authority-line { display: flex; gap: 6px; align-items: baseline; font-size: 12px; padding: 1px 0; min-width: 0; }
.authority-line .authority { flex: none; min-width: 36px; }
.authority-line .what { flex: 1 1 auto; min-width: 0; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; color: var(--soft); }
.authority-line .when { flex: none; color: var(--muted); white-space: nowrap; }
.authority-line.listing-removed .what { text-decoration: line-through; }
.summary { margin: 6px 0 0; overflow-wrap: anywhere; unicode-bidi: plaintext; display: -webkit-box; -webkit-box-orient: vertical;
  -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
.as-of { margin: 6px 0 0; font-size: 11px; color: var(--muted); overflow-wrap: anywhere; }
.not-loaded { margin: 1px 0 0; font-size: 11px; color: var(--muted); }
.mirror-note { margin: 2px 0 0; font-size: 11px; font-weight: 600; color: var(--mirror); overflow-wrap: anywhere; }
.more-toggle { margin: 8px 0 2px; }
.more-toggle::before { content: "▸ "; }
.more-toggle[aria-expanded="true"]::before { content: "▾ "; }
.more { padding-top: 2px; }
.listed-as { margin: 6px 0 0; font-size: 12px; color: var(--soft); overflow-wrap: anywhere; }
.section-title { font-size: 11px; margin: 10px 0 3px; color: var(--soft); text-transform: uppercase; letter-spacing: .03em; }
.validity { margin: 4px 0 0; font-size: 12px; }
.validity-ran-out { padding: 3px 6px; border-left: 3px solid #8a5a00; background: var(--warn-bg); color: var(--warn-fg); }
ul { list-style: none; margin: 0; padding: 0; }
.listing { padding: 5px 0; border-top: 1px solid var(--rule); }
.listing:first-child { border-top: 0; }
.authority { font-weight: 700; }
.programmes, .listing-meta, .removed { color: var(--soft); font-size: 12px; overflow-wrap: anywhere; }
.reason, .summary-full { margin-top: 3px; font-size: 12px; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.web-link { display: inline; font-size: 12px; color: var(--soft); }
.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 10px; margin: 8px 0; font-size: 12px; }
.facts dt { color: var(--muted); grid-column: 1; }
.facts dd { margin: 0; grid-column: 2; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.aliases { margin: 0; font-size: 12px; color: var(--soft); overflow-wrap: anywhere; unicode-bidi: plaintext; }
.candidate { font-size: 12px; padding: 3px 0; }
.link-row { display: flex; flex-wrap: wrap; align-items: baseline; margin: 3px 0 0; }
.sep { color: var(--muted); font-size: 12px; white-space: pre; }
.link { color: var(--link); text-decoration: underline; font-size: 12px; }
.link:focus-visible, .btn:focus-visible { outline: 2px solid #0072b2; outline-offset: 1px; }
.foot { flex: none; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; padding: 6px 14px 8px; border-top: 1px solid var(--rule); }
.hint { margin: 0; padding: 0 14px 8px; font-size: 11px; color: var(--muted); }
.actions { display: flex; gap: 6px; }
.btn { font: inherit; font-size: 12px; padding: 2px 8px; border-radius: 4px; border: 1px solid var(--btn-border); background: var(--btn-bg);
  color: var(--fg); cursor: pointer; }
.btn.mini { font-size: 11px; padding: 0 5px; }
.btn[aria-pressed="true"] { background: var(--pressed-bg); color: var(--pressed-fg); }
.status { margin: 0; font-size: 11px; color: var(--ok); }
.status:empty { display: none; }
@media (forced-colors: active) {
  .card { border: 2px solid CanvasText; }
  .badge { border: 1px solid CanvasText; }
}
`;
