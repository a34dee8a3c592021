/**
 * The one place search meets the recogniser: names and queries are cut into
 * tokens and compared on the recogniser's own normalised form and
 * transliteration key, and listed names are read with the recogniser's
 * variant rules. Improvements there (better transliteration, other scripts)
 * reach search without changes here.
 */
import type { EntityName, EntitySchema } from '../kb/model';
import { clearNameTokenCache, nameTokens, tokenize, type Token } from '../recognition/tokenize';
import { NAME_PARTICLES, personStructure, splitListedName, stripLegalForms } from '../recognition/name-variants';

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

export function searchTokens(text: string): SearchToken[] {
  return fromTokens(tokenize(text));
}

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
 * patronymic or second surname, an organisation's legal form. `schema` null: a curated name.
 */
export function listedPieces(name: EntityName, schema: EntitySchema | null): ListedPiece[] {
  return splitListedName(name.value).map((piece, idx) => {
    const tokens = nameTokens(piece);
    let kept: Set<Token> | undefined;
    if (schema === 'Person') {
      const p = idx === 0 ? personStructure(name, piece) : undefined;
      // A patronymic, and a second surname (Spanish and Portuguese "MADURO MOROS", a married "DE ORTEGA"): news drop them.
      const family = p?.family.filter((t) => !NAME_PARTICLES.has(t.norm)) ?? [];
      const second = family.length > 1 ? new Set(family.slice(1)) : undefined;
      if (p && (p.patronymic.length || second)) kept = new Set([...p.given, ...p.family.filter((t) => !second?.has(t))]);
    } else if (schema !== null) {
      const core = stripLegalForms(tokens);
      if (core) kept = new Set(core);
    }
    // personStructure tokenises the name's parts anew: compare by position-free norm then.
    const keptNorms = kept && new Set([...kept].map((t) => t.norm));
    return { text: piece, tokens: fromTokens(tokens), optional: tokens.map((t) => (keptNorms ? !keptNorms.has(t.norm) : false)) };
  });
}

/** Frees the recogniser's token cache that reading listed names fills. */
export function finishReadingNames(): void {
  clearNameTokenCache();
}
