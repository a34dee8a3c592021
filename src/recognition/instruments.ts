/**
 * Numbered legal instruments found by their citation form: UN Security
 * Council resolutions, EU Council regulations, decisions and numbered
 * sanctions packages, US executive orders, in English here and in the other
 * languages the recogniser reads in local-instruments.ts. Named acts
 * ("CAATSA", "Caesar Act") come from the curated aliases through the name index.
 */
import type { Instrument } from '../kb/curated/types';
import { MEASURE_UNIT, scanLocalCitations, type Citation } from './local-instruments';
import type { Mention } from './types';

export interface InstrumentCatalogue {
  byId: Map<string, Instrument>;
}

export function createInstrumentCatalogue(instruments: Instrument[]): InstrumentCatalogue {
  const byId = new Map<string, Instrument>();
  for (const ins of instruments) byId.set(ins.id, ins);
  return { byId };
}

function instrumentMention(
  cat: InstrumentCatalogue,
  text: string,
  start: number,
  end: number,
  id: string,
  fallbackName: string,
): Mention {
  const known = cat.byId.get(id);
  return {
    start,
    end,
    text: text.slice(start, end),
    category: 'instrument',
    entity: `instrument:${id}`,
    name: known ? known.title : fallbackName,
    known: known !== undefined,
    confidence: 'high',
    via: 'pattern',
  };
}

// "resolution 2397", "Resolution 1874 (2009)", "UNSCR 1718", "S/RES/2397 (2017)", "resolutions 2371, 2375 and 2397".
// A screen's "resolution 1920x1080" or "resolution 2560 pixels" is a measure, not a citation.
const UNSCR_RE = new RegExp(
  `(?:\\b(?:UNSCRs?|[Rr]esolutions?|RESOLUTIONS?)\\s+(?:[Nn]o\\.?\\s*|[Nn]umbers?\\s+|#\\s?)?|\\bS/RES/)(\\d{2,4})(?![\\d/]|\\.\\d|\\s*%|\\s*[x×]\\s*\\d|\\s+${MEASURE_UNIT}(?!\\p{L}))(\\s*\\((\\d{4})\\))?`,
  'gu',
);
const LIST_NEXT_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(\d{3,4})(?![\d/]|\.\d)(\s*\((\d{4})\))?/;
/** Resolutions of other UN organs are not Security Council instruments. */
const OTHER_ORGAN_RE = /(?:General Assembly|Assembly|Human Rights Council|HRC|UNGA|GA|IAEA|Board of Governors|Board)\s*$/;

function unscrName(n: string, year: string | undefined): string {
  return `Security Council resolution ${n}${year ? ` (${year})` : ''}`;
}

function scanResolutions(text: string, cat: InstrumentCatalogue, out: Mention[]): void {
  UNSCR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = UNSCR_RE.exec(text))) {
    const num = m[1];
    const isUnscrPrefix = m[0].startsWith('UNSCR') || m[0].startsWith('S/RES');
    if (!isUnscrPrefix && num.length < 3) continue;
    if (Number(num) < 1 || Number(num) > 3500) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (!isUnscrPrefix && OTHER_ORGAN_RE.test(before.replace(/\s+$/, ''))) continue;
    out.push(instrumentMention(cat, text, m.index, m.index + m[0].length, `unscr-${Number(num)}`, unscrName(num, m[3])));
    let pos = m.index + m[0].length;
    for (;;) {
      const rest = text.slice(pos, pos + 40);
      const next = LIST_NEXT_RE.exec(rest);
      if (!next) break;
      const numStart = pos + next[0].indexOf(next[1]);
      const numEnd = pos + next[0].length;
      out.push(instrumentMention(cat, text, numStart, numEnd, `unscr-${Number(next[1])}`, unscrName(next[1], next[3])));
      pos = numEnd;
    }
    UNSCR_RE.lastIndex = pos;
  }
}

// "Council Regulation (EU) 2022/263", "Regulation (EU) No 833/2014", "Council Decision 2014/512/CFSP", "Decision (CFSP) 2022/266".
const EU_ACT_RE =
  /\b(?:Council\s+)?(?:(?:Implementing|Delegated)\s+)?(Regulation|Decision)\s+(?:\((EU|EC|CFSP|EU,\s*Euratom)\)\s+)?(?:No\.?\s*)?(\d{1,4})\/(\d{1,4})(?:\/(CFSP|PESC))?(?![\d/])/g;

function isYear(s: string): boolean {
  const y = Number(s);
  return s.length === 4 && y >= 1990 && y <= 2039;
}

