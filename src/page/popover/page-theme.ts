/**
 * Which theme the page behind a mark has, so the card matches what the reader
 * looks at rather than the OS setting: the first ancestor with a mostly opaque
 * background colour decides by its luminance; a page transparent all the way
 * up (the browser's canvas) is judged by its text colour; null when neither
 * says, and the card follows the OS preference.
 */
import { relativeLuminance } from '../mark-anchor';

export type PageTheme = 'light' | 'dark';

/** Below this luminance a background reads as dark (mid grey #777 is about 0.18). */
const DARK_BELOW = 0.2;

function parseRgba(color: string): { rgb: [number, number, number]; alpha: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha: a };
}

export function pageThemeOf(el: Element): PageTheme | null {
  const view = el.ownerDocument.defaultView;
  if (!view) return null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const bg = parseRgba(view.getComputedStyle(cur).backgroundColor);
    if (bg && bg.alpha >= 0.5) return relativeLuminance(bg.rgb) < DARK_BELOW ? 'dark' : 'light';
  }
  const text = parseRgba(view.getComputedStyle(el).color);
  if (!text) return null;
  const l = relativeLuminance(text.rgb);
  return l > 0.45 ? 'dark' : l < 0.2 ? 'light' : null;
}
