/**
 * Tells when a document, or a region of it, becomes editable after it was
 * marked: an editor that saves its content would otherwise save our marks
 * into the reader's text. A `contenteditable` attribute is seen as it is set;
 * `designMode` has no event, so it is looked at whenever the page changes or
 * the reader is about to interact (the caller calls `check`).
 */
export class EditableWatch {
  private observer: MutationObserver | null = null;

  constructor(
    private readonly doc: Document,
    /** `null`: the whole document (designMode). */
    private readonly onEditable: (region: Element | null) => void,
  ) {}

  start(): void {
    const win = this.doc.defaultView;
    if (!win || this.observer) return;
    this.observer = new win.MutationObserver((records) => {
      for (const r of records) if (r.target.nodeType === 1 && isEditable(r.target as HTMLElement)) this.onEditable(r.target as Element);
    });
    this.observer.observe(this.doc.documentElement, { attributes: true, attributeFilter: ['contenteditable'], subtree: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Whether the whole document is editable now; reports it if so. */
  check(): boolean {
    if (!documentEditable(this.doc)) return false;
    this.onEditable(null);
    return true;
  }
}

/** A cheap property read (no style pass), so it can run on every interaction. */
export function documentEditable(doc: Document): boolean {
  return doc.designMode === 'on';
}

function isEditable(el: HTMLElement): boolean {
  const attr = el.getAttribute('contenteditable');
  return el.isContentEditable === true || (attr !== null && attr.toLowerCase() !== 'false');
}
