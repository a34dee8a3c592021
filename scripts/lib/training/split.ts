/**
 * The held-out line, drawn by hash rather than by chance: the same party and
 * the same page fall on the same side on every run and machine, whatever
 * else the fixtures gain, so a test figure stays comparable as data grows.
 */
import type { Split } from './types';

/** FNV-1a over the UTF-16 code units, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A key's place in [0, 1) for this seed. */
export function hashUnit(key: string, seed: number): number {
  return fnv1a(`${seed}\u0000${key}`) / 4294967296;
}

export interface HeldOut {
  party(entity: string): Split;
  page(url: string): Split;
}

/** Parties and pages are held out independently, each with probability `testShare`. */
export function heldOut(seed: number, testShare: number): HeldOut {
  const side = (key: string): Split => (hashUnit(key, seed) < testShare ? 'test' : 'train');
  return {
    party: (entity) => side(`party:${entity}`),
    // One page is one page however its address is written (scheme, "www.", a trailing slash).
    page: (url) => side(`page:${url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}`),
  };
}
