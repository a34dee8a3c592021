/** The whole curated layer, as kb:build bundles it. */
import type { CuratedLayer } from './types';
import { unBodies, unRegimes, unResolutions } from './un';
import { ofacProgrammes, ofacRegimes, usInstruments } from './us';
import { euInstruments, euRegimes } from './eu';
import { ukInstruments, ukRegimes } from './uk';
import { jurisdictions } from './jurisdictions';
import { otherBodies } from './bodies';

export function curatedLayer(): CuratedLayer {
  return {
    regimes: [...unRegimes, ...ofacRegimes, ...euRegimes, ...ukRegimes],
    instruments: [...unResolutions, ...usInstruments, ...euInstruments, ...ukInstruments],
    programmes: [...ofacProgrammes],
    jurisdictions: [...jurisdictions],
    bodies: [...unBodies, ...otherBodies],
  };
}
