/**
 * The document's first scan, asked for before activation (see
 * PageController.prefetchFirstScan) and taken once by the scan it matches.
 */
import type { Mention, PageContext } from '../recognition/types';
import type { PageText } from './visible-text';

interface Early {
  root: Element;
  page: PageText;
  changes: MutationObserver;
  changed: boolean;
  context: string;
  reply: Promise<Mention[] | null>;
}

export class EarlyScan {
  private early: Early | null = null;

  get asked(): boolean {
    return this.early !== null;
  }

  /** Keeps the reply to a scan of `root`'s text, and watches the root for anything that would change that text. */
  keep(root: Element, page: PageText, context: PageContext, reply: Promise<Mention[] | null>): void {
    // Anything that could change the text read (collectPageText's exclusions are tags and these attributes).
    const changes = new MutationObserver(() => {
      if (this.early) this.early.changed = true;
    });
    changes.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'style', 'contenteditable'] });
    this.early = { root, page, changes, changed: false, context: JSON.stringify(context), reply };
  }

  /** The text read for the early scan, while the root is untouched since: reading it again would give the same. */
  textOf(root: Element): PageText | undefined {
    const early = this.early;
    // Records already delivered set `changed`; takeRecords() holds those not delivered yet.
    return early && early.root === root && !early.changed && !early.changes.takeRecords().length ? early.page : undefined;
  }

  /** The early reply, if it was asked for exactly this scan; it is given out once either way. */
  take(text: string, context: PageContext): Promise<Mention[] | null> | undefined {
    const early = this.early;
    this.drop();
    return early && early.page.text === text && early.context === JSON.stringify(context) ? early.reply : undefined;
  }

  drop(): void {
    this.early?.changes.disconnect();
    this.early = null;
  }
}
