import type { KnowledgeBase } from '../../../src/kb/bundle';
import type { Body, Instrument, Jurisdiction, Regime } from '../../../src/kb/curated/types';
import type { Designation, EntityName, EntitySchema, EntityProps } from '../../../src/kb/model';
import { createLexicon, createRecognizer, type Mention } from '../../../src/recognition/recognizer';

export function entity(id: string, schema: EntitySchema, names: (string | EntityName)[], props: EntityProps = {}): Designation {
  const list: EntityName[] = names.map((n, i) =>
    typeof n === 'string' ? { value: n, quality: 'strong', kind: i === 0 ? 'primary' : 'alias' } : n,
  );
  return { id, schema, names: list, sanctions: [], props, caption: list[0].value, sourceRecords: [id] };
}

const J = (id: string, name: string, officialName: string, aliases: string[]): Jurisdiction => ({
  id, name, officialName, aliases, summary: '', measures: [], listCountryNames: [], sources: [],
});
const B = (id: string, kind: Body['kind'], name: string, aliases: string[], acronyms: string[], regime?: string): Body => ({
  id, kind, name, aliases, acronyms, regime, summary: '', mandate: '', status: 'active', url: 'https://example.org', sources: [],
});

export const jurisdictions: Jurisdiction[] = [
  J('kp', 'North Korea', "Democratic People's Republic of Korea", ['North Korea', 'DPRK', 'D.P.R.K.']),
  J('ir', 'Iran', 'Islamic Republic of Iran', ['Iran']),
  J('ru', 'Russia', 'Russian Federation', ['Russia']),
  J('sy', 'Syria', 'Syrian Arab Republic', ['Syria']),
  J('sd', 'Sudan', 'Republic of the Sudan', []),
  J('ss', 'South Sudan', 'Republic of South Sudan', []),
];
export const bodies: Body[] = [
  B('unsc', 'council', 'United Nations Security Council', ['Security Council', 'UN Security Council', 'United Nations Security Council'], ['UNSC']),
  B('un-1718-committee', 'committee', 'Security Council Committee established pursuant to resolution 1718 (2006)', ['1718 Committee'], [], 'un-1718'),
  B('un-1718-panel', 'panel', 'Panel of Experts established pursuant to resolution 1874 (2009)', ['DPRK Panel of Experts'], [], 'un-1718'),
  B('un-2140-panel', 'panel', 'Panel of Experts on Yemen', ['Panel of Experts on Yemen'], [], 'un-2140'),
  B('ofac', 'agency', 'Office of Foreign Assets Control', ['Office of Foreign Assets Control'], ['OFAC']),
  B('msmt', 'monitoring-team', 'Multilateral Sanctions Monitoring Team', [], ['MSMT']),
];
const I = (id: string, kind: Instrument['kind'], number: string, title: string, aliases?: string[]): Instrument => ({
  id, kind, number, title, aliases, summary: '', url: 'https://example.org', sources: [],
});
export const instruments: Instrument[] = [
  I('unscr-1718', 'unscr', '1718', 'Security Council resolution 1718 (2006)'),
  I('unscr-2397', 'unscr', '2397', 'Security Council resolution 2397 (2017)'),
  I('eu-reg-833-2014', 'eu-regulation', '833/2014', 'Council Regulation (EU) No 833/2014'),
  I('eu-package-17', 'eu-package', '17', 'EU 17th sanctions package'),
  I('us-eo-14024', 'us-eo', '14024', 'Executive Order 14024'),
  I('us-act-caatsa', 'us-act', 'Pub. L. 115-44', "Countering America's Adversaries Through Sanctions Act", ['CAATSA']),
  I('us-act-caesar', 'us-act', 'Pub. L. 116-92', 'Caesar Syria Civilian Protection Act of 2019', ['Caesar Act', 'Caesar Syria Civilian Protection Act']),
];
const regimes: Regime[] = [
  { id: 'un-1718', authority: 'UN', name: 'DPRK', listCodes: [], establishedBy: ['unscr-1718'], target: '', jurisdictions: ['kp'], measures: [], measuresText: '', status: 'active', summary: '', sources: [] },
];

export function kbOf(entities: Designation[]): KnowledgeBase {
  return {
    format: 1, version: 'test+0', builtAt: '2026-01-01', sources: [], entities,
    curated: { regimes, instruments, programmes: [], jurisdictions, bodies },
  };
}

export const lexicon = createLexicon({
  words: ['justice', 'sierra', 'maria', 'hidden', 'cobra', 'guardians', 'peace', 'zinc', 'group', 'star', 'golden', 'september', 'the', 'of'],
  givenNames: ['maria', 'bella', 'john', 'ali', 'kim', 'jin'],
});

export function scanWith(entities: Designation[], text: string): Mention[] {
  return createRecognizer(kbOf(entities), lexicon).scan(text);
}

export const spans = (ms: Mention[]) => ms.map((m) => `${m.category}:${m.text}`);
