/**
 * The name index: a trie over transliteration keys of name tokens, with
 * entries that say what a path means (which entity, in which listed case,
 * under which conditions it may be marked). Built once per KB version.
 */
import type { KnowledgeBase } from '../kb/bundle';
import type { BodyKind } from '../kb/curated/types';
import type { Category, Designation, EntitySchema } from '../kb/model';
import { displayName } from '../kb/display-name';
import { formerlyNote } from '../kb/removals';
import type { Lexicon } from './lexicon';
import { imoDigits } from './imo';
import { isAllUpper } from './normalize';
import { ARTICLE_PARTICLES, NAME_PARTICLES, articleSurname, isOrdinal, splitListedName, surnameForms, type NameForm } from './name-variants';
import { conventionCode, conventionalForms } from './conventions';
import { clearNameTokenCache, nameTokens, type Token } from './tokenize';
import { LOCAL_BODY_BLOCKED, localBodyNames } from './body-names';
import { LOCAL_BLOCKED_PHRASES, LOCAL_JURISDICTION_NAMES } from './jurisdiction-names';

export const F_CASED = 1; // curated name: listed capitalisation must be kept
export const F_ACRONYM = 2; // matched in its listed case only
export const F_VESSEL = 4; // needs a maritime cue
export const F_SINGLE = 8; // one content token
export const F_COMMON = 16; // every content token is a common word or given name
export const F_UNCASED = 32; // original script without letter case: no case checks
export const F_VARIANT = 64; // generated form
export const F_ALIAS = 128; // listed alias rather than primary name
export const F_BLOCK = 256; // a phrase that must not be read as a mention ("South Korea")
export const F_PERSON = 512;
export const F_GIVEN_ONLY = 1024; // every content token is a given name
export const F_FORMER = 2048; // former name (vessels)
export const F_REWORDED = 4096; // generated with words the listed name does not have ("4th" for "Fourth", "LLC" for "OOO")
export const F_LOCAL = 8192; // a jurisdiction's or body's name in another language (jurisdiction-names.ts, body-names.ts)
/** Bits from here up hold the naming convention that made a designated entry (conventions/kinds.ts). */
export const F_KIND_SHIFT = 16;

export interface Target {
  id: string;
  category: Category;
  name: string;
  schema?: EntitySchema;
  bodyKind?: BodyKind;
  /** Surname key sequences for within-page coreference. */
  surnames?: string[];
  /** Weak aliases: marked only after the page has named the party by a strong name. */
  weak?: WeakAlias[];
  /**
   * Jurisdiction ids the party is tied to (by its programmes, regimes or
   * addresses), comma-joined; "" when none is known. A name made of common
   * words counts only on a page that names one of them.
   */
  jurisdictions?: string;
}

export interface WeakAlias {
  /** Token keys joined by spaces. */
  keys: string;
  /** Normalised tokens joined by spaces: the surface must match exactly. */
  norm: string;
  /** One content token that is a common word or given name: then only its listed capitals count. */
  commonSingle: boolean;
}

export interface Entry {
  target: number;
  flags: number;
  /** Normalised tokens joined by spaces. */
  norm: string;
  /** Case-kept tokens joined by spaces. */
  cased: string;
  /** Number of content tokens (particles and "of/the" not counted). */
  content: number;
}

export interface NameTrieData {
  format: 2;
  targets: Target[];
  entries: [number, number, string, string, number][];
  /** Edge k leads from node parents[k] by token key keys[k] to node k + 1. */
  parents: number[];
  keys: string[];
  terminals: [number, number[]][];
  imo: [string, number[]][];
}

/** Node id → indices of the entries ending there (a Map when built, a packed table when loaded). */
export interface TerminalLookup {
  get(node: number): number[] | undefined;
}

/** What a packed index (name-trie-pack.ts) hands over: the trie stays packed behind `child`. */
export interface PackedNameTrieParts {
  targets: Target[];
  entries: Entry[];
  terminals: TerminalLookup;
  imo: Map<string, number[]>;
  nodeCount: number;
  child(node: number, key: string): number | undefined;
}

const SEP = '\u0001';

