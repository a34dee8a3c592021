/** The shape in which the curated files write a regime, and the one way it becomes a `Regime`. */
import type { Authority } from '../model';
import type { Measure, Regime } from './types';

export interface RegimeSeed {
  id: string;
  name: string;
  /** The regime's codes on its list (`Regime.listCodes`). */
  codes: string[];
  establishedBy: string[];
  latest?: string;
  target: string;
  jurisdictions: string[];
  measures: Measure[];
  measuresText: string;
  summary: string;
  status?: 'active' | 'ended';
  ended?: string;
}

export function regimeFromSeed(authority: Authority, seed: RegimeSeed, sources: string[]): Regime {
  const regime: Regime = {
    id: seed.id,
    authority,
    name: seed.name,
    listCodes: seed.codes,
    establishedBy: seed.establishedBy,
    target: seed.target,
    jurisdictions: seed.jurisdictions,
    measures: seed.measures,
    measuresText: seed.measuresText,
    status: seed.status ?? 'active',
    summary: seed.summary,
    sources,
  };
  if (seed.latest) regime.latest = seed.latest;
  if (seed.ended) regime.ended = seed.ended;
  return regime;
}
