/**
 * Evidence on the page for marks that say little by themselves.
 *
 * A short all-caps acronym ("HTC", "PTC", "TBS") or a single word cut from a
 * listed company name ("Carvana", "Arizona", "Argon") is also the name of a
 * phone maker, a ticker, a state, a gas: alone it is no sign of a sanctioned
 * party. Such a weak mention is kept only when the page itself supports it:
 *   - the party's full name is marked elsewhere on the page (this text or an
 *     earlier block, `PageContext.designated`);
 *   - the page names a jurisdiction the party is tied to; or
 *   - sanctions context: a cue word near the mention (sanctions, designated,
 *     blacklist, OFAC, asset freeze, embargo, the Treasury as an authority,
 *     "listed by"), or a page about sanctions (a body, an instrument or a cue
 *     anywhere) that also names another party by a strong name.
 *
 * Jurisdictions are marked only on a page with some sanctions context at all,
 * unless the reader asked for them everywhere: "Iran" in a football score or
 * "Cuba" in a recipe is a country, not a sanctions programme.
 */
import type { Mention, PageContext } from './types';
import { partitionPoint } from '../shared/partition-point';

/** How far from a weak mention a cue word still speaks for it, in characters. */
export const CUE_NEAR_CHARS = 300;

/**
 * Words that put a text in sanctions context. "Treasury" counts as the
 * authority, not as bonds and yields; "designated" as a listing, not a hitter.
 */
const CUE_RE =
  /\b(?:sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|OFAC|SDN|embargo(?:es|ed)?|asset[- ]freezes?|assets? (?:were |was |are |is )?frozen|froze (?:its|their|the) assets|listed by|(?:U\.?S\.? |US )?Treasury(?! (?:yields?|bonds?|bills?|notes?|securities|rates?|market|futures|auction|inflation))|designat(?:ed|es|ing|ion|ions)(?! (?:hitter|driver|area|survivor|player|parking|smoking|spot|zone))|terrorist organi[sz]ations?)\b/gi;

/**
 * The same cues in other languages: sanctions, sanctioned, embargo, asset
 * freeze, in German, French, Spanish, Italian, Portuguese, Dutch, Polish,
 * Turkish, Russian, Ukrainian, Greek, Arabic, Persian, Hindi, Chinese,
 * Japanese and Korean. Only words whose first sense is the measure: no
 * "designated" or "blacklist" (in most of these languages an everyday word).
 * Stems, since these languages inflect; a word boundary before them where the
 * script spaces its words (not before the stems German and Dutch compound),
 * none in Arabic script (proclitics join the word:
 * "والعقوبات"), Han or Hangul (compounds: "대북제재").
 */
// Stems only, with nothing after them: the scan needs where a cue starts, and a letter class after each
// (under /iu) would cost the regular expression's first use some 15 ms, in the worker and the content script.
const LOCAL_CUE_RE = new RegExp(
  [
    // German and Dutch write compounds as one word ("Waffenembargo", "Wirtschaftssanktionen").
    'embargo|ambargo|sanktion|sanctie|εμπάργκο|эмбарго|ембарго',
    // These must begin a word: the scan checks the character before (a look-behind here would be tried at every position).
    '(?<w>sanctio|sanci[oó]n|sancionad|sanzion|san[cç][aã]o|san[cç][oõ]es|gesanctioneerd|sankcj|yaptırım|gel des avoirs|congelaci[oó]n de (?:los )?(?:activos|bienes|fondos)|congelamento (?:dei beni|de bens|de ativos)|санкц|заморозк[аиуе] актив|κυρ[ωώ]σ)',
    'عقوبات|تجميد (?:ال)?أصول|تحریم',
    'प्रतिबंध',
    '制裁|禁运|禁輸|资产冻结|冻结资产|資産凍結|제재|자산 동결',
  ].join('|'),
  'gi',
);
const WORD_CHAR = /[\p{L}\p{N}]/u;

function positionsOf(re: RegExp, text: string, out: number[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.groups?.w !== undefined && m.index > 0 && WORD_CHAR.test(text[m.index - 1])) continue;
    out.push(m.index);
  }
}

const HAS_NON_ASCII = /[^\x00-\x7f]/;

