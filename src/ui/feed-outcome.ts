/**
 * One line per official feed for the popup and the options page: what the updater's last
 * check of it did and the date of the data in use, from the update-status reply.
 */
import type { FeedOutcome, FeedStatus } from '../messaging/protocol';

const OUTCOME_TEXT: Record<FeedOutcome, string> = {
  never: 'not checked yet: the bundled copy is in use',
  failed: 'last check failed',
  changed: 'last check installed a newer copy',
  unchanged: 'last check found nothing newer',
  waiting: 'a shrunk copy waits for your decision',
};

type Reported = Pick<FeedStatus, 'outcome' | 'lastError' | 'dataDate' | 'lastCheck'>;

/** "last check found nothing newer", or the failure in plain words (the options page shows the data date beside it). */
export function feedOutcomeHead(f: Reported): string {
  const outcome: FeedOutcome = f.outcome ?? (f.lastCheck === null ? 'never' : f.lastError ? 'failed' : 'unchanged');
  return outcome === 'failed' && f.lastError ? `${OUTCOME_TEXT.failed}: ${f.lastError}` : OUTCOME_TEXT[outcome];
}

/** "last check found nothing newer · data of 2026-05-08": the whole line, for a place with no date column. */
export function feedOutcomeText(f: Reported): string {
  const head = feedOutcomeHead(f);
  return f.dataDate ? `${head} · data of ${f.dataDate}` : head;
}
