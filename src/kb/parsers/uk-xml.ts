/**
 * UK Sanctions List XML published by the FCDO
 * (https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml).
 *
 * Where the format knowledge comes from: no copy of the file could be
 * obtained (see PROVENANCE.md), so the element structure was taken from
 * public code that parses it: OpenSanctions' datasets/gb/fcdo_sanctions
 * crawler (Designation, UniqueID, Names/Name/Name1..Name6/NameType,
 * NonLatinNames, IndividualEntityShip, RegimeName, DateDesignated,
 * UKStatementofReasons, IndividualDetails, ShipDetails...) and other GitHub
 * parsers quoting fragments of the published file (root <Designations> with a
 * <DateGenerated> dd/mm/yyyy child, AliasStrength "Good quality a.k.a" / "Low
 * quality a.k.a", NameType spellings "Primary Name", "Primary name
 * variation", "ALias"). NameType is therefore compared case-insensitively
 * and elements are looked up by name at any depth within their section.
 */
import { ListParseError, type EntityName, type EntityProps, type EntitySchema, type ParsedList, type SourceRecord } from '../model';
import type { ListInput } from './input';
import { addIdentifier, addName, addProp, compactProps, dayFirstDate, hasLegalForm } from './record-utils';
import { child, childText as rawChildText, clean, descendants, streamXml, type XmlNode } from './xml-stream';
import { notPlaceholder, RecordFault, tolerantCollector } from './record-faults';

/** A child's text, without the placeholders ("-") the list writes for "none". */
function childText(node: XmlNode, name: string): string | undefined {
  return notPlaceholder(rawChildText(node, name));
}

export const UK_LIST_TITLE = 'UK Sanctions List';
export const UK_LIST_URL = 'https://www.gov.uk/government/publications/the-uk-sanctions-list';

export interface UkParseOptions {
  file?: string;
}

function texts(node: XmlNode | undefined, name: string): string[] {
  if (!node) return [];
  return descendants(node, name)
    .map((n) => notPlaceholder(clean(n.text)))
    .filter((t): t is string => !!t);
}

function schemaOf(type: string | undefined, primary: string): EntitySchema | undefined {
  switch (type?.toLowerCase()) {
    case 'individual':
      return 'Person';
    case 'ship':
      return 'Vessel';
    case 'entity':
      return hasLegalForm(primary) ? 'Company' : 'Organization';
    default:
      return undefined;
  }
}

interface UkName {
  value: string;
  type: string;
  strength: string;
  parts?: EntityName['parts'];
}

function readName(node: XmlNode, isPerson: boolean): UkName | undefined {
  const fields = [1, 2, 3, 4, 5, 6].map((i) => childText(node, `Name${i}`));
  const present = fields.filter((f): f is string => !!f);
  if (!present.length) return undefined;
  const given = fields.slice(0, 5).filter((f): f is string => !!f);
  const family = fields[5];
  // Name6 is the family name for people and the whole name for entities and ships.
  const parts = isPerson && family && given.length ? { given, family } : undefined;
  return {
    value: present.join(' '),
    type: (childText(node, 'NameType') ?? '').toLowerCase(),
    strength: (childText(node, 'AliasStrength') ?? '').toLowerCase(),
    ...(parts ? { parts } : {}),
  };
}

