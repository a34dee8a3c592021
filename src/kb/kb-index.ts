/**
 * Look-ups over one loaded knowledge base: entities by id, curated records by
 * id, and the card for any mention. Built once per knowledge-base version.
 */
import type { KnowledgeBase } from './bundle';
import type { Designation, Sanction } from './model';
import type { Body, Instrument, Jurisdiction, Programme, Regime } from './curated/types';
import { citationFor, safeLink, type CardData, type CardFact, type CardListing, type CardCandidate } from './cards';

const SCHEMA_LABEL: Record<string, string> = {
  Person: 'Person',
  Organization: 'Organisation',
  Company: 'Company',
  Vessel: 'Vessel',
  Airplane: 'Aircraft',
};

const INSTRUMENT_KIND_LABEL: Record<Instrument['kind'], string> = {
  unscr: 'UN Security Council resolution',
  'eu-regulation': 'EU Council regulation',
  'eu-decision': 'EU Council decision',
  'eu-package': 'EU sanctions package',
  'us-eo': 'US executive order',
  'us-act': 'US act of Congress',
  'uk-regulations': 'UK sanctions regulations',
};

const MAX_ALIASES = 6;

export class KbIndex {
  readonly entities = new Map<string, Designation>();
  readonly jurisdictions = new Map<string, Jurisdiction>();
  readonly bodies = new Map<string, Body>();
  readonly instruments = new Map<string, Instrument>();
  readonly regimes = new Map<string, Regime>();
  readonly programmes = new Map<string, Programme>();
  readonly asOf: string;
  private linkedCounts?: Map<string, number>;

