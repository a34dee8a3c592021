/**
 * Malformed records in a published list: skipped and counted, so one broken entry
 * (a designation without its id or name, an unknown party type) does not cost the
 * reader every other party of that list. The list is refused only when the faults
 * pass a share that no data-entry slip explains.
 *
 * Why 1 %, with at least one record always tolerated: the UK list holds about 6,300
 * designations and the EU list about 5,000 entities, so 1 % is some 50-60 records.
 * Publishers' slips come a few at a time; a fault in that many records means the
 * format itself has changed (an element renamed, a new party type), and loading the
 * rest would silently drop a large part of the list while looking current. The floor
 * of one keeps a small list (or a test excerpt) with one bad record usable.
 */
import { ListParseError } from '../model';

export const MAX_FAULTY_SHARE = 0.01;

/** A record the parser cannot use: `kind` is what is wrong, counted in ParsedList.skipped. */
export class RecordFault extends Error {
  constructor(
    readonly kind: 'missingId' | 'missingName' | 'unknownType',
    detail: string,
  ) {
    super(detail);
    this.name = 'RecordFault';
  }
}

/** Counts a fault by kind, and all faults under `malformed`. */
export function countFault(skipped: Record<string, number>, fault: RecordFault): void {
  skipped[fault.kind] = (skipped[fault.kind] ?? 0) + 1;
  skipped.malformed = (skipped.malformed ?? 0) + 1;
}

/** Throws when the skipped records pass the tolerated share of the list. */
export function refuseIfTooFaulty(source: string, kept: number, skipped: Record<string, number>, firstFault?: string): void {
  const faulty = skipped.malformed ?? 0;
  const allowed = Math.max(1, Math.floor(MAX_FAULTY_SHARE * (kept + faulty)));
  if (faulty > allowed) {
    throw new ListParseError(source, firstFault ?? '1:1', `${faulty} of ${kept + faulty} records are malformed (more than ${allowed} tolerated); the format may have changed`);
  }
}

/**
 * Collects the records a parser builds, counting each RecordFault instead of failing;
 * `finish` refuses the list when the faults pass the tolerated share.
 */
export function tolerantCollector<N extends { position: string }, R>(source: string, build: (node: N) => R) {
  const records: R[] = [];
  const skipped: Record<string, number> = {};
  let firstFault: string | undefined;
  return {
    records,
    skipped,
    onRecord(node: N): void {
      try {
        records.push(build(node));
      } catch (err) {
        if (!(err instanceof RecordFault)) throw err;
        countFault(skipped, err);
        firstFault ??= `${node.position}: ${err.message}`;
      }
    },
    finish(): void {
      refuseIfTooFaulty(source, records.length, skipped, firstFault);
    },
  };
}

/** Publishers' placeholders for "no value": a lone dash, "00". They are dropped, never shown ("-, PAKISTAN"). */
export function notPlaceholder(value: string | undefined): string | undefined {
  return value === undefined || /^(?:[-\u2013\u2014.]+|0+)$/.test(value.trim()) ? undefined : value;
}
