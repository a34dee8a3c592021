/**
 * Look-ups over one loaded knowledge base: entities by id, curated records by
 * id, and the card for any mention. Built once per knowledge-base version.
 */
import type { KnowledgeBase } from './bundle';
import type { Designation, Sanction, SourceInfo } from './model';
import type { Body, Instrument, Jurisdiction, Programme, Regime } from './curated/types';
import { citationFor, removalText, safeLink, sameWords, withoutAuthority, type CardData, type CardFact, type CardListing, type CardCandidate } from './cards';
import { displayName } from './display-name';
import { isFormerlyListed } from './removals';
import { publisherOf } from './official-links';
import { bodyCardTerms, regimeCardTerms, regimesOfProgrammes } from './card-terms';
import type { CardTerm } from './validity';
import { partialListingNote, typeUnknown } from './partial-listing';
import { naturalCountry } from './country-name';
import { notLoaded } from './coverage';
import { INSTRUMENT_KIND_LABEL, SCHEMA_LABEL } from './card-labels';

const MAX_ALIASES = 6;
/** Identifiers on a card (the rest are in the lists themselves): enough to tell a party apart. */
const MAX_IDENTIFIERS = 6;

/**
 * What a packed knowledge base (src/background/kb-pack.ts) hands over instead of a full
 * entity list: entities decoded on demand, and precomputed summaries so that
 * scan replies and jurisdiction cards never decode every entity.
 */
export interface KbIndexParts {
  entities?: ReadonlyMap<string, Designation>;
  /** Authorities of a designated entity, in listing order; undefined when the id is not an entity. */
  authorities?: (id: string) => string[] | undefined;
  /** Listed parties linked to each jurisdiction (`linkedPartyCounts()` of the full KB). */
  linkedCounts?: ReadonlyMap<string, number>;
}

export class KbLookup {
  readonly entities: ReadonlyMap<string, Designation>;
  readonly jurisdictions = new Map<string, Jurisdiction>();
  readonly bodies = new Map<string, Body>();
  readonly instruments = new Map<string, Instrument>();
  readonly regimes = new Map<string, Regime>();
  readonly programmes = new Map<string, Programme>();
  /** Every source with its date, for anything not tied to particular lists. */
  readonly asOf: string;
  private linkedCounts?: Map<string, number>;
  private countryNames?: Map<string, string>;
  /** Authorities with no list in this knowledge base. */
  private readonly missing: string[];

  private readonly entityAuthorities?: (id: string) => string[] | undefined;

  constructor(
    readonly kb: KnowledgeBase,
    parts: KbIndexParts = {},
  ) {
    this.entities = parts.entities ?? new Map(kb.entities.map((e) => [e.id, e]));
    this.entityAuthorities = parts.authorities;
    if (parts.linkedCounts) this.linkedCounts = new Map(parts.linkedCounts);
    for (const j of kb.curated.jurisdictions) this.jurisdictions.set(j.id, j);
    for (const b of kb.curated.bodies) this.bodies.set(b.id, b);
    for (const i of kb.curated.instruments) this.instruments.set(i.id, i);
    for (const r of kb.curated.regimes) this.regimes.set(r.id, r);
    for (const p of kb.curated.programmes) this.programmes.set(`${p.authority}:${p.code}`, p);
    this.asOf = kb.sources.map(sourceAsOf).join(' · ');
    this.missing = notLoaded(kb.sources.map((s) => ({ authority: s.authority, list: s.title, date: s.date })));
  }

  /** The source file a listing came from (its publication title matches the list's). */
  sourceOf(s: Pick<Sanction, 'authority' | 'list'>): SourceInfo | undefined {
    return this.kb.sources.find((src) => src.authority === s.authority && (src.title === s.list || src.title === `${s.authority} ${s.list}`));
  }

  /** "UN list of 2026-05-08 · OFAC SDN of 2024-05-03": only the given sources, in the knowledge base's order. */
  private asOfSources(sources: Iterable<SourceInfo>): string {
    const set = new Set(sources);
    return this.kb.sources.filter((s) => set.has(s)).map(sourceAsOf).join(' · ');
  }

  /** Curated records carry no list date of their own: they are as current as the knowledge base they ship in. */
  private curatedAsOf(): string {
    return `${this.kb.builtAt} (curated record)`;
  }

  /** A card's end dates, with the day its curated records were checked ("data of …"). */
  private validity(terms: CardTerm[]): Pick<CardData, 'validity'> {
    return terms.length ? { validity: { terms, dataOf: this.kb.curated.checkedOn ?? this.kb.builtAt } } : {};
  }

