/**
 * UN Security Council Consolidated List (consolidated.xml, no namespace;
 * schema https://www.un.org/sc/resources/sc-sanctions.xsd).
 * INDIVIDUAL → Person, ENTITY → Organization; one record per REFERENCE_NUMBER.
 */
import { ListParseError, type EntityName, type EntityProps, type ParsedList, type SourceRecord } from '../model';
import type { ListInput } from './input';
import { addIdentifier, addName, addProp, compactProps } from './record-utils';
import { childText, childrenNamed, clean, streamXml, type XmlNode } from './xml-stream';

export const UN_LIST_TITLE = 'UN Security Council Consolidated List';
export const UN_LIST_URL = 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list';

export interface UnParseOptions {
  /** Path or URL the data was read from, used in SourceInfo and error messages. */
  file?: string;
}

/** Alias qualities: "Good" and "a.k.a." are matchable; "Low" is display-only. */
function aliasQuality(quality: string | undefined): 'strong' | 'weak' {
  return quality?.toLowerCase() === 'low' ? 'weak' : 'strong';
}

function values(node: XmlNode, name: string): string[] {
  const out: string[] = [];
  for (const group of childrenNamed(node, name)) {
    for (const v of childrenNamed(group, 'VALUE')) {
      const text = clean(v.text);
      if (text) out.push(text);
    }
  }
  return out;
}

function joinParts(node: XmlNode, names: string[]): string | undefined {
  const parts = names.map((n) => childText(node, n)).filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : undefined;
}

function birthDate(node: XmlNode): string | undefined {
  const type = childText(node, 'TYPE_OF_DATE')?.toUpperCase();
  const date = childText(node, 'DATE');
  const year = childText(node, 'YEAR');
  const from = childText(node, 'FROM_YEAR');
  const to = childText(node, 'TO_YEAR');
  // Ranges use the ISO 8601 interval form; approximate dates say so.
  const value = date ?? year ?? (from && to ? `${from}/${to}` : (from ?? to));
  if (!value) return undefined;
  return type === 'APPROXIMATELY' ? `circa ${value}` : value;
}

function personNameParts(node: XmlNode): EntityName['parts'] | undefined {
  const fields = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((n) => childText(node, n))
    .filter((p): p is string => !!p);
  if (fields.length < 2) return undefined;
  // The UN list does not say which field is the family name; by its own
  // convention the last field written is, except where (e.g. Korean names)
  // the family name comes first, so consumers should treat parts as a hint.
  return { given: fields.slice(0, -1), family: fields[fields.length - 1] };
}

