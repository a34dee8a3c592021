/**
 * What the updater leaves to the user, as the popup and the options page
 * show it: a list that shrank by more than 10 % (apply it, or keep the list
 * in use), "Discard downloaded data", and which lists came from a mirror.
 * Each piece is its own element so that the pages only place it.
 */
import { h } from './dom';
import type { FeedStatus, KbStatusReply, UpdateStatusReply } from '../messaging/protocol';
import { getKbStatus, getUpdateStatus, type Ask } from './updates';

export interface DecisionResult {
  status: UpdateStatusReply | null;
  kb: KbStatusReply | null;
  /** The outcome in plain words, for the page's status line. */
  message: string;
}

/** The state once the background has answered a decision. */
async function afterward(ask: Ask, fallback: string): Promise<DecisionResult> {
  const status = await getUpdateStatus(ask);
  return { status, kb: await getKbStatus(ask), message: status?.lastOutcome ?? fallback };
}

/** Applies (or declines) the shrunk list held for `feed`; resolves once the background has done it. */
export async function resolveDrop(ask: Ask, feed: string, apply: boolean): Promise<DecisionResult> {
  try {
    await ask({ type: 'update-resolve-drop', feed, apply });
    return await afterward(ask, 'Done.');
  } catch {
    return { status: null, kb: null, message: 'The background did not answer; nothing was changed.' };
  }
}

export async function discardDownloads(ask: Ask): Promise<DecisionResult> {
  try {
    await ask({ type: 'update-discard' });
    return await afterward(ask, 'Downloaded data discarded.');
  } catch {
    return { status: null, kb: null, message: 'The background did not answer; nothing was discarded.' };
  }
}

/** "UN Security Council Consolidated List shrank from 1,009 to 700 entries." */
export function dropSentence(f: FeedStatus): string | null {
  const d = f.pendingDrop;
  return d ? `${f.title} shrank from ${d.inUse.toLocaleString('en')} to ${d.entries.toLocaleString('en')} entries.` : null;
}

/**
 * One row per feed whose download shrank, with "Apply" and "Keep current";
 * null when none waits. `onResult` gets what the background did.
 */
export function pendingDropsSection(ask: Ask, updates: UpdateStatusReply | null, onResult: (r: DecisionResult) => void): HTMLElement | null {
  const waiting = (updates?.feeds ?? []).filter((f) => f.pendingDrop);
  if (!waiting.length) return null;
  const section = h('section', { class: 'pending-drops', id: 'pending-drops', role: 'group', 'aria-labelledby': 'pending-drops-heading' });
  section.append(h('h3', { id: 'pending-drops-heading', text: 'Waiting for your decision' }));
  for (const f of waiting) {
    const sentence = h('p', { id: `drop-text-${f.feed}`, text: dropSentence(f) ?? '' });
    const hint = h('p', { class: 'hint', text: 'Lists rarely lose this many entries at once: apply the shorter list only if the publisher really removed them.' });
    const apply = h('button', { type: 'button', id: `drop-apply-${f.feed}`, 'aria-describedby': `drop-text-${f.feed}`, text: 'Apply the shorter list' });
    const keep = h('button', { type: 'button', id: `drop-keep-${f.feed}`, class: 'primary', 'aria-describedby': `drop-text-${f.feed}`, text: 'Keep current' });
    const decide = async (yes: boolean) => {
      apply.disabled = keep.disabled = true;
      onResult(await resolveDrop(ask, f.feed, yes));
    };
    apply.addEventListener('click', () => void decide(true));
    keep.addEventListener('click', () => void decide(false));
    section.append(h('div', { class: 'pending-drop', 'data-feed': f.feed }, sentence, hint, h('div', { class: 'row' }, apply, keep)));
  }
  return section;
}

/** "from the mirror host" (or the host a redirect took the download to) beside a list in the popup's knowledge-base status. */
export function mirrorNote(source: { mirror?: string; servedBy?: string }): HTMLElement | null {
  if (source.mirror) return h('span', { class: 'src-mirror', text: `from the mirror ${source.mirror}` });
  return source.servedBy ? h('span', { class: 'src-mirror', text: `served by ${source.servedBy}` }) : null;
}

/** The options page's "Discard downloaded data", armed by a first press like "Reset". */
export function discardSection(ask: Ask, onResult: (r: DecisionResult) => void): HTMLElement {
  let armed = false;
  const b = h('button', { type: 'button', id: 'discard-downloads', class: 'danger', text: 'Discard downloaded data' });
  const note = h('p', { class: 'hint', id: 'discard-note', text: 'Forgets every list the updater downloaded and goes back to the knowledge base bundled with the extension; open tabs are marked again. The next check downloads the lists afresh.' });
  b.setAttribute('aria-describedby', 'discard-note');
  const arm = (on: boolean) => {
    armed = on;
    b.textContent = on ? 'Press again to discard' : 'Discard downloaded data';
    b.classList.toggle('solid', on);
  };
  b.addEventListener('click', () => {
    void (async () => {
      if (!armed) return arm(true);
      arm(false);
      b.disabled = true;
      onResult(await discardDownloads(ask));
      b.disabled = false;
    })();
  });
  b.addEventListener('blur', () => armed && arm(false));
  return h('div', { class: 'discard', id: 'discard' }, h('h3', { text: 'Downloaded data' }), note, b);
}
