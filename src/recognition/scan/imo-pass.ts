/** IMO numbers: "IMO 9123456" always, a bare valid seven-digit number only beside a maritime cue. */
import { hasMaritimeCue, isValidImo } from '../imo';
import type { NameTrie } from '../name-trie';
import type { Mention } from '../types';
import type { NoteTarget } from './mention';
import { lineWindow } from './surface';

const IMO_RE = /\bIMO(?:\s*(?:[Nn]o\.?|[Nn]umber|#))?\s*[:.]?\s*(\d{7})(?!\d)/g;
const BARE_7_RE = /(?<![\d.,])\d{7}(?![\d.,]\d)/g;

export function scanImo(text: string, index: NameTrie, note: NoteTarget): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<number>();
  IMO_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IMO_RE.exec(text))) {
    const digits = m[1];
    seen.add(m.index + m[0].length - 7);
    if (!isValidImo(digits)) continue;
    const hits = index.imo.get(digits);
    if (hits?.length) out.push(imoMention(index, note, text, m.index, m.index + m[0].length, hits));
  }
  BARE_7_RE.lastIndex = 0;
  while ((m = BARE_7_RE.exec(text))) {
    if (seen.has(m.index) || !isValidImo(m[0])) continue;
    const hits = index.imo.get(m[0]);
    if (hits?.length && hasMaritimeCue(lineWindow(text, m.index, m.index + 7))) {
      out.push(imoMention(index, note, text, m.index, m.index + 7, hits));
    }
  }
  return out;
}

function imoMention(index: NameTrie, note: NoteTarget, text: string, start: number, end: number, hits: number[]): Mention {
  const t = index.targets[hits[0]];
  const m: Mention = {
    start,
    end,
    text: text.slice(start, end),
    category: 'designated',
    entity: note(t),
    name: t.name,
    known: true,
    confidence: hits.length > 1 ? 'possible' : 'high',
    via: 'identifier',
  };
  if (hits.length > 1) m.candidates = hits.map((k) => note(index.targets[k]));
  return m;
}
