import type { Sanction } from './model';
import { OFAC_LIST_TITLES } from './parsers/ofac-csv';
import { OFSI_LIST_TITLE } from './parsers/ofsi-csv';

/** The SourceInfo.list key of the list a listing comes from. */
export function sanctionListKey(s: Sanction): string {
  switch (s.authority) {
    case 'UN':
      return 'un';
    case 'OFAC':
      return s.list === OFAC_LIST_TITLES.nonsdn ? 'ofac-nonsdn' : 'ofac-sdn';
    case 'EU':
      return 'eu-fsf';
    case 'UK':
      return s.list === OFSI_LIST_TITLE ? 'ofsi' : 'uk-sl';
  }
}
