/**
 * Where a mark sits in the page, for keyboard and style decisions: the link
 * or button holding it (which keeps its own focus and meaning), and whether
 * its text is light on dark.
 */

/** Page controls a mark can sit in: the control, not the mark, is what keyboard users reach. */
export const CONTROL_SELECTOR = 'a[href],button,summary,label,[role="link"],[role="button"],[role="tab"],[role="menuitem"]';

/** What should hold focus for a mark: the control around it, or the mark itself. */
export function focusTargetOf(mark: HTMLElement): HTMLElement {
  return mark.parentElement?.closest<HTMLElement>(CONTROL_SELECTOR) ?? mark;
}

/**
 * 'dark' when the text under `el` is light (so the page behind it is dark),
 * judged from the computed text colour: cheap (one style read per scanned
 * root, before any write) and right for dark themes and dark sections alike.
 */
export function toneOf(el: Element): 'light' | 'dark' {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  const rgb = parseRgb(view.getComputedStyle(el).color);
  if (!rgb) return 'light';
  return relativeLuminance(rgb) > 0.45 ? 'dark' : 'light';
}

export function parseRgb(color: string): [number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** WCAG relative luminance of an sRGB colour (0 black to 1 white). */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