function scanEuActs(text: string, cat: InstrumentCatalogue, out: Mention[]): void {
  EU_ACT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EU_ACT_RE.exec(text))) {
    const [, kind, marker, a, b, suffix] = m;
    if (!isYear(a) && !isYear(b)) continue;
    const cfsp = suffix !== undefined || marker === 'CFSP';
    const hasEuSignal = marker !== undefined || suffix !== undefined || m[0].startsWith('Council');
    if (!hasEuSignal) continue;
    const citation = `${a}/${b}${cfsp && kind === 'Decision' ? '/CFSP' : ''}`;
    const id =
      kind === 'Regulation' ? `eu-reg-${a}-${b}` : `eu-dec-${a}-${b}${cfsp ? '-cfsp' : ''}`;
    const fallback = kind === 'Regulation' ? `Council Regulation (EU) ${a}/${b}` : `Council Decision ${citation}`;
    out.push(instrumentMention(cat, text, m.index, m.index + m[0].length, id, fallback));
  }
}

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth',
];
const ORDINAL_ALT = `\\d{1,2}(?:st|nd|rd|th)|(?:twenty[- ])?(?:${ORDINAL_WORDS.join('|')})`;
// "the 17th sanctions package", "17th package of sanctions", "the seventeenth EU sanctions package".
const PACKAGE_RE = new RegExp(
  `\\b(${ORDINAL_ALT})\\s+(?:(?:EU|European Union|new|latest|Russia|anti-Russia|anti-Russian)\\s+)*(?:sanctions?\\s+package|package\\s+of\\s+(?:(?:EU|new|economic)\\s+)?(?:sanctions|restrictive measures))\\b`,
  'gi',
);

function ordinalValue(s: string): number | undefined {
  const lower = s.toLowerCase();
  const digits = /^(\d{1,2})/.exec(lower);
  if (digits) return Number(digits[1]);
  const twenty = /^twenty[- ]/.test(lower);
  const word = lower.replace(/^twenty[- ]/, '');
  const idx = ORDINAL_WORDS.indexOf(word);
  if (idx < 0) return undefined;
  return (twenty ? 20 : 0) + idx + 1;
}

function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function scanPackages(text: string, cat: InstrumentCatalogue, out: Mention[]): void {
  PACKAGE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PACKAGE_RE.exec(text))) {
    const n = ordinalValue(m[1]);
    if (!n || n > 40) continue;
    out.push(
      instrumentMention(cat, text, m.index, m.index + m[0].length, `eu-package-${n}`, `EU ${n}${ordinalSuffix(n)} sanctions package`),
    );
  }
}

// "Executive Order 14024", "E.O. 13846", "EO 13224", "Executive Orders 13846 and 13224".
const EO_RE = /(?:\b[Ee]xecutive\s+[Oo]rders?|\bE\.\s?O\.|\bEOs?)\s*(?:\((?:E\.O\.|EO)\)\s*)?(?:No\.?\s*)?(1\d{4})(?!\d)/g;
const EO_NEXT_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(1\d{4})(?!\d)/;

function scanExecutiveOrders(text: string, cat: InstrumentCatalogue, out: Mention[]): void {
  EO_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EO_RE.exec(text))) {
    out.push(instrumentMention(cat, text, m.index, m.index + m[0].length, `us-eo-${m[1]}`, `Executive Order ${m[1]}`));
    let pos = m.index + m[0].length;
    for (;;) {
      const next = EO_NEXT_RE.exec(text.slice(pos, pos + 30));
      if (!next) break;
      const numStart = pos + next[0].indexOf(next[1]);
      const numEnd = pos + next[0].length;
      out.push(instrumentMention(cat, text, numStart, numEnd, `us-eo-${next[1]}`, `Executive Order ${next[1]}`));
      pos = numEnd;
    }
    EO_RE.lastIndex = pos;
  }
}

/** The title an instrument the KB does not know gets, from its citation in any language. */
function citationName(c: Citation): string {
  const [a, b] = c.numbers;
  switch (c.kind) {
    case 'unscr':
      return unscrName(a, undefined);
    case 'eu-package':
      return `EU ${a}${ordinalSuffix(Number(a))} sanctions package`;
    case 'us-eo':
      return `Executive Order ${a}`;
    case 'eu-act':
      return c.id.startsWith('eu-reg-') ? `Council Regulation (EU) ${a}/${b}` : `Council Decision ${a}/${b}${c.id.endsWith('-cfsp') ? '/CFSP' : ''}`;
  }
}

/** All numbered instruments in `text`, in text order, not overlapping. */
export function scanInstruments(text: string, cat: InstrumentCatalogue): Mention[] {
  const found: Mention[] = [];
  scanResolutions(text, cat, found);
  scanEuActs(text, cat, found);
  scanPackages(text, cat, found);
  scanExecutiveOrders(text, cat, found);
  for (const c of scanLocalCitations(text)) found.push(instrumentMention(cat, text, c.start, c.end, c.id, citationName(c)));
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Mention[] = [];
  for (const m of found) {
    if (out.length && m.start < out[out.length - 1].end) continue;
    out.push(m);
  }
  return out;
}
