/**
 * String tables for the packed knowledge base: every distinct string once,
 * joined into one text with end offsets, so the worker decodes one buffer
 * instead of parsing thousands of JSON strings.
 */
import { PackError, type UintArray } from './container';

export const NONE = 0xffffffff;

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

  finish(): { text: string; ends: Uint32Array } {
    const ends = new Uint32Array(this.list.length);
    let pos = 0;
    this.list.forEach((s, i) => (ends[i] = pos += s.length));
    const text = this.list.join('');
    // Offsets are UTF-16 units: a lone surrogate would not survive UTF-8 and shift every later string.
    if (new TextDecoder().decode(new TextEncoder().encode(text)) !== text) {
      throw new Error('string pool: a string holds a lone surrogate and cannot be packed');
    }
    return { text, ends };
  }
}

export class StringTable {
  constructor(
    private readonly text: string,
    private readonly ends: UintArray,
    what: string,
  ) {
    if (ends.length && ends[ends.length - 1] !== text.length) {
      throw new PackError(what, `string table ends at ${ends[ends.length - 1]} but its text has ${text.length} units`);
    }
  }

  get size(): number {
    return this.ends.length;
  }

  get(id: number): string {
    if (id >= this.ends.length) throw new RangeError(`string ${id} outside the table of ${this.ends.length}`);
    return this.text.slice(id ? this.ends[id - 1] : 0, this.ends[id]);
  }

  /** Compares string `id` with `s` in UTF-16 code-unit order (as `<` does), without slicing it out. */
  compare(id: number, s: string): number {
    const from = id ? this.ends[id - 1] : 0;
    const len = this.ends[id] - from;
    const n = Math.min(len, s.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(from + k) - s.charCodeAt(k);
      if (d) return d;
    }
    return len - s.length;
  }

  opt(id: number): string | undefined {
    return id === NONE ? undefined : this.get(id);
  }
}
