/**
 * Which curated terms (end dates of measures and mandates) a card carries: those of the
 * regimes it is about and of the bodies that serve them. The card carries the dates, not
 * a verdict: whether a term has run out is decided where it is shown (validity.ts).
 */
import type { Body, Instrument, Regime, Term } from './curated/types';
import type { CardTerm } from './validity';

export interface TermSources {
  regimes: ReadonlyMap<string, Regime>;
  bodies: ReadonlyMap<string, Body>;
  instruments: ReadonlyMap<string, Instrument>;
}

/** "resolution 2781 (2025)", "Council Decision (CFSP) 2025/2436", or the id when the KB lacks it. */
function setByName(id: string, instruments: ReadonlyMap<string, Instrument>): string {
  const i = instruments.get(id);
  if (!i) return id;
  return i.kind === 'unscr' ? `resolution ${i.number} (${i.year})` : i.title;
}

function cardTerm(t: Term, src: TermSources): CardTerm {
  return { what: t.what, ...(t.until ? { until: t.until } : {}), setBy: setByName(t.setBy, src.instruments), ...(t.note ? { note: t.note } : {}) };
}

/** The terms of the given regimes (and of their panels, for cards about the regime itself), each once. */
export function regimeCardTerms(regimeIds: Iterable<string>, src: TermSources, withPanels = true): CardTerm[] {
  const out: CardTerm[] = [];
  const seen = new Set<string>();
  const push = (t: Term) => {
    const key = `${t.what}|${t.until ?? ''}|${t.setBy}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(cardTerm(t, src));
  };
  for (const id of regimeIds) {
    const r = src.regimes.get(id);
    if (!r) continue;
    for (const t of r.terms ?? []) push(t);
    const panel = withPanels && r.panel ? src.bodies.get(r.panel)?.term : undefined;
    if (panel) push(panel);
  }
  return out;
}

/** A body's own mandate, else the terms of the regime it serves. */
export function bodyCardTerms(b: Body, src: TermSources): CardTerm[] {
  if (b.term) return [cardTerm(b.term, src)];
  return b.regime ? regimeCardTerms([b.regime], src, false) : [];
}

/** The regimes a listing's programme codes name, for the listings of a party. */
export function regimesOfProgrammes(listings: { authority: string; programs: string[] }[], regimes: Iterable<Regime>): string[] {
  const all = [...regimes];
  const ids = new Set<string>();
  for (const l of listings)
    for (const code of l.programs) for (const r of all) if (r.authority === l.authority && r.listCodes.includes(code)) ids.add(r.id);
  return [...ids];
}
