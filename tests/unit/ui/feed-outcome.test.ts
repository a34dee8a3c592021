import { describe, expect, it } from 'vitest';
import { feedOutcomeHead, feedOutcomeText } from '../../../src/ui/feed-outcome';
import { outcomeOf } from '../../../src/updater/updater';

const state = { lastCheck: 1000, lastChange: 500, lastError: null, pendingDrop: null };

describe("the updater's record of each feed", () => {
  it('tells a check that changed the data from one that found nothing, a failure and a held shrunk copy', () => {
    expect(outcomeOf({ ...state, lastCheck: null })).toBe('never');
    expect(outcomeOf(state)).toBe('unchanged');
    expect(outcomeOf({ ...state, lastChange: 1000 })).toBe('changed');
    // A shrunk copy the user applied later is a change after the check.
    expect(outcomeOf({ ...state, lastChange: 2000 })).toBe('changed');
    expect(outcomeOf({ ...state, lastError: 'The UN list could not be reached' })).toBe('failed');
    expect(outcomeOf({ ...state, pendingDrop: { entries: 1, inUse: 9, seenAt: 1000, hash: 'x' } })).toBe('waiting');
  });

  it('words it with the data date for the popup, and without for the options table that has a date column', () => {
    const f = { outcome: 'unchanged' as const, lastError: null, dataDate: '2026-05-08', lastCheck: 1000 };
    expect(feedOutcomeText(f)).toBe('last check found nothing newer · data of 2026-05-08');
    expect(feedOutcomeHead({ ...f, outcome: 'failed', lastError: 'timed out after 60 s' })).toBe('last check failed: timed out after 60 s');
    expect(feedOutcomeHead({ ...f, outcome: undefined, lastCheck: null })).toBe('not checked yet: the bundled copy is in use');
  });
});
