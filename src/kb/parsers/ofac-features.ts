/**
 * OFAC facts as the SDN formats write them: "Label value (Country) note"
 * statements, which the CSV packs into REMARKS ("DOB 10 Dec 1948; POB Egypt;
 * a.k.a. 'X'; Linked To: Y.") and the XML puts in idList entries. Both
 * parsers feed them through here so the two formats agree.
 */
import type { EntityName, EntityProps } from '../model';
import { addIdentifier, addName, addProp, englishDate, findUnReferences } from './record-utils';

/** What one OFAC entry accumulates while being read. */
export interface OfacFacts {
  props: EntityProps;
  names: EntityName[];
  /** Dates OFAC gives as "Listing Date (...)"; the earliest becomes the listing date. */
  listingDates: string[];
  /** "Linked To" statements: the reason OFAC gives for the listing. */
  linkedTo: string[];
}

export function newFacts(): OfacFacts {
  return { props: {}, names: [], listingDates: [], linkedTo: [] };
}

/** Statements that describe the sanction rather than the party; kept as notes, verbatim. */
const NOTE_LABELS =
  /^(?:Additional Sanctions Information -|Secondary sanctions risk:|Transactions Prohibited For Persons Owned or Controlled By U\.S\. Financial Institutions:|CAATSA Section 235 Information:|Executive Order \d+ (?:Directive Determination -|Directive Information|information:)|Target Type|Organization Established Date|Organization Type:|Effective Date|Purchase\/Sales For Divestment Date|Issuer Name|Nationality of Registration|Other Vessel Flag|Former Vessel Flag|Other Vessel Call Sign|Other Vessel Type|Vessel Year of Build|Aircraft Manufacture Date|Aircraft Mode S Transponder Code|IFCA Determination -|For more information)/i;

