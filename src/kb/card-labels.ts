import type { Instrument } from './curated/types';

/** What a card calls each kind of listed party and of curated instrument. */
export const SCHEMA_LABEL: Record<string, string> = {
  Person: 'Person',
  Organization: 'Organisation',
  Company: 'Company',
  Vessel: 'Vessel',
  Airplane: 'Aircraft',
};

export const INSTRUMENT_KIND_LABEL: Record<Instrument['kind'], string> = {
  unscr: 'UN Security Council resolution',
  'eu-regulation': 'EU Council regulation',
  'eu-decision': 'EU Council decision',
  'eu-package': 'EU sanctions package',
  'us-eo': 'US executive order',
  'us-act': 'US act of Congress',
  'uk-regulations': 'UK sanctions regulations',
};
