/**
 * The reader's pointer and keyboard on marks and the card: hover and focus
 * open it, Escape and Tab close or leave it, and the next-mention command
 * moves focus along the marks. Only the reader's own input counts: events a
 * page script made up are ignored.
 */
import { MARK_STATE } from './marker';
import { CONTROL_SELECTOR, focusTargetOf } from './mark-anchor';
import type { PageMarks } from './page-marks';
import type { CardSession } from './card-session';
import type { FocusReturn } from './focus-return';

export class ReaderInput {
  private readonly listeners: [string, EventListener, AddEventListenerOptions | boolean][] = [];

  constructor(
    private readonly doc: Document,
    private readonly marks: PageMarks,
    private readonly cards: CardSession,
    private readonly focus: FocusReturn,
    /** Run before every event; true stops it (designMode has no event of its own: see EditableWatch). */
    private readonly interrupted: () => boolean,
  ) {}

  /**
   * Moves focus to the next shown mention after the current one (wrapping) and
   * opens its card. A mention inside a link or button focuses that control, so
   * Enter still does what the page meant.
   */
  focusNext(): HTMLElement | null {
    const marks = this.marks.shown().filter((m) => !m.classList.contains(MARK_STATE.repeat));
    if (!marks.length) return null;
    const intent = this.cards.intent;
    const active = this.doc.activeElement as HTMLElement | null;
    const focusedControl = active?.matches?.(CONTROL_SELECTOR) ? active : null;
    const current = intent.anchor ?? marks.find((m) => m === active || (focusedControl && focusedControl.contains(m))) ?? null;
    const i = current ? marks.indexOf(current) : -1;
    const next = marks[(i + 1) % marks.length];
    next.scrollIntoView?.({ block: 'center' });
    const target = focusTargetOf(next);
    this.focus.target = target;
    target.focus({ preventScroll: true });
    intent.focusAnchor(next);
    return next;
  }

  start(): void {
    const { marks, cards, focus } = this;
    const intent = cards.intent;
    this.on('mouseover', (e) => {
      const mark = marks.markFrom(e.target);
      if (mark) intent.enterAnchor(mark);
      else if (cards.contains(e.target as Node)) intent.enterCard();
    });
    this.on('mouseout', (e) => {
      const from = e.target as Node;
      const to = e.relatedTarget as Node | null;
      const fromMark = marks.markFrom(from);
      if (fromMark && (!to || !fromMark.contains(to))) {
        if (cards.contains(to)) intent.enterCard();
        else if (marks.markFrom(to) !== fromMark) intent.leaveAnchor();
      } else if (cards.contains(from) && !cards.contains(to)) {
        if (marks.markFrom(to) === intent.anchor) intent.enterAnchor(intent.anchor!);
        else intent.leaveCard();
      }
    });
    this.on('mousemove', (e) => intent.pointerMove(e.clientX, e.clientY, e.timeStamp), { capture: true, passive: true });
    this.on('focusin', (e) => {
      if (focus.restoring) return;
      const target = e.target as HTMLElement;
      const mark = marks.markFrom(target);
      if (mark) {
        focus.target = focusTargetOf(mark);
        // A click focuses the mark too (tabindex -1): open at once but leave focus where the reader put it.
        intent.focusAnchor(mark);
        return;
      }
      if (cards.contains(target)) {
        intent.enterCard();
        return;
      }
      // Keyboard focus on a link or button that holds a mention offers that mention's card (focus stays on the control).
      const inner = marks.controlMark(target);
      if (inner && isFocusVisible(target)) {
        focus.target = target;
        intent.focusAnchor(inner);
      }
    });
    this.on('focusout', (e) => {
      const to = e.relatedTarget as Node | null;
      const from = e.target as HTMLElement;
      const leavingOurs = marks.markFrom(from) || cards.contains(from) || (focus.target === from && intent.state !== 'idle');
      const stayingOurs = marks.markFrom(to) || cards.contains(to) || (!!to && to === focus.target);
      if (leavingOurs && !stayingOurs) intent.blur();
    });
    this.on('keydown', (e) => this.onKey(e));
    // Nothing to do on these but the check every listener makes first: a click or the first keystroke
    // in a document just switched to designMode takes its marks away before the edit lands.
    this.on('mousedown', () => undefined);
    this.on('beforeinput', () => undefined);
  }

  stop(): void {
    for (const [type, fn, opts] of this.listeners) this.doc.removeEventListener(type, fn, opts);
    this.listeners.length = 0;
  }

  private on<K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, opts: AddEventListenerOptions | boolean = true): void {
    const listener = ((e: DocumentEventMap[K]) => {
      if (!e.isTrusted) return;
      if (this.interrupted()) return;
      fn(e);
    }) as EventListener;
    this.doc.addEventListener(type, listener, opts);
    this.listeners.push([type, listener, opts]);
  }

  private onKey(e: KeyboardEvent): void {
    const intent = this.cards.intent;
    const popover = this.cards.popover;
    if (intent.state === 'idle' || !popover?.isShown) return;
    const focusInCard = popover.contains(this.doc.activeElement);
    if (cardKey(e.key) === 'close') {
      const back = this.focus.target;
      if (intent.escape()) {
        e.stopPropagation();
        e.preventDefault();
        if (focusInCard) this.focus.giveBack(back);
      }
      return;
    }
    if (cardKey(e.key) !== 'move') return;
    const active = this.doc.activeElement as HTMLElement | null;
    if (!focusInCard) {
      // From the link or mark the card belongs to, Tab steps into the card before going on through the page.
      if (!e.shiftKey && active && active === this.focus.target) {
        e.preventDefault();
        popover.focusCard();
      }
      return;
    }
    const edge = popover.focusEdge(e.shiftKey);
    if (e.shiftKey && edge) {
      e.preventDefault();
      this.focus.giveBack(this.focus.target);
    } else if (!e.shiftKey && edge && this.focus.target) {
      // Leaving the card forwards: focus goes back to its mark or control, and the browser's own Tab then
      // moves on from there, so the page's tab order continues where the reader left it.
      const back = this.focus.target;
      if (intent.state === 'pinned') intent.togglePin();
      intent.dismiss();
      this.focus.giveBack(back);
    }
  }
}

/** `:focus-visible`, where the DOM supports it (jsdom does not: there, focus counts as keyboard focus). */
function isFocusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** What a key does while a card is open: Escape closes it, Tab moves into, through or out of it; other keys are the page's. */
export function cardKey(key: string): 'close' | 'move' | null {
  if (key === 'Escape') return 'close';
  return key === 'Tab' ? 'move' : null;
}
