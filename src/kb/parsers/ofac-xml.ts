/**
 * OFAC "SDN XML" format (SDN.XML, CONSOLIDATED.XML): root sdnList with
 * publshInformation (sic) and one sdnEntry per party. Elements are matched on
 * local names because the default namespace changed when OFAC moved to SLS.
 */
import { ListParseError, type ParsedList, type SourceRecord } from '../model';
import type { ListInput } from './input';
import { applyOfacFeature, newFacts } from './ofac-features';
import { OFAC_LIST_TITLES, ofacDetailsUrl, ofacPersonParts, ofacSchema, type OfacListKind } from './ofac-csv';
import { addName, addProp, compactProps, englishDate, findUnReferences, monthFirstDate } from './record-utils';
import { child, childText, childrenNamed, streamXml, type XmlNode } from './xml-stream';

export interface OfacXmlOptions {
  /** Which publication; by default guessed from the file name ("consolidated" → non-SDN). */
  list?: OfacListKind;
  file?: string;
}

/** OFAC's XML splits names in firstName/lastName; the CSV and the website write "LAST, First". */
function joinName(node: XmlNode): string | undefined {
  const last = childText(node, 'lastName');
  const first = childText(node, 'firstName');
  if (last && first) return `${last}, ${first}`;
  return last ?? first;
}

function items(node: XmlNode, list: string, item: string): XmlNode[] {
  const container = child(node, list);
  return container ? childrenNamed(container, item) : [];
}

function buildRecord(node: XmlNode, kind: OfacListKind, source: string): SourceRecord {
  const uid = childText(node, 'uid');
  if (!uid) throw new ListParseError(source, node.position, '<sdnEntry> without <uid>');
  const name = joinName(node);
  if (!name) throw new ListParseError(source, node.position, `sdnEntry ${uid} has no lastName`);
  const type = childText(node, 'sdnType');
  const schema = ofacSchema(type, name);
  const isPerson = schema === 'Person';
  const facts = newFacts();
  const { props } = facts;

  const primaryParts = isPerson ? personParts(node) : undefined;
  addName(facts.names, { value: name, quality: 'strong', kind: 'primary', ...(primaryParts ? { parts: primaryParts } : {}) });
  for (const aka of items(node, 'akaList', 'aka')) {
    const value = joinName(aka);
    if (!value) continue;
    const weak = childText(aka, 'category')?.toLowerCase() === 'weak';
    const former = childText(aka, 'type')?.toLowerCase() === 'f.k.a.';
    const parts = isPerson && !weak ? personParts(aka) : undefined;
    addName(facts.names, {
      value,
      quality: weak ? 'weak' : 'strong',
      kind: former ? 'formerName' : 'alias',
      ...(parts ? { parts } : {}),
    });
  }

  addProp(props, 'title', childText(node, 'title'));
  for (const id of items(node, 'idList', 'id')) {
    const idType = childText(id, 'idType');
    const idNumber = childText(id, 'idNumber');
    if (!idType || !idNumber) continue;
    const note = [
      childText(id, 'issueDate') && `issued ${childText(id, 'issueDate')}`,
      childText(id, 'expirationDate') && `expires ${childText(id, 'expirationDate')}`,
    ].filter(Boolean).join('; ');
    applyOfacFeature(facts, idType, idNumber, childText(id, 'idCountry'), note || undefined);
  }
  for (const addr of items(node, 'addressList', 'address')) {
    const parts = ['address1', 'address2', 'address3', 'city', 'stateOrProvince', 'postalCode', 'country']
      .map((n) => childText(addr, n))
      .filter((p): p is string => !!p);
    addProp(props, 'address', parts.join(', '));
    const country = childText(addr, 'country');
    // OFAC puts sub-national regions in the country field ("Region: Gaza").
    if (country && !country.startsWith('Region:')) addProp(props, 'country', country);
  }
  for (const dob of items(node, 'dateOfBirthList', 'dateOfBirthItem')) {
    const value = childText(dob, 'dateOfBirth');
    if (value) addProp(props, 'birthDate', englishDate(value));
  }
  for (const pob of items(node, 'placeOfBirthList', 'placeOfBirthItem')) addProp(props, 'birthPlace', childText(pob, 'placeOfBirth'));
  for (const n of items(node, 'nationalityList', 'nationality')) addProp(props, 'nationality', childText(n, 'country'));
  for (const c of items(node, 'citizenshipList', 'citizenship')) addProp(props, 'citizenship', childText(c, 'country'));

  const vessel = child(node, 'vesselInfo');
  if (vessel) {
    const callSign = childText(vessel, 'callSign');
    const vesselType = childText(vessel, 'vesselType');
    const flag = childText(vessel, 'vesselFlag');
    const tonnage = childText(vessel, 'tonnage') ?? childText(vessel, 'grossRegisteredTonnage');
    if (callSign) props.callSign = callSign;
    if (vesselType) props.vesselType = vesselType;
    if (flag) props.flag = flag;
    if (tonnage) props.tonnage = tonnage;
    addProp(props, 'linkedTo', childText(vessel, 'vesselOwner'));
  }

  // In the XML, REMARKS keeps only what has no element of its own: mostly "(Linked To: X)".
  const remarks = childText(node, 'remarks');
  if (remarks) {
    for (const m of remarks.matchAll(/Linked To: ([^);]+)/g)) {
      const linked = m[1].trim().replace(/\.$/, '');
      addProp(props, 'linkedTo', linked);
      if (!facts.linkedTo.includes(linked)) facts.linkedTo.push(linked);
    }
    for (const ref of findUnReferences(remarks)) addProp(props, 'unscId', ref);
    if (!/^\(?Linked To: [^)]*\)?\.?$/.test(remarks)) addProp(props, 'notes', remarks);
  }

  const programs = items(node, 'programList', 'program')
    .map((p) => p.text.trim())
    .filter(Boolean);
  const listingDate = facts.listingDates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort()[0];
  const reason = facts.linkedTo.length ? facts.linkedTo.map((l) => `Linked To: ${l}`).join('; ') : undefined;
  return {
    id: `ofac:${uid}`,
    schema,
    names: facts.names,
    sanctions: [
      {
        authority: 'OFAC',
        list: OFAC_LIST_TITLES[kind],
        programs,
        sourceId: uid,
        ...(listingDate ? { listingDate } : {}),
        ...(reason ? { reason } : {}),
        sourceUrl: ofacDetailsUrl(uid),
      },
    ],
    props: compactProps(props),
  };
}

