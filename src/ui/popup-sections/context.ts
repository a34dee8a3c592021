/**
 * What every section of the toolbar popup shares: the tab, the settings in
 * use, the page's summary, how to change a setting, the status line, and
 * the memo that lets a redraw keep a section that shows nothing new.
 */
import type { PageSummaryReply } from '../../messaging/protocol';
import type { Settings } from '../../settings/model';
import type { UpdateTracker } from '../update-tracker';

export interface PopupDeps {
  tab: { id?: number; url?: string; title?: string };
  askTab(msg: unknown): Promise<unknown>;
  askBackground(msg: unknown): Promise<unknown>;
  loadSettings(): Promise<Settings>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  watchSettings?(cb: (s: Settings) => void): () => void;
  openOptions(): void;
  /** The next-mention shortcut as the browser has it set ("Alt+Shift+N"); '' when none is set. */
  nextMentionShortcut?: string;
  now?(): number;
}

export interface PopupContext {
  readonly doc: Document;
  readonly deps: PopupDeps;
  /** The settings in use, as last saved or read. */
  readonly settings: Settings;
  /** What the page's content script said it shows; null when it did not answer. */
  readonly summary: PageSummaryReply | null;
  readonly updates: UpdateTracker;
  now(): number;
  /** The popup's status line (read out by screen readers). */
  say(text: string): void;
  /** Saves a change of settings, then follows the page as it re-marks itself. */
  change(fn: (s: Settings) => Settings, message: string): Promise<void>;
  /** Redraws at once: for a change of what the popup shows that saves nothing (the scope chosen). */
  draw(): void;
  /**
   * The section as drawn last time when nothing it shows (`inputs`) has changed: a redraw (the page
   * re-marking itself, an update's progress) never swaps a control under the user's key or resets
   * what they chose in it (the export format), and keeps the focus where it was.
   */
  reuseUnlessChanged(name: string, inputs: unknown, build: () => Node): Node;
}