/** Start offsets of every sanctions cue word in the text, in order. */
export function cuePositions(text: string): number[] {
  const out: number[] = [];
  positionsOf(CUE_RE, text, out);
  if (!HAS_NON_ASCII.test(text) && !/mbargo|sanc|sank|sanz|avoirs|congela/i.test(text)) return out;
  const english = out.length;
  positionsOf(LOCAL_CUE_RE, text, out);
  return english && out.length > english ? [...new Set(out)].sort((a, b) => a - b) : out;
}

/** Whether a cue word (`cuePositions`) lies within `CUE_NEAR_CHARS` of the span. */
export function cueNear(cues: number[], m: { start: number; end: number }): boolean {
  // The first cue at or after start - window.
  const from = m.start - CUE_NEAR_CHARS;
  const lo = partitionPoint(cues.length, (i) => cues[i] < from);
  return lo < cues.length && cues[lo] <= m.end + CUE_NEAR_CHARS;
}

export interface EvidenceInputs {
  /** Every mention found in the text so far, in text order. */
  mentions: Mention[];
  /** The designated mentions that need evidence (acronyms, single cut-down words). */
  weak: Set<Mention>;
  /** Whether the text shows bodies, instruments or committees (found by pattern before names). */
  patternsFound: boolean;
  context: PageContext;
  /** Start offsets of the text's sanctions cue words (`cuePositions`), computed once per scan. */
  cues: number[];
  /** The jurisdictions ("kp,ru") a designated entity is tied to, if any. */
  jurisdictionsOf(entity: string): string | undefined;
}

const entitiesOf = (m: Mention): string[] => [m.entity, ...(m.candidates ?? [])];

/** A designated mention that says something by itself: a full or distinctive name, found with confidence. */
function isStrongDesignated(m: Mention, weak: Set<Mention>): boolean {
  return m.category === 'designated' && !weak.has(m) && m.confidence === 'high' && m.via !== 'identifier';
}

/** Whether the page is about sanctions at all, from this text and what the page showed before. */
export function hasSanctionsContext(inputs: Omit<EvidenceInputs, 'jurisdictionsOf'>): boolean {
  const { mentions, weak, context, cues } = inputs;
  return (
    context.aboutSanctions === true ||
    (context.designated?.length ?? 0) > 0 ||
    inputs.patternsFound ||
    cues.length > 0 ||
    mentions.some((m) => m.category === 'body' || m.category === 'instrument' || isStrongDesignated(m, weak))
  );
}

/**
 * Drops the weak designated mentions the page gives no evidence for, and the
 * jurisdictions of a page with no sanctions context (unless
 * `context.jurisdictionsEverywhere`). Returns the mentions kept, in order.
 */
export function keepWithEvidence(inputs: EvidenceInputs): Mention[] {
  const { mentions, weak, context, cues } = inputs;
  const aboutSanctions = hasSanctionsContext(inputs);
  const sanctionsCues =
    context.aboutSanctions === true || inputs.patternsFound || cues.length > 0 || mentions.some((m) => m.category === 'body' || m.category === 'instrument');
  const strong = mentions.filter((m) => isStrongDesignated(m, weak));
  const named = new Set<string>(context.designated ?? []);
  for (const m of strong) for (const id of entitiesOf(m)) named.add(id);
  const jurisdictions = new Set<string>(context.jurisdictions ?? []);
  for (const m of mentions) if (m.category === 'jurisdiction') jurisdictions.add(m.entity.slice('jurisdiction:'.length));

  const supported = (m: Mention): boolean => {
    const ids = entitiesOf(m);
    if (ids.some((id) => named.has(id))) return true;
    if (ids.some((id) => inputs.jurisdictionsOf(id)?.split(',').some((j) => jurisdictions.has(j)))) return true;
    if (cueNear(cues, m)) return true;
    // Another party named in full counts only on a page that shows sanctions by itself, not by that name alone.
    return sanctionsCues && strong.some((s) => !ids.includes(s.entity));
  };
  const kept = mentions.filter((m) => !weak.has(m) || supported(m));
  // A designated party the page does name (by any rule above) is sanctions context for the countries beside it.
  const anyParty = kept.some((m) => m.category === 'designated');
  if (aboutSanctions || anyParty || context.jurisdictionsEverywhere === true) return kept;
  return kept.filter((m) => m.category !== 'jurisdiction');
}
