/**
 * Entity details kept as packed UTF-8 JSON, one slice per entity, decoded on
 * first request: the worker holds the bytes (outside the JS heap) and only
 * the entities a reader opens a card for become objects.
 */
import type { Designation } from '../model';
import { PackError, type Container } from './container';

export class LazyEntities implements ReadonlyMap<string, Designation> {
  private slots?: Map<string, number>;
  private readonly cache = new Map<string, Designation>();
  private bytes?: Uint8Array;
  private ends?: Uint32Array;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  private details?: Container;
  private pending?: Promise<void>;

  /** `details` may still be loading: then `get` throws until `loading` has resolved. */
  constructor(
    private readonly ids: readonly string[],
    details: Container | Promise<Container>,
  ) {
    if (details instanceof Promise) {
      this.pending = details.then((c) => {
        this.details = c;
        this.pending = undefined;
      });
    } else this.details = details;
  }

  /** Resolves when the details are in; undefined once they are. */
  get loading(): Promise<void> | undefined {
    return this.pending;
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.slotMap().has(id);
  }

  get(id: string): Designation | undefined {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const slot = this.slotMap().get(id);
    if (slot === undefined) return undefined;
    const e = this.decode(slot);
    this.cache.set(id, e);
    return e;
  }

  forEach(fn: (value: Designation, key: string, map: ReadonlyMap<string, Designation>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }

  *entries(): MapIterator<[string, Designation]> {
    for (const id of this.ids) yield [id, this.get(id)!];
  }

  *keys(): MapIterator<string> {
    yield* this.ids;
  }

  *values(): MapIterator<Designation> {
    for (const id of this.ids) yield this.get(id)!;
  }

  [Symbol.iterator](): MapIterator<[string, Designation]> {
    return this.entries();
  }

  /** Every entity, in the knowledge base's order (decodes them all: for tools, not for the worker's hot path). */
  all(): Designation[] {
    return this.ids.map((id) => this.get(id)!);
  }

  /** Every entity decoded afresh and not kept: for one pass over all of them (the search index) without holding them all. */
  *uncached(): Generator<Designation> {
    for (const id of this.ids) {
      const hit = this.cache.get(id);
      yield hit ?? this.decode(this.slotMap().get(id)!);
    }
  }

  private slotMap(): Map<string, number> {
    if (!this.slots) {
      this.slots = new Map();
      this.ids.forEach((id, i) => this.slots!.set(id, i));
    }
    return this.slots;
  }

  private decode(slot: number): Designation {
    if (!this.details) throw new PackError('details', 'entity details are still loading (await `loading` first)');
    if (!this.bytes || !this.ends) {
      // Checksums of the 15 MB of details are verified here, on the first card, not during cold start.
      const ends = this.details.u32('ends');
      const bytes = this.details.u8('entities');
      if (ends.length !== this.ids.length) throw new PackError(this.details.what, `${ends.length} entity details for ${this.ids.length} entities`);
      if (ends.length && ends[ends.length - 1] !== bytes.length) throw new PackError(this.details.what, 'entity offsets do not match the data');
      this.bytes = bytes;
      this.ends = ends;
    }
    const from = slot ? this.ends[slot - 1] : 0;
    const to = this.ends[slot];
    let e: Designation;
    try {
      e = JSON.parse(this.decoder.decode(this.bytes.subarray(from, to))) as Designation;
    } catch (err) {
      throw new PackError(this.details.what, `entity ${this.ids[slot]} is unreadable: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (e.id !== this.ids[slot]) throw new PackError(this.details.what, `entity slot ${slot} holds ${String(e.id)}, expected ${this.ids[slot]}`);
    return e;
  }
}
