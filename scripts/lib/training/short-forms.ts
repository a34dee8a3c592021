/**
 * A listed name as news write it, for putting list names into real
 * sentences: in reading order and case, and its conventional short form
 * (given name and first surname; patronymic left out; an organisation's
 * legal form, a bracketed acronym and a leading article dropped).
 *
 * This is the training data's own small generator, so that the positives do
 * not come only from full listed forms; the naming conventions the
 * recogniser learns are its own and may go further.
 */
import { readingOrder, titleCaseName } from '../../../src/kb/display-name';
import type { EntitySchema } from '../../../src/kb/model';

/** Legal forms and designators that a short form leaves out, longest first so "JOINT STOCK COMPANY" goes before "COMPANY". */
const LEGAL_PHRASES = [
  'PUBLIC JOINT STOCK COMPANY', 'PUBLIC JOINT-STOCK COMPANY', 'OPEN JOINT STOCK COMPANY', 'OPEN JOINT-STOCK COMPANY',
  'CLOSED JOINT STOCK COMPANY', 'CLOSED JOINT-STOCK COMPANY', 'JOINT STOCK COMPANY', 'JOINT-STOCK COMPANY',
  'LIMITED LIABILITY COMPANY', 'ADDITIONAL LIABILITY COMPANY', 'STATE CORPORATION', 'FEDERAL STATE UNITARY ENTERPRISE',
  'CO., LIMITED', 'CO., LTD.', 'CO. LTD', 'COMPANY LIMITED', 'PRIVATE LIMITED', 'LIMITED', 'LTD.', 'LTD',
  'LLC', 'OOO', 'OAO', 'ZAO', 'PAO', 'AO', 'JSC', 'OJSC', 'CJSC', 'PJSC', 'FZE', 'FZCO', 'FZC', 'DMCC', 'GMBH', 'S.A.', 'SA', 'SARL', 'SAL', 'INC.', 'INC', 'CORP.', 'PLC', 'LLP', 'SDN BHD', 'PTE',
];
const LEGAL_RE = new RegExp(
  `(^|[\\s,])(?:${LEGAL_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=$|[\\s,])`,
  'gi',
);
/** Slavic patronymics (Vladimirovich, Alekseevna): news give the first name and the surname. */
const PATRONYMIC = /(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna|inichna|ogly|kyzy)$/i;

export type NameClass = 'person' | 'organisation' | 'vessel';

export function nameClass(schema: EntitySchema): NameClass {
  if (schema === 'Person') return 'person';
  if (schema === 'Vessel' || schema === 'Airplane') return 'vessel';
  return 'organisation';
}

/** The listed name in reading order and a reader's case ("PUTIN, Vladimir Vladimirovich" → "Vladimir Vladimirovich Putin"). */
export function readerForm(listed: string, cls: NameClass, familyFirst: boolean): string {
  if (!/[A-Za-z]/.test(listed)) return listed.trim();
  const ordered = cls === 'person' ? readingOrder(listed, familyFirst) : listed.trim();
  return titleCaseName(ordered, cls === 'person');
}

/** The short form news use, or undefined when it is the reader form itself. */
export function shortForm(listed: string, cls: NameClass, familyFirst: boolean): string | undefined {
  if (!/[A-Za-z]/.test(listed)) return undefined;
  const full = readerForm(listed, cls, familyFirst);
  let short: string;
  if (cls === 'person') {
    const m = /^([^,]+),\s*([^,]+)$/.exec(listed.trim());
    if (!m || familyFirst) return undefined;
    const family = m[1].trim().split(/\s+/);
    const given = m[2].trim().split(/\s+/).filter((w) => !PATRONYMIC.test(w));
    // Spanish and Portuguese double surnames: the first is the one the press uses (MADURO MOROS → Maduro).
    const surname = family.length === 2 && !/^(AL|EL|BIN|IBN|ABU|DE|DA|DOS|VAN|VON|LA|LE)$/i.test(family[0]) ? family[0] : family.join(' ');
    if (!given.length) return undefined;
    short = titleCaseName(`${given[0]} ${surname}`, true);
  } else if (cls === 'organisation') {
    const stripped = listed
      .replace(/\s*\([^)]*\)\s*/g, ' ')
      .replace(LEGAL_RE, '$1')
      .replace(/^\s*THE\s+/i, '')
      .replace(/[\s,]+$/g, '')
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (!stripped || stripped.split(' ').length === 0 || stripped.length < 3) return undefined;
    short = titleCaseName(stripped, false);
  } else {
    return undefined;
  }
  return short !== full ? short : undefined;
}
