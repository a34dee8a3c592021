/**
 * How a card words a listing known only from a list's companion files (Sanction.partial):
 * what the files gave, and what they did not, so the card does not claim a programme,
 * a listing date or a type of party the data does not hold.
 */
import type { Designation, PartialListing } from './model';

/** "Known only from OFAC's SDN companion files of 2025-12-24 (ALT.CSV, ADD.CSV): …". */
export function partialListingNote(authority: string, list: string, p: PartialListing): string {
  const missing = p.typeGiven ? 'programme and listing date' : 'programme, listing date and type of party';
  return `Known only from ${authority}'s ${list} companion files of ${p.date} (${p.files}), which give its names and addresses; its ${missing} are not in this data.`;
}

/** A party whose every listing is partial and whose type no remark gave: its schema is only a placeholder. */
export function typeUnknown(e: Designation): boolean {
  return e.sanctions.length > 0 && e.sanctions.every((s) => s.partial && !s.partial.typeGiven);
}
