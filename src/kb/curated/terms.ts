/**
 * End dates of curated measures, mandates and listing periods, in one table so that
 * each can be audited against the instrument that set it. Only the date is recorded:
 * whether it has passed is computed when a card, the popup or an export shows it
 * (src/kb/validity.ts), so a record whose renewal this data does not know of says that it
 * ran out instead of presenting itself as in force.
 *
 * What each date rests on (audit of 8 December 2026, issue #26). "Official" means a UN
 * press release (press.un.org), a UN Security Council page, the Netherlands Treaty Series'
 * reprint of a resolution, or EUR-Lex; every other source is named as a copy.
 * - South Sudan, 2781 (2025): measures to 31 May 2026, Panel to 1 July 2026. Read in a news
 *   copy (menafn.com, the instrument's source); no 2026 renewal found (only Security Council
 *   Report's note on a draft to be voted on 29 May 2026, whose adoption was not found).
 * - DRC, 2783 (2025): measures to 1 July 2026, Group of Experts to 1 August 2026. Official
 *   (press.un.org SC/16109).
 * - CAR, 2789 (2025): measures to 31 July 2026, Panel to 31 August 2026. Official
 *   (press.un.org SC/16131).
 * - Sudan, 2791 (2025) of 12 September 2025: the regime "for another year", to 12 September 2026,
 *   and the Panel to 12 October 2026, with review of the renewal "by 12 September 2026". Read in a
 *   verbatim copy of UN press release SC/16165 (globalsecurity.org); the Treaty Series' reprint
 *   (trb-2025-74) gives the date and meeting.
 * - Haiti, 2794 (2025) of 17 October 2025: measures for one year and the Panel for 13 months
 *   from adoption (news reports of the vote and Security Council Report's note); the closing
 *   days below are those terms counted from 17 October 2025, not read in the text.
 * - Yemen, 2801 (2025): measures to 14 November 2026, Panel to 15 December 2026 (a verbatim
 *   copy of the UN press release, globalsecurity.org).
 * - Al-Shabaab, 2806 (2025): arms embargo provisions and maritime interdiction to
 *   30 November 2026, Panel to 31 December 2026 (copies only: pubt.io, news.az).
 * - Libya, 2819 (2026) of 14 April 2026 renewed the petroleum authorisations of 2146 (2014)
 *   and the Panel's mandate, which 2769 (2025) had set to 1 and 15 May 2026. The new end
 *   dates were not read in any text at hand: the Treaty Series' reprint (trb-2026-45) could
 *   only be read as far as its heading, and the one report found that gives an end
 *   ("until August 2027", web-kaiseki.net, 15 April 2026) is an unofficial machine-written
 *   page without a day. So the terms name 2819 and leave the date out.
 * - EU Syria, Decision (CFSP) 2025/1096: the listings prolonged to 1 June 2026 (EUR-Lex, the
 *   decision's Romanian text, read in the audit of December 2026 that recorded it). No 2026
 *   prolongation was found in the EUR-Lex pages at hand (searched again on 8 December 2026).
 * - EU Mali, Decision (CFSP) 2025/2436 of 1 December 2025: measures prolonged to
 *   14 December 2026, as recorded by the earlier audit. On 8 December 2026 only the
 *   implementing regulation 2025/2435 of the same day was found on EUR-Lex (its opening read);
 *   the decision's own text was not reached, so the date rests on the earlier record.
 * - 1988 Monitoring Team, 2816 (2026) of 12 February 2026: renewed "for a period of 12 months from
 *   the date of its expiration this month" (a copy of the UN meetings coverage, miragenews.com), the
 *   expiry being 17 February 2026 (atlaspress.news on the draft), so to 17 February 2027.
 *
 * The other 2026 items re-checked the same day: E.O. 14404 of 1 May 2026 (Cuba; the White House
 * text as cited by a law firm's note, wfw.com, and OFAC's General License 1 of 7 May); the 1267
 * Committee's removal of Al-Nusrah Front / HTS on 27 February 2026 (news reports of the committee's
 * statement: thenationalnews.com, levant24.com; the UN press release itself was not among the stored
 * pages); the EU acts of 2026 (2026/506, 2026/1437, 2026/1848, 2026/1849) as their records say,
 * 2026/1437 read on EUR-Lex, the others in copies only.
 */
import type { Term } from './types';

const LIBYA_2819_NOTE =
  'resolution 2819 (2026) renewed it; its new end date was not read in an official text (one unofficial report says August 2027, without a day)';
const HAITI_NOTE = 'counted from the adoption of resolution 2794 on 17 October 2025, as the term the resolution set; the day itself was not read in its text';

/** Regime id to the end dates of its measures. */
export const regimeTerms: Record<string, Term[]> = {
  'un-2206': [{ what: 'South Sudan measures (arms embargo, asset freeze, travel ban)', until: '2026-05-31', setBy: 'unscr-2781' }],
  'un-1533': [{ what: 'DRC measures (arms embargo, asset freeze, travel ban)', until: '2026-07-01', setBy: 'unscr-2783' }],
  'un-2127': [{ what: 'Central African Republic measures', until: '2026-07-31', setBy: 'unscr-2789' }],
  'un-1591': [{ what: 'Sudan measures', until: '2026-09-12', setBy: 'unscr-2791' }],
  'un-2653': [{ what: 'Haiti measures (asset freeze, travel ban, arms embargo)', until: '2026-10-17', setBy: 'unscr-2794', note: HAITI_NOTE }],
  'un-2140': [{ what: 'Yemen measures (asset freeze, travel ban)', until: '2026-11-14', setBy: 'unscr-2801' }],
  'un-2713': [{ what: 'Somalia arms embargo provisions and maritime interdiction', until: '2026-11-30', setBy: 'unscr-2806' }],
  'un-1988': [{ what: 'Monitoring Team\u2019s work for the 1988 Committee', until: '2027-02-17', setBy: 'unscr-2816' }],
  'un-1970': [{ what: 'Libya petroleum measures (resolution 2146)', setBy: 'unscr-2819', note: LIBYA_2819_NOTE }],
  'eu-syria': [{ what: 'EU Syria listings (Decision 2013/255/CFSP)', until: '2026-06-01', setBy: 'eu-dec-2025-1096-cfsp' }],
  'eu-mali': [{ what: 'EU Mali measures (Decision (CFSP) 2017/1775)', until: '2026-12-14', setBy: 'eu-dec-2025-2436-cfsp' }],
};

/** Body id to the end of its current mandate. */
export const bodyTerms: Record<string, Term> = {
  'un-2206-panel': { what: 'Panel of Experts mandate', until: '2026-07-01', setBy: 'unscr-2781' },
  'un-1533-panel': { what: 'Group of Experts mandate', until: '2026-08-01', setBy: 'unscr-2783' },
  'un-2127-panel': { what: 'Panel of Experts mandate', until: '2026-08-31', setBy: 'unscr-2789' },
  'un-1591-panel': { what: 'Panel of Experts mandate', until: '2026-10-12', setBy: 'unscr-2791' },
  'un-2653-panel': { what: 'Panel of Experts mandate', until: '2026-11-17', setBy: 'unscr-2794', note: HAITI_NOTE },
  'un-2140-panel': { what: 'Panel of Experts mandate', until: '2026-12-15', setBy: 'unscr-2801' },
  'un-2713-panel': { what: 'Panel of Experts mandate', until: '2026-12-31', setBy: 'unscr-2806' },
  'un-1970-panel': { what: 'Panel of Experts mandate', setBy: 'unscr-2819', note: LIBYA_2819_NOTE },
};
