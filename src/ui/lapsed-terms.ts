/**
 * The popup's note on curated measures and mandates past their recorded end: judged
 * against the day the popup opens, so a measure that ran out after the data was made
 * is named as ran out, with no renewal on record in this data.
 */
import type { KbStatusReply } from '../messaging/protocol';
import { localDay, longDate, termState } from '../kb/validity';
import { h } from './dom';

/** "South Sudan measures (…) ran to 31 May 2026", one per term that has run out by `today`. */
export function lapsedTermLines(kb: Pick<KbStatusReply, 'terms'>, today: string): string[] {
  return (kb.terms ?? []).filter((t) => termState(t, today) === 'ran-out').map((t) => `${t.what} ran to ${longDate(t.until)}`);
}

/** A collapsed list under the knowledge-base section, or null when nothing has run out. */
export function lapsedTermsNote(kb: Pick<KbStatusReply, 'terms' | 'termsDataOf'>, now = new Date()): HTMLElement | null {
  const lines = lapsedTermLines(kb, localDay(now));
  if (!lines.length) return null;
  const data = kb.termsDataOf ? ` (data of ${longDate(kb.termsDataOf)})` : '';
  return h(
    'details',
    { class: 'lapsed-terms', id: 'lapsed-terms' },
    // One line in the popup (the whole sentence in its title): the list opens under it.
    summaryLine(`${lines.length} ${lines.length === 1 ? 'measure or mandate' : 'measures and mandates'} past their end date, no renewal on record in this data${data}`),
    h('ul', {}, ...lines.map((l) => h('li', { text: l }))),
  );
}

function summaryLine(text: string): HTMLElement {
  const summary = h('summary', { text });
  summary.title = text;
  return summary;
}
