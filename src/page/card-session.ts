/**
 * The card's lifecycle on one document: when it opens and closes (HoverIntent),
 * fetching its data and, on the first card, its code; showing it beside its
 * mark, pinning, copying the citation, and taking it down.
 */
import type { CardData } from '../kb/cards';
import type { PageBackend } from './page-backend';
import type { Popover } from './popover/popover';
import { HoverIntent } from './popover/intent';
import { MARK_STATE } from './marker';
import type { PageMarks } from './page-marks';
import type { FocusReturn } from './focus-return';

export class CardSession {
  private shown: Popover | null = null;
  readonly intent: HoverIntent<HTMLElement>;
  private readonly cache = new Map<string, Promise<CardData | null>>();
  private openSeq = 0;

  constructor(
    private readonly doc: Document,
    private readonly backend: Pick<PageBackend, 'card' | 'cardUi'>,
    private readonly marks: PageMarks,
    private readonly focus: FocusReturn,
    /** Whether the page is still marked: a card fetched after deactivation is not shown. */
    private readonly isActive: () => boolean,
  ) {
    const win = doc.defaultView!;
    this.intent = new HoverIntent<HTMLElement>({
      open: (mark, viaKeyboard) => void this.open(mark, viaKeyboard),
      close: () => this.close(),
      setTimer: (fn, ms) => win.setTimeout(fn, ms),
      clearTimer: (id) => win.clearTimeout(id),
    });
  }

  /** The card's popover, once a card has been shown. */
  get popover(): Popover | null {
    return this.shown;
  }

  /** Whether a node is inside the card. */
  contains(node: Node | null): boolean {
    return this.shown?.contains(node) ?? false;
  }

  /** Whether the card is open on a mark inside `region`. */
  anchoredWithin(region: Element): boolean {
    const anchor = this.shown?.anchor;
    return !!anchor && region.contains(anchor);
  }

  /** Cards fetched before a knowledge-base update or a change of options would show the old data. */
  forgetCards(): void {
    this.cache.clear();
  }

  /** Removes the card from the page. */
  destroy(): void {
    this.intent.dismiss();
    this.shown?.destroy();
    this.shown = null;
  }

  private async open(mark: HTMLElement, viaKeyboard: boolean): Promise<void> {
    const mention = this.marks.mentionOf(mark);
    if (!mention) return;
    const seq = ++this.openSeq;
    const key = `${mention.entity}\u0000${mention.confidence}\u0000${(mention.candidates ?? []).join(',')}\u0000${mention.known ? '' : mention.text}\u0000${mention.matched ?? ''}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.backend.card({
        entity: mention.entity,
        text: mention.known ? mention.name : mention.text,
        candidates: mention.candidates,
        possible: mention.confidence === 'possible',
        ...(mention.matched ? { matched: mention.matched } : {}),
      });
      this.cache.set(key, pending);
    }
    // The card's data and, on the first card, its code are fetched together.
    const [card, ui] = await Promise.all([pending.catch(() => null), this.shown ? null : this.backend.cardUi().catch(() => null)]);
    if (!card || seq !== this.openSeq || this.intent.anchor !== mark || !this.isActive()) return;
    if (!this.shown) {
      if (!ui) return;
      this.shown = new ui.Popover(this.doc);
    }
    const popover = this.shown;
    const previous = popover.anchor;
    if (previous) {
      previous.classList.remove(MARK_STATE.active);
      previous.removeAttribute('aria-expanded');
    }
    mark.classList.add(MARK_STATE.active);
    if (mark.hasAttribute('role')) mark.setAttribute('aria-expanded', 'true');
    // Focus never jumps into the card: the focused mark or link keeps it (Tab steps into the card, Escape
    // closes it), so opening a card never moves the reader's place in the page.
    popover.show(
      mark,
      card,
      {
        onCopy: (c) => void this.copyCitation(c),
        onPin: () => {
          this.intent.togglePin();
          this.shown?.setPinned(this.intent.state === 'pinned');
        },
        onClose: () => {
          const back = this.focus.target;
          const focusInCard = this.contains(this.doc.activeElement);
          this.intent.dismiss();
          if (focusInCard) this.focus.giveBack(back);
        },
      },
      { keyboardHint: viaKeyboard },
    );
  }

  private close(): void {
    const anchor = this.shown?.anchor;
    if (anchor) {
      anchor.classList.remove(MARK_STATE.active);
      anchor.removeAttribute('aria-expanded');
    }
    this.shown?.hide();
  }

  private async copyCitation(card: CardData): Promise<void> {
    try {
      await this.doc.defaultView!.navigator.clipboard.writeText(card.citation);
      this.shown?.status('Citation copied');
    } catch {
      this.shown?.status('Could not copy: the page does not allow clipboard access');
    }
  }
}
