/**
 * The marks' styles, put into a page only while it holds marks of ours
 * (`MarkStyles`): a page with no mentions, or on a site switched off, has no
 * trace of them, not even a rule a page-made `mark.sl-mark` would match.
 *
 * Marks sit in the page, so every rule is scoped to mark.sl-mark. They never
 * change the box (no padding, border, margin or font change; focus rings are
 * outlines), so marking shifts nothing.
 * Quiet by default: a light tint and an underline whose STYLE tells the
 * category apart without colour (colour-blind readers, greyscale):
 *   party = solid, jurisdiction = dashed, instrument = dotted, body = double.
 * Colours are from the Okabe-Ito palette (distinguishable with the common
 * colour-vision deficiencies). Marks on light text (dark pages or dark
 * sections) get the class sl-dark from the content script and lighter lines.
 */
const MARKS_CSS = `
mark.sl-mark {
  all: unset;
  display: inline;
  color: inherit;
  font: inherit;
  cursor: help;
  border-radius: 2px;
  --sl-line: rgba(213, 94, 0, 0.95);
  --sl-tint: rgba(230, 159, 0, 0.2);
  background-color: var(--sl-tint);
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: var(--sl-line);
  text-decoration-thickness: 2px;
  text-underline-offset: 0.18em;
  text-decoration-skip-ink: none;
}
mark.sl-mark[data-sl-category='jurisdiction'] {
  --sl-line: rgba(0, 114, 178, 0.95);
  --sl-tint: rgba(86, 180, 233, 0.13);
  text-decoration-style: dashed;
}
mark.sl-mark[data-sl-category='instrument'] {
  --sl-line: rgba(0, 130, 92, 0.95);
  --sl-tint: rgba(0, 158, 115, 0.12);
  text-decoration-style: dotted;
  text-decoration-thickness: 2.5px;
}
mark.sl-mark[data-sl-category='body'] {
  --sl-line: rgba(170, 68, 136, 0.95);
  --sl-tint: rgba(204, 121, 167, 0.13);
  text-decoration-style: double;
  text-decoration-thickness: 1px;
  text-underline-offset: 0.14em;
}
mark.sl-mark.sl-dark {
  --sl-line: rgba(240, 180, 60, 0.95);
  --sl-tint: rgba(230, 159, 0, 0.24);
}
mark.sl-mark.sl-dark[data-sl-category='jurisdiction'] {
  --sl-line: rgba(120, 200, 245, 0.95);
  --sl-tint: rgba(86, 180, 233, 0.2);
}
mark.sl-mark.sl-dark[data-sl-category='instrument'] {
  --sl-line: rgba(80, 215, 170, 0.95);
  --sl-tint: rgba(0, 158, 115, 0.22);
}
mark.sl-mark.sl-dark[data-sl-category='body'] {
  --sl-line: rgba(235, 150, 200, 0.95);
  --sl-tint: rgba(204, 121, 167, 0.22);
}
/* A weak or ambiguous match: a thin, paler, dotted line and no tint. Nothing is added to the text, so the page
   keeps its layout (an inserted "?" would widen the line and can re-wrap the paragraph). */
mark.sl-mark.sl-possible {
  background-color: transparent;
  text-decoration-thickness: 1px;
  text-decoration-style: dotted;
  text-decoration-color: color-mix(in srgb, var(--sl-line) 70%, transparent);
}
/* The first mention stands out: later mentions get a thin, paler line and no tint, and still open their card. */
mark.sl-mark.sl-repeat {
  background-color: transparent;
  text-decoration-thickness: 1px;
  text-decoration-color: color-mix(in srgb, var(--sl-line) 55%, transparent);
}
mark.sl-mark:focus-visible,
mark.sl-mark.sl-active {
  outline: 2px solid var(--sl-line);
  outline-offset: 1px;
}
mark.sl-mark.sl-flash {
  animation: sl-flash 1.2s ease-out 1;
}
@keyframes sl-flash {
  0% { box-shadow: 0 0 0 4px rgba(213, 94, 0, 0.8); }
  100% { box-shadow: 0 0 0 0 rgba(213, 94, 0, 0); }
}
@media (prefers-reduced-motion: reduce) {
  mark.sl-mark.sl-flash { animation: none; outline: 3px solid rgba(213, 94, 0, 0.95); }
}
/* Forced colours (Windows high contrast): system colours, and the underline style still tells the category. */
@media (forced-colors: active) {
  mark.sl-mark {
    forced-color-adjust: none;
    background-color: Mark;
    color: MarkText;
    text-decoration-color: MarkText;
  }
  mark.sl-mark.sl-repeat,
  mark.sl-mark.sl-possible {
    background-color: Canvas;
    color: CanvasText;
    text-decoration-color: CanvasText;
  }
  mark.sl-mark:focus-visible,
  mark.sl-mark.sl-active {
    outline: 2px solid Highlight;
  }
}
`;

/** "Underline" style: the line only. A rule of the sheet, not an attribute on every mark. */
const UNDERLINE_CSS = `
mark.sl-mark { background-color: transparent; }
@media (forced-colors: active) { mark.sl-mark { background-color: Canvas; color: CanvasText; text-decoration-color: CanvasText; } }
`;

export type MarkStyle = 'fill' | 'underline';

/**
 * One document's style element for the marks. Attached just before the first
 * mark goes in and detached when the last one goes, re-attached if the page
 * threw it away (a head re-rendered by a framework).
 */
export class MarkStyles {
  private el: HTMLStyleElement | null = null;
  private style: MarkStyle = 'fill';

  constructor(private readonly doc: Document) {}

  get attached(): boolean {
    return !!this.el?.isConnected;
  }

  attach(): void {
    if (this.attached) return;
    this.el ??= this.doc.createElement('style');
    this.el.textContent = this.css();
    (this.doc.head ?? this.doc.documentElement).append(this.el);
  }

  detach(): void {
    this.el?.remove();
  }

  setStyle(style: MarkStyle): void {
    if (style === this.style) return;
    this.style = style;
    if (this.el) this.el.textContent = this.css();
  }

  private css(): string {
    return this.style === 'underline' ? MARKS_CSS + UNDERLINE_CSS : MARKS_CSS;
  }
}
