/**
 * The background's scan queue with the real recogniser over the shipped
 * knowledge base: tabs are served in turn, a frame's newer scan replaces its
 * waiting one, long texts are scanned in bounded chunks with the page
 * context carried. Order and work are compared, never time: with a zero
 * budget every turn scans exactly one chunk.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { ScanQueue, type ScanOutcome } from '../../../src/background/scan-queue';
import { chunkEnds, scanInChunks } from '../../../src/recognition/chunks';
import { unpackLoadedKb } from '../../../src/background/kb-runtime';
import type { Recognizer } from '../../../src/recognition/types';
import { readPackedKb } from '../../../scripts/lib/kb-files';
import { textOfFile } from '../../../scripts/scan';

const CHUNK = 2_000;
let recognizer: Recognizer;
let article: string;

beforeAll(() => {
  recognizer = unpackLoadedKb(readPackedKb()).recognizer;
  article = textOfFile(path.resolve(__dirname, '../../../demo/index.html'));
}, 60_000);

function queue() {
  // Deterministic turns: a zero budget means one chunk per turn; the yield lets queued promise callbacks run.
  return new ScanQueue({ budgetMs: 0, maxChunkChars: CHUNK, now: () => 0, yieldTurn: () => new Promise((r) => setImmediate(r)) });
}

const mentionsOf = (o: ScanOutcome) => ('mentions' in o ? o.mentions : null);

describe('the scan queue', () => {
  it('serves a normal tab while another floods the worker, with the same mentions as a direct scan', async () => {
    const q = queue();
    const flood = 'Kim Yong Chol met officials. Kim said so.\n'.repeat(1_500);
    const floodChunks = chunkEnds(flood, CHUNK).length;
    const articleChunks = chunkEnds(article, CHUNK).length;
    expect(floodChunks).toBeGreaterThan(20);
    let chunksWhenArticleDone = -1;
    let floodDoneFirst = false;
    const floodReply = q.submit({ tabId: 1, frameId: 0 }, recognizer, flood).then((o) => {
      if (chunksWhenArticleDone < 0) floodDoneFirst = true;
      return o;
    });
    const articleReply = q.submit({ tabId: 2, frameId: 0 }, recognizer, article).then((o) => {
      chunksWhenArticleDone = q.served.chunks;
      return o;
    });
    const [a, f] = await Promise.all([articleReply, floodReply]);
    expect(floodDoneFirst).toBe(false);
    // Turns alternate: the flood got at most one chunk more than the article before the article's reply.
    expect(chunksWhenArticleDone).toBeLessThanOrEqual(2 * articleChunks + 1);
    expect(mentionsOf(a)).toEqual(scanInChunks(recognizer, article, {}, CHUNK));
    expect(mentionsOf(a)!.some((m) => m.category === 'designated')).toBe(true);
    expect(mentionsOf(f)!.length).toBe(3_000);
  });

  it('replaces a frame’s waiting scan with its newer one, never the one being served or another frame’s', async () => {
    const q = queue();
    const first = q.submit({ tabId: 3, frameId: 0 }, recognizer, article);
    const stale = q.submit({ tabId: 3, frameId: 0 }, recognizer, 'North Korea');
    const otherFrame = q.submit({ tabId: 3, frameId: 5 }, recognizer, 'Iran and the 1718 Committee');
    const newest = q.submit({ tabId: 3, frameId: 0 }, recognizer, 'Kim Yong Chol visited Russia.');
    expect(await stale).toEqual({ superseded: true });
    expect(mentionsOf(await first)!.length).toBeGreaterThan(5);
    expect(mentionsOf(await otherFrame)!.map((m) => m.text)).toEqual(['Iran', '1718 Committee']);
    expect(mentionsOf(await newest)!.map((m) => m.text)).toEqual(['Kim Yong Chol', 'Russia']);
  });

  it('caps the text per scan and carries the page context from chunk to chunk', async () => {
    const filler = 'The talks went on through the night and resumed the next morning.\n'.repeat(60);
    const text = `North Korea was sanctioned again.\n${filler}The Ministry of Defence said it was ready.\n`;
    const ends = chunkEnds(text, CHUNK);
    expect(ends.length).toBeGreaterThan(1);
    let start = 0;
    for (const end of ends) {
      expect(end - start).toBeLessThanOrEqual(CHUNK);
      expect(text[end - 1]).toBe('\n');
      start = end;
    }
    const q = queue();
    const mentions = mentionsOf(await q.submit({ tabId: 4 }, recognizer, text))!;
    expect(q.served.chunks).toBe(ends.length);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    // A common-word name counts only with its jurisdiction on the page: here it was named in the first chunk.
    expect(mentions.map((m) => m.text)).toEqual(['North Korea', 'Ministry of Defence']);
    const lastChunk = text.slice(ends[ends.length - 2]);
    expect(recognizer.scan(lastChunk).map((m) => m.text)).toEqual([]);
  });
});
