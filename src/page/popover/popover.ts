/**
 * The card's host: a `sanctions-lens-popover` element with an open shadow
 * root, positioned beside its mark with Floating UI (flip and clamp to the
 * viewport), following the mark on scroll and resize while open.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { CardData } from '../../kb/cards';
import { renderCard, type CardActions } from './render-card';
import { POPOVER_CSS } from './popover.css';

export const POPOVER_TAG = 'sanctions-lens-popover';
const VIEWPORT_GUTTER = 8;

export class Popover {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly frame: HTMLElement;
  private stopAutoUpdate: (() => void) | null = null;
  anchor: HTMLElement | null = null;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(POPOVER_TAG);
    this.host.hidden = true;
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = POPOVER_CSS;
    this.frame = doc.createElement('div');
    this.frame.className = 'frame';
    this.frame.setAttribute('role', 'dialog');
    this.frame.setAttribute('aria-modal', 'false');
    this.frame.setAttribute('aria-labelledby', 'sl-card-title');
    this.shadow.append(style, this.frame);
  }

  get isShown(): boolean {
    return !this.host.hidden && this.host.isConnected;
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host || this.host.contains(node) || this.shadow.contains(node));
  }

  show(anchor: HTMLElement, card: CardData, actions: CardActions, focus: boolean): void {
    this.anchor = anchor;
    const body = renderCard(this.doc, card, actions);
    body.tabIndex = -1;
    this.frame.replaceChildren(body);
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.host.hidden = false;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = autoUpdate(anchor, this.host, () => void this.place(anchor));
    if (focus) body.focus({ preventScroll: true });
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
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }

  private async place(anchor: HTMLElement): Promise<void> {
    const { x, y } = await computePosition(anchor, this.host, {
      placement: 'bottom-start',
      strategy: 'absolute',
      middleware: [
        offset(6),
        flip({ padding: VIEWPORT_GUTTER }),
        shift({ padding: VIEWPORT_GUTTER }),
        size({
          padding: VIEWPORT_GUTTER,
          apply: ({ availableHeight }) => {
            const card = this.shadow.querySelector<HTMLElement>('.card');
            if (card) card.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    });
    this.host.style.setProperty('left', `${x}px`, 'important');
    this.host.style.setProperty('top', `${y}px`, 'important');
  }
}
