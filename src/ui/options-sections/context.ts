/**
 * What every section of the options page shares: the settings in use, how to
 * save a change, the status line, and the page's redraw. A section keeps the
 * state only it shows (the rule being edited, the mirrors typed in) itself.
 */
import type { Settings } from '../../settings/model';
import type { FeedOverrides } from '../../settings/feed-overrides';
import type { PendingRedraw } from '../redraw';
import type { UpdateTracker } from '../update-tracker';

export interface OptionsDeps {
  loadSettings(): Promise<Settings>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  resetSettings(): Promise<Settings>;
  watchSettings?(cb: (s: Settings) => void): () => void;
  askBackground(msg: unknown): Promise<unknown>;
  loadFeedOverrides(): Promise<FeedOverrides>;
  saveFeedOverrides(o: FeedOverrides): Promise<void>;
  now?(): number;
}

export interface OptionsContext {
  readonly doc: Document;
  readonly deps: OptionsDeps;
  /** The settings in use, as last saved or read. */
  readonly settings: Settings;
  readonly updates: UpdateTracker;
  readonly redraw: PendingRedraw;
  now(): number;
  /** The page's status line (read out by screen readers). */
  say(text: string, isError?: boolean): void;
  /** Saves a change; resolves after the redraw that shows it (callers then move the focus). */
  save(change: (s: Settings) => Settings, message?: string): Promise<void>;
  /** Resets every setting to its default. */
  reset(): Promise<void>;
  /** Redraws at once: for a change of what the page shows that saves nothing (a row opened for editing). */
  draw(): void;
}

/** A section of the page: draws itself afresh from the shared and its own state. */
export type OptionsSection = () => Node;
