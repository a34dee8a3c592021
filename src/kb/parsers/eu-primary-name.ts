/**
 * Which of an EU record's nameAlias elements is its name. The EU export
 * lists a record's names in no particular order and the first is often a
 * nickname or another language's spelling (Saddam Hussein's record begins
 * with "Abou Ali", French): the primary name is the alias that is
 *   1. strong (the list's own main names),
 *   2. a whole personal name, with given and family parts,
 *   3. in no particular language or in English (other languages' spellings are variants),
 *   4. the most complete (most words),
 * and the earliest in the record of those that tie.
 */
export interface EuAliasFields {
  wholeName?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  nameLanguage?: string;
  strong?: string;
}

function words(a: EuAliasFields): number {
  const name = a.wholeName ?? [a.firstName, a.middleName, a.lastName].filter(Boolean).join(' ');
  return name.split(/\s+/).filter(Boolean).length;
}

/** Lexicographic score, larger is better; `undefined` for an alias without a name. */
function score(a: EuAliasFields): number[] | undefined {
  if (!words(a)) return undefined;
  const lang = (a.nameLanguage ?? '').toUpperCase();
  return [a.strong === 'false' ? 0 : 1, a.firstName && a.lastName ? 1 : 0, lang === '' || lang === 'EN' ? 1 : 0, words(a)];
}

function compare(a: number[], b: number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
  return 0;
}

/** Index of the primary alias, or -1 when no alias has a name. */
export function euPrimaryAliasIndex(aliases: readonly EuAliasFields[]): number {
  let best = -1;
  let bestScore: number[] | undefined;
  aliases.forEach((a, i) => {
    const s = score(a);
    if (!s) return;
    if (!bestScore || compare(s, bestScore) > 0) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}