  /** The name to show for an id, or undefined when the KB has no such entry. */
  nameOf(id: string): string | undefined {
    const [kind, key] = splitId(id);
    switch (kind) {
      case 'jurisdiction':
        return this.jurisdictions.get(key)?.name;
      case 'body':
        return this.bodies.get(key)?.name;
      case 'instrument':
        return this.instruments.get(key)?.title;
      default: {
        const e = this.entities.get(id);
        return e && displayName(e);
      }
    }
  }

  authoritiesOf(id: string): string[] {
    const known = this.entityAuthorities?.(id);
    if (known) return known;
    const e = this.entityAuthorities ? undefined : this.entities.get(id);
    if (e) return [...new Set(e.sanctions.map((s) => s.authority))];
    const [kind, key] = splitId(id);
    if (kind === 'jurisdiction') return [...new Set(this.jurisdictions.get(key)?.measures.map((m) => m.authority) ?? [])];
    if (kind === 'body') {
      const a = this.bodies.get(key)?.authority;
      return a ? [a] : [];
    }
    return [];
  }

  card(id: string, text: string, opts: { possible?: boolean; candidates?: string[]; matched?: string } = {}): CardData | null {
    const [kind, key] = splitId(id);
    let card: Omit<CardData, 'citation' | 'kbVersion' | 'candidates' | 'possible'> | null;
    switch (kind) {
      case 'jurisdiction':
        card = this.jurisdictionCard(id, key);
        break;
      case 'body':
        card = this.bodyCard(id, key);
        break;
      case 'instrument':
        card = this.instrumentCard(id, key, text);
        break;
      default:
        card = this.designationCard(id);
    }
    if (!card) return null;
    const candidates: CardCandidate[] = (opts.candidates ?? [])
      .filter((c) => c !== id)
      .map((c) => this.entities.get(c))
      .filter((e): e is Designation => !!e)
      .map((e) => ({ entity: e.id, title: displayName(e), detail: distinguishing(e) }));
    // The as-of line names each source the card rests on: those read from a mirror are flagged on the card too.
    const mirrors = [...new Set(this.kb.sources.filter((s) => s.mirror && card.asOf.includes(sourceAsOf(s))).map((s) => s.mirror!))];
    const matchedName = opts.matched !== undefined && kind !== 'jurisdiction' && kind !== 'body' && kind !== 'instrument' ? this.listedNameFor(id, opts.matched) : undefined;
    const full = {
      ...card,
      ...(mirrors.length ? { mirrors } : {}),
      ...(this.missing.length ? { notLoaded: this.missing } : {}),
      ...(matchedName ? { matchedName } : {}),
      possible: !!opts.possible || candidates.length > 0,
      candidates,
      kbVersion: this.kb.version,
    };
    return { ...full, citation: citationFor(full) };
  }

  /** A programme code with its name: "DPRK4: North Korea (E.O. 13810)", "DPRK: DPRK (North Korea) sanctions". */
  programmeName(authority: string, code: string): string {
    const p = this.programmes.get(`${authority}:${code}`);
    // A name that starts with its code ("DPRK (North Korea) sanctions") needs no "DPRK: " before it.
    if (p) return p.name.startsWith(code) ? p.name : `${code}: ${p.name}`;
    // A list that writes its regime out in words ("North Korea (Democratic People's Republic of Korea)") needs no gloss.
    if (/\s/.test(code)) return code;
    const regime = [...this.regimes.values()].find((r) => r.authority === authority && r.listCodes.includes(code));
    return !regime || regime.name === code ? code : regime.name.startsWith(code) ? regime.name : `${code}: ${regime.name}`;
  }