export class NameTrie {
  readonly targets: Target[] = [];
  readonly entries: Entry[] = [];
  /** Child lookup: parent node id + SEP + token key → child node id. */
  readonly edges = new Map<string, number>();
  /** Node id → entry indices ending there. */
  readonly terminals: TerminalLookup;
  private readonly termMap = new Map<number, number[]>();
  readonly imo = new Map<string, number[]>();
  private nodeCount = 1;
  private readonly seen = new Set<string>();
  /** Set for an index loaded from its packed form (name-trie-pack.ts): the trie is looked up there, not in `edges`. */
  private readonly lookup?: (node: number, key: string) => number | undefined;

  constructor(packed?: PackedNameTrieParts) {
    this.terminals = this.termMap;
    if (!packed) return;
    this.targets = packed.targets;
    this.entries = packed.entries;
    this.terminals = packed.terminals;
    this.imo = packed.imo;
    this.nodeCount = packed.nodeCount;
    this.lookup = packed.child;
  }

  /** True when loaded from the packed form: lookups only, no addPath and no toJSON. */
  get isPacked(): boolean {
    return this.lookup !== undefined;
  }

  get nodes(): number {
    return this.nodeCount;
  }

  child(node: number, key: string): number | undefined {
    return this.lookup ? this.lookup(node, key) : this.edges.get(node + SEP + key);
  }

  addTarget(t: Target): number {
    this.targets.push(t);
    return this.targets.length - 1;
  }

  addPath(keys: string[], entry: Entry): void {
    const dedupe = `${entry.target}${SEP}${entry.flags & (F_CASED | F_ACRONYM | F_BLOCK | F_LOCAL)}${SEP}${entry.cased || entry.norm}`;
    if (this.seen.has(dedupe)) return;
    this.seen.add(dedupe);
    let node = 0;
    for (const k of keys) {
      const ek = node + SEP + k;
      let next = this.edges.get(ek);
      if (next === undefined) {
        next = this.nodeCount++;
        this.edges.set(ek, next);
      }
      node = next;
    }
    this.entries.push(entry);
    const list = this.termMap.get(node);
    if (list) list.push(this.entries.length - 1);
    else this.termMap.set(node, [this.entries.length - 1]);
  }

  /** Every trie edge as [parent node, token key, child node], for the packed form. */
  edgeList(): [number, string, number][] {
    if (this.lookup) throw new Error('recognizer index: a packed index cannot be re-serialised');
    const out: [number, string, number][] = [];
    for (const [ek, next] of this.edges) {
      const cut = ek.indexOf(SEP);
      out.push([Number(ek.slice(0, cut)), ek.slice(cut + 1), next]);
    }
    return out;
  }

  toJSON(): NameTrieData {
    if (this.lookup) throw new Error('recognizer index: a packed index cannot be re-serialised');
    // Node ids are assigned in insertion order, so edge k always creates node k + 1.
    const parents: number[] = [];
    const keys: string[] = [];
    for (const ek of this.edges.keys()) {
      const cut = ek.indexOf(SEP);
      parents.push(Number(ek.slice(0, cut)));
      keys.push(ek.slice(cut + 1));
    }
    return {
      format: 2,
      targets: this.targets,
      entries: this.entries.map((e) => [e.target, e.flags, e.norm, e.cased, e.content]),
      parents,
      keys,
      terminals: [...this.termMap],
      imo: [...this.imo],
    };
  }

  static fromJSON(data: NameTrieData): NameTrie {
    if (data.format !== 2) throw new Error('recognizer index: unknown format');
    const idx = new NameTrie();
    idx.targets.push(...data.targets);
    for (const [target, flags, norm, cased, content] of data.entries) idx.entries.push({ target, flags, norm, cased, content });
    const { parents, keys } = data;
    for (let k = 0; k < parents.length; k++) idx.edges.set(parents[k] + SEP + keys[k], k + 1);
    idx.nodeCount = parents.length + 1;
    for (const [node, term] of data.terminals) idx.termMap.set(node, term);
    for (const [k, v] of data.imo) idx.imo.set(k, v);
    return idx;
  }
}

/** Phrases that contain a jurisdiction's name but mean another country. */
const BLOCKED_PHRASES = ['South Korea', 'Republic of Korea', 'Republic of the Congo', 'Congo-Brazzaville', 'Congo Brazzaville'];

const UNCASED_SCRIPT = /[\p{Script=Arabic}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Georgian}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function contentTokens(tokens: Token[]): Token[] {
  return tokens.filter((t) => !NAME_PARTICLES.has(t.norm));
}

