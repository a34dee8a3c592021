/**
 * OFAC legacy CSV files: SDN (sdn.csv + add.csv + alt.csv + sdn_comments.csv)
 * and the consolidated non-SDN list (cons_prim.csv + cons_add.csv +
 * cons_alt.csv + cons_comments.csv). No header, "-0- " means empty, programs
 * joined with "] [", CRLF lines, a 0x1A byte at the end.
 *
 * Weak aliases: the alias file's type column only says aka/fka/nka and its
 * remarks column is always empty; OFAC's weak a.k.a.s are not in it at all.
 * They are written into REMARKS as "a.k.a. 'NAME'" (single-quoted). Checked
 * on the 2025 non-SDN files against CONSOLIDATED.XML: all 1,059 alias-file
 * names are "strong" in the XML, and the 70 "weak" XML akas are exactly the
 * quoted a.k.a.s of REMARKS (66) or of the comments continuation (4).
 */
import { ListParseError, type EntitySchema, type ParsedList, type SourceRecord } from '../model';
import { readCsvRows } from './csv-stream';
import type { ListInput } from './input';
import { addName, addProp, compactProps, hasLegalForm } from './record-utils';
import { applyOfacRemarks, newFacts, type OfacFacts } from './ofac-features';
import { newOrphan, orphanRecord, type OrphanEntry } from './ofac-orphans';

export type OfacListKind = 'sdn' | 'nonsdn';

export interface OfacCsvFiles {
  /** sdn.csv or cons_prim.csv. */
  primary: ListInput;
  /** add.csv or cons_add.csv. */
  addresses?: ListInput;
  /** alt.csv or cons_alt.csv. */
  aliases?: ListInput;
  /** sdn_comments.csv or cons_comments.csv (continuations of REMARKS). */
  comments?: ListInput;
}

export interface OfacCsvOptions {
  list?: OfacListKind;
  /** The data's date (YYYY-MM-DD); the CSVs carry none, kb:build passes the folder date. */
  date?: string;
  /** Description of the files read, for SourceInfo and errors (e.g. the folder path). */
  file?: string;
  /**
   * The companion files' date (YYYY-MM-DD) when they are newer than the main file: their
   * entries missing from it are kept as parties known only from those files (ofac-orphans.ts)
   * instead of being dropped. Without it, orphans are only counted.
   */
  companionsDate?: string;
}

export const OFAC_LIST_TITLES: Record<OfacListKind, string> = {
  sdn: 'SDN List',
  nonsdn: 'Non-SDN Consolidated List',
};

export function ofacDetailsUrl(entNum: string): string {
  return `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${entNum}`;
}

/** OFAC cuts the REMARKS column at this length and continues it in the comments file. */
const REMARKS_LIMIT = 1000;

/** "-0- " and blanks are empty. */
function cell(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  return v === '' || v === '-0-' ? undefined : v;
}

/** OFAC writes individuals "LAST, First Middle". */
export function ofacPersonParts(name: string): { given?: string[]; family?: string } | undefined {
  const comma = name.indexOf(', ');
  if (comma <= 0) return undefined;
  const family = name.slice(0, comma).trim();
  const given = name.slice(comma + 2).trim().split(/\s+/).filter(Boolean);
  return given.length ? { given, family } : { family };
}

export function ofacSchema(type: string | undefined, name: string): EntitySchema {
  switch (type?.toLowerCase()) {
    case 'individual':
      return 'Person';
    case 'vessel':
      return 'Vessel';
    case 'aircraft':
      return 'Airplane';
    default:
      return hasLegalForm(name) ? 'Company' : 'Organization';
  }
}

interface PrimaryRow {
  entNum: string;
  name: string;
  type?: string;
  programs: string[];
  title?: string;
  callSign?: string;
  vesselType?: string;
  tonnage?: string;
  grt?: string;
  flag?: string;
  owner?: string;
  remarks: string;
  aliases: { type: string; name: string }[];
  addresses: string[];
  countries: string[];
}

/** The end-of-file SUB byte, alone on its line. */
function isEndMarker(fields: string[]): boolean {
  return fields.length === 1 && fields[0].trim() === '\u001a';
}

