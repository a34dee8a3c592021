/** The whole curated layer, as kb:build bundles it. */
import type { CuratedLayer } from './types';
import { unBodies, unRegimes, unResolutions } from './un';
import { ofacProgrammes, ofacRegimes, usInstruments } from './us';
import { euInstruments, euRegimes } from './eu';
import { ukInstruments, ukRegimes } from './uk';
import { jurisdictions } from './jurisdictions';
import { otherBodies } from './bodies';
import { bodyTerms, regimeTerms } from './terms';
import type { Body, Regime } from './types';

/** The day the curated records were last audited against their sources (issue #26). */
export const CURATED_CHECKED_ON = '2026-12-08';

function withRegimeTerms(r: Regime): Regime {
  const terms = regimeTerms[r.id];
  return terms ? { ...r, terms } : r;
}

function withBodyTerm(b: Body): Body {
  const term = bodyTerms[b.id];
  return term ? { ...b, term } : b;
}

export function curatedLayer(): CuratedLayer {
  return {
    checkedOn: CURATED_CHECKED_ON,
    regimes: [...unRegimes, ...ofacRegimes, ...euRegimes, ...ukRegimes].map(withRegimeTerms),
    instruments: [...unResolutions, ...usInstruments, ...euInstruments, ...ukInstruments],
    programmes: [...ofacProgrammes],
    jurisdictions: [...jurisdictions],
    bodies: [...unBodies, ...otherBodies].map(withBodyTerm),
  };
}