  constructor(readonly kb: KnowledgeBase) {
    for (const e of kb.entities) this.entities.set(e.id, e);
    for (const j of kb.curated.jurisdictions) this.jurisdictions.set(j.id, j);
    for (const b of kb.curated.bodies) this.bodies.set(b.id, b);
    for (const i of kb.curated.instruments) this.instruments.set(i.id, i);
    for (const r of kb.curated.regimes) this.regimes.set(r.id, r);
    for (const p of kb.curated.programmes) this.programmes.set(`${p.authority}:${p.code}`, p);
    this.asOf = kb.sources.map((s) => `${s.authority} ${s.list} ${s.date}`).join(' · ');
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
      default:
        return this.entities.get(id)?.caption;
    }
  }

  authoritiesOf(id: string): string[] {
    const e = this.entities.get(id);
    if (e) return [...new Set(e.sanctions.map((s) => s.authority))];
    const [kind, key] = splitId(id);
    if (kind === 'jurisdiction') return [...new Set(this.jurisdictions.get(key)?.measures.map((m) => m.authority) ?? [])];
    if (kind === 'body') {
      const a = this.bodies.get(key)?.authority;
      return a ? [a] : [];
    }
    return [];
  }

  card(id: string, text: string, opts: { possible?: boolean; candidates?: string[] } = {}): CardData | null {
    const [kind, key] = splitId(id);
    let card: Omit<CardData, 'citation' | 'asOf' | 'kbVersion' | 'candidates' | 'possible'> | null;
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
      .map((e) => ({ entity: e.id, title: e.caption, detail: distinguishing(e) }));
    const full = {
      ...card,
      possible: !!opts.possible || candidates.length > 0,
      candidates,
      asOf: this.asOf,
      kbVersion: this.kb.version,
    };
    return { ...full, citation: citationFor(full) };
  }

  programmeName(authority: string, code: string): string {
    const p = this.programmes.get(`${authority}:${code}`);
    return p ? `${code} (${p.name})` : code;
  }

  private designationCard(id: string) {
    const e = this.entities.get(id);
    if (!e) return null;
    const p = e.props;
    const facts: CardFact[] = [];
    const add = (label: string, v: string | string[] | undefined) => {
      const value = Array.isArray(v) ? v.filter(Boolean).join('; ') : v;
      if (value) facts.push({ label, value });
    };
    add('Date of birth', p.birthDate);
    add('Place of birth', p.birthPlace);
    add('Nationality', p.nationality ?? p.citizenship);
    add('Country', e.schema === 'Person' ? undefined : p.country);
    add('Position', p.position);
    add('IMO number', p.imoNumber);
    add('Flag', p.flag);
    add('Vessel type', p.vesselType);
    add('Aircraft', [p.aircraftModel, p.aircraftSerial].filter(Boolean).join(', '));
    add('UN reference', p.unscId);
    add('Identifiers', p.identifiers?.slice(0, 4).map((i) => `${i.type} ${i.value}${i.country ? ` (${i.country})` : ''}`));
    add('Linked to', p.linkedTo?.slice(0, 4));
    const listings: CardListing[] = e.sanctions.map((s) => this.listing(s));
    const aliases = [...new Set(e.names.filter((n) => n.value !== e.caption).map((n) => n.value))].slice(0, MAX_ALIASES);
    const links = e.sanctions.map((s) => safeLink(`${s.authority} listing ${s.sourceId}`, s.sourceUrl)).filter((l) => !!l);
    return {
      entity: id,
      category: 'designated' as const,
      title: e.caption,
      kind: SCHEMA_LABEL[e.schema] ?? e.schema,
      known: true,
      summary: e.sanctions.find((s) => s.reason)?.reason,
      facts,
      listings: sortListings(listings),
      aliases,
      links: dedupeLinks(links),
    };
  }

  private listing(s: Sanction): CardListing {
    return {
      authority: s.authority,
      list: s.list,
      programmes: s.programs.map((code) => this.programmeName(s.authority, code)),
      since: s.listingDate,
      reason: s.reason,
      reference: s.sourceId,
      link: safeLink('Official listing', s.sourceUrl),
    };
  }

  private jurisdictionCard(id: string, key: string) {
    const j = this.jurisdictions.get(key);
    if (!j) return null;
    const listings: CardListing[] = j.measures.map((m) => ({
      authority: m.authority,
      list: m.regimes.map((r) => this.regimes.get(r)?.name ?? r).join('; ') || 'Measures',
      programmes: [],
      reason: m.text,
    }));
    const linked = this.linkedPartyCount(j);
    const facts: CardFact[] = [{ label: 'Official name', value: j.officialName }];
    facts.push({ label: 'Listed parties linked', value: String(linked) });
    return {
      entity: id,
      category: 'jurisdiction' as const,
      title: j.name,
      kind: 'Jurisdiction under sanctions',
      known: true,
      summary: j.summary,
      facts,
      listings: sortListings(listings),
      aliases: j.aliases.filter((a) => a !== j.name).slice(0, MAX_ALIASES),
      links: dedupeLinks(j.sources.map((u) => safeLink('Source', u)).filter((l) => !!l)),
    };
  }

  private bodyCard(id: string, key: string) {
    const b = this.bodies.get(key);
    if (!b) return null;
    const facts: CardFact[] = [
      { label: 'Mandate', value: b.mandate },
      { label: 'Status', value: b.statusNote ? `${b.status}: ${b.statusNote}` : b.status },
    ];
    const regime = b.regime ? this.regimes.get(b.regime) : undefined;
    if (regime) facts.push({ label: 'Regime', value: regime.name });
    return {
      entity: id,
      category: 'body' as const,
      title: b.name,
      kind: 'Sanctions body',
      known: true,
      summary: b.summary,
      facts,
      listings: [],
      aliases: [...b.acronyms, ...b.aliases].filter((a) => a !== b.name).slice(0, MAX_ALIASES),
      links: dedupeLinks([safeLink('Official page', b.url), ...b.sources.map((u) => safeLink('Source', u))].filter((l) => !!l)),
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
      };
    }
    const facts: CardFact[] = [{ label: 'Number', value: i.number }];
    if (i.year) facts.push({ label: 'Year', value: String(i.year) });
    if (i.adopted) facts.push({ label: 'Adopted', value: i.adopted });
    if (i.vote) facts.push({ label: 'Vote', value: i.vote });
    const regime = i.regime ? this.regimes.get(i.regime) : undefined;
    if (regime) facts.push({ label: 'Regime', value: regime.name });
    return {
      entity: id,
      category: 'instrument' as const,
      title: i.title,
      kind: INSTRUMENT_KIND_LABEL[i.kind],
      known: true,
      summary: i.summary,
      facts,
      listings: [],
      aliases: (i.aliases ?? []).slice(0, MAX_ALIASES),
      links: dedupeLinks([safeLink('Official text', i.url), ...i.sources.map((u) => safeLink('Source', u))].filter((l) => !!l)),
    };
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
