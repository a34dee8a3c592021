/**
 * EU Financial Sanctions Files, XML schema 1.1 (xmlFullSanctionsList_1_1;
 * namespace http://eu.europa.ec/fpi/fsd/export, root <export>). Each
 * sanctionEntity becomes one record; person → Person, enterprise →
 * Organization (Company when the name carries a legal form).
 */
import { euPrimaryAliasIndex } from './eu-primary-name';
import { ListParseError, type EntityName, type EntityProps, type EntitySchema, type ParsedList, type SourceRecord } from '../model';
import type { ListInput } from './input';
import { addIdentifier, addName, addProp, compactProps, hasLegalForm, isNonLatin } from './record-utils';
import { childrenNamed, clean, streamXml, type XmlNode } from './xml-stream';
import { notPlaceholder, RecordFault, tolerantCollector } from './record-faults';

export const EU_LIST_TITLE = 'EU Financial Sanctions Files';
export const EU_FSF_URL = 'https://webgate.ec.europa.eu/fsd/fsf';

export interface EuParseOptions {
  file?: string;
}

/** An attribute's value, without the placeholders ("-", "00") the file writes for "none". */
function attr(node: XmlNode, name: string): string | undefined {
  return notPlaceholder(clean(node.attrs[name]));
}

/** A usable country name: the file writes "UNKNOWN" with code "00" when it has none. */
function country(node: XmlNode): string | undefined {
  const code = clean(node.attrs.countryIso2Code);
  const name = attr(node, 'countryDescription');
  return code === '00' || name === 'UNKNOWN' ? undefined : name;
}

/** EUR-Lex serves every act over https; older entries still link with http. */
function httpsUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (url.startsWith('https://')) return url;
  if (/^http:\/\/(?:www\.)?eur-lex\.europa\.eu\//.test(url)) return `https://${url.slice(7)}`;
  return undefined;
}

function schemaOf(node: XmlNode, primary: string): EntitySchema {
  const subject = childrenNamed(node, 'subjectType')[0];
  const code = subject && (attr(subject, 'code') ?? '').toLowerCase();
  const classification = subject && attr(subject, 'classificationCode');
  if (!subject) throw new RecordFault('unknownType', `sanctionEntity ${attr(node, 'logicalId')} has no <subjectType>`);
  if (code === 'person' || classification === 'P') return 'Person';
  return hasLegalForm(primary) ? 'Company' : 'Organization';
}

function birthDate(node: XmlNode): string | undefined {
  const full = attr(node, 'birthdate');
  const year = attr(node, 'year');
  const month = attr(node, 'monthOfYear');
  const from = attr(node, 'yearRangeFrom');
  const to = attr(node, 'yearRangeTo');
  const value =
    full ?? (year && month ? `${year}-${month.padStart(2, '0')}` : year) ?? (from && to ? `${from}/${to}` : undefined);
  if (!value) return undefined;
  return attr(node, 'circa') === 'true' ? `circa ${value}` : value;
}