function curatedEntry(index: NameTrie, target: number, phrase: string, extra: number): void {
  const tokens = nameTokens(phrase);
  if (!tokens.length) return;
  let flags = F_CASED | extra;
  if (tokens.length === 1 && isAllUpper(tokens[0].cased) && tokens[0].cased.length <= 8) flags |= F_ACRONYM;
  index.addPath(
    tokens.map((t) => t.skel),
    {
      target,
      flags,
      norm: tokens.map((t) => t.norm).join(' '),
      cased: tokens.map((t) => t.cased).join(' '),
      content: contentTokens(tokens).length,
    },
  );
}

function addCurated(index: NameTrie, kb: KnowledgeBase): void {
  const c = kb.curated;
  for (const j of c.jurisdictions) {
    const t = index.addTarget({ id: `jurisdiction:${j.id}`, category: 'jurisdiction', name: j.name });
    for (const n of new Set([j.name, j.officialName, ...j.aliases])) if (n) curatedEntry(index, t, n, 0);
    for (const n of LOCAL_JURISDICTION_NAMES[j.id] ?? []) curatedEntry(index, t, n, F_LOCAL);
  }
  for (const b of c.bodies) {
    const t = index.addTarget({ id: `body:${b.id}`, category: 'body', name: b.name, bodyKind: b.kind });
    for (const n of new Set([b.name, ...b.aliases])) if (n) curatedEntry(index, t, n, 0);
    for (const a of b.acronyms) curatedEntry(index, t, a, F_ACRONYM);
    for (const n of localBodyNames(b)) curatedEntry(index, t, n, F_LOCAL);
    // Every expert panel is "the Panel of Experts" in news; the page's context picks which one.
    if (b.kind === 'panel' && [b.name, ...b.aliases].some((n) => /^Panel of Experts\b/.test(n))) {
      curatedEntry(index, t, 'Panel of Experts', 0);
    }
  }
  for (const ins of c.instruments) {
    const names = [...(ins.aliases ?? [])];
    if (ins.kind === 'us-act' || ins.kind === 'uk-regulations') names.push(ins.title);
    if (!names.length) continue;
    const t = index.addTarget({ id: `instrument:${ins.id}`, category: 'instrument', name: ins.title });
    for (const n of new Set(names)) curatedEntry(index, t, n, 0);
  }
  const blockTarget = index.addTarget({ id: 'block', category: 'jurisdiction', name: '' });
  for (const p of [...BLOCKED_PHRASES, ...LOCAL_BLOCKED_PHRASES, ...LOCAL_BODY_BLOCKED]) curatedEntry(index, blockTarget, p, F_BLOCK);
}

/** The normalised names of the KB's jurisdictions, for the conventions' "of Iran" and trailing "Iran" (search reads names with them too). */
export function countryNameSet(kb: Pick<KnowledgeBase, 'curated'>): Set<string> {
  const out = new Set<string>();
  for (const j of kb.curated.jurisdictions) {
    for (const n of [j.name, j.officialName, ...j.aliases]) {
      if (n) out.add(nameTokens(n).map((t) => t.norm).join(' '));
    }
  }
  return out;
}

/**
 * A name part shared by this many listed people is a common one in some
 * naming tradition (Mohammed, Ali, Hassan, Abdul, Kim, Sergei, Ivanov...),
 * whatever an English word list says. Judged from the lists themselves, so
 * it holds for every script and culture they cover.
 */
const COMMON_NAME_PART_MIN_PEOPLE = 10;

export function commonNameParts(kb: KnowledgeBase): Set<string> {
  const people = new Map<string, number>();
  for (const e of kb.entities) {
    if (e.schema !== 'Person') continue;
    const keys = new Set<string>();
    for (const n of e.names) if (n.quality === 'strong') for (const t of nameTokens(n.value)) keys.add(t.key);
    for (const k of keys) people.set(k, (people.get(k) ?? 0) + 1);
  }
  return new Set([...people].filter(([, n]) => n >= COMMON_NAME_PART_MIN_PEOPLE).map(([k]) => k));
}