async function* rowsOf(input: ListInput, source: string, columns: number): AsyncGenerator<{ fields: string[]; row: number }> {
  let row = 0;
  for await (const { fields, line } of readCsvRows(input, source)) {
    if (isEndMarker(fields)) continue;
    row++;
    if (fields.length !== columns) {
      throw new ListParseError(source, `row ${row} (line ${line})`, `expected ${columns} columns, found ${fields.length}`);
    }
    if (!/^\d+$/.test(fields[0].trim())) {
      throw new ListParseError(source, `row ${row} (line ${line})`, `ent_num "${fields[0]}" is not a number`);
    }
    yield { fields, row };
  }
}

/** Parses the primary file and joins the companion files by ent_num; orphans are counted, not fatal. */
export async function parseOfacCsv(files: OfacCsvFiles, opts: OfacCsvOptions = {}): Promise<ParsedList> {
  const kind = opts.list ?? 'sdn';
  const prefix = kind === 'sdn' ? '' : 'cons_';
  const label = (name: string) => `OFAC ${kind === 'sdn' ? 'SDN' : 'non-SDN'} CSV (${name})`;
  const primaryName = kind === 'sdn' ? 'sdn.csv' : 'cons_prim.csv';
  const primarySource = label(opts.file ? `${opts.file}/${primaryName}` : primaryName);

  const entries = new Map<string, PrimaryRow>();
  for await (const { fields, row } of rowsOf(files.primary, primarySource, 12)) {
    const name = cell(fields[1]);
    if (!name) throw new ListParseError(primarySource, `row ${row}`, `ent_num ${fields[0]} has no name`);
    const entNum = fields[0].trim();
    if (entries.has(entNum)) throw new ListParseError(primarySource, `row ${row}`, `duplicate ent_num ${entNum}`);
    entries.set(entNum, {
      entNum,
      name,
      type: cell(fields[2]),
      programs: (cell(fields[3]) ?? '').split('] [').map((p) => p.replace(/^\[|\]$/g, '').trim()).filter(Boolean),
      title: cell(fields[4]),
      callSign: cell(fields[5]),
      vesselType: cell(fields[6]),
      tonnage: cell(fields[7]),
      grt: cell(fields[8]),
      flag: cell(fields[9]),
      owner: cell(fields[10]),
      remarks: fields[11] === '-0- ' ? '' : fields[11],
      aliases: [],
      addresses: [],
      countries: [],
    });
  }
  if (entries.size === 0) throw new ListParseError(primarySource, 'row 1', 'no entries (empty file?)');

  const skipped: Record<string, number> = {};
  // Counted per ent_num, like the provenance notes; rows are counted separately.
  const orphanIds: Record<string, Set<string>> = {};
  const orphans = new Map<string, OrphanEntry & { files: Set<string> }>();
  const orphan = (key: string, entNum: string, file: string): OrphanEntry => {
    (orphanIds[key] ??= new Set()).add(entNum);
    skipped[`${key}Rows`] = (skipped[`${key}Rows`] ?? 0) + 1;
    let o = orphans.get(entNum);
    if (!o) orphans.set(entNum, (o = { ...newOrphan(entNum), files: new Set() }));
    o.files.add(file);
    return o;
  };

  if (files.comments) {
    const source = label(`${prefix || 'sdn_'}comments.csv`);
    for await (const { fields } of rowsOf(files.comments, source, 2)) {
      const entry = entries.get(fields[0].trim());
      if (!entry) orphan('orphanComments', fields[0].trim(), 'SDN_COMMENTS.CSV').remarks += fields[1] === '-0- ' ? '' : fields[1];
      // The comments file continues REMARKS where OFAC cut the column at 1,000
      // characters. A shorter REMARKS was not cut: the comment then continues a
      // longer remark from a later edition (companion files of another date),
      // and appending it would splice two texts together.
      else if (entry.remarks.length === REMARKS_LIMIT) entry.remarks += fields[1] === '-0- ' ? '' : fields[1];
      else skipped.staleComments = (skipped.staleComments ?? 0) + 1;
    }
  }
  if (files.aliases) {
    const source = label(`${prefix}alt.csv`);
    for await (const { fields } of rowsOf(files.aliases, source, 5)) {
      const entry = entries.get(fields[0].trim());
      const name = cell(fields[3]);
      const target = entry ?? orphan('orphanAliases', fields[0].trim(), 'ALT.CSV');
      if (name) target.aliases.push({ type: (cell(fields[2]) ?? 'aka').toLowerCase(), name });
    }
  }
  if (files.addresses) {
    const source = label(`${prefix}add.csv`);
    for await (const { fields } of rowsOf(files.addresses, source, 6)) {
      const entry = entries.get(fields[0].trim()) ?? orphan('orphanAddresses', fields[0].trim(), 'ADD.CSV');
      const parts = [cell(fields[2]), cell(fields[3]), cell(fields[4]), cell(fields[5])].filter((p): p is string => !!p);
      if (parts.length) entry.addresses.push(parts.join(', '));
      const country = cell(fields[4]);
      // OFAC puts sub-national regions in the country column ("Region: Gaza").
      if (country && !country.startsWith('Region:')) entry.countries.push(country);
    }
  }

  for (const [key, ids] of Object.entries(orphanIds)) skipped[key] = ids.size;

  const records: SourceRecord[] = [];
  for (const entry of entries.values()) records.push(buildRecord(entry, kind));
  if (opts.companionsDate) {
    const fileOrder = ['ALT.CSV', 'ADD.CSV', 'SDN_COMMENTS.CSV'];
    for (const o of orphans.values()) {
      const files = fileOrder.filter((f) => o.files.has(f)).map((f) => (kind === 'sdn' ? f : `CONS_${f.replace('SDN_', '')}`));
      const record = orphanRecord(o, { list: OFAC_LIST_TITLES[kind], date: opts.companionsDate, files: files.join(', '), sourceUrl: ofacDetailsUrl(o.entNum) });
      if (record) records.push(record);
      else skipped.orphansWithoutName = (skipped.orphansWithoutName ?? 0) + 1;
    }
    skipped.orphansKept = records.length - entries.size;
  }
  return {
    source: {
      authority: 'OFAC',
      list: kind === 'sdn' ? 'ofac-sdn' : 'ofac-nonsdn',
      title: `OFAC ${OFAC_LIST_TITLES[kind]}`,
      file: opts.file ?? primaryName,
      date: opts.date ?? '',
      entries: records.length,
    },
    records,
    skipped,
  };
}

