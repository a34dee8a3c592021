/**
 * Guards for values that come from outside the module's control — another
 * context's message, storage written by an older version, a file the user
 * imports — before any field of them is read.
 */

/** A plain object whose fields can be inspected (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
