/**
 * A listed name as a reader writes it: in reading order and case ("KIM, Jong
 * Un" → "Kim Jong Un", "CHON MA SAN" → "Chon Ma San", "AL-NUSRAH FRONT FOR
 * THE PEOPLE OF THE LEVANT" → "Al-Nusrah Front for the People of the
 * Levant"). The listed form stays the reference; this is for titles only.
 */
import type { Designation } from './model';

/** Name particles written in lower case inside a name (al-Jawlani, bin Laden, de la Cruz, von Braun). */
const PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'ash', 'bin', 'bint', 'ibn', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'das', 'do', 'du', 'la', 'le', 'van', 'von', 'y']);
/** Short words written in lower case inside an organisation's or a vessel's name. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'und', 'et']);
/** Legal forms and their usual spelling. */
const LEGAL_FORMS: Record<string, string> = Object.fromEntries(
  [
    'LLC', 'JSC', 'OJSC', 'CJSC', 'PJSC', 'OOO', 'OAO', 'ZAO', 'PAO', 'AO', 'TOO', 'LLP', 'PLC', 'FZE', 'FZCO', 'FZC', 'DMCC', 'SA', 'SAS', 'SARL', 'SAL',
    'NV', 'BV', 'AG', 'AB', 'AS', 'KG', 'KFT', 'SRL', 'DOO', 'EOOD', 'OOD', 'JV', 'LP', 'SE', 'GIE', 'UAB', 'SIA', 'TNHH', 'JSCB', 'NPO', 'NPP', 'NPF', 'FGUP', 'GUP', 'AOOT',
    'Ltd', 'Limited', 'Co', 'Inc', 'Corp', 'GmbH', 'Sdn', 'Bhd', 'Pte', 'Pvt', 'Ltda', 'SpA', 'Srl', 'Tic', 'Sti', 'Tbk', 'mbH',
  ].map((f) => [f.toUpperCase(), f]),
);
/** Roman numerals a name carries (ships, dynasties, generations); ones that are also particles or names (DI, LI, MI) are left out. */
const ROMAN = /^(I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/;
/** Acronyms that have vowels and would otherwise be title-cased. */
const ACRONYMS = new Set(['IRGC', 'DPRK', 'KOMID', 'ISIL', 'ISIS', 'IRISL', 'NIOC', 'NITC', 'OPEC', 'UAE', 'USA', 'UK', 'UN', 'EU', 'LTTE', 'FARC', 'ETIM', 'AQAP', 'AQIM', 'MEK', 'HAMAS', 'SEPAH', 'IRIB', 'IRIAF', 'KPA', 'MOIS', 'IRGC-QF', 'RGB', 'KOEC']);
/** Family-first naming: with these ties a "FAMILY, Given" listing is read family name first. */
const FAMILY_FIRST = /\b(korea|china|chinese|taiwan|hong kong|macau|vietnam|viet nam|cambodia)\b/i;

const isUpper = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();
const cap = (w: string) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w);

/** One word (no spaces), cased: `first` for the name's first word, `person` for personal names. */
function caseWord(word: string, first: boolean, person: boolean): string {
  const m = /^([("'“‘]*)(.*?)([)"'”’.,;:]*)$/u.exec(word);
  const [, lead, core, tail] = m ?? ['', '', word, ''];
  // Digits (64E, 200G) and dotted abbreviations (S.A., C.V., VEB.DV) are kept as listed.
  if (!core || !isUpper(core) || /[\d.]/.test(core)) return word;
  const upper = core.toUpperCase();
  if (ROMAN.test(upper) && !first) return word;
  if (!person && (LEGAL_FORMS[upper] || ACRONYMS.has(upper))) return lead + (LEGAL_FORMS[upper] ?? upper) + tail;
  if (!person && !/[AEIOUY]/.test(upper) && upper.length <= 5) return word;
  if (!person && !first && (MINOR_WORDS.has(upper.toLowerCase()) || PARTICLES.has(upper.toLowerCase()))) return lead + upper.toLowerCase() + tail;
  const pieces = core.split('-').map((piece, i) => {
    const lower = piece.toLowerCase();
    // al-Jawlani: a particle joined by a hyphen is lower case inside a name, capitalised at its start.
    if (i === 0 && PARTICLES.has(lower) && core.includes('-')) return first ? cap(lower) : lower;
    if (i === 0 && !first && person && PARTICLES.has(lower) && !core.includes('-')) return lower;
    // O'Brien, D'Souza; but Sha'ban, Ba'th: only a one-letter prefix takes a capital after the apostrophe.
    return cap(piece).replace(/^([A-Za-z])(['’])(\p{L})/u, (_, a: string, q: string, b: string) => a.toUpperCase() + q + b.toUpperCase());
  });
  return lead + pieces.join('-') + tail;
}

/** Title case that respects particles, Roman numerals, acronyms and legal forms; words already in mixed case are kept. */
export function titleCaseName(name: string, person: boolean): string {
  const words = name.split(/(\s+)/);
  let index = 0;
  return words
    .map((w) => {
      if (/^\s+$/.test(w) || !w) return w;
      return caseWord(w, index++ === 0, person);
    })
    .join('');
}

/** "FAMILY, Given" (OFAC, OFSI) to reading order; other forms are already in reading order. */
export function readingOrder(name: string, familyFirst: boolean): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  if (!m) return name.trim();
  const [, family, given] = m;
  return familyFirst ? `${family} ${given}` : `${given} ${family}`;
}

/** Whether a listed person's "FAMILY, Given" names read family name first (Korean, Chinese, Vietnamese ties). */
export function readsFamilyFirst(e: Pick<Designation, 'props'>): boolean {
  const p = e.props;
  const ties = [...(p.nationality ?? []), ...(p.citizenship ?? []), ...(p.birthPlace ?? []), ...(p.country ?? []), ...(p.address ?? [])].join(' | ');
  return FAMILY_FIRST.test(ties);
}

/** The title a card and the popup show for a listed party. */
export function displayName(e: Pick<Designation, 'caption' | 'schema' | 'props'>): string {
  const person = e.schema === 'Person';
  const ordered = person ? readingOrder(e.caption, readsFamilyFirst(e)) : e.caption;
  return titleCaseName(ordered, person);
}
