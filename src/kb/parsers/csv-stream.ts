/**
 * An incremental CSV record reader (RFC 4180 quoting, CRLF or LF, quoted
 * fields may span lines) over decoded text chunks, so a large file is read
 * one row at a time.
 */
import { ListParseError } from '../model';
import { decodeText, type ListEncoding, type ListInput } from './input';

export interface CsvRow {
  fields: string[];
  /** 1-based physical line on which the row starts. */
  line: number;
}

/** Far above any real list's rows (OFAC's longest remarks run to a few thousand characters, rows to a dozen fields). */
export const CSV_LIMITS = { fieldChars: 200_000, fieldsPerRow: 1_000 } as const;

/** Yields every row; a final row left open inside quotes, or a row over CSV_LIMITS, is a ListParseError. */
export async function* readCsvRows(
  input: ListInput,
  source: string,
  encoding: ListEncoding = 'utf-8',
): AsyncGenerator<CsvRow> {
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  // After a closing quote we must see a delimiter, a line end or another quote.
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let pendingCR = false;
  let rowHasContent = false;

  const checkField = () => {
    if (field.length > CSV_LIMITS.fieldChars)
      throw new ListParseError(source, `line ${rowLine}`, `a field of the row starting here is longer than ${CSV_LIMITS.fieldChars.toLocaleString('en')} characters`);
  };
  const pushField = () => {
    checkField();
    fields.push(field);
    if (fields.length > CSV_LIMITS.fieldsPerRow)
      throw new ListParseError(source, `line ${rowLine}`, `the row starting here has more than ${CSV_LIMITS.fieldsPerRow.toLocaleString('en')} fields`);
  };

  const endRow = (): CsvRow => {
    pushField();
    const row = { fields, line: rowLine };
    fields = [];
    field = '';
    rowHasContent = false;
    return row;
  };

  for await (const chunk of decodeText(input, source, encoding)) {
    const rows: CsvRow[] = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inQuotes) {
        if (c === 34 /* " */) {
          field += chunk.slice(start, i);
          start = i + 1;
          inQuotes = false;
          afterQuote = true;
        } else if (c === 10) {
          line++;
        }
        continue;
      }
      if (pendingCR) {
        pendingCR = false;
        if (c === 10) {
          start = i + 1;
          continue;
        }
      }
      if (c === 34) {
        if (afterQuote) {
          // A doubled quote inside a quoted field.
          field += '"';
          afterQuote = false;
          inQuotes = true;
          start = i + 1;
          continue;
        }
        field += chunk.slice(start, i);
        if (field.trim() !== '') {
          throw new ListParseError(source, `line ${line}`, 'quote inside an unquoted field');
        }
        field = '';
        inQuotes = true;
        rowHasContent = true;
        start = i + 1;
        continue;
      }
      if (c === 44 /* , */) {
        field += chunk.slice(start, i);
        pushField();
        field = '';
        afterQuote = false;
        rowHasContent = true;
        start = i + 1;
        continue;
      }
      if (c === 13 || c === 10) {
        field += chunk.slice(start, i);
        afterQuote = false;
        if (rowHasContent || field !== '') rows.push(endRow());
        else field = '';
        line++;
        rowLine = line;
        pendingCR = c === 13;
        start = i + 1;
        continue;
      }
      if (afterQuote) {
        throw new ListParseError(source, `line ${line}`, 'text after the closing quote of a field');
      }
      rowHasContent = true;
    }
    field += chunk.slice(start);
    // A field still open at the end of a slice (a quoted field spanning lines, or no line end at all) is bounded too.
    checkField();
    yield* rows;
  }
  if (inQuotes) throw new ListParseError(source, `line ${rowLine}`, 'file ends inside a quoted field (truncated?)');
  if (rowHasContent || field !== '') yield endRow();
}