  /**
   * The listed name a matched form comes from: the name with the most of the
   * form's words (a generated form reorders or drops parts), else the form.
   */
  private listedNameFor(id: string, matched: string): string | undefined {
    const e = this.entities.get(id);
    if (!e) return undefined;
    const words = (s: string) => s.normalize('NFKD').replace(/\p{Mn}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const want = words(matched);
    if (!want.length) return undefined;
    let best: string | undefined;
    let bestScore = 0;
    for (const n of e.names) {
      const have = new Set(words(n.value));
      const score = want.filter((w) => have.has(w)).length / want.length;
      if (score > bestScore) {
        best = n.value;
        bestScore = score;
      }
    }
    return bestScore >= 0.5 ? best : matched;
  }

  private designationCard(id: string) {
    const e = this.entities.get(id);
    if (!e) return null;
    const p = e.props;
    const listings = sortListings(e.sanctions.map((s) => this.listing(s)));
    const linked = p.linkedTo?.slice(0, 4) ?? [];
    // One narrative, shown once: the first real reason (a list's "Linked To: X" is a fact, not a reason).
    const summary = listings.map((l) => l.reason).find((r) => r && !isLinkedToNote(r, linked));
    for (const l of listings) if (l.reason && (l.reason === summary || isLinkedToNote(l.reason, linked))) delete l.reason;

    const facts: CardFact[] = [];
    const add = (label: string, v: string | string[] | undefined) => {
      const value = Array.isArray(v) ? [...new Set(v.filter(Boolean))].join('; ') : v;
      if (value) facts.push({ label, value });
    };
    add('Date of birth', p.birthDate);
    add('Place of birth', p.birthPlace);
    const countries = (v: string[] | undefined) => v?.map((c) => naturalCountry(c, (n) => this.jurisdictionNamed(n)));
    add('Nationality', countries(p.nationality ?? p.citizenship));
    add('Country', e.schema === 'Person' ? undefined : countries(p.country));
    add('Position', p.position);
    add('IMO number', p.imoNumber);
    add('Flag', p.flag && countries([p.flag]));
    add('Vessel type', p.vesselType);
    add('Aircraft', [p.aircraftModel, p.aircraftSerial].filter(Boolean).join(', '));
    // A UN reference the UN listing already shows as its ref. is not repeated.
    const shownRefs = new Set(listings.map((l) => l.reference));
    add('UN reference', p.unscId?.filter((r) => !shownRefs.has(r)));
    const shownIds = new Set([p.imoNumber, ...shownRefs].filter(Boolean));
    // One fact per identifier, under its own type ("Digital Currency Address - XBT"), grouped by type.
    const ids = (p.identifiers ?? []).filter((i) => !shownIds.has(i.value)).slice(0, MAX_IDENTIFIERS);
    for (const i of [...ids].sort((a, b) => ids.findIndex((x) => x.type === a.type) - ids.findIndex((x) => x.type === b.type))) {
      add(i.type || 'Identifier', `${i.value}${i.country ? ` (${i.country})` : ''}`);
    }
    add('Linked to', linked);

    const sources = e.sanctions.map((s) => this.sourceOf(s)).filter((s): s is SourceInfo => !!s);
    const title = displayName(e);
    const ended = listings.filter((l) => l.removed);
    // "Formerly listed: removed 2025-03-21 by OFAC"; a party still listed elsewhere: "Formerly listed by UN: removed …".
    const formerly = !ended.length
      ? undefined
      : isFormerlyListed(e)
        ? `Formerly listed: ${ended.map((l) => removalText(l.removed!)).join('; ')}`
        : `Formerly listed by ${ended.map((l) => `${l.authority}: ${removalText(l.removed!)}`).join('; ')}`;
    return {
      entity: id,
      category: 'designated' as const,
      title,
      ...(!sameWords(title, e.caption) ? { listedAs: e.caption } : {}),
      ...(formerly ? { formerly } : {}),
      ...this.validity(regimeCardTerms(regimesOfProgrammes(e.sanctions.filter((s) => !s.removed), this.regimes.values()), this, false)),
      kind: `${typeUnknown(e) ? 'Party of unknown type' : (SCHEMA_LABEL[e.schema] ?? e.schema)}${isFormerlyListed(e) ? ' · formerly listed' : ''}`,
      known: true,
      summary,
      facts,
      listings,
      aliases: aliasesOf(e),
      // Each listing carries its own official link; the card repeats none of them.
      links: [],
      asOf: sources.length ? this.asOfSources(sources) : this.asOf,
    };
  }

  private listing(s: Sanction): CardListing {
    const src = this.sourceOf(s);
    return {
      authority: s.authority,
      list: src ? shortTitle(src) : s.list,
      programmes: s.programs.map((code) => this.programmeName(s.authority, code)),
      since: s.listingDate,
      reason: s.partial ? partialListingNote(s.authority, src ? shortTitle(src).replace(/ List$/, '') : s.list, s.partial) : s.reason,
      reference: s.sourceId,
      link: safeLink('Official listing', s.sourceUrl),
      ...(s.removed
        ? {
            removed: {
              date: s.removed.date,
              by: s.removed.by,
              how: s.removed.how,
              ...(s.removed.lastListed ? { lastListed: s.removed.lastListed } : {}),
              ...(safeLink('Removal notice', s.removed.sourceUrl) ? { link: safeLink('Removal notice', s.removed.sourceUrl) } : {}),
            },
          }
        : {}),
    };
  }

  private jurisdictionCard(id: string, key: string) {
    const j = this.jurisdictions.get(key);
    if (!j) return null;
    const listings: CardListing[] = j.measures.map((m) => ({
      authority: m.authority,
      // "UK Democratic People's Republic of Korea sanctions" under the authority UK: the line reads "UK Democratic…" once.
      list: m.regimes.map((r) => withoutAuthority(this.regimes.get(r)?.name ?? r, m.authority)).join('; ') || 'Measures',
      programmes: [],
      reason: m.text,
    }));
    const linked = this.linkedPartyCount(j);
    const facts: CardFact[] = [];
    if (j.officialName !== j.name) facts.push({ label: 'Official name', value: j.officialName });
    facts.push({ label: 'Listed parties linked', value: `${linked} (by nationality, country or address in the lists)` });
    return {
      entity: id,
      category: 'jurisdiction' as const,
      title: j.name,
      kind: 'Jurisdiction under sanctions',
      ...this.validity(regimeCardTerms(j.measures.flatMap((m) => m.regimes), this, false)),
      known: true,
      summary: j.summary,
      facts,
      listings: sortListings(listings),
      aliases: distinctNames(j.aliases, [j.name, j.officialName]),
      links: dedupeLinks(j.sources.map((u) => safeLink(publisherOf(u), u)).filter((l) => !!l)),
      // The count reads every list, so every list's date applies to it.
      asOf: `${this.curatedAsOf()}; parties counted in ${this.asOf}`,
    };
  }

  private bodyCard(id: string, key: string) {
    const b = this.bodies.get(key);
    if (!b) return null;
    const facts: CardFact[] = [
      { label: 'Mandate', value: b.mandate },
      // A mandate with an end date: its validity line says whether it still runs, so the status does not claim it.
      { label: 'Status', value: b.term ? (b.statusNote ?? 'fixed-term mandate') : b.statusNote ? `${b.status}: ${b.statusNote}` : b.status },
    ];
    const regime = b.regime ? this.regimes.get(b.regime) : undefined;
    if (regime) facts.push({ label: 'Regime', value: regime.name });
    return {
      entity: id,
      category: 'body' as const,
      title: b.name,
      kind: 'Sanctions body',
      ...this.validity(bodyCardTerms(b, this)),
      known: true,
      summary: b.summary,
      facts,
      listings: [],
      aliases: distinctNames([...b.acronyms, ...b.aliases], [b.name]),
      links: dedupeLinks([safeLink('Official page', b.url), ...b.sources.map((u) => safeLink(publisherOf(u), u))].filter((l) => !!l)),
      asOf: this.curatedAsOf(),
    };
  }

  private instrumentCard(id: string, key: string, text: string) {
    const i = this.instruments.get(key);
    if (!i) {
      return {
        entity: id,
        category: 'instrument' as const,
        title: text,
        kind: 'Legal instrument (not in the knowledge base)',
        known: false,
        summary: 'Recognised by its form; the knowledge base has no entry for it yet.',
        facts: [],
        listings: [],
        aliases: [],
        links: [],
        asOf: this.curatedAsOf(),
      };
    }
    const facts: CardFact[] = [{ label: 'Number', value: i.number }];
    if (i.year) facts.push({ label: 'Year', value: String(i.year) });
    if (i.adopted) facts.push({ label: 'Adopted', value: i.adopted });
    if (i.vote) facts.push({ label: 'Vote', value: i.vote });
    const regime = i.regime ? this.regimes.get(i.regime) : undefined;
    if (regime) facts.push({ label: 'Regime', value: regime.name });
    if (i.revoked) facts.push({ label: 'Status', value: this.revocationText(i) });
    return {
      entity: id,
      category: 'instrument' as const,
      title: i.title,
      kind: INSTRUMENT_KIND_LABEL[i.kind],
      ...this.validity(i.regime ? regimeCardTerms([i.regime], this) : []),
      known: true,
      summary: i.summary,
      facts,
      listings: [],
      aliases: distinctNames(i.aliases ?? [], [i.title]),
      links: dedupeLinks([safeLink('Official text', i.url), ...i.sources.map((u) => safeLink(publisherOf(u), u))].filter((l) => !!l)),
      asOf: this.curatedAsOf(),
    };
  }

  /** "revoked by EO 13846 (2018)", "repealed by National Defense Authorization Act for Fiscal Year 2026 (2025)". */
  private revocationText(i: Instrument): string {
    const { by, on } = i.revoked!;
    const revoker = this.instruments.get(by);
    const name = !revoker ? by : revoker.kind === 'us-eo' ? `EO ${revoker.number}` : revoker.title;
    return `${i.kind === 'us-act' ? 'repealed' : 'revoked'} by ${name} (${on.slice(0, 4)})`;
  }

  /** The curated name of a jurisdiction a list writes this way ("Korea, North": North Korea). */
  private jurisdictionNamed(listed: string): string | undefined {
    if (!this.countryNames) {
      this.countryNames = new Map();
      for (const j of this.jurisdictions.values()) for (const n of j.listCountryNames) this.countryNames.set(n.toLowerCase(), j.name);
    }
    return this.countryNames.get(listed.toLowerCase());
  }

  /** `linkedPartyCount` of every jurisdiction, for packing (it reads every entity). */
  linkedPartyCounts(): Map<string, number> {
    return new Map(this.kb.curated.jurisdictions.map((j) => [j.id, this.linkedPartyCount(j)]));
  }

  /** Parties whose nationality, citizenship, country or address names the jurisdiction. */
  private linkedPartyCount(j: Jurisdiction): number {
    if (!this.linkedCounts) this.linkedCounts = new Map();
    const cached = this.linkedCounts.get(j.id);
    if (cached !== undefined) return cached;
    const names = j.listCountryNames.map((n) => n.toLowerCase()).filter(Boolean);
    let count = 0;
    for (const e of this.entities.values()) {
      const p = e.props;
      const fields = [...(p.nationality ?? []), ...(p.citizenship ?? []), ...(p.country ?? []), ...(p.address ?? [])];
      if (fields.some((f) => names.some((n) => f.toLowerCase().includes(n)))) count++;
    }
    this.linkedCounts.set(j.id, count);
    return count;
  }
}

export function splitId(id: string): [string, string] {
  const i = id.indexOf(':');
  return i < 0 ? ['', id] : [id.slice(0, i), id.slice(i + 1)];
}

const AUTHORITY_ORDER = ['UN', 'OFAC', 'EU', 'UK'];
function sortListings(l: CardListing[]): CardListing[] {
  return [...l].sort((a, b) => AUTHORITY_ORDER.indexOf(a.authority) - AUTHORITY_ORDER.indexOf(b.authority));
}

function dedupeLinks<T extends { url: string }>(links: T[]): T[] {
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.url) && seen.add(l.url));
}

