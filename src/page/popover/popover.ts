/**
 * The card's host: a `sanctions-lens-popover` element with a closed shadow
 * root that only this object holds (the page sees an element and nothing in
 * it: it can neither read which party the card is about nor rewrite it),
 * positioned beside its mark with Floating UI (flip and clamp to the
 * viewport), following the mark on scroll and resize while open. A
 * non-modal dialog: it never takes focus by itself; the controller moves
 * focus in (Tab from the mark) and out (Escape, Tab past the end).
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { CardData } from '../../kb/cards';
import { renderCard, type CardActions } from './render-card';
import { CARD_MAX_HEIGHT, POPOVER_CSS } from './popover.css';
import { pageThemeOf } from './page-theme';
import { POPOVER_TAG } from './tag';
import { isOfficialUrl } from '../../kb/official-links';

export { POPOVER_TAG };

/**
 * The host element and its shadow root. A page may have defined
 * `sanctions-lens-popover` itself and taken the shadow root first: then the
 * card lives under a name the page cannot have known in advance.
 */
function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  for (const tag of [POPOVER_TAG, `${POPOVER_TAG}-${Math.random().toString(36).slice(2, 10)}`]) {
    const host = doc.createElement(tag);
    try {
      // Closed: the page's host.shadowRoot is null; only this module keeps the root.
      if (!host.shadowRoot) return { host, shadow: host.attachShadow({ mode: 'closed' }) };
    } catch {
      // The page's element refused a shadow root: try the private name.
    }
  }
  throw new Error('Sanctions Lens: no element for the card');
}
function refuseUnofficialLink(e: Event): void {
  const a = e.target instanceof Element ? e.target.closest('a') : null;
  if (a && !isOfficialUrl(a.href)) {
    e.preventDefault();
    e.stopPropagation();
  }
}

const VIEWPORT_GUTTER = 8;
const TABBABLE = 'a[href],button:not([disabled])';

export interface ShowOptions {
  /** Opened from the keyboard: say how to get in and out. */
  keyboardHint: boolean;
}

export class Popover {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly frame: HTMLElement;
  private stopAutoUpdate: (() => void) | null = null;
  anchor: HTMLElement | null = null;

  constructor(private readonly doc: Document) {
    ({ host: this.host, shadow: this.shadow } = createHost(doc));
    this.host.hidden = true;
    const style = doc.createElement('style');
    style.textContent = POPOVER_CSS;
    this.frame = doc.createElement('div');
    this.frame.className = 'frame';
    this.frame.setAttribute('role', 'dialog');
    this.frame.setAttribute('aria-modal', 'false');
    this.frame.setAttribute('aria-labelledby', 'sl-card-title');
    this.shadow.append(style, this.frame);
    // A link is followed only to an official https address, checked again at the click: whatever changed the
    // link after the card was drawn, it cannot send the reader elsewhere.
    for (const type of ['click', 'auxclick'] as const) this.shadow.addEventListener(type, (e) => refuseUnofficialLink(e), true);
  }

  get isShown(): boolean {
    return !this.host.hidden && this.host.isConnected;
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host || this.host.contains(node) || this.shadow.contains(node));
  }

  show(anchor: HTMLElement, card: CardData, actions: CardActions, opts: ShowOptions): void {
    this.anchor = anchor;
    const body = renderCard(this.doc, card, actions);
    body.tabIndex = -1;
    // The card wears the page's theme; without one it follows the OS (see popover.css.ts).
    const theme = pageThemeOf(anchor);
    if (theme) body.dataset.theme = theme;
    if (opts.keyboardHint) {
      const hint = this.doc.createElement('p');
      hint.className = 'hint';
      hint.textContent = 'Tab moves into this card; Escape closes it.';
      body.append(hint);
    }
    this.frame.replaceChildren(body);
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.host.hidden = false;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = autoUpdate(anchor, this.host, () => void this.place(anchor));
  }

  /** Moves focus into the card (its first control, or the card itself). */
  focusCard(): void {
    const card = this.shadow.querySelector<HTMLElement>('.card');
    card?.focus({ preventScroll: true });
  }

  /** Whether focus sits on the card's first (backwards) or last (forwards) stop, so Tab would leave it. */
  focusEdge(backwards: boolean): boolean {
    const active = this.shadow.activeElement;
    const stops = [...this.shadow.querySelectorAll<HTMLElement>(TABBABLE)];
    if (!active || !stops.length) return true;
    if (backwards) return active === stops[0] || active.classList.contains('card');
    return active === stops[stops.length - 1];
  }

  setPinned(pinned: boolean): void {
    this.shadow.querySelector('.pin')?.setAttribute('aria-pressed', String(pinned));
  }

  /** Shows a short status line in the card (e.g. "Citation copied"). */
  status(message: string): void {
    let line = this.shadow.querySelector('.status');
    if (!line) {
      line = this.doc.createElement('p');
      line.className = 'status';
      line.setAttribute('role', 'status');
      this.shadow.querySelector('.foot')?.append(line);
    }
    line.textContent = message;
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.host.hidden = true;
    this.frame.replaceChildren();
    this.anchor = null;
    // A closed card leaves nothing in the page.
    this.host.remove();
  }

  destroy(): void {
    this.hide();
  }

  private async place(anchor: HTMLElement): Promise<void> {
    if (!anchor.isConnected) return;
    const { x, y } = await computePosition(anchor, this.host, {
      placement: 'bottom-start',
      strategy: 'absolute',
      middleware: [
        offset(6),
        flip({ padding: VIEWPORT_GUTTER, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
        shift({ padding: VIEWPORT_GUTTER }),
        size({
          padding: VIEWPORT_GUTTER,
          apply: ({ availableHeight }) => {
            const card = this.shadow.querySelector<HTMLElement>('.card');
            if (card) card.style.maxHeight = `${Math.min(CARD_MAX_HEIGHT, Math.max(160, Math.floor(availableHeight)))}px`;
          },
        }),
      ],
    });
    this.host.style.setProperty('left', `${x}px`, 'important');
    this.host.style.setProperty('top', `${y}px`, 'important');
  }
}
