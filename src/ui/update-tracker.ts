/**
 * What a page (the popup, the options page) knows of the knowledge base in
 * use and of the updater, kept current while an update it starts or follows
 * runs, and after the user answers one of the updater's questions. Each change
 * asks the page to redraw.
 */
import type { KbStatusReply, UpdateStatusReply } from '../messaging/protocol';
import { followUpdate, getKbStatus, getUpdateStatus, updateNow, type Ask } from './updates';
import type { DecisionResult } from './update-decisions';

export class UpdateTracker {
  private constructor(
    private readonly ask: Ask,
    /** The knowledge base in use; null while it loads. */
    public kb: KbStatusReply | null,
    /** The updater's state; null when this build has no updater. */
    public updates: UpdateStatusReply | null,
    private readonly say: (text: string, isError?: boolean) => void,
    private readonly changed: () => void,
  ) {}

  static async load(ask: Ask, say: (text: string, isError?: boolean) => void, changed: () => void): Promise<UpdateTracker> {
    const kb = await getKbStatus(ask);
    const updates = await getUpdateStatus(ask);
    return new UpdateTracker(ask, kb, updates, say, changed);
  }

  readonly onStatus = (s: UpdateStatusReply): void => {
    this.updates = s;
    this.changed();
  };

  /** What the background did with the user's answer (apply a shrunk list, keep it, discard downloads). */
  readonly onDecision = (r: DecisionResult): void => {
    this.updates = r.status ?? this.updates;
    this.kb = r.kb ?? this.kb;
    this.say(r.message);
    this.changed();
  };

  /** "Update now": runs the update, follows it, and says how it ended. */
  async start(): Promise<void> {
    const r = await updateNow(this.ask, this.onStatus);
    if (!r.available) this.updates = null;
    this.kb = r.kb ?? this.kb;
    this.say(r.message, !r.available);
    this.changed();
  }

  /** Follows an update that was already running when the page opened; false when none was. */
  async followRunning(): Promise<boolean> {
    if (!this.updates?.running) return false;
    await followUpdate(this.ask, this.updates, { onStatus: this.onStatus });
    return true;
  }

  async reloadKb(): Promise<void> {
    this.kb = (await getKbStatus(this.ask)) ?? this.kb;
    this.changed();
  }
}