/** Short names of the source publications, for as-of lines and listing heads. */
const SOURCE_SHORT: Record<string, string> = {
  un: 'UN list',
  'ofac-sdn': 'OFAC SDN',
  'ofac-nonsdn': 'OFAC non-SDN',
  'eu-fsf': 'EU list',
  'uk-sl': 'UK list',
  ofsi: 'UK OFSI list',
};

function shortTitle(s: SourceInfo): string {
  return s.list in SOURCE_SHORT ? s.title.replace(/^(UN|OFAC|EU|UK) /, '') : s.title;
}

/** A list read from a mirror the user set is named as such: its data is only as good as that mirror. */
function sourceAsOf(s: SourceInfo): string {
  return `${SOURCE_SHORT[s.list] ?? s.title} of ${s.date}${s.mirror ? ` (from the mirror ${s.mirror}, not the publisher)` : ''}`;
}

/** "Linked To: X" as OFAC writes it, when X is already shown as a fact. */
function isLinkedToNote(reason: string, linked: string[]): boolean {
  const m = /^Linked To:\s*(.+?)\.?$/i.exec(reason.trim());
  return !!m && (linked.length === 0 || m[1].split(/;\s*/).every((x) => linked.some((l) => l.toLowerCase() === x.toLowerCase())));
}