/** One designation as a record; throws a RecordFault for one the list cannot give a party for. */
function buildRecord(node: XmlNode): SourceRecord {
  const uniqueId = childText(node, 'UniqueID');
  if (!uniqueId) throw new RecordFault('missingId', '<Designation> without <UniqueID>');
  const typeText = childText(node, 'IndividualEntityShip');
  const isPerson = typeText?.toLowerCase() === 'individual';
  const names = descendants(child(node, 'Names') ?? node, 'Name')
    .map((n) => readName(n, isPerson))
    .filter((n): n is UkName => !!n);
  const primary = names.find((n) => n.type === 'primary name') ?? names[0];
  if (!primary) throw new RecordFault('missingName', `${uniqueId}: no <Names>/<Name>`);
  const schema = schemaOf(typeText, primary.value);
  if (!schema) throw new RecordFault('unknownType', `${uniqueId}: unknown IndividualEntityShip "${typeText ?? ''}"`);

  const entityNames: EntityName[] = [];
  addName(entityNames, { value: primary.value, quality: 'strong', kind: 'primary', ...(primary.parts ? { parts: primary.parts } : {}) });
  for (const name of names) {
    if (name === primary) continue;
    // Only a stated "Low quality" makes an alias weak; a blank or absent strength is matched but marked unrated.
    addName(entityNames, {
      value: name.value,
      quality: name.strength.startsWith('low') ? 'weak' : 'strong',
      kind: 'alias',
      ...(name.strength ? {} : { unrated: true as const }),
      ...(name.parts ? { parts: name.parts } : {}),
    });
  }
  for (const value of texts(child(node, 'NonLatinNames'), 'NameNonLatinScript')) {
    addName(entityNames, { value, quality: 'strong', kind: 'original' });
  }

  const props: EntityProps = {};
  // Some editions put titles directly under the designation rather than in IndividualDetails.
  for (const t of texts(child(node, 'Titles'), 'Title')) addProp(props, 'title', t);
  const addresses = child(node, 'Addresses');
  for (const address of addresses ? descendants(addresses, 'Address') : []) {
    const lines = [1, 2, 3, 4, 5, 6].map((i) => childText(address, `AddressLine${i}`));
    const country = childText(address, 'AddressCountry');
    addProp(props, 'address', [...lines, childText(address, 'AddressPostalCode'), country].filter(Boolean).join(', '));
    addProp(props, 'country', country);
  }
  for (const email of texts(child(node, 'EmailAddresses'), 'EmailAddress')) {
    for (const e of email.split(/[;\s]+/)) addProp(props, 'email', e);
  }
  for (const site of texts(child(node, 'Websites'), 'Website')) addProp(props, 'website', site);
  for (const phone of texts(child(node, 'PhoneNumbers'), 'PhoneNumber')) addProp(props, 'notes', `Phone ${phone}`);

  const individual = child(node, 'IndividualDetails');
  if (individual) {
    for (const dob of texts(individual, 'DOB')) addProp(props, 'birthDate', dayFirstDate(dob));
    for (const n of texts(individual, 'Nationality')) addProp(props, 'nationality', n);
    for (const p of texts(individual, 'Position')) addProp(props, 'position', p);
    for (const t of texts(individual, 'Title')) addProp(props, 'title', t);
    const gender = texts(individual, 'Gender')[0];
    if (gender) props.gender = gender;
    for (const loc of descendants(individual, 'Location')) {
      addProp(props, 'birthPlace', [childText(loc, 'TownOfBirth'), childText(loc, 'CountryOfBirth')].filter(Boolean).join(', '));
    }
    for (const passport of descendants(individual, 'Passport')) {
      const value = childText(passport, 'PassportNumber');
      const note = childText(passport, 'PassportAdditionalInformation');
      if (value) addIdentifier(props, { type: 'Passport', value, ...(note ? { note } : {}) });
    }
    for (const id of descendants(individual, 'NationalIdentifier')) {
      const value = childText(id, 'NationalIdentifierNumber');
      const note = childText(id, 'NationalIdentifierAdditionalInformation');
      if (value) addIdentifier(props, { type: 'National identifier', value, ...(note ? { note } : {}) });
    }
  }
  const entity = child(node, 'EntityDetails');
  if (entity) {
    for (const n of texts(entity, 'BusinessRegistrationNumber')) addIdentifier(props, { type: 'Business registration number', value: n });
    for (const t of texts(entity, 'TypeOfEntity')) addProp(props, 'notes', `Type of entity: ${t}`);
    for (const p of texts(entity, 'ParentCompany')) addProp(props, 'linkedTo', p);
    for (const s of texts(entity, 'Subsidiary')) addProp(props, 'linkedTo', s);
  }
  const ship = child(node, 'ShipDetails');
  if (ship) {
    for (const imo of texts(ship, 'IMONumber')) {
      const digits = /(\d{7})/.exec(imo)?.[1];
      if (!digits) continue;
      props.imoNumber ??= digits;
      addIdentifier(props, { type: 'IMO', value: digits });
    }
    const flag = texts(ship, 'CurrentBelievedFlagOfShip').find((f) => f.toLowerCase() !== 'unknown');
    if (flag) props.flag = flag;
    for (const f of texts(ship, 'PreviousFlag')) addProp(props, 'notes', `Previous flag: ${f}`);
    const type = texts(ship, 'TypeOfShip')[0];
    if (type) props.vesselType = type;
    const tonnage = texts(ship, 'TonnageOfShip')[0];
    if (tonnage) props.tonnage = tonnage;
    for (const y of texts(ship, 'YearBuilt')) addProp(props, 'notes', `Built ${y}`);
    for (const owner of texts(ship, 'CurrentOwnerOperator')) addProp(props, 'linkedTo', owner);
  }

  const unRef = childText(node, 'UNReferenceNumber');
  if (unRef) props.unscId = [unRef];
  const groupId = childText(node, 'OFSIGroupID');
  if (groupId) addIdentifier(props, { type: 'OFSI Group ID', value: groupId });
  addProp(props, 'notes', childText(node, 'OtherInformation'));
  const imposed = childText(node, 'SanctionsImposed');
  if (imposed) addProp(props, 'notes', `Sanctions imposed: ${imposed.split('|').join(', ')}`);
  const designationSource = childText(node, 'DesignationSource');
  if (designationSource) addProp(props, 'notes', `Designation source: ${designationSource}`);

  const regime = childText(node, 'RegimeName');
  const designated = childText(node, 'DateDesignated');
  const reason = childText(node, 'UKStatementofReasons');
  return {
    id: `uk:${uniqueId}`,
    schema,
    names: entityNames,
    sanctions: [
      {
        authority: 'UK',
        list: UK_LIST_TITLE,
        programs: regime ? [regime] : [],
        sourceId: uniqueId,
        ...(designated ? { listingDate: dayFirstDate(designated) } : {}),
        ...(reason ? { reason } : {}),
        sourceUrl: UK_LIST_URL,
      },
    ],
    props: compactProps(props),
  };
}

/** Parses the FCDO UK Sanctions List XML. */
export async function parseUkXml(input: ListInput, opts: UkParseOptions = {}): Promise<ParsedList> {
  const file = opts.file ?? 'UK-Sanctions-List.xml';
  const source = `UK Sanctions List XML (${file})`;
  const collected = tolerantCollector(source, buildRecord);
  const { records, skipped } = collected;
  let generated: string | undefined;
  await streamXml(input, source, {
    root: 'Designations',
    isRecord: (path) => path.length === 2 && path[1] === 'Designation',
    onOutsideText: (path, text) => {
      if (path.length === 2 && path[1] === 'DateGenerated') generated = text;
    },
    onRecord: (node) => collected.onRecord(node),
  });
  collected.finish();
  const date = generated ? dayFirstDate(generated) : undefined;
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new ListParseError(source, '1:1', 'missing or invalid <DateGenerated>');
  }
  return {
    source: { authority: 'UK', list: 'uk-sl', title: UK_LIST_TITLE, file, date, entries: records.length },
    records,
    skipped,
  };
}

