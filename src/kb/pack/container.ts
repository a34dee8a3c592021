/**
 * The binary container the packed knowledge base ships in: a small JSON
 * header naming typed sections, each 4-byte aligned and checksummed, so the
 * worker can view them as typed arrays without parsing, and corrupt or
 * truncated data is refused before any of it is used.
 *
 * Layout (little-endian):
 *   0  "SLKB"            magic
 *   4  u32 container version (1)
 *   8  u32 header length H in bytes
 *   12 u32 checksum of the header bytes
 *   16 header JSON (UTF-8), then zero padding to 4
 *   …  sections at the offsets the header gives
 */

export const CONTAINER_VERSION = 1;
const MAGIC = [0x53, 0x4c, 0x4b, 0x42]; // "SLKB"
const PREFIX = 16;

export type SectionType = 'u8' | 'u16' | 'u32' | 'utf8';

/** An array of unsigned integers stored as narrow as its values allow (see `narrowest`). */
export type UintArray = Uint8Array | Uint16Array | Uint32Array;

export interface SectionInfo {
  offset: number;
  length: number;
  type: SectionType;
  checksum: number;
}

export interface ContainerHeader<M = unknown> {
  /** What the container holds ("core", "details"), checked by the reader. */
  kind: string;
  /** The knowledge-base version both files of one pack must share. */
  kbVersion: string;
  meta: M;
  sections: Record<string, SectionInfo>;
}

export type SectionValue = UintArray | string;

/**
 * The narrowest unsigned array that holds every value: the core file is read
 * whole at a cold start, and most of its arrays hold small numbers (key ids,
 * flags, counts), so u32 everywhere made it about a sixth bigger than needed.
 * Readers take any width (`Container.uints`), so the choice is the writer's.
 */
export function narrowest(values: ArrayLike<number>): UintArray {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  if (max > 0xffff) return values instanceof Uint32Array ? values : Uint32Array.from(values);
  return max > 0xff ? Uint16Array.from(values) : Uint8Array.from(values);
}

export class PackError extends Error {
  constructor(what: string, message: string) {
    super(`packed knowledge base (${what}): ${message}`);
    this.name = 'PackError';
  }
}

if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) {
  // Sections are viewed in place as Uint32Array, which follows the platform's byte order.
  throw new Error('packed knowledge base: big-endian platforms are not supported');
}