/** Names other than the title, each once whatever its case or punctuation, strong (matchable) names first. */
function aliasesOf(e: Designation): string[] {
  const ordered = [...e.names].sort((a, b) => Number(a.quality === 'weak') - Number(b.quality === 'weak'));
  return distinctNames(
    ordered.map((n) => n.value),
    [e.caption, displayName(e)],
  );
}

function distinctNames(names: string[], exclude: string[]): string[] {
  const key = (n: string) => n.toLowerCase().replace(/[\s'’‘`.,()-]+/g, ' ').trim();
  const seen = new Set(exclude.map(key));
  const out: string[] = [];
  for (const n of names) {
    const k = key(n);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(n);
    if (out.length >= MAX_ALIASES) break;
  }
  return out;
}

function distinguishing(e: Designation): string {
  const p = e.props;
  const bits = [
    SCHEMA_LABEL[e.schema] ?? e.schema,
    p.birthDate?.[0] && `born ${p.birthDate[0]}`,
    (p.nationality ?? p.citizenship ?? p.country)?.[0],
    p.imoNumber && `IMO ${p.imoNumber}`,
    [...new Set(e.sanctions.flatMap((s) => s.programs))].slice(0, 3).join(', '),
  ];
  return bits.filter(Boolean).join(' · ');
}
