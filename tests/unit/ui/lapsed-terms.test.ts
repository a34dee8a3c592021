// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { lapsedTermLines, lapsedTermsNote } from '../../../src/ui/lapsed-terms';
import { datedTerms } from '../../../src/kb/validity';
import { curatedLayer } from '../../../src/kb/curated';

const kb = { terms: datedTerms(curatedLayer()), termsDataOf: '2026-12-08' };

describe("the popup's note on measures past their end", () => {
  it('names what has run out by the day the popup opens, and nothing before', () => {
    expect(lapsedTermLines(kb, '2026-12-08')).toContain('South Sudan measures (arms embargo, asset freeze, travel ban) ran to 31 May 2026');
    expect(lapsedTermLines(kb, '2026-12-08').some((l) => l.startsWith('EU Mali'))).toBe(false);
    expect(lapsedTermLines(kb, '2026-12-15').some((l) => l.startsWith('EU Mali'))).toBe(true);
    expect(lapsedTermLines(kb, '2026-01-01')).toEqual([]);
  });

  it('draws a collapsed list with the data date, or nothing', () => {
    const note = lapsedTermsNote(kb, new Date(2026, 11, 8, 12))!;
    expect(note.querySelector('summary')!.textContent).toBe('13 measures and mandates past their end date, no renewal on record in this data (data of 8 December 2026)');
    expect(note.querySelectorAll('li')).toHaveLength(13);
    expect(lapsedTermsNote(kb, new Date(2026, 0, 1))).toBeNull();
  });
});
