/** Shared helpers for the parser tests: where the real list files are, and ways to feed them. */
import { existsSync, readFileSync, createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { expect } from 'vitest';
import { ListParseError } from '../../../src/kb/model';

export const SHARED = process.env.SANCTIONS_LENS_SHARED ?? path.resolve(process.cwd(), '../shared');
export const SOURCES = path.join(SHARED, 'data/sources');
export const HAS_SHARED = existsSync(SOURCES);
/** Appended to suite names so a skipped run says why. */
export const SKIP_NOTE = HAS_SHARED ? '' : ' [SKIPPED: ../shared/data/sources not found next to the repo]';
if (!HAS_SHARED) console.warn(`parser tests on real files skipped: ${SOURCES} is absent`);

export const FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/lists');

export function bytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/** A web ReadableStream over a file, as the updater would get from fetch(). */
export function webStream(file: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(file, { highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>;
}

/** The bytes in small chunks, deliberately splitting multi-byte characters. */
export async function* inChunks(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

/** UTF-16LE with a BOM, as some editors save XML. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** Latin-1 bytes: every char below 256 as one byte, so "ü" is the invalid UTF-8 byte 0xFC. */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

/** Asserts a ListParseError that names the source and gives a position. */
export async function expectParseError(promise: Promise<unknown>, source: RegExp, detail?: RegExp): Promise<ListParseError> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(ListParseError);
  const err = caught as ListParseError;
  expect(err.message).toMatch(source);
  expect(err.position).toMatch(/\d/);
  expect(err.message).toContain(`(at ${err.position})`);
  if (detail) expect(err.message).toMatch(detail);
  return err;
}
