/**
 * The legacy OFSI Consolidated List CSV (ConList.csv / sanctionsconlist.csv,
 * pre-2022 29-column layout): Windows-1252, line 1 "Last Updated,dd/mm/yyyy",
 * header on line 2, then one row per name; rows sharing a Group ID are one
 * party. The list was closed on 2026-01-28 in favour of the FCDO UK Sanctions List.
 */
import { ListParseError, type EntityName, type EntityProps, type ParsedList, type SourceRecord } from '../model';
import { readCsvRows } from './csv-stream';
import type { ListInput } from './input';
import { addIdentifier, addName, addProp, compactProps, dayFirstDate, findUnReferences, hasLegalForm } from './record-utils';

export const OFSI_LIST_TITLE = 'OFSI Consolidated List (closed 2026-01-28)';
export const OFSI_LIST_URL = 'https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets';

export interface OfsiParseOptions {
  file?: string;
}

const REQUIRED = ['Name 6', 'Group Type', 'Alias Type', 'Regime', 'Group ID'] as const;

interface Group {
  id: string;
  groupType: string;
  rows: Record<string, string>[];
}

/** "1) Saudi Arabia 2) Qatar" → ["Saudi Arabia", "Qatar"]. */
function numberedList(text: string | undefined): string[] {
  if (!text) return [];
  const t = text.trim();
  if (!/^\(?1\)/.test(t)) return [t];
  return t
    .split(/\(?\d+\)\s*/)
    .map((s) => s.trim().replace(/[,;]$/, ''))
    .filter(Boolean);
}

function get(row: Record<string, string>, key: string): string | undefined {
  const v = row[key]?.replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
}

function buildRecord(group: Group): SourceRecord {
  const isPerson = group.groupType.toLowerCase() === 'individual';
  const names: EntityName[] = [];
  const props: EntityProps = {};
  const programs: string[] = [];
  const listed: string[] = [];
  // The first "Prime Alias" row carries the primary name; the file may repeat it per date of birth.
  const ordered = [
    ...group.rows.filter((r) => get(r, 'Alias Type') === 'Prime Alias'),
    ...group.rows.filter((r) => get(r, 'Alias Type') !== 'Prime Alias'),
  ];
  let primaryTaken = false;
  for (const row of ordered) {
    const given = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'].map((k) => get(row, k)).filter((p): p is string => !!p);
    const family = get(row, 'Name 6');
    const value = [...given, family].filter(Boolean).join(' ');
    const aliasType = get(row, 'Alias Type') ?? '';
    const parts = isPerson && family && given.length ? { given, family } : undefined;
    const kind = aliasType === 'Prime Alias' && !primaryTaken ? 'primary' : aliasType === 'FKA' ? 'formerName' : 'alias';
    if (value) {
      addName(names, { value, quality: 'strong', kind, ...(parts ? { parts } : {}) });
      if (kind === 'primary') primaryTaken = true;
    }

    addProp(props, 'title', get(row, 'Title'));
    const dob = get(row, 'DOB');
    if (dob) addProp(props, 'birthDate', dayFirstDate(dob));
    addProp(props, 'birthPlace', [get(row, 'Town of Birth'), get(row, 'Country of Birth')].filter(Boolean).join(', '));
    for (const n of numberedList(get(row, 'Nationality'))) addProp(props, 'nationality', n);
    for (const p of numberedList(get(row, 'Position'))) addProp(props, 'position', p);
    const passport = get(row, 'Passport Details');
    if (passport) addIdentifier(props, { type: 'Passport', value: passport });
    const ni = get(row, 'NI Number');
    if (ni) addIdentifier(props, { type: 'National identifier', value: ni });
    const lines = ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6', 'Post/Zip Code', 'Country'];
    addProp(props, 'address', lines.map((k) => get(row, k)).filter(Boolean).join(', '));
    addProp(props, 'country', get(row, 'Country'));
    const other = get(row, 'Other Information');
    if (other) {
      addProp(props, 'notes', other);
      for (const ref of findUnReferences(other)) addProp(props, 'unscId', ref);
    }
    const regime = get(row, 'Regime');
    if (regime && !programs.includes(regime)) programs.push(regime);
    const listedOn = get(row, 'Listed On');
    if (listedOn) listed.push(dayFirstDate(listedOn) ?? listedOn);
  }
  const first = names[0]?.value ?? '';
  const listingDate = listed.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort()[0];
  return {
    id: `ofsi:${group.id}`,
    schema: isPerson ? 'Person' : hasLegalForm(first) ? 'Company' : 'Organization',
    names,
    sanctions: [
      {
        authority: 'UK',
        list: OFSI_LIST_TITLE,
        programs,
        sourceId: group.id,
        ...(listingDate ? { listingDate } : {}),
        sourceUrl: OFSI_LIST_URL,
      },
    ],
    props: compactProps(props),
  };
}

/** Parses the legacy OFSI ConList CSV (Windows-1252) into one record per Group ID. */
export async function parseOfsiCsv(input: ListInput, opts: OfsiParseOptions = {}): Promise<ParsedList> {
  const file = opts.file ?? 'ConList.csv';
  const source = `OFSI Consolidated List CSV (${file})`;
  let date: string | undefined;
  let header: string[] | undefined;
  const groups = new Map<string, Group>();
  let row = 0;
  for await (const { fields, line } of readCsvRows(input, source, 'windows-1252')) {
    row++;
    const where = `row ${row} (line ${line})`;
    if (row === 1) {
      if (fields[0]?.trim() !== 'Last Updated') {
        throw new ListParseError(source, where, `expected "Last Updated,dd/mm/yyyy" on line 1, found "${fields.slice(0, 2).join(',')}"`);
      }
      date = dayFirstDate(fields[1] ?? '');
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ListParseError(source, where, `invalid Last Updated date "${fields[1] ?? ''}"`);
      continue;
    }
    if (row === 2) {
      header = fields.map((f) => f.trim());
      const missing = REQUIRED.filter((k) => !header!.includes(k));
      if (missing.length) throw new ListParseError(source, where, `header lacks column(s) ${missing.join(', ')}`);
      continue;
    }
    if (fields.length === 1 && fields[0].trim() === '') continue;
    if (fields.length !== header!.length) {
      throw new ListParseError(source, where, `expected ${header!.length} columns, found ${fields.length}`);
    }
    const record: Record<string, string> = {};
    header!.forEach((key, i) => {
      record[key] = fields[i];
    });
    const id = record['Group ID'].trim();
    const groupType = record['Group Type'].trim();
    if (!/^\d+$/.test(id)) throw new ListParseError(source, where, `missing or invalid Group ID "${id}"`);
    if (!record['Name 6'].trim()) throw new ListParseError(source, where, `Group ID ${id}: empty Name 6`);
    if (groupType !== 'Individual' && groupType !== 'Entity') {
      throw new ListParseError(source, where, `Group ID ${id}: unknown Group Type "${groupType}"`);
    }
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { id, groupType, rows: [] }));
    group.rows.push(record);
  }
  if (!date) throw new ListParseError(source, 'line 1', 'empty input');
  if (!header) throw new ListParseError(source, 'line 2', 'no header row');
  const records = [...groups.values()].map(buildRecord);
  return {
    source: { authority: 'UK', list: 'ofsi', title: OFSI_LIST_TITLE, file, date, entries: records.length },
    records,
    skipped: {},
  };
}
