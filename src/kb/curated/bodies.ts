/**
 * Sanctions authorities and monitors outside the UN system. Aliases are kept
 * specific (never a bare "Foreign Office" or "Treasury") so that ordinary
 * prose does not fire; all-caps short forms live in `acronyms`, matched in
 * their listed case only.
 */
import type { Body } from './types';

const MSMT_LAUNCH = 'https://www.gov.uk/government/news/joint-statement-on-establishing-multilateral-sanctions-monitoring-team-msmt';
const MSMT_SECOND_REPORT =
  'https://www.state.gov/releases/office-of-the-spokesperson/2025/10/joint-statement-of-the-multilateral-sanctions-monitoring-team-msmt-on-the-report-covering-dprk-cyber-and-it-worker-activities';

export const otherBodies: Body[] = [
  {
    id: 'msmt',
    kind: 'monitoring-team',
    name: 'Multilateral Sanctions Monitoring Team',
    aliases: ['Multilateral Sanctions Monitoring Team'],
    acronyms: ['MSMT'],
    regime: 'un-1718',
    summary:
      'A group of eleven states (Australia, Canada, France, Germany, Italy, Japan, the Netherlands, New Zealand, South Korea, the UK and the US) that reports on breaches of UN sanctions on North Korea.',
    mandate:
      'Monitors and publicly reports violations and evasion of the UN Security Council sanctions on North Korea, filling the gap left when the 1718 Committee\u2019s Panel of Experts was disbanded.',
    status: 'active',
    statusNote:
      'Launched in October 2024 outside the UN after Russia\u2019s March 2024 veto ended the Panel of Experts; first report (North Korea\u2013Russia military cooperation) May 2025, second (cyber and IT workers) October 2025.',
    url: MSMT_LAUNCH,
    sources: [MSMT_LAUNCH, MSMT_SECOND_REPORT],
  },
  {
    id: 'ofac',
    kind: 'agency',
    name: 'Office of Foreign Assets Control',
    aliases: ['Office of Foreign Assets Control', "Treasury's Office of Foreign Assets Control", 'Treasury\u2019s Office of Foreign Assets Control', 'Treasury Department\u2019s Office of Foreign Assets Control', "Treasury Department's Office of Foreign Assets Control"],
    acronyms: ['OFAC'],
    authority: 'OFAC',
    summary: 'The US Treasury office that administers and enforces US economic and trade sanctions and publishes the SDN list.',
    mandate:
      'Designates people, firms, vessels and aircraft under US sanctions programmes, issues licences and guidance, and penalises violations.',
    status: 'active',
    url: 'https://ofac.treasury.gov/',
    sources: ['https://ofac.treasury.gov/', 'https://ofac.treasury.gov/faqs/886'],
  },
  {
    id: 'ofsi',
    kind: 'agency',
    name: 'Office of Financial Sanctions Implementation',
    aliases: ['Office of Financial Sanctions Implementation'],
    acronyms: ['OFSI'],
    authority: 'UK',
    summary: 'Part of HM Treasury; it implements and enforces UK financial sanctions.',
    mandate:
      'Issues licences and guidance on UK asset freezes, receives reports of frozen assets and imposes penalties for breaches of financial sanctions.',
    status: 'active',
    statusNote: 'OFSI\u2019s own Consolidated List closed on 28 January 2026; the FCDO\u2019s UK Sanctions List is now the single official UK list.',
    url: 'https://www.gov.uk/government/organisations/office-of-financial-sanctions-implementation',
    sources: ['https://www.gov.uk/government/organisations/office-of-financial-sanctions-implementation'],
  },
  {
    id: 'otsi',
    kind: 'agency',
    name: 'Office of Trade Sanctions Implementation',
    aliases: ['Office of Trade Sanctions Implementation'],
    acronyms: ['OTSI'],
    authority: 'UK',
    summary: 'The UK Department for Business and Trade unit that enforces trade sanctions through civil penalties.',
    mandate: 'Investigates breaches of UK trade sanctions (such as bans on exporting goods or services to Russia) and imposes civil penalties.',
    status: 'active',
    url: 'https://www.gov.uk/government/organisations/office-of-trade-sanctions-implementation',
    sources: ['https://www.gov.uk/government/organisations/office-of-trade-sanctions-implementation'],
  },
  {
    id: 'fcdo-sanctions-directorate',
    kind: 'agency',
    name: 'Foreign, Commonwealth and Development Office Sanctions Directorate',
    aliases: ['FCDO Sanctions Directorate', 'Foreign, Commonwealth & Development Office\u2019s Sanctions Directorate', 'Foreign, Commonwealth and Development Office Sanctions Directorate'],
    acronyms: [],
    authority: 'UK',
    summary: 'The part of the UK Foreign Office that makes most UK sanctions designations and publishes the UK Sanctions List.',
    mandate: 'Leads UK sanctions policy, designates people and entities under most UK regimes and maintains the UK Sanctions List.',
    status: 'active',
    url: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
    sources: ['https://www.gov.uk/government/publications/the-uk-sanctions-list', 'https://www.gov.uk/government/publications/lebanon-sanctions-guidance/lebanon-sanctions-guidance'],
  },
  {
    id: 'eu-council',
    kind: 'council',
    name: 'Council of the European Union',
    aliases: ['Council of the European Union', 'Council of the EU', 'EU Council', 'Foreign Affairs Council'],
    acronyms: [],
    authority: 'EU',
    summary: 'The EU institution of member-state governments; it adopts EU sanctions by unanimity.',
    mandate: 'Adopts the CFSP decisions and regulations that create EU sanctions regimes, and lists and delists people and entities.',
    status: 'active',
    url: 'https://www.consilium.europa.eu/en/policies/sanctions/',
    sources: ['https://www.consilium.europa.eu/en/policies/sanctions/', 'https://www.consilium.europa.eu/en/policies/sanctions-against-russia/timeline-sanctions-against-russia/'],
  },
  {
    id: 'eu-dg-fisma',
    kind: 'agency',
    name: 'European Commission Directorate-General for Financial Stability, Financial Services and Capital Markets Union',
    aliases: ['Directorate-General for Financial Stability, Financial Services and Capital Markets Union'],
    acronyms: ['DG FISMA'],
    authority: 'EU',
    summary: 'The European Commission department that oversees how EU sanctions are applied and publishes the EU consolidated financial sanctions list.',
    mandate: 'Drafts sanctions regulations with the EEAS, monitors implementation by member states and maintains the Financial Sanctions Files.',
    status: 'active',
    url: 'https://ec.europa.eu/info/departments/financial-stability-financial-services-and-capital-markets-union_en',
    sources: ['https://ec.europa.eu/info/departments/financial-stability-financial-services-and-capital-markets-union_en'],
  },
  {
    id: 'bis',
    kind: 'agency',
    name: 'Bureau of Industry and Security',
    aliases: ['Bureau of Industry and Security', "Commerce Department's Bureau of Industry and Security", 'Commerce Department\u2019s Bureau of Industry and Security'],
    // "BIS" is left out of acronyms: it is also the Bank for International Settlements.
    acronyms: [],
    summary: 'The US Commerce Department agency that runs export controls, including the Entity List and the export restrictions on Russia.',
    mandate: 'Administers the Export Administration Regulations, licenses exports of dual-use items and lists foreign parties on the Entity List.',
    status: 'active',
    statusNote: 'An export-control authority rather than a sanctions office; its Entity List is separate from OFAC\u2019s lists.',
    url: 'https://www.federalregister.gov/agencies/industry-and-security-bureau',
    sources: ['https://www.federalregister.gov/agencies/industry-and-security-bureau'],
  },
];
