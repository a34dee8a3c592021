/** One streaming parser per official list format; each returns a ParsedList or throws ListParseError. */
export { parseUnXml, UN_LIST_TITLE, UN_LIST_URL, type UnParseOptions } from './un-xml';
export { parseOfacCsv, OFAC_LIST_TITLES, type OfacCsvFiles, type OfacCsvOptions, type OfacListKind } from './ofac-csv';
export { parseOfacXml, type OfacXmlOptions } from './ofac-xml';
export { parseEuXml, EU_LIST_TITLE, EU_FSF_URL, type EuParseOptions } from './eu-xml';
export { parseUkXml, UK_LIST_TITLE, UK_LIST_URL, type UkParseOptions } from './uk-xml';
export { parseOfsiCsv, OFSI_LIST_TITLE, OFSI_LIST_URL, type OfsiParseOptions } from './ofsi-csv';
export type { ListInput, ListEncoding } from './input';