function buildRecord(node: XmlNode, source: string): SourceRecord {
  const isPerson = node.name === 'INDIVIDUAL';
  const ref = childText(node, 'REFERENCE_NUMBER');
  if (!ref) throw new ListParseError(source, node.position, `<${node.name}> without REFERENCE_NUMBER`);
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((n) => childText(node, n))
    .filter((p): p is string => !!p)
    .join(' ');
  if (!primary) throw new ListParseError(source, node.position, `${ref}: no name (FIRST_NAME is empty)`);

  const names: EntityName[] = [];
  const props: EntityProps = {};
  const parts = isPerson ? personNameParts(node) : undefined;
  addName(names, { value: primary, quality: 'strong', kind: 'primary', ...(parts ? { parts } : {}) });
  addName(names, {
    value: childText(node, 'NAME_ORIGINAL_SCRIPT') ?? '',
    quality: 'strong',
    kind: 'original',
  });

  for (const alias of childrenNamed(node, isPerson ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    const value = childText(alias, 'ALIAS_NAME');
    if (!value) continue;
    const quality = childText(alias, 'QUALITY');
    const note = childText(alias, 'NOTE') ?? '';
    const former = quality?.toLowerCase() === 'f.k.a.' || /formerly/i.test(note);
    addName(names, { value, quality: aliasQuality(quality), kind: former ? 'formerName' : 'alias' });
    // Some aliases carry the identity details of that alias.
    addProp(props, 'birthDate', childText(alias, 'DATE_OF_BIRTH'));
    addProp(props, 'birthPlace', joinParts(alias, ['CITY_OF_BIRTH', 'COUNTRY_OF_BIRTH']));
  }

  for (const title of values(node, 'TITLE')) addProp(props, 'title', title);
  for (const position of values(node, 'DESIGNATION')) addProp(props, 'position', position);
  for (const nationality of values(node, 'NATIONALITY')) addProp(props, 'nationality', nationality);
  const gender = childText(node, 'GENDER');
  if (gender) props.gender = gender;

  for (const dob of childrenNamed(node, 'INDIVIDUAL_DATE_OF_BIRTH')) addProp(props, 'birthDate', birthDate(dob));
  for (const pob of childrenNamed(node, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    addProp(props, 'birthPlace', joinParts(pob, ['CITY', 'STATE_PROVINCE', 'COUNTRY']));
  }
  for (const addr of childrenNamed(node, isPerson ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) {
    addProp(props, 'address', joinParts(addr, ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY', 'NOTE']));
    addProp(props, 'country', childText(addr, 'COUNTRY'));
  }
  for (const doc of childrenNamed(node, 'INDIVIDUAL_DOCUMENT')) {
    const value = childText(doc, 'NUMBER');
    if (!value) continue;
    const type = [childText(doc, 'TYPE_OF_DOCUMENT'), childText(doc, 'TYPE_OF_DOCUMENT2')].filter(Boolean).join(' / ');
    const note = [
      childText(doc, 'DATE_OF_ISSUE') && `issued ${childText(doc, 'DATE_OF_ISSUE')}`,
      childText(doc, 'CITY_OF_ISSUE') && `in ${childText(doc, 'CITY_OF_ISSUE')}`,
      childText(doc, 'DATE_OF_EXPIRY') && `expires ${childText(doc, 'DATE_OF_EXPIRY')}`,
      childText(doc, 'NOTE'),
    ].filter(Boolean).join('; ');
    const country = childText(doc, 'ISSUING_COUNTRY') ?? childText(doc, 'COUNTRY_OF_ISSUE');
    addIdentifier(props, { type: type || 'Document', value, ...(country ? { country } : {}), ...(note ? { note } : {}) });
  }

  const reason = childText(node, 'COMMENTS1');
  props.unscId = [ref];
  // Narratives cite related listings by reference ("Al-Qaida (QDe.004)"); those are links, not this party's ids.
  for (const m of (reason ?? '').matchAll(/\b([A-Z]{2}[ie]\.\d{3})\b/g)) if (m[1] !== ref) addProp(props, 'linkedTo', m[1]);
  const interpol = childText(node, 'INTERPOL_LINK');
  if (interpol) addProp(props, 'notes', `INTERPOL-UN Security Council Special Notice: ${interpol}`);

  const listType = childText(node, 'UN_LIST_TYPE');
  const listedOn = childText(node, 'LISTED_ON');
  return {
    id: `un:${ref}`,
    schema: isPerson ? 'Person' : 'Organization',
    names,
    sanctions: [
      {
        authority: 'UN',
        list: UN_LIST_TITLE,
        programs: listType ? [listType] : [],
        sourceId: ref,
        ...(listedOn ? { listingDate: listedOn } : {}),
        ...(reason ? { reason } : {}),
        sourceUrl: UN_LIST_URL,
      },
    ],
    props: compactProps(props),
  };
}

/** Parses the UN consolidated list; entries = individuals + entities. */
export async function parseUnXml(input: ListInput, opts: UnParseOptions = {}): Promise<ParsedList> {
  const file = opts.file ?? 'consolidated.xml';
  const source = `UN consolidated list (${file})`;
  const records: SourceRecord[] = [];
  let generated: string | undefined;
  await streamXml(input, source, {
    root: 'CONSOLIDATED_LIST',
    onRootAttributes: (attrs) => {
      generated = attrs.dateGenerated;
    },
    isRecord: (path) =>
      path.length === 3 &&
      ((path[1] === 'INDIVIDUALS' && path[2] === 'INDIVIDUAL') || (path[1] === 'ENTITIES' && path[2] === 'ENTITY')),
    onRecord: (node) => records.push(buildRecord(node, source)),
  });
  if (!generated || !/^\d{4}-\d{2}-\d{2}/.test(generated)) {
    throw new ListParseError(source, '1:1', 'missing or invalid dateGenerated attribute on <CONSOLIDATED_LIST>');
  }
  return {
    source: {
      authority: 'UN',
      list: 'un',
      title: UN_LIST_TITLE,
      file,
      date: generated.slice(0, 10),
      entries: records.length,
    },
    records,
    skipped: {},
  };
}
