/**
 * Whether a curated term (a measure's, mandate's or listing period's end date) has run
 * out, decided against the day it is shown, never the day the data was built: a card
 * opened after the date says the measure ran out and that no renewal is on record in
 * this data, instead of presenting it as in force.
 */
import type { CuratedLayer, Term } from './curated/types';

/** A term as a card carries it: what runs out, when, and what set the date. */
export interface CardTerm {
  /** "South Sudan measures (arms embargo, asset freeze, travel ban)", "Panel of Experts mandate". */
  what: string;
  /** YYYY-MM-DD, absent when the setting instrument is known but not its end date. */
  until?: string;
  /** How the card names the instrument that set it: "resolution 2781 (2025)". */
  setBy: string;
  note?: string;
}

export type TermState = 'running' | 'ran-out' | 'unknown-end';

/** The local calendar day of a moment, YYYY-MM-DD: a measure "to 31 May" runs through that day where the reader is. */
export function localDay(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function termState(t: Pick<Term, 'until'>, today: string): TermState {
  if (!t.until) return 'unknown-end';
  return today > t.until ? 'ran-out' : 'running';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "31 May 2026" from "2026-05-31"; anything else as given. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/**
 * The one line a card, the popup, the export and a citation show for a term:
 * "South Sudan measures ran to 31 May 2026 — no renewal on record in this data (data of 8 December 2026)".
 */
export function termLine(t: CardTerm, today: string, dataOf: string): string {
  const data = `data of ${longDate(dataOf)}`;
  switch (termState(t, today)) {
    case 'ran-out':
      return `${t.what} ran to ${longDate(t.until!)} — no renewal on record in this data (${data})`;
    case 'running':
      return `${t.what} runs to ${longDate(t.until!)}, as set by ${t.setBy} (${data})`;
    default:
      return `${t.what}: renewed by ${t.setBy}; its end date is not in this data (${data})`;
  }
}

export interface ExpiredRecord {
  /** "regime" or "body", and its id and name. */
  kind: 'regime' | 'body';
  id: string;
  name: string;
  what: string;
  until: string;
  setBy: string;
}

/** Every curated term that has run out by `today` with no later one recorded: kb:stats' `expiredUnrenewed`. */
export function expiredUnrenewed(curated: CuratedLayer, today: string): ExpiredRecord[] {
  const out: ExpiredRecord[] = [];
  for (const r of curated.regimes)
    for (const t of r.terms ?? [])
      if (termState(t, today) === 'ran-out') out.push({ kind: 'regime', id: r.id, name: r.name, what: t.what, until: t.until!, setBy: t.setBy });
  for (const b of curated.bodies)
    if (b.term && termState(b.term, today) === 'ran-out')
      out.push({ kind: 'body', id: b.id, name: b.name, what: b.term.what, until: b.term.until!, setBy: b.term.setBy });
  return out;
}

/** A dated term of a regime or body, named for a list outside any card (the popup's knowledge-base section). */
export interface NamedTerm {
  /** The regime's or body's name. */
  name: string;
  what: string;
  until: string;
  setBy: string;
}

/** Every curated term with an end date: the popup judges them against its own today. */
export function datedTerms(curated: CuratedLayer): NamedTerm[] {
  const out: NamedTerm[] = [];
  for (const r of curated.regimes) for (const t of r.terms ?? []) if (t.until) out.push({ name: r.name, what: t.what, until: t.until, setBy: t.setBy });
  for (const b of curated.bodies) if (b.term?.until) out.push({ name: b.name, what: b.term.what, until: b.term.until, setBy: b.term.setBy });
  return out;
}
