/**
 * Naming conventions as data: every form under which a writer names a
 * listed party, generated from the list's own name data alone, each tagged
 * with the convention that made it (kinds.ts).
 *
 *   conventionalForms(name: EntityName, schema: EntitySchema, countryNames: ReadonlySet<string>)
 *     → { forms: ConventionalForm[]; person?: PersonStructure }
 *
 * `name` is one KB name (value, kind, and the list's name parts where it
 * gives them), `schema` the party's type, `countryNames` the normalised
 * names of the KB's jurisdictions (for "of Iran" / a trailing "Iran"). The
 * result is a pure function of these: the recogniser's index and the search
 * page call it alike, so a convention added here reaches both. The listed
 * form comes first; `person` is the personal name's structure when it shows.
 */
import type { EntityName, EntitySchema } from '../../kb/model';
import { NAME_PARTICLES, nameForms, type NameForm, type PersonStructure } from '../name-variants';
import type { Token } from '../tokenize';
import type { ConventionKind } from './kinds';

export { conventionCode, type ConventionKind } from './kinds';

export type ConventionalForm = NameForm;

/** Words between the two surnames of a Hispanic or Portuguese name, or before a married name. */
const SURNAME_JOINERS = new Set(['y', 'e', 'i']);
const MARRIED_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del']);
/** Parts of Arabic, Persian and Turkic names: a family of these is a lineage, not two surnames. */
const LINEAGE_WORDS = new Set(['al', 'el', 'bin', 'bint', 'ibn', 'abu', 'abd', 'ben', 'ould', 'ag', 'oglu', 'ogly', 'uly', 'kyzy']);
/** Articles that lead an organisation's name in Romance and Germanic languages ("EL TREN DE ARAGUA", "LA NUESTRA FAMILIA"). */
const LEADING_ARTICLES = new Set(['el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'gli', 'der', 'die', 'das', 'de', 'het', 'o', 'os', 'as']);
/** State designators written before a state-owned organisation's own name, and left out by the press ("Rostec"). */
const STATE_DESIGNATORS: string[][] = [
  'federal state unitary enterprise', 'federal state budgetary institution', 'state unitary enterprise', 'state atomic energy corporation',
  'state corporation', 'state company', 'state enterprise', 'state owned enterprise', 'state owned company', 'fgup', 'gup',
].map((s) => s.split(' '));

function norms(tokens: Token[]): string[] {
  return tokens.map((t) => t.norm);
}

function content(tokens: Token[]): Token[] {
  return tokens.filter((t) => !NAME_PARTICLES.has(t.norm));
}

/**
 * A family name of two surnames ("MADURO MOROS", "LÓPEZ Y LÓPEZ") or a
 * married name ("MURILLO DE ORTEGA"): writers keep the first.
 */
function firstSurnameForms(p: PersonStructure): { tokens: Token[]; kind: ConventionKind }[] {
  const fam = p.family;
  // A hyphenated family name is one name ("ABDOLLAH-POUR"): writers keep it whole.
  if (fam.length < 2 || fam.some((t) => LINEAGE_WORDS.has(t.norm) || t.hyphenBefore) || NAME_PARTICLES.has(fam[0].norm)) return [];
  const at = fam.findIndex((t, k) => k > 0 && MARRIED_PARTICLES.has(t.norm));
  let first: Token[];
  let kind: ConventionKind;
  if (at > 0) {
    first = fam.slice(0, at);
    kind = 'own-surname';
  } else {
    const parts = fam.filter((t) => !SURNAME_JOINERS.has(t.norm));
    if (parts.length !== 2 || content(parts).length !== 2) return [];
    first = [fam[0]];
    kind = 'first-surname';
  }
  const out = [{ tokens: [p.given[0], ...first], kind }];
  if (p.given.length > 1) out.push({ tokens: [...p.given, ...first], kind });
  return out;
}

function startsWith(ns: string[], seq: string[]): boolean {
  return seq.length < ns.length && seq.every((w, k) => ns[k] === w);
}

/** An organisation's name without a leading article, a trailing country, or a state designator. */
function organisationForms(listed: Token[], countryNames: ReadonlySet<string>): { tokens: Token[]; kind: ConventionKind }[] {
  const out: { tokens: Token[]; kind: ConventionKind }[] = [];
  const ns = norms(listed);
  if (listed.length >= 3 && LEADING_ARTICLES.has(ns[0]) && !NAME_PARTICLES.has(ns[1])) out.push({ tokens: listed.slice(1), kind: 'leading-article' });
  for (let k = listed.length - 1; k >= 2; k--) {
    if (countryNames.has(ns.slice(k).join(' ')) && ns[k - 1] !== 'of' && content(listed.slice(0, k)).length >= 2) {
      out.push({ tokens: listed.slice(0, k), kind: 'trailing-country' });
      break;
    }
  }
  for (const d of STATE_DESIGNATORS) {
    if (startsWith(ns, d) && content(listed.slice(d.length)).length >= 1) {
      out.push({ tokens: listed.slice(d.length), kind: 'state-designator' });
      break;
    }
  }
  return out;
}

export function conventionalForms(
  name: EntityName,
  schema: EntitySchema,
  countryNames: ReadonlySet<string>,
): { forms: ConventionalForm[]; person?: PersonStructure } {
  const { forms, person } = nameForms(name, schema, countryNames);
  const extra: ConventionalForm[] = [];
  if (person) for (const f of firstSurnameForms(person)) extra.push({ ...f, variant: true });
  if (schema !== 'Person') {
    for (const f of forms) {
      if (f.kind !== 'listed' && f.kind !== 'listed-piece' && f.kind !== 'no-legal-form') continue;
      for (const g of organisationForms(f.tokens, countryNames)) extra.push({ ...g, variant: true });
    }
  }
  const seen = new Set(forms.map((f) => norms(f.tokens).join(' ')));
  for (const f of extra) {
    const key = norms(f.tokens).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    forms.push(f);
  }
  return { forms, person };
}
