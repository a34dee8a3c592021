/**
 * The one place search meets the recogniser: names and queries are cut into
 * tokens and compared on the recogniser's own normalised form and
 * transliteration key, and listed names are read with the recogniser's
 * variant rules. Improvements there (better transliteration, other scripts)
 * reach search without changes here.
 */
import type { EntityName, EntitySchema } from '../kb/model';
import { clearNameTokenCache, nameTokens, type Token } from '../recognition/tokenize';
import { NAME_PARTICLES, personStructure, splitListedName, stripLegalForms } from '../recognition/name-variants';
import { conventionalForms, type ConventionKind } from '../recognition/conventions';

export interface SearchToken {
  /** Folded lower-case form (recogniser's `Token.norm`). */
  norm: string;
  /** The recogniser's light key (`Token.lat`): romanised from any script, then its transliteration key. */
  key: string;
  /** Joining words ("al", "of", "bin") that count little either way. */
  particle: boolean;
  /** Written in a script other than Latin. */
  otherScript: boolean;
}

const LATIN_OR_DIGIT = /^[\p{Script=Latin}\p{N}]+$/u;

/** A listed name as search reads it: its pieces ("A (B)", "A / B") and, per piece, which tokens news may leave out. */
export interface ListedPiece {
  text: string;
  tokens: SearchToken[];
  /** Per token: a legal form or patronymic, which the recogniser's name variants let news leave out. */
  optional: boolean[];
}

function fromTokens(tokens: Token[]): SearchToken[] {
  // `lat`: the recogniser's light key (romanised from any script, then the transliteration key), what it aligns name parts on.
  return tokens.map((t) => ({ norm: t.norm, key: t.lat, particle: NAME_PARTICLES.has(t.norm), otherScript: !LATIN_OR_DIGIT.test(t.norm) }));
}

/**
 * A listed name's pieces ("MAIN (ACRONYM)", "A / B" split as the recogniser
 * splits them), each with the tokens its variants may drop: a personal name's
 * patronymic, an organisation's legal form. The conventions that reshape a
 * name (a second surname or a state designator dropped...) come from the
 * recogniser's conventions module, as forms of their own (search-data.ts). `schema` null: a curated name.
 */
export function listedPieces(name: EntityName, schema: EntitySchema | null): ListedPiece[] {
  return splitListedName(name.value).map((piece, idx) => {
    const tokens = nameTokens(piece);
    let kept: Set<Token> | undefined;
    if (schema === 'Person') {
      const p = idx === 0 ? personStructure(name, piece) : undefined;
      if (p?.patronymic.length) kept = new Set([...p.given, ...p.family]);
    } else if (schema !== null) {
      const core = stripLegalForms(tokens);
      if (core) kept = new Set(core);
    }
    // personStructure tokenises the name's parts anew: compare by position-free norm then.
    const keptNorms = kept && new Set([...kept].map((t) => t.norm));
    return { text: piece, tokens: fromTokens(tokens), optional: tokens.map((t) => (keptNorms ? !keptNorms.has(t.norm) : false)) };
  });
}

/**
 * Conventions whose forms have other words than the listed name less its
 * optional parts: indexed as names of their own. Word order, a dropped
 * patronymic, legal form or title need no form, as search aligns parts in
 * any order and weighs optional parts little.
 */
const RESHAPING: ReadonlySet<ConventionKind> = new Set([
  'first-surname', 'own-surname', 'designator', 'no-country', 'trailing-country', 'leading-article', 'state-designator', 'unit', 'article-joined', 'no-article',
]);

/** A listed party's name in the forms the naming conventions give it beyond the listed pieces (shared with the recogniser's index). */
export function conventionPieces(name: EntityName, schema: EntitySchema, countryNames: ReadonlySet<string>): SearchToken[][] {
  return conventionalForms(name, schema, countryNames)
    .forms.filter((f) => RESHAPING.has(f.kind))
    .map((f) => fromTokens(f.tokens));
}

/** Frees the recogniser's token cache that reading listed names fills. */
export function finishReadingNames(): void {
  clearNameTokenCache();
}
