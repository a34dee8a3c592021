/**
 * Whether a reader can see a mark: only those count in the badge, the popup
 * and the export. Text a page hides (display:none, visibility:hidden, zero
 * opacity, a zero font size, an empty box) is still read and marked, so
 * that a name shown later is ready, but a page cannot make the extension
 * report parties the reader never saw. What a page draws over its own text
 * (a cover, off-screen placement, text coloured like its background) is not
 * told apart: a page can always restyle or cover its own content.
 */
export function readerCanSee(mark: HTMLElement): boolean {
  if (typeof mark.checkVisibility === 'function' && !mark.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
  for (const r of mark.getClientRects()) if (r.width >= 1 && r.height >= 1) return true;
  return false;
}