/** Which jurisdictions each designation is tied to: through its programmes and regimes, or its addresses and nationality. */
function jurisdictionsOf(kb: KnowledgeBase): (e: KnowledgeBase['entities'][number]) => string {
  const byCode = new Map<string, Set<string>>();
  const add = (code: string, ids: string[]) => {
    const set = byCode.get(code) ?? new Set<string>();
    for (const id of ids) set.add(id);
    byCode.set(code, set);
  };
  for (const r of kb.curated.regimes) for (const code of r.listCodes) add(`${r.authority}|${code}`, r.jurisdictions);
  for (const p of kb.curated.programmes) {
    const ids = [...(p.jurisdictions ?? []), ...(kb.curated.regimes.find((r) => r.id === p.regime)?.jurisdictions ?? [])];
    add(`${p.authority}|${p.code}`, ids);
  }
  const names = kb.curated.jurisdictions.map((j) => ({ id: j.id, names: j.listCountryNames.map((n) => n.toLowerCase()).filter((n) => n.length > 3) }));
  return (e) => {
    const out = new Set<string>();
    for (const s of e.sanctions) for (const code of s.programs) for (const id of byCode.get(`${s.authority}|${code}`) ?? []) out.add(id);
    const p = e.props;
    const places = [...(p.nationality ?? []), ...(p.citizenship ?? []), ...(p.country ?? []), ...(p.address ?? []), ...(p.flag ? [p.flag] : [])]
      .join(' | ')
      .toLowerCase();
    if (places) for (const j of names) if (j.names.some((n) => places.includes(n))) out.add(j.id);
    return [...out].sort().join(',');
  };
}

/**
 * Arabic articles are written joined or apart ("al-Baghdadi", "Albaghdadi")
 * and Arabic script joins them ("البغدادي"): each form with an article
 * before a name part also gets the joined spelling. A form with one
 * article also gets the article dropped, when the rest still has two
 * content parts ("Abu Bakr Baghdadi").
 */
function withArticleVariants(forms: NameForm[]): NameForm[] {
  const out: NameForm[] = [];
  for (const f of forms) {
    out.push(f);
    const toks = f.tokens;
    const at: number[] = [];
    for (let k = 0; k + 1 < toks.length; k++) if (ARTICLE_PARTICLES.has(toks[k].norm) && !NAME_PARTICLES.has(toks[k + 1].norm)) at.push(k);
    if (!at.length || at.length > 2) continue;
    const joined: string[] = [];
    for (let k = 0; k < toks.length; k++) {
      if (at.includes(k)) {
        joined.push(toks[k].norm + toks[k + 1].norm);
        k++;
      } else joined.push(toks[k].norm);
    }
    if (joined.length >= 1) out.push({ tokens: nameTokens(joined.join(' ')), kind: 'article-joined', variant: true });
    if (at.length === 1) {
      const dropped = toks.filter((_, k) => k !== at[0]);
      if (contentTokens(dropped).length >= 2) out.push({ tokens: dropped, kind: 'no-article', variant: true });
    }
  }
  return out;
}

/** "Abdul", "Abdel", "Abdoul": Abd and the article of the word after it; "Abdulmalik" has that word joined (Abdullah is Allah's). */
const ABD_ARTICLE = /^abd(?:u|e|o|ou|ul)l(?!l?ah$)(?=[a-z]{3,}$|$)/;

/**
 * Latin lists write the article of an "Abd al-" name on Abd ("Abdul Malik",
 * "Abdulmalik"); Arabic script writes it on the word after ("عبد الملك"),
 * where it is read off with every joined article. Each such form also gets
 * Abd alone before the word ("Abd Malik"), so that the Arabic spelling meets it.
 */
function withAbdArticle(forms: NameForm[]): NameForm[] {
  const out: NameForm[] = [];
  for (const f of forms) {
    out.push(f);
    const words = f.tokens.map((t) => t.norm);
    const at = words.findIndex((w, k) => ABD_ARTICLE.test(w) && (w.length > 6 || (k + 1 < words.length && !NAME_PARTICLES.has(words[k + 1]))));
    if (at < 0) continue;
    const rest = words[at].replace(ABD_ARTICLE, '');
    words.splice(at, 1, ...(rest ? ['abd', rest] : ['abd']));
    out.push({ tokens: nameTokens(words.join(' ')), kind: 'transliteration', variant: true });
  }
  return out;
}

/** What the popup's mention list calls a party: its name in reading order, and whether its listings have ended. */
function mentionName(e: Designation): string {
  const note = formerlyNote(e);
  return note ? `${displayName(e)} (${note})` : displayName(e);
}

