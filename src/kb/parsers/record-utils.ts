/** Small helpers shared by the list parsers for filling SourceRecord fields. */
import type { EntityName, EntityProps, Identifier } from '../model';

type ListProp = {
  [K in keyof EntityProps]-?: NonNullable<EntityProps[K]> extends string[] ? K : never;
}[keyof EntityProps];

/** Appends `value` to a string-list prop unless blank or already present. */
export function addProp(props: EntityProps, key: ListProp, value: string | undefined): void {
  const v = value?.replace(/\s+/g, ' ').trim();
  if (!v) return;
  const list = (props[key] ??= []);
  if (!list.includes(v)) list.push(v);
}

export function addIdentifier(props: EntityProps, id: Identifier): void {
  if (!id.value.trim()) return;
  const list = (props.identifiers ??= []);
  if (list.some((x) => x.type === id.type && x.value === id.value && x.country === id.country)) return;
  const clean: Identifier = { type: id.type, value: id.value.trim() };
  if (id.country) clean.country = id.country;
  if (id.note) clean.note = id.note;
  list.push(clean);
}

/**
 * Adds a name unless the same text is already there. A later, stronger
 * mention of the same text upgrades the quality (lists repeat names).
 */
export function addName(names: EntityName[], name: EntityName): void {
  const value = name.value.replace(/\s+/g, ' ').trim();
  if (!value) return;
  const existing = names.find((n) => n.value === value);
  if (existing) {
    if (existing.quality === 'weak' && name.quality === 'strong') existing.quality = 'strong';
    if (!existing.parts && name.parts) existing.parts = name.parts;
    // A repeat with a stated quality rates the name.
    if (existing.unrated && !name.unrated) delete existing.unrated;
    return;
  }
  const entry: EntityName = { value, quality: name.quality, kind: name.kind };
  if (name.unrated) entry.unrated = true;
  if (name.parts) entry.parts = name.parts;
  names.push(entry);
}

/** Drops empty optional props so records stay small and comparable. */
export function compactProps(props: EntityProps): EntityProps {
  const out: EntityProps = {};
  for (const [key, value] of Object.entries(props) as [keyof EntityProps, unknown][]) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/**
 * "10 Dec 1948" → "1948-12-10", "Dec 1948" → "1948-12", "1948" → "1948";
 * anything else (ranges, "circa") is returned as written.
 */
export function englishDate(text: string): string {
  const t = text.trim();
  let m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(t);
  if (m && MONTHS[m[2].toLowerCase()]) return `${m[3]}-${MONTHS[m[2].toLowerCase()]}-${m[1].padStart(2, '0')}`;
  m = /^([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(t);
  if (m && MONTHS[m[1].toLowerCase()]) return `${m[2]}-${MONTHS[m[1].toLowerCase()]}`;
  return t;
}

/**
 * Day-first dates as the UK lists write them: "25/01/2001" → "2001-01-25";
 * unknown parts written "00" or "dd"/"mm" are dropped ("00/00/1980" → "1980").
 */
export function dayFirstDate(text: string): string | undefined {
  const m = /^(\d{1,2}|dd|DD)\/(\d{1,2}|mm|MM)\/(\d{4})$/.exec(text.trim());
  if (!m) return text.trim() || undefined;
  const [, d, mo, y] = m;
  const month = /^\d+$/.test(mo) && Number(mo) > 0 ? mo.padStart(2, '0') : undefined;
  const day = /^\d+$/.test(d) && Number(d) > 0 ? d.padStart(2, '0') : undefined;
  if (!month) return y;
  if (!day) return `${y}-${month}`;
  return `${y}-${month}-${day}`;
}

/** "06/30/2025" → "2025-06-30" (OFAC's month-first publish date). */
export function monthFirstDate(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` : undefined;
}

/** UN sanctions committee reference numbers ("QDi.430", "KPe.012") cited in free text. */
export function findUnReferences(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\bUN Ref(?:erence)?(?: No\.?| Number)?[:.]?\s*([A-Z]{2}[ie]\.\d{3})\b/gi)) {
    if (!out.includes(m[1])) out.push(m[1]);
  }
  return out;
}

// Company legal forms; an organisation whose name carries one is a Company in FtM terms.
const LEGAL_FORM =
  /(?:^|[\s,(])(?:LLC|L\.L\.C\.?|LTD\.?|LIMITED|INC\.?|INCORPORATED|CORP\.?|CORPORATION|COMPANY|CO\.|S\.A\.(?: DE C\.V\.)?|SA DE CV|S\.A\.S\.|S\.R\.L\.|SRL|S\.P\.A\.|SPA|GMBH|AG|JSC|OJSC|PJSC|CJSC|AO|PAO|OAO|ZAO|OOO|TOO|PLC|LLP|B\.V\.|N\.V\.|SDN\.? BHD\.?|BHD|PTE\.?|PTY\.?|FZE|FZCO|FZC|FZ-LLC|DMCC|A\.S\.|SARL|S\.L\.|LDA|LTDA|KG|KFT|SP\. Z O\.O\.|SAS|SAL|S\.A\.L\.|JOINT STOCK COMPANY)(?=$|[\s,.)])/i;

export function hasLegalForm(name: string): boolean {
  return LEGAL_FORM.test(name);
}

/** True when a name is written (partly) in a non-Latin script, e.g. Cyrillic or Arabic. */
export function isNonLatin(value: string): boolean {
  return /\p{L}/u.test(value) && /[^\p{Script=Latin}\P{L}]/u.test(value);
}