/** A label ends in one of these when what follows is a document or registry number. */
const ID_LABEL_END =
  /(?:\bNo\.?|\bNumber|\bID|\bCode|#|\bPassport|C\.U\.R\.P\.|R\.F\.C\.|\bRFC|SWIFT\/BIC|\bBIK|\bISIN|\bSSN|US FEIN|D\.N\.I\.|C\.U\.I\.T?\.|I\.F\.E\.|\bNIT|\bLicense|\bCedula|Credencial electoral|Cartilla de Servicio Militar Nacional|Fiscal Code|Equity Ticker|Identity Card|ID Card|Registration ID|Legal Entity Number)(?: \([^)]*\))?$/;

const NOT_ID_LABEL = /phone|fax|telephone/i;

/** Splits "AO 2879097 (Italy) expires 30 Oct 2012" into value, country and note. */
export function splitIdValue(rest: string): { value: string; country?: string; note?: string } {
  const m = /^(.*?)(?: \(([^()]+)\))?(?:[,;]? ((?:issued|expires?|expiration|valid|Issue Date|Expiration Date)\b.*))?$/i.exec(rest.trim());
  if (!m || !m[1]) return { value: rest.trim() };
  return {
    value: m[1].trim(),
    ...(m[2] ? { country: m[2].trim() } : {}),
    ...(m[3] ? { note: m[3].trim() } : {}),
  };
}

/** The longest leading run of words that ends like an identifier label, if any. */
function identifierLabel(statement: string): { label: string; rest: string } | undefined {
  const words = statement.split(' ');
  for (let n = Math.min(words.length - 1, 9); n >= 1; n--) {
    const label = words.slice(0, n).join(' ');
    if (/^[A-Z]/.test(label) && ID_LABEL_END.test(label) && !NOT_ID_LABEL.test(label)) {
      return { label, rest: words.slice(n).join(' ') };
    }
  }
  return undefined;
}

/**
 * Applies one labelled fact (an XML idList entry, or one parsed remark).
 * Unknown labels become identifiers, since that is what idList holds.
 */
export function applyOfacFeature(facts: OfacFacts, label: string, value: string, country?: string, note?: string): void {
  const { props } = facts;
  const l = label.trim().replace(/:$/, '');
  const v = value.trim();
  if (!v) return;
  const lower = l.toLowerCase();
  if (lower === 'gender') {
    props.gender = v;
  } else if (lower === 'website') {
    addProp(props, 'website', v);
  } else if (lower === 'email address' || lower === 'email') {
    addProp(props, 'email', v);
  } else if (lower === 'vessel registration identification') {
    const imo = /(?:IMO\s*)?(\d{7})/.exec(v);
    if (imo) {
      props.imoNumber ??= imo[1];
      addIdentifier(props, { type: 'IMO', value: imo[1] });
    } else {
      addIdentifier(props, { type: l, value: v });
    }
  } else if (lower === 'mmsi') {
    props.mmsi ??= v;
  } else if (lower === 'aircraft model') {
    props.aircraftModel ??= v;
  } else if (lower === "aircraft manufacturer's serial number (msn)") {
    props.aircraftSerial ??= v;
    addIdentifier(props, { type: l, value: v });
  } else if (lower === 'aircraft operator') {
    addProp(props, 'linkedTo', v);
  } else if (lower.startsWith('listing date')) {
    facts.listingDates.push(englishDate(v));
    addProp(props, 'notes', `${l}: ${v}`);
  } else if (NOTE_LABELS.test(label.trim()) || NOTE_LABELS.test(l)) {
    addProp(props, 'notes', `${label.trim()} ${v}`);
  } else {
    addIdentifier(props, { type: l, value: v, ...(country ? { country } : {}), ...(note ? { note } : {}) });
  }
}

/** One REMARKS statement, already stripped of "alt. ". */
function applyStatement(facts: OfacFacts, s: string): void {
  const { props } = facts;
  let m: RegExpExecArray | null;
  if ((m = /^([afn])\.k\.a\.,?\s+'(.+)'$/i.exec(s))) {
    // The CSV alias file only carries strong names; OFAC writes its weak
    // a.k.a.s in REMARKS, single-quoted (checked against the XML's categories).
    addName(facts.names, { value: m[2], quality: 'weak', kind: m[1].toLowerCase() === 'f' ? 'formerName' : 'alias' });
  } else if ((m = /^DOB (.+)$/.exec(s))) {
    addProp(props, 'birthDate', englishDate(m[1]));
  } else if ((m = /^(?:Alt\. )?POB:? (.+)$/.exec(s))) {
    addProp(props, 'birthPlace', m[1]);
  } else if ((m = /^nationality (.+)$/i.exec(s))) {
    addProp(props, 'nationality', m[1]);
  } else if ((m = /^citizen (.+)$/i.exec(s))) {
    addProp(props, 'citizenship', m[1]);
  } else if ((m = /^Gender (.+)$/.exec(s))) {
    props.gender = m[1];
  } else if ((m = /^Linked To: (.+)$/i.exec(s))) {
    addProp(props, 'linkedTo', m[1]);
    if (!facts.linkedTo.includes(m[1])) facts.linkedTo.push(m[1]);
  } else if ((m = /^Vessel Registration Identification (.+)$/.exec(s))) {
    applyOfacFeature(facts, 'Vessel Registration Identification', m[1]);
  } else if ((m = /^MMSI (\S+)$/.exec(s))) {
    applyOfacFeature(facts, 'MMSI', m[1]);
  } else if ((m = /^(Website|Email Address|Email):?\s*(\S+)$/i.exec(s))) {
    applyOfacFeature(facts, m[1], m[2]);
  } else if ((m = /^(Digital Currency Address - \S+) (\S+)$/.exec(s))) {
    addIdentifier(props, { type: m[1], value: m[2] });
  } else if ((m = /^(Aircraft Model|Aircraft Manufacturer's Serial Number \(MSN\)|Aircraft Operator) (.+)$/.exec(s))) {
    applyOfacFeature(facts, m[1], m[2]);
  } else if ((m = /^(Aircraft Construction Number \(also called L\/N or S\/N or F\/N\)|Aircraft Tail Number|Previous Aircraft Tail Number) (.+)$/.exec(s))) {
    addIdentifier(props, { type: m[1], value: m[2] });
  } else if ((m = /^(Listing Date \([^)]*\)):? (.+)$/.exec(s))) {
    applyOfacFeature(facts, m[1], m[2]);
  } else if (NOTE_LABELS.test(s)) {
    addProp(props, 'notes', s);
  } else {
    const id = identifierLabel(s);
    if (id && /\d/.test(id.rest)) {
      const { value, country, note } = splitIdValue(id.rest);
      addIdentifier(props, { type: id.label, value, ...(country ? { country } : {}), ...(note ? { note } : {}) });
    } else {
      // Titles, positions and anything not recognised: kept for display.
      addProp(props, 'notes', s);
    }
  }
}

/** Parses an OFAC REMARKS text (already joined with its sdn_comments continuation). */
export function applyOfacRemarks(facts: OfacFacts, remarks: string): void {
  const text = remarks.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  if (!text) return;
  for (const ref of findUnReferences(text)) addProp(facts.props, 'unscId', ref);
  for (const raw of text.split('; ')) {
    const statement = raw.trim().replace(/^alt\.\s+/i, '');
    if (statement) applyStatement(facts, statement);
  }
}