function addDesignations(index: NameTrie, kb: KnowledgeBase, lexicon: Lexicon): void {
  const countries = countryNameSet(kb);
  const commonParts = commonNameParts(kb);
  const jurisdictions = jurisdictionsOf(kb);
  for (const e of kb.entities) {
    const surnames = new Set<string>();
    const t = index.addTarget({ id: e.id, category: 'designated', name: mentionName(e), schema: e.schema, jurisdictions: jurisdictions(e) });
    const person = e.schema === 'Person';
    const weak: WeakAlias[] = [];
    for (const name of e.names) {
      if (name.quality === 'weak') {
        for (const piece of splitListedName(name.value)) {
          const toks = nameTokens(piece);
          const content = contentTokens(toks);
          if (!content.length || toks.map((x) => x.norm).join('').length < 3) continue;
          weak.push({
            keys: toks.map((x) => x.key).join(' '),
            norm: toks.map((x) => x.norm).join(' '),
            commonSingle: content.length === 1 && (lexicon.isCommonWord(content[0].norm) || lexicon.isGivenName(content[0].norm)),
          });
        }
        continue;
      }
      const { forms, person: structure } = conventionalForms(name, e.schema, countries);
      if (structure) for (const s of surnameForms(structure)) surnames.add(s.map((x) => x.key).join(' '));
      else if (person) {
        for (const piece of splitListedName(name.value)) {
          const family = articleSurname(nameTokens(piece));
          // A family name many listed people share ("al-Masri") refers back to none of them in particular.
          if (family && !commonParts.has(family[1].key)) for (const s of surnameForms({ given: [], patronymic: [], family })) surnames.add(s.map((x) => x.key).join(' '));
        }
      }
      for (const form of withArticleVariants(withAbdArticle(forms))) {
        const toks = form.tokens;
        if (toks.length === 0) continue;
        const content = contentTokens(toks);
        if (content.length === 0) continue;
        let flags = 0;
        const joined = toks.map((x) => x.cased).join('');
        if (UNCASED_SCRIPT.test(joined)) flags |= F_UNCASED;
        else if (CYRILLIC.test(joined)) flags |= F_UNCASED;
        if (content.length === 1) flags |= F_SINGLE;
        const common = (x: Token) =>
          lexicon.isCommonWord(x.norm) || lexicon.isGivenName(x.norm) || (person && commonParts.has(x.key)) || /^\d+$/.test(x.norm) || isOrdinal(x.norm);
        if (content.every(common)) flags |= F_COMMON;
        if (content.every((x) => lexicon.isGivenName(x.norm))) flags |= F_GIVEN_ONLY;
        if (person) flags |= F_PERSON;
        if (e.schema === 'Vessel') flags |= F_VESSEL;
        if (form.variant) flags |= F_VARIANT;
        if (form.reworded) flags |= F_REWORDED;
        if (form.acronym && !(flags & F_UNCASED)) flags |= F_ACRONYM;
        if (name.kind === 'alias' || name.kind === 'formerName') flags |= F_ALIAS;
        if (name.kind === 'formerName') flags |= F_FORMER;
        flags |= conventionCode(form.kind) << F_KIND_SHIFT;
        index.addPath(
          toks.map((x) => x.skel),
          {
            target: t,
            flags,
            norm: toks.map((x) => x.norm).join(' '),
            // Listed capitals matter only for curated names; designated names are checked by rule.
            cased: '',
            content: content.length,
          },
        );
      }
    }
    if (surnames.size) index.targets[t].surnames = [...surnames];
    if (weak.length) index.targets[t].weak = weak;
    const imos = new Set<string>();
    if (e.props.imoNumber) {
      const d = imoDigits(e.props.imoNumber);
      if (d) imos.add(d);
    }
    for (const id of e.props.identifiers ?? []) {
      if (/\bIMO\b/i.test(id.type)) {
        const d = imoDigits(id.value);
        if (d) imos.add(d);
      }
    }
    for (const d of imos) {
      const list = index.imo.get(d);
      if (list) list.push(t);
      else index.imo.set(d, [t]);
    }
  }
}

export function buildNameTrie(kb: KnowledgeBase, lexicon: Lexicon): NameTrie {
  const index = new NameTrie();
  try {
    addCurated(index, kb);
    addDesignations(index, kb, lexicon);
  } finally {
    clearNameTokenCache();
  }
  return index;
}
