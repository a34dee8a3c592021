/**
 * Why a feed check failed, as data (for tests and retry decisions) and in
 * plain words (for the popup and the options page).
 */
export type FeedFault =
  | { kind: 'unreachable'; reason: 'refused' | 'dns' | 'other' }
  | { kind: 'http'; status: number; attempts: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'stalled'; seconds: number }
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'cut-off' }
  | { kind: 'invalid'; format: 'xml' | 'csv' | 'text'; where?: string; detail?: string }
  | { kind: 'wrong-file'; found: string }
  /** A redirect to an address the feed may not be read from (redirects.ts); `to` is its scheme and host. */
  | { kind: 'redirected'; to: string }
  /** A record over the parsers' bounds (elements, depth, field length). */
  | { kind: 'oversized'; where: string; detail: string }
  | { kind: 'missing-data'; detail: string }
  | { kind: 'empty' }
  | { kind: 'older'; offered: string; inUse: string }
  | { kind: 'future'; offered: string }
  /** Held for the user's confirmation. */
  | { kind: 'drop'; percent: number; offered: number; inUse: number }
  /** Too large a drop to offer at all. */
  | { kind: 'collapse'; percent: number; offered: number; inUse: number };

export class FeedError extends Error {
  constructor(readonly fault: FeedFault) {
    super(fault.kind);
    this.name = 'FeedError';
  }
}

/** Faults that a later attempt may not have: the server or the network, not the file. */
export function isTransient(f: FeedFault): boolean {
  if (f.kind === 'http') return f.status >= 500 || f.status === 429 || f.status === 408;
  return f.kind === 'unreachable' || f.kind === 'timeout' || f.kind === 'stalled' || f.kind === 'cut-off';
}

function megabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return mb >= 10 ? String(Math.round(mb)) : String(Math.round(mb * 10) / 10);
}

function lineColumn(where: string | undefined): string {
  const m = /^(\d+):(\d+)$/.exec(where ?? '');
  return m ? ` (line ${m[1]}, column ${m[2]})` : where ? ` (${where})` : '';
}

/** One sentence for a person, naming the feed (`label`: "UN", "OFAC SDN"...) and the list (`title`). */
export function describeFault(f: FeedFault, label: string, title: string): string {
  switch (f.kind) {
    case 'unreachable':
      if (f.reason === 'refused') return `The ${label} server did not answer (connection refused)`;
      if (f.reason === 'dns') return `The ${label} server did not answer (the server name was not found)`;
      // A browser's fetch says nothing more: the network, a refused connection and a mirror whose
      // answer lacks CORS headers (Firefox) all look alike, so the sentence must not claim which.
      return `The ${label} server could not be reached, or did not let the extension read its answer (no network, a refused connection, or a mirror without CORS headers)`;
    case 'http':
      return `The ${label} server answered with an error (HTTP ${f.status})${f.attempts > 1 ? `, ${f.attempts} times in a row` : ''}`;
    case 'timeout':
      return `The ${label} server did not start sending the list within ${f.seconds} seconds`;
    case 'stalled':
      return `The ${label} download stalled (no data for ${f.seconds} seconds) and was cut off`;
    case 'too-large':
      return `The download was cut off: over the ${megabytes(f.limitBytes)} MB limit`;
    case 'cut-off':
      return `The ${label} download broke off before the end of the file`;
    case 'invalid':
      if (f.format === 'xml') return `The file is not valid XML${lineColumn(f.where)}`;
      if (f.format === 'csv') return `The ${label} file is not a valid list CSV${f.where ? ` (${f.where})` : ''}${f.detail ? `: ${f.detail}` : ''}`;
      return `The ${label} file is not readable text${f.detail ? `: ${f.detail}` : ''}`;
    case 'wrong-file':
      return `The ${label} address served the wrong file: ${f.found}, not the ${title}`;
    case 'redirected':
      return `The ${label} address sent the download on to ${f.to}, which a list is not read from (only https, or this machine for a local mirror); nothing was read from it`;
    case 'oversized':
      return `The ${label} file holds a record too large for a real list entry${lineColumn(f.where)}: ${f.detail}; it was not installed`;
    case 'missing-data':
      return `The ${label} file lacks required data: ${f.detail}`;
    case 'empty':
      return `The ${label} file lists no entries`;
    case 'older':
      return `The ${label} list offered is dated ${f.offered}, older than the ${f.inUse} list in use; it was not installed`;
    case 'future':
      return `The ${label} list offered is dated ${f.offered}, later than any genuine list can be; it was not installed`;
    case 'drop':
      return `The new ${label} list has ${f.percent}% fewer entries than the one in use (${f.offered.toLocaleString('en')} instead of ${f.inUse.toLocaleString('en')}); it waits for your confirmation`;
    case 'collapse':
      return `The new ${label} list has ${f.percent}% fewer entries than the one in use (${f.offered.toLocaleString('en')} instead of ${f.inUse.toLocaleString('en')}): too large a drop to be a real update; it was not installed`;
  }
}

/** Classifies a fetch() rejection. Browsers say only "Failed to fetch"; Node says why in `cause.code`. */
export function networkFault(err: unknown): FeedFault {
  const code = (err as { cause?: { code?: string } } | null)?.cause?.code;
  if (code === 'ECONNREFUSED') return { kind: 'unreachable', reason: 'refused' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { kind: 'unreachable', reason: 'dns' };
  return { kind: 'unreachable', reason: 'other' };
}
