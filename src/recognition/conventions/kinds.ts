/**
 * The naming conventions by which a listed name becomes the form a writer
 * uses. Each kind is one feature of the linker (its weight, fitted by
 * `npm run train`, is the prior of forms of that kind).
 */
export const CONVENTION_KINDS = [
  /** The list's own name, or a name in it ("MAIN (ACRONYM)", "A / B"). */
  'listed', 'listed-piece',
  /** Personal names: word order, patronymic dropped, first given name only, given names only, title dropped. */
  'given-family', 'family-given', 'no-patronymic', 'first-given', 'given-only', 'no-title',
  /** Hispanic and Portuguese names: the first (paternal) surname alone; a married name's own surname ("MURILLO DE ORTEGA" → Murillo). */
  'first-surname', 'own-surname',
  /** Organisations: legal form dropped, designator moved or respelled, "of <country>" or a trailing country dropped, a leading article or state designator dropped. */
  'no-legal-form', 'designator', 'no-country', 'trailing-country', 'leading-article', 'state-designator',
  /** A numbered unit's ordinal respelled or qualifiers dropped. */
  'unit',
  /** Arabic articles joined or dropped, Abd with its article moved. */
  'article-joined', 'no-article', 'transliteration',
] as const;

export type ConventionKind = (typeof CONVENTION_KINDS)[number];

/** The kind's number, as the index stores it in an entry's flags (name-trie.ts, F_KIND_SHIFT). */
export function conventionCode(kind: ConventionKind): number {
  return CONVENTION_KINDS.indexOf(kind);
}
