/**
 * Sanctions bodies beyond their listed names: committees by number, the
 * page's short forms ("the Committee"), generic names resolved by the
 * page's regime, and body names that belong to some other organisation.
 */
import type { Body, Regime } from '../../kb/curated/types';
import { startsUpper } from '../normalize';
import { SpanSet } from '../spans';
import type { Token } from '../tokenize';
import type { Mention, PageContext } from '../types';
import { SANCTIONS_WORDS } from './page-filters';
import { partitionPoint } from '../../shared/partition-point';

/** Counts the page-wide passes' inner steps, so a test can check they grow linearly with the text. */
export interface ScanMeter {
  steps: number;
}

const COMMITTEE_RE = /\b(?:(?:UN\s+|U\.N\.\s+)?Security Council Committee|(\d{3,4}) (?:Sanctions )?Committee|Sanctions Committee)(?:\s+(?:established\s+)?pursuant\s+to\s+resolution\s+(\d{3,4}))?/g;

const SHORT_FORM_KIND: Record<string, Body['kind'][]> = {
  Committee: ['committee'],
  Panel: ['panel', 'monitoring-team'],
  Council: ['council'],
};

/** "… of the football federation": what follows a body name when it names another body. */
const OF_SOMETHING_ELSE = /^\s+of\s+(?:the\s+)?([\p{L}][\p{L}.\-']*(?:\s+[\p{L}][\p{L}.\-']*)?)/u;
/** "… of the United Nations", "… of the Security Council", "… of 2017": still the same body or instrument. */
const OF_OWN = /^(?:United Nations|UN|U\.N\.|Security Council|European Union|EU|Council|Treasury|Department|Office|Foreign|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function findCommittee(bodies: Body[], num: string | undefined): Body[] {
  const committees = bodies.filter((b) => b.kind === 'committee');
  if (!num) return committees;
  return committees.filter((b) => new RegExp(`(?:^|\\D)${num}(?:\\D|$)`).test(`${b.id} ${b.name} ${b.regime ?? ''}`));
}

function bodyMention(text: string, start: number, end: number, list: Body[], confidence: 'high' | 'possible'): Mention | undefined {
  if (!list.length) return undefined;
  const m: Mention = {
    start,
    end,
    text: text.slice(start, end),
    category: 'body',
    entity: `body:${list[0].id}`,
    name: list[0].name,
    known: true,
    confidence: list.length > 1 ? 'possible' : confidence,
    via: 'pattern',
  };
  if (list.length > 1) m.candidates = list.map((b) => `body:${b.id}`);
  return m;
}

/** How many of `list` (in text order, not overlapping) end at or before `offset`. */
function countEndingBy(list: Mention[], offset: number): number {
  return partitionPoint(list.length, (i) => list[i].end <= offset);
}

/** The bodies and regimes a scanner knows, and the passes over them. */
export class BodiesPass {
  private readonly sharedBodyNames: Set<string>;
  readonly bodyById: Map<string, Body>;
  private readonly regimesByInstrument = new Map<string, string[]>();

  constructor(
    private readonly bodies: Body[],
    regimes: Regime[],
    private readonly meter?: ScanMeter,
  ) {
    // Names that fit more than one body ("Panel of Experts", "Sanctions Committee") are generic.
    const nameCount = new Map<string, number>();
    for (const b of bodies) for (const a of new Set([b.name, ...b.aliases].map((x) => x.toLowerCase()))) nameCount.set(a, (nameCount.get(a) ?? 0) + 1);
    this.sharedBodyNames = new Set([...nameCount].filter(([, n]) => n > 1).map(([a]) => a));
    for (const a of ['panel of experts', 'sanctions committee', 'security council committee', 'group of experts', 'monitoring team']) this.sharedBodyNames.add(a);
    this.bodyById = new Map(bodies.map((b) => [`body:${b.id}`, b]));
    for (const r of regimes) {
      for (const ins of r.establishedBy) this.regimesByInstrument.set(ins, [...(this.regimesByInstrument.get(ins) ?? []), r.id]);
    }
  }

  /** "Security Council Committee established pursuant to resolution 1988", "1267 Committee", capitalised "Sanctions Committee". */
  scanCommittees(text: string, taken: Mention[]): Mention[] {
    // Committees found here never overlap one another (regular-expression matches are disjoint), so only
    // what was taken before counts; asked once per match, in O(log n).
    const before = new SpanSet(taken);
    const out: Mention[] = [];
    const committeesByNumber = new Map<string | undefined, Body[]>();
    COMMITTEE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COMMITTEE_RE.exec(text))) {
      if (this.meter) this.meter.steps++;
      const num = m[1] ?? m[2];
      // The span is the committee's name; a following "resolution NNNN" is an instrument of its own.
      const nameLen = m[0].search(/\s+(?:established\s+)?pursuant\s+to/);
      const end = m.index + (nameLen >= 0 ? nameLen : m[0].length);
      const span = { start: m.index, end };
      if (before.overlaps(span)) continue;
      let fits = committeesByNumber.get(num);
      if (!fits) committeesByNumber.set(num, (fits = findCommittee(this.bodies, num)));
      const mention = bodyMention(text, span.start, span.end, fits, 'high');
      if (mention) out.push(mention);
    }
    return out;
  }

  /**
   * Sanctions bodies share their words with every other organisation: "the
   * Security Council of the football federation", "the Sanctions Committee of
   * the cricket board", "the Panel of Experts" of a flower show. A body name
   * that runs on into "of ..." naming something else is that other body; a
   * name several bodies share counts only on a page with other sanctions
   * context (a jurisdiction, an instrument, a specific body, sanctions words).
   */
  dropOtherOrganisations(text: string, mentions: Mention[], context: PageContext): Mention[] {
    const ofOther = (m: Mention) => {
      const after = OF_SOMETHING_ELSE.exec(text.slice(m.end, m.end + 60));
      return after !== null && !OF_OWN.test(after[1]);
    };
    const kept = mentions.filter((m) => !((m.category === 'body' || (m.category === 'instrument' && m.via === 'pattern')) && ofOther(m)));
    const generic = (m: Mention) => m.category === 'body' && (this.sharedBodyNames.has(m.text.toLowerCase()) || m.confidence === 'possible');
    const context_ =
      (context.jurisdictions?.length ?? 0) > 0 ||
      context.aboutSanctions === true ||
      SANCTIONS_WORDS.test(text) ||
      kept.some((m) => m.category === 'jurisdiction' || m.category === 'instrument' || m.category === 'designated' || (m.category === 'body' && !generic(m)));
    return context_ ? kept : kept.filter((m) => !generic(m));
  }

  /** Picks, among bodies a generic name fits ("Panel of Experts"), the one whose regime the page is about. */
  resolveBodies(mentions: Mention[]): void {
    const context = new Set<string>();
    for (const m of mentions) {
      if (m.candidates) continue;
      if (m.category === 'body') {
        const r = this.bodyById.get(m.entity)?.regime;
        if (r) context.add(r);
      } else if (m.category === 'instrument') {
        for (const r of this.regimesByInstrument.get(m.entity.slice('instrument:'.length)) ?? []) context.add(r);
      }
    }
    for (const m of mentions) {
      if (m.category !== 'body' || !m.candidates) continue;
      const fit = m.candidates.filter((id) => {
        const r = this.bodyById.get(id)?.regime;
        return r !== undefined && context.has(r);
      });
      if (fit.length !== 1) continue;
      const b = this.bodyById.get(fit[0]);
      if (!b) continue;
      m.entity = fit[0];
      m.name = b.name;
      m.confidence = 'high';
      delete m.candidates;
    }
  }

  /** "the Committee", "the Panel": the nearest body of that kind named before, as a possible reference. */
  addBodyShortForms(text: string, tokens: Token[], mentions: Mention[]): Mention[] {
    const bodyMentions = mentions.filter((m) => m.category === 'body');
    if (!bodyMentions.length) return mentions;
    // Per short form ("Committee"), the body mentions it can stand for, in text order: looked up once.
    const fitsByWord = new Map<string, Mention[]>();
    for (const [word, kinds] of Object.entries(SHORT_FORM_KIND)) {
      fitsByWord.set(
        word,
        bodyMentions.filter((m) => {
          const b = this.bodyById.get(m.entity);
          return b !== undefined && kinds.includes(b.kind);
        }),
      );
    }
    const taken = new SpanSet(mentions);
    const extra: Mention[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      const fits = fitsByWord.get(t.cased);
      if (!fits || tokens[i - 1].norm !== 'the' || !t.softBefore) continue;
      if (this.meter) this.meter.steps++;
      const next = tokens[i + 1];
      if (next && next.softBefore && startsUpper(next.cased)) continue;
      if (taken.overlaps(t)) continue;
      if (!fits.length) continue;
      // Nearest body of the same kind, the preceding one first.
      const before = countEndingBy(fits, t.start);
      const ref = before ? fits[before - 1] : fits[0];
      const m: Mention = { ...ref, start: t.start, end: t.end, text: t.cased, via: 'coref', confidence: 'possible' };
      delete m.candidates;
      m.text = text.slice(t.start, t.end);
      extra.push(m);
    }
    return extra.length ? [...mentions, ...extra] : mentions;
  }
}
