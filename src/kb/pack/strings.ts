/**
 * String tables for the packed knowledge base: every distinct string once,
 * joined into one text with end offsets, so the worker decodes one buffer
 * instead of parsing thousands of JSON strings.
 *
 * The few strings with characters beyond ASCII are joined into a second
 * text: the ASCII text (99 % of the bytes) then decodes to a one-byte string,
 * about three times as fast and in half the memory as one text made two-byte
 * by its first Cyrillic name (decoding was the largest single cost of
 * unpacking at a cold start).
 */
import { narrowest, PackError, type UintArray } from './container';

export const NONE = 0xffffffff;

/** A string table as stored: the two texts, each string's length in UTF-16 units, and which strings are in the wide text. */
export interface PackedStrings {
  ascii: string;
  wide: string;
  lengths: UintArray;
  /** Ids of the strings in `wide`, rising. */
  wideIds: UintArray;
}

const NON_ASCII = /[^\u0000-\u007f]/;

export class StringPool {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  add(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  opt(s: string | undefined): number {
    return s === undefined ? NONE : this.add(s);
  }

  finish(): PackedStrings {
    const ascii: string[] = [];
    const wide: string[] = [];
    const wideIds: number[] = [];
    const lengths: number[] = [];
    this.list.forEach((s, i) => {
      lengths.push(s.length);
      if (NON_ASCII.test(s)) {
        wide.push(s);
        wideIds.push(i);
      } else ascii.push(s);
    });
    const wideText = wide.join('');
    // Offsets are UTF-16 units: a lone surrogate would not survive UTF-8 and shift every later string.
    if (new TextDecoder().decode(new TextEncoder().encode(wideText)) !== wideText) {
      throw new Error('string pool: a string holds a lone surrogate and cannot be packed');
    }
    return { ascii: ascii.join(''), wide: wideText, lengths: narrowest(lengths), wideIds: narrowest(wideIds) };
  }
}

export class StringTable {
  /** Where each string ends in its text. */
  private readonly ends: Uint32Array;
  /** 1 for a string in the wide text. */
  private readonly inWide: Uint8Array;
  private readonly ascii: string;
  private readonly wide: string;
  private readonly lengths: UintArray;

  constructor(packed: PackedStrings, what: string) {
    const { ascii, wide, lengths, wideIds } = packed;
    const n = lengths.length;
    const inWide = new Uint8Array(n);
    for (let k = 0; k < wideIds.length; k++) {
      if (wideIds[k] >= n || (k && wideIds[k] <= wideIds[k - 1])) throw new PackError(what, 'string table: wide string ids out of order or range');
      inWide[wideIds[k]] = 1;
    }
    const ends = new Uint32Array(n);
    let a = 0;
    let w = 0;
    for (let i = 0; i < n; i++) ends[i] = inWide[i] ? (w += lengths[i]) : (a += lengths[i]);
    if (a !== ascii.length || w !== wide.length) {
      throw new PackError(what, `string table ends at ${a} + ${w} but its texts have ${ascii.length} + ${wide.length} units`);
    }
    this.ends = ends;
    this.inWide = inWide;
    this.ascii = ascii;
    this.wide = wide;
    this.lengths = lengths;
  }

  get size(): number {
    return this.ends.length;
  }

  get(id: number): string {
    if (id >= this.ends.length) throw new RangeError(`string ${id} outside the table of ${this.ends.length}`);
    const end = this.ends[id];
    return (this.inWide[id] ? this.wide : this.ascii).slice(end - this.lengths[id], end);
  }

  /** Compares string `id` with `s` in UTF-16 code-unit order (as `<` does), without slicing it out. */
  compare(id: number, s: string): number {
    const text = this.inWide[id] ? this.wide : this.ascii;
    const len = this.lengths[id];
    const from = this.ends[id] - len;
    const n = Math.min(len, s.length);
    for (let k = 0; k < n; k++) {
      const d = text.charCodeAt(from + k) - s.charCodeAt(k);
      if (d) return d;
    }
    return len - s.length;
  }

  opt(id: number): string | undefined {
    return id === NONE ? undefined : this.get(id);
  }
}
