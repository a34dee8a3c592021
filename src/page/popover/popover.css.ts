/**
 * The card's styles, inside its own shadow root. px units only: rem would
 * follow the page's root font size. The host's positioning is declared with
 * !important because pages (and WXT's reset) may restyle custom elements.
 */
export const POPOVER_CSS = `
:host { all: initial; position: absolute !important;
  z-index: 2147483647 !important; display: block !important; width: max-content !important; }
:host([hidden]) { display: none !important; }
.card { box-sizing: border-box; width: 360px; max-width: min(420px, calc(100vw - 16px)); max-height: min(460px, calc(100vh - 16px));
  overflow: auto; padding: 14px 16px 10px; border-radius: 8px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1f; background: #fff; border: 1px solid #c9c9d1; box-shadow: 0 6px 24px rgba(0,0,0,.18); text-align: left; }
.card:focus { outline: 2px solid #0072b2; outline-offset: 2px; }
.head { margin: 0 0 8px; }
.badge { display: inline-block; font-size: 11px; font-weight: 600; letter-spacing: .02em; text-transform: uppercase;
  padding: 1px 6px; border-radius: 3px; background: #f4e7d0; color: #6b3b00; }
.badge-jurisdiction { background: #dcebf7; color: #0b3f66; }
.badge-instrument { background: #d9f0e6; color: #0b4d35; }
.badge-body { background: #f3dff0; color: #5e1f52; }
.title { font-size: 16px; line-height: 1.3; margin: 6px 0 2px; font-weight: 650; overflow-wrap: anywhere; unicode-bidi: isolate; }
.kind { margin: 0; color: #55555f; font-size: 12px; }
.validity { margin: 4px 0 0; font-size: 12px; color: #33333d; }
.validity-ran-out { padding: 4px 6px; border-left: 3px solid #8a5a00; background: #fbf3e0; color: #4d3300; }
.possible { margin: 6px 0 0; padding: 4px 6px; border-left: 3px solid #d55e00; background: #fff4e8; color: #6b2c00; font-size: 12px; }
.matched { margin: 6px 0 0; color: #444; font-size: 12px; font-style: italic; }
.summary { margin: 6px 0 8px; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.section-title { font-size: 12px; margin: 10px 0 4px; color: #3a3a44; text-transform: uppercase; letter-spacing: .03em; }
ul { list-style: none; margin: 0; padding: 0; }
.listing { padding: 6px 0; border-top: 1px solid #e6e6ea; }
.listing:first-child { border-top: 0; }
.authority { font-weight: 700; margin-right: 4px; }
.programmes, .listing-meta { color: #3a3a44; font-size: 12px; overflow-wrap: anywhere; }
.reason { margin-top: 3px; font-size: 12px; color: #2a2a33; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 8px 0; font-size: 12px; }
.facts dt { color: #55555f; }
.facts dd { margin: 0; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.aliases { font-size: 12px; color: #3a3a44; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.candidate { font-size: 12px; padding: 3px 0; }
.links { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 8px 0 4px; }
.link { color: #0b5cad; text-decoration: underline; font-size: 12px; }
.link:focus-visible, .btn:focus-visible { outline: 2px solid #0072b2; outline-offset: 1px; }
.foot { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 6px; margin-top: 8px;
  padding-top: 6px; border-top: 1px solid #e6e6ea; }
.as-of { margin: 0; font-size: 11px; color: #55555f; overflow-wrap: anywhere; }
.mirror-note { margin: 2px 0 0; font-size: 11px; font-weight: 600; color: #8a4b00; overflow-wrap: anywhere; }
.hint { margin: 6px 0 0; font-size: 11px; color: #55555f; }
.actions { display: flex; gap: 6px; }
.btn { font: inherit; font-size: 12px; padding: 2px 8px; border-radius: 4px; border: 1px solid #9a9aa6; background: #f7f7f9;
  color: #1b1b1f; cursor: pointer; }
.btn[aria-pressed="true"] { background: #1b1b1f; color: #fff; }
.status { font-size: 11px; color: #0b4d35; min-height: 1em; }
@media (prefers-color-scheme: dark) {
  .card { color: #ececf1; background: #1f1f24; border-color: #44444f; }
  .kind, .as-of, .hint, .facts dt { color: #b4b4bf; }
  .mirror-note { color: #f0b060; }
  .programmes, .listing-meta, .aliases, .section-title, .reason { color: #d0d0da; }
  .listing, .foot { border-color: #3a3a44; }
  .link { color: #8cc4ff; }
  .btn { background: #2c2c33; color: #ececf1; border-color: #5a5a66; }
  .possible { background: #3a2616; color: #ffd2ad; }
  .validity { color: #d8d8e0; }
  .validity-ran-out { background: #3a2e16; color: #ffe2a8; }
  .matched { color: #ccc; }
}
@media (forced-colors: active) {
  .card { border: 2px solid CanvasText; }
  .badge { border: 1px solid CanvasText; }
}
`;