/** One sanctionEntity as a record; throws a RecordFault for one the list cannot give a party for. */
function buildRecord(node: XmlNode): SourceRecord {
  const logicalId = attr(node, 'logicalId');
  if (!logicalId) throw new RecordFault('missingId', '<sanctionEntity> without logicalId');
  const aliases = childrenNamed(node, 'nameAlias');
  const nameOf = (a: XmlNode) =>
    attr(a, 'wholeName') ?? [attr(a, 'firstName'), attr(a, 'middleName'), attr(a, 'lastName')].filter(Boolean).join(' ');
  const fields = aliases.map((a) => ({
    wholeName: attr(a, 'wholeName'),
    firstName: attr(a, 'firstName'),
    middleName: attr(a, 'middleName'),
    lastName: attr(a, 'lastName'),
    nameLanguage: attr(a, 'nameLanguage'),
    strong: attr(a, 'strong'),
  }));
  const primaryAlias = aliases[euPrimaryAliasIndex(fields)] as XmlNode | undefined;
  if (!primaryAlias) throw new RecordFault('missingName', `sanctionEntity ${logicalId} has no nameAlias with a name`);
  const schema = schemaOf(node, nameOf(primaryAlias));

  const names: EntityName[] = [];
  const props: EntityProps = {};
  for (const alias of [primaryAlias, ...aliases.filter((a) => a !== primaryAlias)]) {
    const value = nameOf(alias);
    if (!value) continue;
    const first = attr(alias, 'firstName');
    const middle = attr(alias, 'middleName');
    const last = attr(alias, 'lastName');
    const given = [first, middle].filter((p): p is string => !!p).flatMap((p) => p.split(/\s+/));
    const parts = schema === 'Person' && last ? { ...(given.length ? { given } : {}), family: last } : undefined;
    addName(names, {
      value,
      quality: attr(alias, 'strong') === 'false' ? 'weak' : 'strong',
      kind: alias === primaryAlias ? 'primary' : isNonLatin(value) ? 'original' : 'alias',
      ...(parts ? { parts } : {}),
    });
    // A remark on one name ("spelling used in ...") is about that name: kept beside it.
    for (const r of childrenNamed(alias, 'remark')) addProp(props, 'notes', clean(r.text) && `${value}: ${clean(r.text)}`);
    addProp(props, 'position', attr(alias, 'function'));
    addProp(props, 'title', attr(alias, 'title'));
    const gender = attr(alias, 'gender');
    if (gender === 'M' || gender === 'F') props.gender ??= gender === 'M' ? 'Male' : 'Female';
  }

  for (const c of childrenNamed(node, 'citizenship')) addProp(props, 'citizenship', country(c));
  for (const b of childrenNamed(node, 'birthdate')) {
    addProp(props, 'birthDate', birthDate(b));
    addProp(props, 'birthPlace', [attr(b, 'city') ?? attr(b, 'place'), attr(b, 'region'), country(b)].filter(Boolean).join(', '));
  }
  for (const a of childrenNamed(node, 'address')) {
    const parts = ['street', 'poBox', 'city', 'zipCode', 'region', 'place'].map((k) => attr(a, k));
    addProp(props, 'address', [...parts, country(a)].filter(Boolean).join(', '));
    addProp(props, 'country', country(a));
    for (const contact of childrenNamed(a, 'contactInfo')) {
      const key = attr(contact, 'key')?.toUpperCase();
      const value = attr(contact, 'value');
      if (key === 'WEB') addProp(props, 'website', value);
      else if (key === 'EMAIL') addProp(props, 'email', value);
    }
  }
  for (const id of childrenNamed(node, 'identification')) {
    const value = attr(id, 'number') ?? attr(id, 'latinNumber');
    if (!value) continue;
    const flags = ['diplomatic', 'knownExpired', 'knownFalse', 'reportedLost', 'revokedByIssuer'].filter((f) => attr(id, f) === 'true');
    const note = [attr(id, 'issueDate') && `issued ${attr(id, 'issueDate')}`, attr(id, 'validTo') && `valid to ${attr(id, 'validTo')}`, ...flags]
      .filter(Boolean)
      .join('; ');
    const c = country(id);
    addIdentifier(props, {
      type: attr(id, 'identificationTypeDescription') ?? attr(id, 'identificationTypeCode') ?? 'Identification',
      value,
      ...(c ? { country: c } : {}),
      ...(note ? { note } : {}),
    });
  }

  const unId = attr(node, 'unitedNationId');
  if (unId) props.unscId = [unId];
  const euRef = attr(node, 'euReferenceNumber');
  if (euRef) addIdentifier(props, { type: 'EU reference number', value: euRef });

  const regulations = childrenNamed(node, 'regulation');
  const programs = [...new Set(regulations.map((r) => attr(r, 'programme')).filter((p): p is string => !!p))];
  // The listing date is the designation's own; failing it, the earliest regulation that carries the entry
  // (a later one only amended it, and taking it would lose the original date).
  const publicationDates = regulations.map((r) => attr(r, 'publicationDate')).filter((d): d is string => !!d).sort();
  const listingDate = attr(node, 'designationDate') ?? publicationDates[0];
  const remarks = childrenNamed(node, 'remark').map((r) => clean(r.text)).filter((r): r is string => !!r);
  const reason = [...remarks, attr(node, 'designationDetails')].filter(Boolean).join(' ') || undefined;
  const url = regulations.map((r) => httpsUrl(clean(childrenNamed(r, 'publicationUrl')[0]?.text))).find(Boolean);
  for (const r of regulations) addProp(props, 'notes', attr(r, 'numberTitle') && `Regulation ${attr(r, 'numberTitle')}`);

  return {
    id: `eu:${logicalId}`,
    schema,
    names,
    sanctions: [
      {
        authority: 'EU',
        list: EU_LIST_TITLE,
        programs,
        sourceId: logicalId,
        ...(listingDate ? { listingDate } : {}),
        ...(reason ? { reason } : {}),
        sourceUrl: url ?? EU_FSF_URL,
      },
    ],
    props: compactProps(props),
  };
}

/** Parses the EU FSF full list (XML 1.1). */
export async function parseEuXml(input: ListInput, opts: EuParseOptions = {}): Promise<ParsedList> {
  const file = opts.file ?? 'xmlFullSanctionsList_1_1.xml';
  const source = `EU FSF XML (${file})`;
  const collected = tolerantCollector(source, buildRecord);
  const { records, skipped } = collected;
  let generationDate: string | undefined;
  await streamXml(input, source, {
    root: 'export',
    onRootAttributes: (attrs) => {
      generationDate = attrs.generationDate;
    },
    isRecord: (path) => path.length === 2 && path[1] === 'sanctionEntity',
    onRecord: (node) => collected.onRecord(node),
  });
  collected.finish();
  if (!generationDate || !/^\d{4}-\d{2}-\d{2}/.test(generationDate)) {
    throw new ListParseError(source, '1:1', 'missing or invalid generationDate attribute on <export>');
  }
  return {
    source: { authority: 'EU', list: 'eu-fsf', title: EU_LIST_TITLE, file, date: generationDate.slice(0, 10), entries: records.length },
    records,
    skipped,
  };
}
