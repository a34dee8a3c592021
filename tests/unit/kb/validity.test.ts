import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/bundle';
import { KbLookup } from '../../../src/kb/kb-lookup';
import { curatedLayer } from '../../../src/kb/curated';
import { citationFor, validityLines } from '../../../src/kb/cards';
import { toCsv, toMarkdown } from '../../../src/export/page-export';
import { expiredUnrenewed, localDay, termLine, termState } from '../../../src/kb/validity';

const kb: KnowledgeBase = { format: 1, version: 'test', builtAt: '2026-05-08', sources: [], entities: [], curated: curatedLayer() };
const lookup = new KbLookup(kb);

describe('a term is judged against the day it is shown', () => {
  const term = { what: 'South Sudan measures', until: '2026-05-31', setBy: 'resolution 2781 (2025)' };

  it('runs through its last day and has run out the day after', () => {
    expect(termState(term, '2026-05-31')).toBe('running');
    expect(termState(term, '2026-06-01')).toBe('ran-out');
    expect(termState({ until: undefined }, '2030-01-01')).toBe('unknown-end');
  });

  it('words a passed end date as ran out with no renewal on record, naming the data date', () => {
    expect(termLine(term, '2026-12-08', '2026-12-08')).toBe(
      'South Sudan measures ran to 31 May 2026 — no renewal on record in this data (data of 8 December 2026)',
    );
    expect(termLine(term, '2026-05-01', '2026-04-20')).toBe('South Sudan measures runs to 31 May 2026, as set by resolution 2781 (2025) (data of 20 April 2026)');
  });

  it('takes the local calendar day of an injected clock', () => {
    expect(localDay(new Date(2026, 5, 1, 0, 5))).toBe('2026-06-01');
  });
});

describe('curated end dates', () => {
  it('kb:stats lists the measures and mandates past their end on a given day, and none before', () => {
    const dec = expiredUnrenewed(kb.curated, '2026-12-08').map((r) => `${r.id} ${r.until}`);
    expect(dec).toEqual(
      expect.arrayContaining(['un-2206 2026-05-31', 'un-1533 2026-07-01', 'un-2127 2026-07-31', 'un-1591 2026-09-12', 'un-2653 2026-10-17', 'un-2140 2026-11-14', 'un-2713 2026-11-30', 'eu-syria 2026-06-01', 'un-2206-panel 2026-07-01']),
    );
    // Mali's EU measures run to 14 December 2026, Yemen's Panel to 15 December: not yet out on 8 December.
    expect(dec.some((d) => d.startsWith('eu-mali') || d.startsWith('un-2140-panel'))).toBe(false);
    expect(expiredUnrenewed(kb.curated, '2026-12-15').map((r) => r.id)).toContain('eu-mali');
    expect(expiredUnrenewed(kb.curated, '2026-01-01')).toEqual([]);
  });

  it('Libya records that 2819 renewed the measures without inventing its end date', () => {
    const libya = kb.curated.regimes.find((r) => r.id === 'un-1970')!;
    expect(libya.terms?.[0]).toMatchObject({ setBy: 'unscr-2819' });
    expect(libya.terms?.[0].until).toBeUndefined();
  });

  it('every term names an instrument the knowledge base has', () => {
    const ids = new Set(kb.curated.instruments.map((i) => i.id));
    const terms = [...kb.curated.regimes.flatMap((r) => r.terms ?? []), ...kb.curated.bodies.flatMap((b) => (b.term ? [b.term] : []))];
    expect(terms.length).toBeGreaterThan(10);
    for (const t of terms) expect(ids.has(t.setBy), t.setBy).toBe(true);
  });
});

describe('cards carry the end dates and word them at display time', () => {
  it('a jurisdiction card of South Sudan says its UN measures ran out, and its citation too', () => {
    const card = lookup.card('jurisdiction:ss', 'South Sudan')!;
    const lines = validityLines(card.validity, '2026-12-08');
    expect(lines.join('\n')).toContain('South Sudan measures (arms embargo, asset freeze, travel ban) ran to 31 May 2026 — no renewal on record in this data (data of 8 December 2026)');
    expect(citationFor(card, '2026-12-08')).toContain('ran to 31 May 2026 — no renewal on record');
    // The same card shown before the end date says the measures run.
    expect(validityLines(card.validity, '2026-05-30').join('\n')).toContain('runs to 31 May 2026, as set by resolution 2781 (2025)');
  });

  it("a panel's card does not call its lapsed mandate active", () => {
    const card = lookup.card('body:un-2206-panel', 'Panel of Experts on South Sudan')!;
    expect(card.facts.find((f) => f.label === 'Status')?.value).not.toMatch(/^active/);
    expect(validityLines(card.validity, '2026-12-08')).toEqual([
      'Panel of Experts mandate ran to 1 July 2026 — no renewal on record in this data (data of 8 December 2026)',
    ]);
  });

  it('a resolution of a renewed regime carries the regime and panel terms', () => {
    const card = lookup.card('instrument:unscr-2781', 'resolution 2781')!;
    expect(card.validity?.terms.map((t) => t.until)).toEqual(['2026-05-31', '2026-07-01']);
  });
});

describe('the export words end dates as of its own day', () => {
  it('says the South Sudan measures ran out in Markdown and CSV exported after the date', () => {
    const card = lookup.card('jurisdiction:ss', 'South Sudan')!;
    const ctx = (generatedAt: string) => ({
      page: { host: 'example.org' },
      generatedAt,
      kb: null,
      entities: [{ entity: 'jurisdiction:ss', name: 'South Sudan', category: 'jurisdiction' as const, count: 1, authorities: ['UN'], card }],
    });
    expect(toMarkdown(ctx('2026-12-08T10:00:00.000Z'))).toContain('ran to 31 May 2026 — no renewal on record in this data');
    expect(toCsv(ctx('2026-12-08T10:00:00.000Z'))).toContain('ran to 31 May 2026 — no renewal on record in this data');
    expect(toMarkdown(ctx('2026-05-01T10:00:00.000Z'))).not.toContain('no renewal on record');
  });
});
