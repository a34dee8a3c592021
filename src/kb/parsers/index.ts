/** One streaming parser per official list format; each returns a ParsedList or throws ListParseError. */
export { parseUnXml } from './un-xml';
export { parseOfacCsv } from './ofac-csv';
export { parseOfacXml } from './ofac-xml';
export { parseEuXml } from './eu-xml';
export { parseUkXml } from './uk-xml';
export { parseOfsiCsv } from './ofsi-csv';
