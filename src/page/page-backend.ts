/**
 * What the page side needs from the rest of the extension, as one interface:
 * the content script implements it with runtime messages, tests with a fake,
 * so everything under src/page/ runs under jsdom.
 */
import type { CardData } from '../kb/cards';
import type { Mention, PageContext } from '../recognition/types';
import type { CardUi } from './card-ui';

export interface PageBackend {
  /**
   * null: the worker set this scan aside for a newer one from the same frame, or declined an early scan
   * (see PageController.prefetchFirstScan); the text is scanned again later.
   */
  scan(text: string, context: PageContext, opts?: { early?: boolean }): Promise<Mention[] | null>;
  card(mention: { entity: string; text: string; candidates?: string[]; possible: boolean; matched?: string }): Promise<CardData | null>;
  /** The card code, loaded on the first card (see card-ui.ts): pages that are only read never parse it. */
  cardUi(): Promise<CardUi>;
  reportCount(count: number): void;
  /** Whether a reader can see a mark (mark-visibility.ts): the count, the summary and so the export skip the others. Absent, every mark counts. */
  seen?(mark: HTMLElement): boolean;
}