function personParts(node: XmlNode): { given?: string[]; family?: string } | undefined {
  const last = childText(node, 'lastName');
  const first = childText(node, 'firstName');
  if (!last) return undefined;
  if (!first) return last.includes(', ') ? ofacPersonParts(last) : undefined;
  return { given: first.split(/\s+/), family: last };
}

/** Parses SDN.XML or CONSOLIDATED.XML. */
export async function parseOfacXml(input: ListInput, opts: OfacXmlOptions = {}): Promise<ParsedList> {
  const file = opts.file ?? 'SDN.XML';
  const kind: OfacListKind = opts.list ?? (/cons/i.test(file) ? 'nonsdn' : 'sdn');
  const source = `OFAC ${kind === 'sdn' ? 'SDN' : 'non-SDN'} XML (${file})`;
  const records: SourceRecord[] = [];
  let publishDate: string | undefined;
  let recordCount: number | undefined;
  const end = await streamXml(input, source, {
    root: 'sdnList',
    isRecord: (path) => path.length === 2 && path[1] === 'sdnEntry',
    onOutsideText: (path, text) => {
      if (path[1] !== 'publshInformation' && path[1] !== 'publishInformation') return;
      if (path[2] === 'Publish_Date') publishDate = text;
      if (path[2] === 'Record_Count') recordCount = Number(text);
    },
    onRecord: (node) => records.push(buildRecord(node, kind, source)),
  });
  const date = publishDate ? monthFirstDate(publishDate) : undefined;
  if (!date) throw new ListParseError(source, '1:1', 'missing or invalid publshInformation/Publish_Date');
  if (recordCount !== undefined && recordCount !== records.length) {
    throw new ListParseError(source, end, `Record_Count says ${recordCount} entries, found ${records.length}`);
  }
  return {
    source: {
      authority: 'OFAC',
      list: kind === 'sdn' ? 'ofac-sdn' : 'ofac-nonsdn',
      title: `OFAC ${OFAC_LIST_TITLES[kind]}`,
      file,
      date,
      entries: records.length,
    },
    records,
    skipped: {},
  };
}
