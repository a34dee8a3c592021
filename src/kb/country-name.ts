/**
 * Countries as a reader writes them, not as a list sorts them: "Korea, North"
 * is North Korea, "Iran, Islamic Republic of" the Islamic Republic of Iran.
 * A curated jurisdiction's own name wins; otherwise a list's inverted form is
 * turned round when what follows the comma is a qualifier.
 */

/** What follows the comma in an inverted country name: a direction, an article, or a phrase ending in "of" / "of the". */
const QUALIFIER = /^(?:North|South|East|West|British|U\.?S\.?|The|.+\bof(?: the)?)$/i;

export function naturalCountry(value: string, curatedName: (listed: string) => string | undefined): string {
  // OFAC writes a vessel's flag as "Nationality of Registration X"; the parser keeps the tail.
  const v = value.replace(/^of Registration\s+/i, '').trim();
  const curated = curatedName(v);
  if (curated) return curated;
  const m = /^([^,()]+),\s*([^,()]+)$/.exec(v);
  return m && QUALIFIER.test(m[2].trim()) ? `${m[2].trim()} ${m[1].trim()}` : v;
}
