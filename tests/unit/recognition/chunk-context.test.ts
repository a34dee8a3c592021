/**
 * A long text is scanned in chunks (chunks.ts): surnames of people named in
 * full and acronyms the text defined in one chunk still refer back in the
 * next, as they would in one piece.
 */
import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../../src/recognition/recognizer';
import { chunkEnds, scanInChunks } from '../../../src/recognition/chunks';
import { entity, kbOf, lexicon, spans } from './helpers';

const baradar = entity('un:TAi.024', 'Person', [
  { value: 'Abdul Ghani BARADAR', quality: 'strong', kind: 'primary', parts: { given: ['Abdul', 'Ghani'], family: 'BARADAR' } },
]);
const aqah = entity('ofac:901', 'Organization', ['ANSAR AL-HASSAN BRIGADES']);
const recognizer = createRecognizer(kbOf([baradar, aqah]), lexicon);

const CHUNK = 200;
const filler = (n: number) => 'The talks went on for hours and nothing new was said about it.\n'.repeat(n);

describe('context carried across chunks', () => {
  it('keeps surnames and defined acronyms for the chunks after the one that introduced them', () => {
    const text = `Abdul Ghani Baradar and the Ansar al-Hassan Brigades (AQAH) were sanctioned.\n${filler(8)}Later Baradar met AQAH envoys; Putin did not.\n`;
    expect(chunkEnds(text, CHUNK).length).toBeGreaterThan(2);
    const whole = recognizer.scan(text);
    const chunked = scanInChunks(recognizer, text, {}, CHUNK);
    expect(spans(chunked)).toEqual(spans(whole));
    expect(spans(chunked)).toEqual([
      'designated:Abdul Ghani Baradar', 'designated:Ansar al-Hassan Brigades', 'designated:AQAH', 'designated:Baradar', 'designated:AQAH',
    ]);
    const last = chunked[chunked.length - 1];
    expect([last.via, last.entity]).toEqual(['coref', 'ofac:901']);
  });

  it('carries nothing a chunk only referred to, and nothing before the name', () => {
    // The surname comes first: it refers to nobody yet, in one piece or in chunks.
    const text = `Baradar arrived.\n${filler(8)}Abdul Ghani Baradar was sanctioned.\n`;
    expect(spans(scanInChunks(recognizer, text, {}, CHUNK))).toEqual(['designated:Abdul Ghani Baradar']);
  });
});