/** A fast 32-bit checksum (multiply-rotate over 32-bit words): catches corruption, not tampering. */
export function checksum(bytes: Uint8Array): number {
  let h = 0x811c9dc5 ^ bytes.length;
  const words = bytes.length >>> 2;
  const aligned = (bytes.byteOffset & 3) === 0;
  const view = aligned ? new Uint32Array(bytes.buffer, bytes.byteOffset, words) : null;
  for (let i = 0; i < words; i++) {
    const w = view ? view[i] : bytes[i * 4] | (bytes[i * 4 + 1] << 8) | (bytes[i * 4 + 2] << 16) | (bytes[i * 4 + 3] << 24);
    h = Math.imul(h ^ w, 0x9e3779b1);
    h = (h << 13) | (h >>> 19);
  }
  for (let i = words * 4; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

const align4 = (n: number) => (n + 3) & ~3;

function asBytes(v: SectionValue, encoder: TextEncoder): { bytes: Uint8Array; type: SectionType } {
  if (typeof v === 'string') return { bytes: encoder.encode(v), type: 'utf8' };
  if (v instanceof Uint32Array) return { bytes: new Uint8Array(v.buffer, v.byteOffset, v.byteLength), type: 'u32' };
  if (v instanceof Uint16Array) return { bytes: new Uint8Array(v.buffer, v.byteOffset, v.byteLength), type: 'u16' };
  return { bytes: v, type: 'u8' };
}

export function writeContainer<M>(kind: string, kbVersion: string, meta: M, sections: Record<string, SectionValue>): Uint8Array {
  const encoder = new TextEncoder();
  const parts: { name: string; bytes: Uint8Array; type: SectionType }[] = [];
  for (const [name, v] of Object.entries(sections)) parts.push({ name, ...asBytes(v, encoder) });
  // Offsets depend on the header's length, which depends on the offsets' digits: lay out relative, then fix up.
  const rel: Record<string, SectionInfo> = {};
  let pos = 0;
  for (const p of parts) {
    rel[p.name] = { offset: pos, length: p.bytes.length, type: p.type, checksum: checksum(p.bytes) };
    pos = align4(pos + p.bytes.length);
  }
  let headerBytes = new Uint8Array(0);
  let base = 0;
  for (;;) {
    const abs: Record<string, SectionInfo> = {};
    for (const [name, s] of Object.entries(rel)) abs[name] = { ...s, offset: s.offset + base };
    const header: ContainerHeader<M> = { kind, kbVersion, meta, sections: abs };
    headerBytes = encoder.encode(JSON.stringify(header));
    const need = align4(PREFIX + headerBytes.length);
    if (need === base) break;
    base = need;
  }
  const out = new Uint8Array(base + pos);
  out.set(MAGIC, 0);
  const dv = new DataView(out.buffer);
  dv.setUint32(4, CONTAINER_VERSION, true);
  dv.setUint32(8, headerBytes.length, true);
  dv.setUint32(12, checksum(headerBytes), true);
  out.set(headerBytes, PREFIX);
  for (const p of parts) out.set(p.bytes, base + rel[p.name].offset);
  return out;
}

/**
 * Offsets into a list (where item i's run starts, n + 1 values, rising) kept
 * as run lengths, which are small and narrow (`narrowest`): the trie's child
 * and terminal starts and the string table's ends were a sixth of the core file
 * as u32. `startsFrom` adds them back up at load (a pass over each array).
 */
export function countsOf(starts: ArrayLike<number>): UintArray {
  const counts = new Uint32Array(Math.max(0, starts.length - 1));
  for (let i = 0; i < counts.length; i++) counts[i] = starts[i + 1] - starts[i];
  return narrowest(counts);
}

/** The starts `countsOf` was given (n + 1 values from 0). */
export function startsFrom(counts: UintArray): Uint32Array {
  const starts = new Uint32Array(counts.length + 1);
  let sum = 0;
  for (let i = 0; i < counts.length; i++) starts[i + 1] = sum += counts[i];
  return starts;
}

/** A validated container: sections are viewed in place, and each is checksummed once before first use. */
export class Container<M = unknown> {
  readonly header: ContainerHeader<M>;
  private readonly verified = new Set<string>();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    readonly bytes: Uint8Array,
    readonly what: string,
    expectKind: string,
  ) {
    if (!(bytes instanceof Uint8Array)) throw new PackError(what, 'not binary data');
    if (bytes.length < PREFIX) throw new PackError(what, `truncated: ${bytes.length} bytes`);
    if (MAGIC.some((b, i) => bytes[i] !== b)) throw new PackError(what, 'not a packed knowledge base (bad magic)');
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = dv.getUint32(4, true);
    if (version !== CONTAINER_VERSION) throw new PackError(what, `container version ${version}, expected ${CONTAINER_VERSION}`);
    const hlen = dv.getUint32(8, true);
    if (PREFIX + hlen > bytes.length) throw new PackError(what, `truncated: header of ${hlen} bytes does not fit in ${bytes.length}`);
    const hbytes = bytes.subarray(PREFIX, PREFIX + hlen);
    if (checksum(hbytes) !== dv.getUint32(12, true)) throw new PackError(what, 'header checksum mismatch (corrupt data)');
    let header: ContainerHeader<M>;
    try {
      header = JSON.parse(this.decoder.decode(hbytes)) as ContainerHeader<M>;
    } catch (err) {
      throw new PackError(what, `unreadable header: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (header.kind !== expectKind) throw new PackError(what, `holds "${header.kind}", expected "${expectKind}"`);
    for (const [name, s] of Object.entries(header.sections)) {
      if (s.offset % 4 || s.offset < PREFIX + hlen || s.offset + s.length > bytes.length) {
        throw new PackError(what, `truncated: section ${name} (${s.offset}+${s.length}) lies outside the ${bytes.length} bytes`);
      }
      if ((s.type === 'u32' && s.length % 4) || (s.type === 'u16' && s.length % 2)) throw new PackError(what, `section ${name} is not a whole number of ${s.type}`);
    }
    this.header = header;
  }

  has(name: string): boolean {
    return name in this.header.sections;
  }

  private raw(name: string, ...types: SectionType[]): Uint8Array {
    const s = this.header.sections[name];
    if (!s) throw new PackError(this.what, `missing section ${name}`);
    if (!types.includes(s.type)) throw new PackError(this.what, `section ${name} is ${s.type}, expected ${types.join(' or ')}`);
    const b = this.bytes.subarray(s.offset, s.offset + s.length);
    if (!this.verified.has(name)) {
      if (checksum(b) !== s.checksum) throw new PackError(this.what, `section ${name} checksum mismatch (corrupt data)`);
      this.verified.add(name);
    }
    return b;
  }

  u8(name: string): Uint8Array {
    return this.raw(name, 'u8');
  }

  u32(name: string): Uint32Array {
    const b = this.raw(name, 'u32');
    // A structured-cloned subarray may start at any byte: copy rather than fail to view it.
    const src = (b.byteOffset & 3) === 0 ? b : b.slice();
    return new Uint32Array(src.buffer, src.byteOffset, src.byteLength >>> 2);
  }

  /** An unsigned integer section of any width (u8, u16 or u32), viewed in place. */
  uints(name: string): UintArray {
    const b = this.raw(name, 'u8', 'u16', 'u32');
    const type = this.header.sections[name].type;
    if (type === 'u8') return b;
    if (type === 'u32') return this.u32(name);
    const src = (b.byteOffset & 1) === 0 ? b : b.slice();
    return new Uint16Array(src.buffer, src.byteOffset, src.byteLength >>> 1);
  }

  utf8Bytes(name: string): Uint8Array {
    return this.raw(name, 'utf8');
  }

  text(name: string): string {
    const b = this.raw(name, 'utf8');
    try {
      return this.decoder.decode(b);
    } catch {
      throw new PackError(this.what, `section ${name} is not valid UTF-8`);
    }
  }

  json<T>(name: string): T {
    const t = this.text(name);
    try {
      return JSON.parse(t) as T;
    } catch (err) {
      throw new PackError(this.what, `section ${name} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
