/**
 * Which marks a page must support: a name made of common words, a weak one
 * (an acronym, one word cut from a longer name), a title and a surname, a
 * short local country name. The decision says which a mark is; these passes
 * keep it only with the page's evidence.
 */
import { F_ACRONYM, F_ALIAS, F_CASED, F_COMMON, F_LOCAL, F_PERSON, F_SINGLE, F_UNCASED, F_VARIANT, F_VESSEL, type Entry, type NameTrie } from '../name-trie';
import { cueNear } from '../evidence';
import type { Mention, PageContext } from '../types';

/** Words that say what kind of organisation a name is, not which one. */
const ORGANISATION_WORDS = new Set([
  'group', 'grup', 'gruppa', 'company', 'co', 'corporation', 'corp', 'holding', 'holdings', 'enterprises', 'enterprise',
  'international', 'trading', 'industries', 'services', 'systems', 'technologies', 'solutions', 'partners',
]);

export const SANCTIONS_WORDS = /\b(?:sanction(?:s|ed|ing)?|blacklist(?:s|ed)?|designat(?:ed|es|ion|ions)|asset freeze|terrorist organi[sz]ation)\b/i;

const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * An organisation name made only of common words ("Ministry of Defence",
 * "Central Bank", "Golden Star") says little by itself: it counts only on a
 * page that also names a jurisdiction the party is tied to (see `keepByCue`).
 */
export function needsJurisdictionCue(e: Entry): boolean {
  const f = e.flags;
  if (f & (F_PERSON | F_CASED | F_VESSEL | F_SINGLE) || !(f & F_COMMON)) return false;
  // Three or more common words in exactly the listed order are a name, not a phrase ("Reconnaissance General Bureau").
  return e.content < 3 || (f & (F_VARIANT | F_ALIAS)) !== 0;
}

/**
 * A designated name that is also an ordinary company, product, place or
 * event name: an acronym, or one word (cut from a longer listed name, short,
 * or a common word). It is marked only with evidence on the page (evidence.ts).
 */
export function isWeakEntry(e: Entry): boolean {
  const f = e.flags;
  if (f & (F_CASED | F_PERSON | F_VESSEL | F_UNCASED)) return false;
  if (f & F_ACRONYM) return true;
  if (!(f & F_SINGLE)) {
    // A generated short form whose only distinctive word is one word ("Everest Group" of "OOO EVEREST GRUP", "Z Axis").
    return (f & F_VARIANT) !== 0 && e.norm.split(' ').filter((w) => w.length > 1 && !ORGANISATION_WORDS.has(w)).length <= 1;
  }
  const letters = e.norm.replace(/[^\p{L}\p{N}]/gu, '').length;
  return (f & (F_VARIANT | F_COMMON)) !== 0 || letters <= 5;
}

/**
 * A jurisdiction's name in another language that is one word (or one run of
 * Han, kana or Hangul) can be an ordinary word somewhere ("Kuba", a Polish
 * given name; "苏丹", a sultan; "海地" inside "沿海地区"): it is kept only near
 * a sanctions cue word, not on any page with sanctions context.
 */
export function isShortLocalName(e: Entry): boolean {
  return (e.flags & F_LOCAL) !== 0 && (e.content === 1 || CJK_TEXT.test(e.norm));
}

/** What the name pass found that needs the page's support, by kind. */
export interface NeedsSupport {
  weak: Set<Mention>;
  /** Common-word organisation names, with the targets they may stand for. */
  cueNeeded: Map<Mention, number[]>;
  shortLocal: Set<Mention>;
  titled: Set<Mention>;
}

export function emptyNeeds(): NeedsSupport {
  return { weak: new Set(), cueNeeded: new Map(), shortLocal: new Set(), titled: new Set() };
}

/**
 * A title and a surname say less than a weak name: a country on the page
 * is no evidence (a Russian prince in a history of Russia). It stays only
 * near a sanctions cue word or where the page names the person in full.
 */
export function keepTitledNearCues(mentions: Mention[], titled: Set<Mention>, context: PageContext, cues: number[]): Mention[] {
  const named = new Set(context.designated ?? []);
  for (const m of mentions) if (m.category === 'designated' && !titled.has(m) && m.confidence === 'high') named.add(m.entity);
  return mentions.filter((m) => !titled.has(m) || named.has(m.entity) || cueNear(cues, m));
}

/**
 * Keeps a common-word organisation name only where the page names a
 * jurisdiction its party is tied to; a party tied to none (a thematic
 * listing such as terrorism) needs the page to be about sanctions at all.
 * Among several parties the name fits, those the page supports remain.
 */
export function keepByCue(
  index: NameTrie, text: string, found: Mention[], names: Mention[], cueNeeded: Map<Mention, number[]>, context: PageContext,
): Mention[] {
  if (!cueNeeded.size) return names;
  const onPage = new Set(names.filter((m) => m.category === 'jurisdiction').map((m) => m.entity.slice('jurisdiction:'.length)));
  for (const j of context.jurisdictions ?? []) onPage.add(j);
  const aboutSanctions =
    context.aboutSanctions === true || found.length > 0 || names.some((m) => m.category === 'body' || m.category === 'instrument') || SANCTIONS_WORDS.test(text);
  const out: Mention[] = [];
  for (const m of names) {
    const targets = cueNeeded.get(m);
    if (!targets) {
      out.push(m);
      continue;
    }
    const supported = targets.filter((t) => {
      const tied = index.targets[t].jurisdictions;
      return tied ? tied.split(',').some((j) => onPage.has(j)) : aboutSanctions;
    });
    if (!supported.length) continue;
    const lead = index.targets[supported[0]];
    m.entity = lead.id;
    m.name = lead.name;
    // Common words found by context are a weaker match than a distinctive name: the card says so.
    m.confidence = 'possible';
    if (supported.length > 1) m.candidates = supported.map((t) => index.targets[t].id);
    else delete m.candidates;
    out.push(m);
  }
  return out;
}