function buildRecord(entry: PrimaryRow, kind: OfacListKind): SourceRecord {
  const schema = ofacSchema(entry.type, entry.name);
  const facts: OfacFacts = newFacts();
  const parts = schema === 'Person' ? ofacPersonParts(entry.name) : undefined;
  addName(facts.names, { value: entry.name, quality: 'strong', kind: 'primary', ...(parts ? { parts } : {}) });
  for (const alias of entry.aliases) {
    const aliasParts = schema === 'Person' ? ofacPersonParts(alias.name) : undefined;
    addName(facts.names, {
      value: alias.name,
      quality: 'strong',
      kind: alias.type === 'fka' ? 'formerName' : 'alias',
      ...(aliasParts ? { parts: aliasParts } : {}),
    });
  }
  applyOfacRemarks(facts, entry.remarks);

  const { props } = facts;
  addProp(props, 'title', entry.title);
  for (const address of entry.addresses) addProp(props, 'address', address);
  for (const country of entry.countries) addProp(props, 'country', country);
  if (entry.callSign) props.callSign = entry.callSign;
  if (entry.vesselType) props.vesselType = entry.vesselType;
  if (entry.flag) props.flag = entry.flag;
  if (entry.tonnage) props.tonnage = entry.tonnage;
  if (entry.grt) {
    if (!props.tonnage) props.tonnage = `${entry.grt} GRT`;
    else addProp(props, 'notes', `Gross registered tonnage ${entry.grt}`);
  }
  // The vessel owner is a party of its own; linkedTo is where related parties go.
  addProp(props, 'linkedTo', entry.owner);

  const listingDate = facts.listingDates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort()[0];
  const reason = facts.linkedTo.length ? facts.linkedTo.map((l) => `Linked To: ${l}`).join('; ') : undefined;
  return {
    id: `ofac:${entry.entNum}`,
    schema,
    names: facts.names,
    sanctions: [
      {
        authority: 'OFAC',
        list: OFAC_LIST_TITLES[kind],
        programs: entry.programs,
        sourceId: entry.entNum,
        ...(listingDate ? { listingDate } : {}),
        ...(reason ? { reason } : {}),
        sourceUrl: ofacDetailsUrl(entry.entNum),
      },
    ],
    props: compactProps(props),
  };
}
