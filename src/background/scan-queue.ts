/**
 * The background's scan scheduler. Every tab shares one worker, so one page
 * must not hold it: each tab has its own queue and the tabs are served in
 * turn (round robin), each turn lasting about `budgetMs` of scanning, with
 * a yield to the event loop between turns so that other tabs' messages get
 * in. A long text is scanned in bounded chunks (recognition/chunks), so a
 * turn can end between chunks. Each frame has at most one scan being served
 * and one waiting: a newer request from the same frame replaces the waiting
 * one, which is answered "superseded" (the content script scans that part
 * of its page again later).
 */
import { ChunkedScan, MAX_CHUNK_CHARS } from '../recognition/chunks';
import type { Mention, PageContext, Recognizer } from '../recognition/types';

export interface ScanSource {
  tabId?: number;
  frameId?: number;
}

export type ScanOutcome = { mentions: Mention[] } | { superseded: true };

export interface ScanQueueOptions {
  /** Scanning time one tab gets per turn; a turn always scans at least one chunk. */
  budgetMs: number;
  maxChunkChars: number;
  now(): number;
  /** Resolves after other pending events (messages from other tabs) have run. */
  yieldTurn(): Promise<void>;
}

interface Job {
  scan: ChunkedScan;
  settle(outcome: ScanOutcome): void;
  fail(err: unknown): void;
}

interface FrameSlot {
  serving?: Job;
  waiting?: Job;
}

/** One tab's frames with work, served in turn within the tab's turn. */
type TabQueue = Map<string, FrameSlot>;

/** A macrotask without the clamping that nested setTimeout(0) gets; setTimeout where MessageChannel is missing. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export const DEFAULT_SCAN_QUEUE_OPTIONS: ScanQueueOptions = {
  budgetMs: 20,
  maxChunkChars: MAX_CHUNK_CHARS,
  now: () => performance.now(),
  yieldTurn: yieldToEventLoop,
};

export class ScanQueue {
  private readonly tabs = new Map<string, TabQueue>();
  /** Tabs with work, in the order their next turns come. */
  private readonly rotation: string[] = [];
  private pumping = false;
  /** Work done so far: turns given and chunks scanned (for tests and the benchmark). */
  readonly served = { turns: 0, chunks: 0 };

  constructor(private readonly options: ScanQueueOptions = DEFAULT_SCAN_QUEUE_OPTIONS) {}

  submit(source: ScanSource, recognizer: Recognizer, text: string, context?: PageContext): Promise<ScanOutcome> {
    return new Promise<ScanOutcome>((settle, fail) => {
      const job: Job = { scan: new ChunkedScan(recognizer, text, context, this.options.maxChunkChars), settle, fail };
      const tabKey = source.tabId === undefined ? 'no-tab' : String(source.tabId);
      const frameKey = source.frameId === undefined ? 'no-frame' : String(source.frameId);
      let tab = this.tabs.get(tabKey);
      if (!tab) {
        this.tabs.set(tabKey, (tab = new Map()));
        this.rotation.push(tabKey);
      }
      let slot = tab.get(frameKey);
      if (!slot) tab.set(frameKey, (slot = {}));
      if (!slot.serving) slot.serving = job;
      else {
        slot.waiting?.settle({ superseded: true });
        slot.waiting = job;
      }
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.rotation.length) {
        // Before every turn: let messages that arrived meanwhile (other tabs) join the rotation.
        await this.options.yieldTurn();
        const tabKey = this.rotation.shift()!;
        const tab = this.tabs.get(tabKey);
        if (!tab) continue;
        this.serveTurn(tab);
        if (tab.size) this.rotation.push(tabKey);
        else this.tabs.delete(tabKey);
      }
    } finally {
      this.pumping = false;
    }
  }

  /** One tab's turn: its frames' scans, a chunk at a time, until the budget is spent or nothing is left. */
  private serveTurn(tab: TabQueue): void {
    this.served.turns++;
    const deadline = this.options.now() + this.options.budgetMs;
    let first = true;
    while (tab.size && (first || this.options.now() < deadline)) {
      first = false;
      const [frameKey, slot] = tab.entries().next().value as [string, FrameSlot];
      const job = slot.serving!;
      try {
        job.scan.step();
        this.served.chunks++;
      } catch (err) {
        this.finish(tab, frameKey, slot);
        job.fail(err);
        continue;
      }
      if (job.scan.done) {
        this.finish(tab, frameKey, slot);
        job.settle({ mentions: job.scan.mentions });
      } else if (tab.size > 1) {
        // Frames of one tab take turns too: this frame goes behind the others.
        tab.delete(frameKey);
        tab.set(frameKey, slot);
      }
    }
  }

  private finish(tab: TabQueue, frameKey: string, slot: FrameSlot): void {
    slot.serving = slot.waiting;
    slot.waiting = undefined;
    tab.delete(frameKey);
    if (slot.serving) tab.set(frameKey, slot);
  }
}
