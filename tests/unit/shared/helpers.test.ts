import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../../src/shared/partition-point';
import { sha256Hex } from '../../../src/shared/sha256';

describe('partitionPoint', () => {
  it('is the lower bound of a key in a sorted array, at every position', () => {
    const sorted = [1, 3, 3, 3, 7, 9];
    for (let key = 0; key <= 10; key++) expect(partitionPoint(sorted.length, (i) => sorted[i] < key), `key ${key}`).toBe(sorted.findIndex((x) => x >= key) === -1 ? sorted.length : sorted.findIndex((x) => x >= key));
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});

describe('sha256Hex', () => {
  it('hashes a string as its UTF-8 bytes', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(await sha256Hex('abc'));
  });
});
