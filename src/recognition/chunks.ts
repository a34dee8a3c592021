/**
 * A long text is scanned in chunks of bounded size, so that no single scan
 * holds the worker for long and a scan can be paused between chunks. Each
 * chunk sees the page context the chunks before it showed (jurisdictions,
 * sanctions bodies and instruments, the parties named, and the surnames and
 * acronyms that refer back to them), the same way a block a living page adds
 * later is scanned with the context of the page around it. The scan CLI uses
 * the same chunking, so it and the browser agree on every text.
 */
import type { Antecedent, Mention, PageContext, Recognizer } from './types';
import { cuePositions } from './evidence';

/** About ten pages of article text: ordinary pages are scanned in one piece. */
export const MAX_CHUNK_CHARS = 24_000;

/**
 * Where the chunks of `text` end. A cut falls on a line break where there is
 * one in the last third of the chunk ("\n" is a hard token boundary, so no
 * name runs across it), else after a space, else anywhere but inside a
 * surrogate pair.
 */
export function chunkEnds(text: string, max = MAX_CHUNK_CHARS): number[] {
  const ends: number[] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    const floor = start + Math.floor((max * 2) / 3);
    let cut = text.lastIndexOf('\n', limit - 1) + 1;
    if (cut <= floor) cut = text.lastIndexOf(' ', limit - 1) + 1;
    if (cut <= floor) {
      cut = limit;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    ends.push(cut);
    start = cut;
  }
  ends.push(text.length);
  return ends;
}

/** The context a page shows to the text after it (as the content script keeps it for later blocks). */
export function contextAfter(text: string, mentions: Mention[], before: PageContext): PageContext {
  const jurisdictions = new Set(before.jurisdictions ?? []);
  const designated = new Set(before.designated ?? []);
  const aboutSanctions =
    before.aboutSanctions === true || mentions.some((m) => m.category === 'body' || m.category === 'instrument') || cuePositions(text).length > 0;
  const antecedents = new Map<string, Antecedent>();
  for (const a of before.antecedents ?? []) antecedents.set(antecedentKey(a), a);
  for (const m of mentions) {
    if (m.category === 'jurisdiction') jurisdictions.add(m.entity.slice('jurisdiction:'.length));
    if (m.category === 'designated' && m.confidence === 'high' && m.via !== 'coref') designated.add(m.entity);
    const a = antecedentOf(m);
    if (a && antecedents.size < MAX_ANTECEDENTS) {
      const key = antecedentKey(a);
      // The first mention of a name keeps its confidence: a later possible one does not weaken it.
      if (!antecedents.has(key)) antecedents.set(key, { kind: a.kind, mention: { ...a.mention, start: 0, end: 0 } });
    }
  }
  return { ...before, jurisdictions: [...jurisdictions], aboutSanctions, designated: [...designated], antecedents: [...antecedents.values()] };
}

/** Enough for a long report's cast; a text that names more parties still carries the first ones. */
const MAX_ANTECEDENTS = 500;
const ACRONYM = /^[A-Z][A-Z0-9&-]{1,9}$/;

/** What a mention carries into the next chunk: a designated party named (not referred to), or an acronym the text defined. */
function antecedentOf(m: Mention): Antecedent | undefined {
  if (m.category !== 'designated' && m.category !== 'body') return undefined;
  if (m.via === 'coref') return ACRONYM.test(m.text) ? { kind: 'definition', mention: m } : undefined;
  if (m.category === 'designated' && m.via !== 'identifier') return { kind: 'name', mention: m };
  return undefined;
}

const antecedentKey = (a: Antecedent): string => `${a.kind}\u0000${a.mention.entity}\u0000${a.kind === 'definition' ? a.mention.text : ''}`;

/** One text's scan, a chunk at a time: `step()` scans the next chunk, so a scheduler can pause in between. */
export class ChunkedScan {
  private readonly ends: number[];
  private next = 0;
  private start = 0;
  private context: PageContext;
  private readonly found: Mention[] = [];

  constructor(
    private readonly recognizer: Recognizer,
    private readonly text: string,
    context: PageContext = {},
    max = MAX_CHUNK_CHARS,
  ) {
    this.ends = chunkEnds(text, max);
    this.context = context;
  }

  get done(): boolean {
    return this.next >= this.ends.length;
  }

  get chunks(): number {
    return this.ends.length;
  }

  step(): void {
    if (this.done) return;
    const end = this.ends[this.next++];
    const offset = this.start;
    const chunk = this.text.slice(offset, end);
    const mentions = this.recognizer.scan(chunk, this.context);
    if (this.ends.length > 1) this.context = contextAfter(chunk, mentions, this.context);
    for (const m of mentions) this.found.push(offset ? { ...m, start: m.start + offset, end: m.end + offset } : m);
    this.start = end;
  }

  /** Every mention of the chunks scanned so far, offsets into the whole text. */
  get mentions(): Mention[] {
    return this.found;
  }
}

/** The whole text's mentions, chunk after chunk (what the worker answers for the same text). */
export function scanInChunks(recognizer: Recognizer, text: string, context?: PageContext, max = MAX_CHUNK_CHARS): Mention[] {
  const scan = new ChunkedScan(recognizer, text, context, max);
  while (!scan.done) scan.step();
  return scan.mentions;
}
