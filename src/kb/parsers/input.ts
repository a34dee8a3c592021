/**
 * Turning a list file, however it arrives (whole string, bytes, a fetch body
 * stream or a Node file stream), into decoded text chunks, without ever
 * holding more than one chunk of it at a time.
 */
import { ListParseError } from '../model';
import { Pacer, SLICE_BYTES, SLICE_CHARS } from './pacing';

/** Anything a parser accepts. Strings are already decoded text. */
export type ListInput = string | Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** The encodings the official lists use. UTF-8 is decoded strictly so a wrongly encoded file is rejected. */
export type ListEncoding = 'utf-8' | 'windows-1252';


function isReadableStream(input: unknown): input is ReadableStream<Uint8Array> {
  return typeof (input as ReadableStream<Uint8Array> | null)?.getReader === 'function';
}

async function* readStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  // getReader() rather than for-await: async iteration of ReadableStream is not in every browser yet.
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function byteSource(input: Exclude<ListInput, string>): AsyncIterable<Uint8Array> {
  if (input instanceof Uint8Array) {
    return (async function* () {
      for (let i = 0; i < input.length; i += SLICE_BYTES) yield input.subarray(i, i + SLICE_BYTES);
    })();
  }
  if (isReadableStream(input)) return readStream(input);
  return input;
}

/** A network or file chunk can be large: no slice handed on is longer than SLICE_BYTES. */
async function* sliced(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const bytes of source) {
    if (bytes.length <= SLICE_BYTES) yield bytes;
    else for (let i = 0; i < bytes.length; i += SLICE_BYTES) yield bytes.subarray(i, i + SLICE_BYTES);
  }
}

function describeBom(first: Uint8Array): string | undefined {
  if (first.length >= 2 && first[0] === 0xff && first[1] === 0xfe) return 'UTF-16LE';
  if (first.length >= 2 && first[0] === 0xfe && first[1] === 0xff) return 'UTF-16BE';
  return undefined;
}

/**
 * Decoded text of the input, chunk by chunk. Throws ListParseError naming
 * `source` and the byte offset when the bytes are not in `encoding`, when the
 * input is UTF-16, or when it contains NUL characters (UTF-16 without a BOM).
 * The consumer handles one slice between two awaits: the pacing (see
 * pacing.ts) gives the event loop back between slices.
 */
export async function* decodeText(
  input: ListInput,
  source: string,
  encoding: ListEncoding = 'utf-8',
): AsyncGenerator<string> {
  const pacer = new Pacer();
  if (typeof input === 'string') {
    for (let i = 0; i < input.length; i += SLICE_CHARS) {
      if (i > 0) await pacer.maybePause();
      const slice = input.slice(i, i + SLICE_CHARS);
      checkNoNul(slice, source, `char ${i}`);
      yield i === 0 && slice.charCodeAt(0) === 0xfeff ? slice.slice(1) : slice;
    }
    return;
  }
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  let offset = 0;
  let first = true;
  for await (const bytes of sliced(byteSource(input))) {
    if (bytes.length === 0) continue;
    if (!first) await pacer.maybePause();
    if (first) {
      const utf16 = describeBom(bytes);
      if (utf16) throw new ListParseError(source, 'byte 0', `input is ${utf16}, expected ${encoding}`);
      first = false;
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw new ListParseError(source, `byte ${offset}-${offset + bytes.length}`, `input is not valid ${encoding}`);
    }
    checkNoNul(text, source, `byte ${offset}`);
    offset += bytes.length;
    if (text) yield text;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new ListParseError(source, `byte ${offset}`, `input ends inside a ${encoding} character`);
  }
  if (tail) yield tail;
}

function checkNoNul(text: string, source: string, where: string): void {
  if (text.includes('\u0000')) {
    throw new ListParseError(source, where, 'input contains NUL characters (UTF-16 or binary data?), expected text');
  }
}
