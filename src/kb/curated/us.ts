/**
 * United States: OFAC programme codes as the SDN and non-SDN files write them,
 * the OFAC programme groups they belong to, and the executive orders and acts
 * behind them. Facts checked against OFAC programme pages, the Federal
 * Register and congress.gov; wording is ours.
 */
import type { Instrument, Programme, Regime } from './types';
import { regimeFromSeed, type RegimeSeed } from './regime-seed';

const OFAC_TAGS =
  'https://ofac.treasury.gov/specially-designated-nationals-list-sdn-list/program-tag-definitions-for-ofac-sanctions-lists';
const OFAC_OTHER_LISTS = 'https://ofac.treasury.gov/other-ofac-sanctions-lists';

function ofacPage(slug: string): string {
  return `https://ofac.treasury.gov/sanctions-programs-and-country-information/${slug}`;
}

/** Federal Register keeps a stable redirect from an EO number to its published text. */
function federalRegister(eoNumber: string): string {
  return `https://www.federalregister.gov/executive-order/${eoNumber}`;
}

function congressBill(congress: number, kind: 'house-bill' | 'senate-bill', bill: number): string {
  const suffix = congress % 10 === 1 && congress % 100 !== 11 ? 'st' : congress % 10 === 2 && congress % 100 !== 12 ? 'nd' : congress % 10 === 3 && congress % 100 !== 13 ? 'rd' : 'th';
  return `https://www.congress.gov/bill/${congress}${suffix}-congress/${kind}/${bill}`;
}

// --- Programme groups (OFAC's own "sanctions programs") ---------------------

interface OfacRegimeSeed extends RegimeSeed {
  /** The programme's page on ofac.treasury.gov. */
  slug: string;
}

function ofacRegime(seed: OfacRegimeSeed): Regime {
  return regimeFromSeed('OFAC', seed, [ofacPage(seed.slug), OFAC_TAGS]);
}

export const ofacRegimes: Regime[] = [
  ofacRegime({
    id: 'ofac-russia-harmful-activities',
    name: 'Russian Harmful Foreign Activities Sanctions',
    slug: 'russian-harmful-foreign-activities-sanctions',
    codes: ['RUSSIA-EO14024', 'BPI-RUSSIA-EO14024', 'PEESA-EO14039'],
    establishedBy: ['us-eo-14024'],
    latest: 'us-eo-14114',
    target: 'the Russian government, its economy and people who support its harmful activities abroad',
    jurisdictions: ['ru'],
    measures: ['asset freeze', 'financial', 'trade', 'sectoral'],
    measuresText:
      'blocking of designated people and firms, bans on importing Russian oil, gas, coal and luxury goods, bans on new investment and some services, secondary sanctions risk for foreign banks',
    summary:
      'The main US programme against Russia since 2021, widened after the 2022 invasion of Ukraine to cover most of the Russian economy.',
  }),
  ofacRegime({
    id: 'ofac-ukraine-russia',
    name: 'Ukraine-/Russia-Related Sanctions',
    slug: 'ukraine-russia-related-sanctions',
    codes: ['UKRAINE-EO13660', 'UKRAINE-EO13661', 'UKRAINE-EO13662', 'UKRAINE-EO13685', 'RUSSIA-EO14065', 'SSIDES', 'CAATSA - RUSSIA'],
    establishedBy: ['us-eo-13660'],
    latest: 'us-eo-14065',
    target: 'people undermining Ukraine, Russian officials and sectors, and the occupied Crimea, Donetsk and Luhansk regions',
    jurisdictions: ['ru', 'crimea', 'donetsk-luhansk'],
    measures: ['asset freeze', 'sectoral', 'trade', 'financial'],
    measuresText:
      'blocking of designated people and firms, sectoral debt and equity limits on major Russian banks and energy firms, embargoes on Crimea and the so-called DNR and LNR regions',
    summary:
      'The 2014 US programme begun after Russia seized Crimea; it also carries the comprehensive embargoes on Crimea and on the Donetsk and Luhansk regions.',
  }),
  ofacRegime({
    id: 'ofac-north-korea',
    name: 'North Korea Sanctions',
    slug: 'north-korea-sanctions',
    codes: ['DPRK', 'DPRK2', 'DPRK3', 'DPRK4', 'DPRK-NKSPEA'],
    establishedBy: ['us-eo-13466'],
    latest: 'us-eo-13810',
    target: 'the North Korean government, the Workers\u2019 Party of Korea and networks that fund its weapons programmes',
    jurisdictions: ['kp'],
    measures: ['asset freeze', 'trade', 'financial', 'maritime'],
    measuresText:
      'near-total embargo on trade, blocking of the government and designated people, vessels and banks, secondary sanctions on foreign banks',
    summary: 'A near-comprehensive US embargo on North Korea, built up by executive orders from 2008 and by statute in 2016 and 2017.',
  }),
  ofacRegime({
    id: 'ofac-iran',
    name: 'Iran Sanctions',
    slug: 'iran-sanctions',
    codes: [
      'IRAN', 'IRAN-TRA', 'IRAN-HR', 'IRAN-CON-ARMS-EO', 'IRAN-EO13846', 'IRAN-EO13871', 'IRAN-EO13876', 'IRAN-EO13902',
      'IFSR', 'IRGC', 'ISA', 'IFCA', 'HRIT-IR', 'FSE-IR', '561-Related', 'CAATSA - IRAN',
    ],
    establishedBy: ['us-eo-12959'],
    latest: 'us-eo-13902',
    target: 'the Iranian government, the IRGC, and Iran\u2019s oil, petrochemical, metals, shipping and financial sectors',
    jurisdictions: ['ir'],
    measures: ['asset freeze', 'trade', 'financial', 'sectoral', 'travel ban'],
    measuresText:
      'comprehensive trade embargo, blocking of the government, banks and designated people, secondary sanctions on foreign firms that deal in Iranian oil or with listed parties',
    summary: 'A comprehensive US embargo on Iran combined with many layers of designation-based and secondary sanctions.',
  }),
  ofacRegime({
    id: 'ofac-syria',
    name: 'Syria Sanctions (comprehensive programme, revoked)',
    slug: 'syria-sanctions',
    codes: ['SYRIA', 'SYRIA-CAESAR', 'HRIT-SY', 'FSE-SY'],
    establishedBy: ['us-eo-13338'],
    latest: 'us-eo-14312',
    target: 'the Assad government and those supporting it',
    jurisdictions: ['sy'],
    measures: ['asset freeze', 'trade', 'financial'],
    measuresText: 'trade embargo and blocking of the Syrian government and designated people (revoked from 1 July 2025)',
    status: 'ended',
    ended: '2025-07-01',
    summary:
      'The broad US embargo on Syria, lifted by Executive Order 14312 after the fall of the Assad government; sanctions on Assad and his circle continue under the PAARSS programme.',
  }),
  ofacRegime({
    id: 'ofac-syria-paarss',
    name: 'Promoting Accountability for Assad and Regional Stabilization Sanctions (PAARSS)',
    slug: 'paarss',
    codes: ['PAARSSR-EO13894', 'SYRIA-EO13894'],
    establishedBy: ['us-eo-13894'],
    latest: 'us-eo-14312',
    target: 'Bashar al-Assad, his associates and others who destabilise Syria',
    jurisdictions: ['sy'],
    measures: ['asset freeze', 'travel ban'],
    measuresText: 'blocking of designated people and firms; entry ban for designated individuals',
    summary: 'The remaining US Syria-related programme after July 2025, based on Executive Order 13894 as amended.',
  }),
  ofacRegime({
    id: 'ofac-cuba',
    name: 'Cuba Sanctions',
    slug: 'cuba-sanctions',
    codes: ['CUBA', 'CUBA-EO14404'],
    establishedBy: [],
    target: 'the Cuban government and trade with Cuba',
    jurisdictions: ['cu'],
    measures: ['trade', 'financial', 'asset freeze'],
    measuresText: 'comprehensive embargo on trade, travel-related and financial dealings with Cuba under the Cuban Assets Control Regulations',
    summary: 'The longest-standing US embargo, administered under the Cuban Assets Control Regulations (31 CFR part 515).',
  }),
  ofacRegime({
    id: 'ofac-venezuela',
    name: 'Venezuela-Related Sanctions',
    slug: 'venezuela-related-sanctions',
    codes: ['VENEZUELA', 'VENEZUELA-EO13850', 'VENEZUELA-EO13884'],
    establishedBy: ['us-eo-13692'],
    latest: 'us-eo-13884',
    target: 'the Government of Venezuela, PdVSA and people responsible for repression and corruption',
    jurisdictions: ['ve'],
    measures: ['asset freeze', 'financial', 'sectoral'],
    measuresText: 'blocking of the Venezuelan government and designated people, limits on dealings in its debt, oil and gold sectors',
    summary: 'US sanctions on Venezuela, escalating from targeted listings in 2015 to blocking of the whole government in 2019.',
  }),
  ofacRegime({
    id: 'ofac-burma',
    name: 'Burma-Related Sanctions',
    slug: 'burma',
    codes: ['BURMA-EO14014'],
    establishedBy: ['us-eo-14014'],
    target: 'the Burmese military, its leaders and the firms that fund it',
    jurisdictions: ['mm'],
    measures: ['asset freeze', 'travel ban', 'financial'],
    measuresText: 'blocking of the military leadership and military-linked firms; entry ban',
    summary: 'US sanctions imposed after the February 2021 military coup in Burma (Myanmar).',
  }),
  ofacRegime({
    id: 'ofac-belarus',
    name: 'Belarus Sanctions',
    slug: 'belarus-sanctions',
    codes: ['BELARUS', 'BELARUS-EO14038'],
    establishedBy: ['us-eo-13405'],
    latest: 'us-eo-14038',
    target: 'the Lukashenka government, its officials and state-owned firms',
    jurisdictions: ['by'],
    measures: ['asset freeze'],
    measuresText: 'blocking of designated officials, state firms and people in listed sectors of the Belarusian economy',
    summary: 'US sanctions on Belarus over election fraud, repression and corruption, widened in 2021.',
  }),
  ofacRegime({
    id: 'ofac-balkans',
    name: 'Balkans-Related Sanctions',
    slug: 'balkans-related-sanctions',
    codes: ['BALKANS', 'BALKANS-EO14033'],
    establishedBy: ['us-eo-13219'],
    latest: 'us-eo-14033',
    target: 'people who undermine peace agreements, democracy or stability in the Western Balkans',
    jurisdictions: [],
    measures: ['asset freeze', 'travel ban'],
    measuresText: 'blocking of designated people and firms; entry ban',
    summary: 'US sanctions aimed at threats to the Dayton and Ohrid agreements and at corruption in the Western Balkans.',
  }),
  ofacRegime({
    id: 'ofac-car',
    name: 'Central African Republic Sanctions',
    slug: 'central-african-republic-sanctions',
    codes: ['CAR'],
    establishedBy: ['us-eo-13667'],
    target: 'armed groups and others fuelling the conflict in the Central African Republic',
    jurisdictions: ['cf'],
    measures: ['asset freeze', 'travel ban'],
    measuresText: 'blocking of designated people and groups; entry ban',
    summary: 'The US programme that mirrors and extends the UN sanctions on the Central African Republic.',
  }),
  ofacRegime({
    id: 'ofac-drc',
    name: 'Democratic Republic of the Congo-Related Sanctions',
    slug: 'democratic-republic-of-the-congo-related-sanctions',
    codes: ['DRCONGO'],
    establishedBy: ['us-eo-13413'],
    latest: 'us-eo-13671',
    target: 'armed-group leaders and others contributing to the conflict in the DRC',
    jurisdictions: ['cd'],
    measures: ['asset freeze'],
    measuresText: 'blocking of designated people and firms, including in the illicit minerals trade',
    summary: 'The US programme that implements and extends the UN sanctions on the Democratic Republic of the Congo.',
  }),
  ofacRegime({
    id: 'ofac-sudan',
    name: 'Sudan and Darfur Sanctions',
    slug: 'sudan-and-darfur-sanctions',
    codes: ['DARFUR', 'SUDAN-EO14098'],
    establishedBy: ['us-eo-13400'],
    latest: 'us-eo-14098',
    target: 'those fuelling the Darfur conflict and the war that began in April 2023',
    jurisdictions: ['sd'],
    measures: ['asset freeze', 'travel ban'],
    measuresText: 'blocking of designated people and firms, including leaders of the Sudanese Armed Forces and the Rapid Support Forces',
    summary: 'Targeted US sanctions on Sudan; the earlier comprehensive Sudan embargo was lifted in 2017.',
  }),
  ofacRegime({
    id: 'ofac-south-sudan',
    name: 'South Sudan-Related Sanctions',
    slug: 'south-sudan-related-sanctions',
    codes: ['SOUTH SUDAN'],
    establishedBy: ['us-eo-13664'],
    target: 'people who threaten peace or commit abuses in South Sudan',
    jurisdictions: ['ss'],
    measures: ['asset freeze', 'travel ban'],
    measuresText: 'blocking of designated people and firms; entry ban',
    summary: 'US sanctions on those who prolong the conflict in South Sudan.',
  }),
  ofacRegime({
    id: 'ofac-somalia',
    name: 'Somalia Sanctions',
    slug: 'somalia-sanctions',
    codes: ['SOMALIA'],
    establishedBy: ['us-eo-13536'],
    latest: 'us-eo-13620',
    target: 'al-Shabaab and others who threaten peace in Somalia',
    jurisdictions: ['so'],
    measures: ['asset freeze', 'trade'],
    measuresText: 'blocking of designated people and groups; ban on importing Somali charcoal',
    summary: 'The US programme that implements the UN Somalia sanctions.',
  }),
  ofacRegime({
    id: 'ofac-libya',
    name: 'Libya Sanctions',
    slug: 'libya-sanctions',
    codes: ['LIBYA2', 'LIBYA3'],
    establishedBy: ['us-eo-13566'],
    latest: 'us-eo-13726',
    target: 'Qadhafi-era figures and people who threaten Libya\u2019s peace or steal its oil',
    jurisdictions: ['ly'],
    measures: ['asset freeze', 'travel ban'],
    measuresText: 'blocking of designated people and firms; entry ban',
    summary: 'US sanctions on Libya begun in 2011 and widened in 2016 alongside the UN regime.',
  }),
  ofacRegime({
    id: 'ofac-yemen',
    name: 'Yemen-Related Sanctions',
    slug: 'yemen-related-sanctions',
    codes: ['YEMEN'],
    establishedBy: ['us-eo-13611'],
    target: 'people who threaten peace, security or stability in Yemen',
    jurisdictions: ['ye'],
    measures: ['asset freeze'],
    measuresText: 'blocking of designated people and firms (the Houthis themselves are listed under counter-terrorism authorities)',
    summary: 'The US country programme for Yemen; most Houthi-related listings use the counter-terrorism programme instead.',
  }),
  ofacRegime({
    id: 'ofac-lebanon',
    name: 'Lebanon-Related Sanctions',
    slug: 'lebanon-related-sanctions',
    codes: ['LEBANON'],
    establishedBy: ['us-eo-13441'],
    target: 'people who undermine Lebanon\u2019s sovereignty or democratic institutions',
    jurisdictions: ['lb'],
    measures: ['asset freeze'],
    measuresText: 'blocking of designated people and firms',
    summary: 'A small US country programme; Hizballah listings are made under counter-terrorism authorities.',
  }),
  ofacRegime({
    id: 'ofac-iraq',
    name: 'Iraq-Related Sanctions',
    slug: 'iraq-related-sanctions',
    codes: ['IRAQ2', 'IRAQ3'],
    establishedBy: ['us-eo-13315'],
    latest: 'us-eo-13438',
    target: 'former regime figures and people who threaten Iraq\u2019s stability',
    jurisdictions: ['iq'],
    measures: ['asset freeze'],
    measuresText: 'blocking of designated people and firms',
    summary: 'Residual US sanctions on senior figures of the former Iraqi regime and on those destabilising Iraq.',
  }),
  ofacRegime({
    id: 'ofac-mali',
    name: 'Mali-Related Sanctions',
    slug: 'mali-related-sanctions',
    codes: ['MALI-EO13882'],
    establishedBy: ['us-eo-13882'],
    target: 'people who threaten peace or commit abuses in Mali',
    jurisdictions: ['ml'],
    measures: ['asset freeze', 'travel ban'],
    measuresText: 'blocking of designated people; entry ban',
    summary: 'US sanctions on Mali, continued after the UN Mali regime ended in 2023.',
  }),
  ofacRegime({
    id: 'ofac-nicaragua',
    name: 'Nicaragua-Related Sanctions',
    slug: 'nicaragua-related-sanctions',
    codes: ['NICARAGUA', 'NICARAGUA-NHRAA'],
    establishedBy: ['us-eo-13851'],
    latest: 'us-eo-14088',
    target: 'the Ortega government, its officials and firms in sectors such as gold',
    jurisdictions: ['ni'],
    measures: ['asset freeze', 'travel ban'],
    measuresText: 'blocking of designated officials and firms; entry ban',
    summary: 'US sanctions on Nicaragua over repression, corruption and the undermining of democracy.',
  }),
  ofacRegime({
    id: 'ofac-counter-terrorism',
    name: 'Counter Terrorism Sanctions',
    slug: 'counter-terrorism-sanctions',
    codes: ['SDGT', 'FTO', 'HIFPAA', 'NS-PLC'],
    establishedBy: ['us-eo-13224'],
    target: 'terrorist groups, their leaders, financiers and supporters worldwide',
    jurisdictions: [],
    measures: ['asset freeze'],
    measuresText: 'blocking of designated people and groups; criminal liability for material support to Foreign Terrorist Organizations',
    summary: 'The global US counter-terrorism programme, built mainly on Executive Order 13224.',
  }),
  ofacRegime({
    id: 'ofac-counter-narcotics',
    name: 'Counter Narcotics Trafficking Sanctions',
    slug: 'counter-narcotics-trafficking-sanctions',
    codes: ['SDNT', 'SDNTK', 'ILLICIT-DRUGS-EO14059'],
    establishedBy: ['us-eo-12978'],
    latest: 'us-eo-14059',
    target: 'drug cartels, traffickers and those who help them',
    jurisdictions: [],
    measures: ['asset freeze'],
    measuresText: 'blocking of designated traffickers and their networks',
    summary: 'US sanctions on the international drug trade under three authorities: EO 12978, the Kingpin Act and EO 14059.',
  }),
  ofacRegime({
    id: 'ofac-tco',
    name: 'Transnational Criminal Organizations Sanctions',
    slug: 'transnational-criminal-organizations',
    codes: ['TCO'],
    establishedBy: ['us-eo-13581'],
    latest: 'us-eo-13863',
    target: 'major transnational criminal organisations and their members',
    jurisdictions: [],
    measures: ['asset freeze'],
    measuresText: 'blocking of designated groups and people',
    summary: 'US sanctions on organised crime groups that threaten US security.',
  }),
  ofacRegime({
    id: 'ofac-cyber',
    name: 'Cyber-Related Sanctions',
    slug: 'sanctions-related-to-significant-malicious-cyber-enabled-activities',
    codes: ['CYBER2', 'CYBER3', 'CYBER4'],
    establishedBy: ['us-eo-13694'],
    latest: 'us-eo-14306',
    target: 'people responsible for significant malicious cyber activity',
    jurisdictions: [],
    measures: ['asset freeze'],
    measuresText: 'blocking of designated hackers, ransomware groups and enablers',
    summary: 'The US programme against malicious cyber activity, begun in 2015 and amended several times since.',
  }),
  ofacRegime({
    id: 'ofac-global-magnitsky',
    name: 'Global Magnitsky Sanctions',
    slug: 'global-magnitsky-sanctions',
    codes: ['GLOMAG'],
    establishedBy: ['us-eo-13818'],
    target: 'perpetrators of serious human rights abuse and corruption anywhere',
    jurisdictions: [],
    measures: ['asset freeze', 'travel ban'],
    measuresText: 'blocking of designated people and firms; entry ban',
    summary: 'The US worldwide human-rights and anti-corruption programme, resting on the Global Magnitsky Act and EO 13818.',
  }),
  ofacRegime({
    id: 'ofac-magnitsky',
    name: 'Magnitsky Sanctions',
    slug: 'the-magnitsky-sanctions',
    codes: ['MAGNIT'],
    establishedBy: ['us-act-magnitsky'],
    target: 'people involved in the detention and death of Sergei Magnitsky and in gross abuses in Russia',
    jurisdictions: ['ru'],
    measures: ['asset freeze', 'travel ban'],
    measuresText: 'blocking of designated people; visa ban',
    summary: 'The original 2012 US Magnitsky programme, aimed at Russia.',
  }),
  ofacRegime({
    id: 'ofac-non-proliferation',
    name: 'Non-Proliferation Sanctions',
    slug: 'non-proliferation-sanctions',
    codes: ['NPWMD'],
    establishedBy: ['us-eo-13382'],
    target: 'proliferators of weapons of mass destruction and their supporters',
    jurisdictions: [],
    measures: ['asset freeze'],
    measuresText: 'blocking of designated people, firms and vessels',
    summary: 'The US programme against WMD proliferators, used heavily for Iranian and North Korean networks.',
  }),
  ofacRegime({
    id: 'ofac-election-interference',
    name: 'Foreign Interference in a United States Election Sanctions',
    slug: 'foreign-interference-in-a-united-states-election-sanctions',
    codes: ['ELECTION-EO13848'],
    establishedBy: ['us-eo-13848'],
    target: 'foreign people who interfere in US elections',
    jurisdictions: [],
    measures: ['asset freeze'],
    measuresText: 'blocking of designated people and firms',
    summary: 'US sanctions on foreign interference in US elections.',
  }),
  ofacRegime({
    id: 'ofac-hostages',
    name: 'Hostages and Wrongfully Detained U.S. Nationals Sanctions',
    slug: 'hostages-and-wrongfully-detained-us-nationals-sanctions',
    codes: ['HOSTAGES-EO14078'],
    establishedBy: ['us-eo-14078'],
    target: 'people involved in hostage-taking or wrongful detention of US nationals',
    jurisdictions: [],
    measures: ['asset freeze', 'travel ban'],
    measuresText: 'blocking of designated people and firms; entry ban',
    summary: 'US sanctions on those who take or wrongfully hold US nationals abroad.',
  }),
  ofacRegime({
    id: 'ofac-icc',
    name: 'International Criminal Court-Related Sanctions',
    slug: 'international-criminal-court-related-sanctions',
    codes: ['ICC-EO14203'],
    establishedBy: ['us-eo-14203'],
    target: 'ICC officials and others involved in ICC action against the US or allies that have not accepted its jurisdiction',
    jurisdictions: [],
    measures: ['asset freeze', 'travel ban'],
    measuresText: 'blocking of designated people; entry ban',
    summary: 'US sanctions, from February 2025, on people working on certain International Criminal Court cases.',
  }),
  ofacRegime({
    id: 'ofac-west-bank',
    name: 'West Bank-Related Sanctions (revoked)',
    slug: 'west-bank-related-sanctions',
    codes: ['WEST-BANK-EO14115'],
    establishedBy: ['us-eo-14115'],
    latest: 'us-eo-14148',
    target: 'people undermining peace and stability in the West Bank, including violent settlers',
    jurisdictions: [],
    measures: ['asset freeze'],
    measuresText: 'blocking of designated people and firms (revoked January 2025)',
    status: 'ended',
    ended: '2025-01-20',
    summary: 'A 2024 US programme against violence in the West Bank, revoked on 20 January 2025.',
  }),
];

// --- Programme codes --------------------------------------------------------

interface ProgrammeSeed {
  code: string;
  name: string;
  legalBasis: string[];
  regime?: string;
  jurisdictions?: string[];
  /** Extra official page checked besides the tag definitions. */
  page?: string;
}

function ofacProgramme(seed: ProgrammeSeed): Programme {
  const sources = [OFAC_TAGS];
  if (seed.page) sources.push(seed.page);
  const programme: Programme = {
    code: seed.code,
    authority: 'OFAC',
    name: seed.name,
    legalBasis: seed.legalBasis,
    sources,
  };
  if (seed.regime) programme.regime = seed.regime;
  if (seed.jurisdictions) programme.jurisdictions = seed.jurisdictions;
  return programme;
}

const RU = 'ofac-russia-harmful-activities';
const UA = 'ofac-ukraine-russia';
const KP = 'ofac-north-korea';
const IR = 'ofac-iran';

export const ofacProgrammes: Programme[] = [
  // Russia and Ukraine
  ofacProgramme({ code: 'RUSSIA-EO14024', name: 'Russian harmful foreign activities (E.O. 14024)', legalBasis: ['us-eo-14024', 'us-eo-14114', '31 CFR part 587'], regime: RU, jurisdictions: ['ru'], page: ofacPage('russian-harmful-foreign-activities-sanctions') }),
  ofacProgramme({ code: 'BPI-RUSSIA-EO14024', name: 'Blocked pending investigation under the Russian harmful foreign activities programme', legalBasis: ['us-eo-14024', '31 CFR part 587'], regime: RU, jurisdictions: ['ru'] }),
  ofacProgramme({ code: 'PEESA-EO14039', name: 'Protecting Europe\u2019s Energy Security (Nord Stream 2 pipeline sanctions)', legalBasis: ['us-eo-14039', 'us-act-peesa'], regime: RU, jurisdictions: ['ru'] }),
  ofacProgramme({ code: 'RUSSIA-EO14065', name: 'Occupied Donetsk and Luhansk regions of Ukraine (E.O. 14065)', legalBasis: ['us-eo-14065', '31 CFR part 589'], regime: UA, jurisdictions: ['donetsk-luhansk'], page: ofacPage('ukraine-russia-related-sanctions') }),
  ofacProgramme({ code: 'UKRAINE-EO13660', name: 'Undermining democratic processes or Ukraine\u2019s territorial integrity (E.O. 13660)', legalBasis: ['us-eo-13660', '31 CFR part 589'], regime: UA }),
  ofacProgramme({ code: 'UKRAINE-EO13661', name: 'Russian government officials and arms sector (E.O. 13661)', legalBasis: ['us-eo-13661', '31 CFR part 589'], regime: UA, jurisdictions: ['ru'] }),
  ofacProgramme({ code: 'UKRAINE-EO13662', name: 'Russian economic sectors, incl. the Sectoral Sanctions Identifications list (E.O. 13662)', legalBasis: ['us-eo-13662', '31 CFR part 589'], regime: UA, jurisdictions: ['ru'], page: OFAC_OTHER_LISTS }),
  ofacProgramme({ code: 'UKRAINE-EO13685', name: 'Crimea region of Ukraine embargo (E.O. 13685)', legalBasis: ['us-eo-13685', '31 CFR part 589'], regime: UA, jurisdictions: ['crimea'] }),
  ofacProgramme({ code: 'SSIDES', name: 'Support for the Sovereignty, Integrity, Democracy, and Economic Stability of Ukraine Act of 2014', legalBasis: ['us-act-ssides'], regime: UA, jurisdictions: ['ru'] }),
  ofacProgramme({ code: 'CAATSA - RUSSIA', name: 'CAATSA Title II (Russia) sanctions', legalBasis: ['us-act-caatsa', 'us-eo-13849'], regime: UA, jurisdictions: ['ru'] }),
  ofacProgramme({ code: 'MAGNIT', name: 'Sergei Magnitsky Rule of Law Accountability Act of 2012', legalBasis: ['us-act-magnitsky'], regime: 'ofac-magnitsky', jurisdictions: ['ru'], page: ofacPage('the-magnitsky-sanctions') }),
  ofacProgramme({ code: 'ELECTION-EO13848', name: 'Foreign interference in a US election (E.O. 13848)', legalBasis: ['us-eo-13848', '31 CFR part 579'], regime: 'ofac-election-interference' }),
  ofacProgramme({ code: 'CYBER2', name: 'Malicious cyber-enabled activities (E.O. 13694 as amended by E.O. 13757)', legalBasis: ['us-eo-13694', 'us-eo-13757', '31 CFR part 578'], regime: 'ofac-cyber' }),
  ofacProgramme({ code: 'CYBER3', name: 'Malicious cyber-enabled activities (E.O. 13694 as amended by E.O. 14144)', legalBasis: ['us-eo-13694', 'us-eo-14144', '31 CFR part 578'], regime: 'ofac-cyber' }),
  ofacProgramme({ code: 'CYBER4', name: 'Malicious cyber-enabled activities (E.O. 13694 as amended by E.O. 14144 and E.O. 14306)', legalBasis: ['us-eo-13694', 'us-eo-14144', 'us-eo-14306', '31 CFR part 578'], regime: 'ofac-cyber' }),

  // North Korea
  ofacProgramme({ code: 'DPRK', name: 'North Korea Sanctions Regulations (E.O. 13551 and related orders)', legalBasis: ['us-eo-13466', 'us-eo-13551', 'us-eo-13570', '31 CFR part 510'], regime: KP, jurisdictions: ['kp'], page: ofacPage('north-korea-sanctions') }),
  ofacProgramme({ code: 'DPRK2', name: 'North Korea (E.O. 13687)', legalBasis: ['us-eo-13687', '31 CFR part 510'], regime: KP, jurisdictions: ['kp'] }),
  ofacProgramme({ code: 'DPRK3', name: 'North Korea (E.O. 13722)', legalBasis: ['us-eo-13722', '31 CFR part 510'], regime: KP, jurisdictions: ['kp'] }),
  ofacProgramme({ code: 'DPRK4', name: 'North Korea (E.O. 13810)', legalBasis: ['us-eo-13810', '31 CFR part 510'], regime: KP, jurisdictions: ['kp'] }),
  ofacProgramme({ code: 'DPRK-NKSPEA', name: 'North Korea Sanctions and Policy Enhancement Act of 2016', legalBasis: ['us-act-nkspea', 'us-act-caatsa'], regime: KP, jurisdictions: ['kp'] }),

  // Iran
  ofacProgramme({ code: 'IRAN', name: 'Iranian Transactions and Sanctions Regulations; Government of Iran (E.O. 13599)', legalBasis: ['us-eo-12959', 'us-eo-13599', '31 CFR part 560'], regime: IR, jurisdictions: ['ir'], page: ofacPage('iran-sanctions') }),
  ofacProgramme({ code: 'IRAN-TRA', name: 'Iran Threat Reduction and Syria Human Rights Act of 2012 (E.O. 13628, carried forward by E.O. 13846 since 2018)', legalBasis: ['us-act-itrshra', 'us-eo-13846', 'us-eo-13628'], regime: IR, jurisdictions: ['ir'] }),
  ofacProgramme({ code: 'IRAN-HR', name: 'Iran human rights abuses (E.O. 13553)', legalBasis: ['us-eo-13553', '31 CFR part 562'], regime: IR, jurisdictions: ['ir'] }),
  ofacProgramme({ code: 'IRAN-CON-ARMS-EO', name: 'Iran conventional arms (E.O. 13949)', legalBasis: ['us-eo-13949'], regime: IR, jurisdictions: ['ir'] }),
  ofacProgramme({ code: 'IRAN-EO13846', name: 'Reimposed Iran sanctions (E.O. 13846)', legalBasis: ['us-eo-13846'], regime: IR, jurisdictions: ['ir'] }),
  ofacProgramme({ code: 'IRAN-EO13871', name: 'Iran iron, steel, aluminum and copper sectors (E.O. 13871)', legalBasis: ['us-eo-13871'], regime: IR, jurisdictions: ['ir'] }),
  ofacProgramme({ code: 'IRAN-EO13876', name: 'Iran\u2019s Supreme Leader and his office (E.O. 13876)', legalBasis: ['us-eo-13876'], regime: IR, jurisdictions: ['ir'] }),
  ofacProgramme({ code: 'IRAN-EO13902', name: 'Additional Iranian economic sectors (E.O. 13902)', legalBasis: ['us-eo-13902'], regime: IR, jurisdictions: ['ir'] }),
  ofacProgramme({ code: 'IFSR', name: 'Iranian Financial Sanctions Regulations', legalBasis: ['31 CFR part 561', 'us-act-cisada'], regime: IR, jurisdictions: ['ir'] }),
  ofacProgramme({ code: 'IRGC', name: 'Islamic Revolutionary Guard Corps and its affiliates (Iranian Financial Sanctions Regulations)', legalBasis: ['31 CFR part 561', 'us-act-cisada', 'us-act-caatsa'], regime: IR, jurisdictions: ['ir'] }),
  ofacProgramme({ code: '561-Related', name: 'Correspondent or payable-through account sanctions on foreign banks (31 CFR part 561)', legalBasis: ['31 CFR part 561', 'us-act-cisada'], regime: IR, jurisdictions: ['ir'], page: OFAC_OTHER_LISTS }),
  ofacProgramme({ code: 'ISA', name: 'Iran Sanctions Act of 1996', legalBasis: ['us-act-isa'], regime: IR, jurisdictions: ['ir'] }),
  ofacProgramme({ code: 'IFCA', name: 'Iran Freedom and Counter-Proliferation Act of 2012', legalBasis: ['us-act-ifca'], regime: IR, jurisdictions: ['ir'] }),
  ofacProgramme({ code: 'HRIT-IR', name: 'Grave human rights abuses via information technology, Iran (E.O. 13606)', legalBasis: ['us-eo-13606'], regime: IR, jurisdictions: ['ir'] }),
  ofacProgramme({ code: 'FSE-IR', name: 'Foreign Sanctions Evaders, Iran (E.O. 13608)', legalBasis: ['us-eo-13608'], regime: IR, jurisdictions: ['ir'], page: OFAC_OTHER_LISTS }),
  ofacProgramme({ code: 'CAATSA - IRAN', name: 'CAATSA Title I (Iran) sanctions', legalBasis: ['us-act-caatsa'], regime: IR, jurisdictions: ['ir'] }),

  // Syria
  ofacProgramme({ code: 'SYRIA', name: 'Syrian Sanctions Regulations (revoked July 2025)', legalBasis: ['us-eo-13338', 'us-eo-13399', 'us-eo-13460', 'us-eo-13572', 'us-eo-13573', 'us-eo-13582', '31 CFR part 542'], regime: 'ofac-syria', jurisdictions: ['sy'] }),
  ofacProgramme({ code: 'SYRIA-CAESAR', name: 'Caesar Syria Civilian Protection Act of 2019 (repealed December 2025)', legalBasis: ['us-act-caesar'], regime: 'ofac-syria', jurisdictions: ['sy'] }),
  ofacProgramme({ code: 'SYRIA-EO13894', name: 'Syria-related sanctions (E.O. 13894)', legalBasis: ['us-eo-13894', '31 CFR part 569'], regime: 'ofac-syria-paarss', jurisdictions: ['sy'] }),
  ofacProgramme({ code: 'PAARSSR-EO13894', name: 'Promoting Accountability for Assad and Regional Stabilization Sanctions (E.O. 13894 as amended)', legalBasis: ['us-eo-13894', 'us-eo-14312', '31 CFR part 569'], regime: 'ofac-syria-paarss', jurisdictions: ['sy'], page: ofacPage('paarss') }),
  ofacProgramme({ code: 'HRIT-SY', name: 'Grave human rights abuses via information technology, Syria (E.O. 13606)', legalBasis: ['us-eo-13606'], regime: 'ofac-syria', jurisdictions: ['sy'] }),
  ofacProgramme({ code: 'FSE-SY', name: 'Foreign Sanctions Evaders, Syria (E.O. 13608)', legalBasis: ['us-eo-13608'], regime: 'ofac-syria', jurisdictions: ['sy'], page: OFAC_OTHER_LISTS }),

  // Other country programmes
  ofacProgramme({ code: 'CUBA', name: 'Cuban Assets Control Regulations', legalBasis: ['31 CFR part 515', 'Trading with the Enemy Act', 'us-act-libertad'], regime: 'ofac-cuba', jurisdictions: ['cu'], page: ofacPage('cuba-sanctions') }),
  ofacProgramme({ code: 'CUBA-EO14404', name: 'Cuba-related designations (E.O. 14404)', legalBasis: ['us-eo-14404'], regime: 'ofac-cuba', jurisdictions: ['cu'] }),
  ofacProgramme({ code: 'VENEZUELA', name: 'Venezuela-related sanctions (E.O. 13692 and related orders)', legalBasis: ['us-eo-13692', '31 CFR part 591'], regime: 'ofac-venezuela', jurisdictions: ['ve'], page: ofacPage('venezuela-related-sanctions') }),
  ofacProgramme({ code: 'VENEZUELA-EO13850', name: 'Venezuela economic sectors such as gold and oil (E.O. 13850)', legalBasis: ['us-eo-13850', '31 CFR part 591'], regime: 'ofac-venezuela', jurisdictions: ['ve'] }),
  ofacProgramme({ code: 'VENEZUELA-EO13884', name: 'Government of Venezuela (E.O. 13884)', legalBasis: ['us-eo-13884', '31 CFR part 591'], regime: 'ofac-venezuela', jurisdictions: ['ve'] }),
  ofacProgramme({ code: 'BURMA-EO14014', name: 'Burma military coup (E.O. 14014)', legalBasis: ['us-eo-14014', '31 CFR part 525'], regime: 'ofac-burma', jurisdictions: ['mm'], page: ofacPage('burma') }),
  ofacProgramme({ code: 'BELARUS', name: 'Belarus Sanctions Regulations (E.O. 13405)', legalBasis: ['us-eo-13405', '31 CFR part 548'], regime: 'ofac-belarus', jurisdictions: ['by'], page: ofacPage('belarus-sanctions') }),
  ofacProgramme({ code: 'BELARUS-EO14038', name: 'Belarus (E.O. 14038)', legalBasis: ['us-eo-14038', '31 CFR part 548'], regime: 'ofac-belarus', jurisdictions: ['by'] }),
  ofacProgramme({ code: 'BALKANS', name: 'Western Balkans Stabilization Regulations (E.O. 13219 as amended)', legalBasis: ['us-eo-13219', 'us-eo-13304', '31 CFR part 588'], regime: 'ofac-balkans', page: ofacPage('balkans-related-sanctions') }),
  ofacProgramme({ code: 'BALKANS-EO14033', name: 'Western Balkans (E.O. 14033)', legalBasis: ['us-eo-14033', '31 CFR part 588'], regime: 'ofac-balkans' }),
  ofacProgramme({ code: 'CAR', name: 'Central African Republic Sanctions Regulations (E.O. 13667)', legalBasis: ['us-eo-13667', '31 CFR part 553'], regime: 'ofac-car', jurisdictions: ['cf'] }),
  ofacProgramme({ code: 'DRCONGO', name: 'Democratic Republic of the Congo Sanctions Regulations (E.O. 13413 as amended)', legalBasis: ['us-eo-13413', 'us-eo-13671', '31 CFR part 547'], regime: 'ofac-drc', jurisdictions: ['cd'] }),
  ofacProgramme({ code: 'DARFUR', name: 'Darfur Sanctions Regulations (E.O. 13400)', legalBasis: ['us-eo-13400', '31 CFR part 546'], regime: 'ofac-sudan', jurisdictions: ['sd'] }),
  ofacProgramme({ code: 'SUDAN-EO14098', name: 'Destabilising Sudan (E.O. 14098)', legalBasis: ['us-eo-14098'], regime: 'ofac-sudan', jurisdictions: ['sd'] }),
  ofacProgramme({ code: 'SOUTH SUDAN', name: 'South Sudan Sanctions Regulations (E.O. 13664)', legalBasis: ['us-eo-13664', '31 CFR part 558'], regime: 'ofac-south-sudan', jurisdictions: ['ss'] }),
  ofacProgramme({ code: 'SOMALIA', name: 'Somalia Sanctions Regulations (E.O. 13536 as amended)', legalBasis: ['us-eo-13536', 'us-eo-13620', '31 CFR part 551'], regime: 'ofac-somalia', jurisdictions: ['so'] }),
  ofacProgramme({ code: 'LIBYA2', name: 'Libyan Sanctions Regulations (E.O. 13566)', legalBasis: ['us-eo-13566', '31 CFR part 570'], regime: 'ofac-libya', jurisdictions: ['ly'] }),
  ofacProgramme({ code: 'LIBYA3', name: 'Libya (E.O. 13726)', legalBasis: ['us-eo-13726', '31 CFR part 570'], regime: 'ofac-libya', jurisdictions: ['ly'] }),
  ofacProgramme({ code: 'YEMEN', name: 'Yemen Sanctions Regulations (E.O. 13611)', legalBasis: ['us-eo-13611', '31 CFR part 552'], regime: 'ofac-yemen', jurisdictions: ['ye'] }),
  ofacProgramme({ code: 'LEBANON', name: 'Lebanon Sanctions Regulations (E.O. 13441)', legalBasis: ['us-eo-13441', '31 CFR part 549'], regime: 'ofac-lebanon', jurisdictions: ['lb'] }),
  ofacProgramme({ code: 'IRAQ2', name: 'Iraq: former regime officials and their families (E.O. 13315)', legalBasis: ['us-eo-13315', '31 CFR part 576'], regime: 'ofac-iraq', jurisdictions: ['iq'] }),
  ofacProgramme({ code: 'IRAQ3', name: 'Iraq: threats to stability (E.O. 13438)', legalBasis: ['us-eo-13438', '31 CFR part 576'], regime: 'ofac-iraq', jurisdictions: ['iq'] }),
  ofacProgramme({ code: 'MALI-EO13882', name: 'Mali (E.O. 13882)', legalBasis: ['us-eo-13882', '31 CFR part 555'], regime: 'ofac-mali', jurisdictions: ['ml'] }),
  ofacProgramme({ code: 'NICARAGUA', name: 'Nicaragua (E.O. 13851)', legalBasis: ['us-eo-13851', 'us-eo-14088', '31 CFR part 582'], regime: 'ofac-nicaragua', jurisdictions: ['ni'] }),
  ofacProgramme({ code: 'NICARAGUA-NHRAA', name: 'Nicaragua Human Rights and Anticorruption Act of 2018', legalBasis: ['us-act-nhraa'], regime: 'ofac-nicaragua', jurisdictions: ['ni'] }),
  ofacProgramme({ code: 'ETHIOPIA-EO14046', name: 'Conflict in northern Ethiopia (E.O. 14046)', legalBasis: ['us-eo-14046', '31 CFR part 550'], page: ofacPage('ethiopia') }),
  ofacProgramme({ code: 'WEST-BANK-EO14115', name: 'Undermining peace in the West Bank (E.O. 14115, revoked January 2025)', legalBasis: ['us-eo-14115'], regime: 'ofac-west-bank' }),

  // China and Hong Kong
  ofacProgramme({ code: 'CMIC-EO13959', name: 'Chinese military-industrial complex companies (E.O. 13959 as amended by E.O. 14032)', legalBasis: ['us-eo-13959', 'us-eo-14032'], page: OFAC_OTHER_LISTS }),
  ofacProgramme({ code: 'HK-EO13936', name: 'Hong Kong normalization (E.O. 13936)', legalBasis: ['us-eo-13936', 'us-act-hkaa'], page: ofacPage('hong-kong-related-sanctions') }),
  ofacProgramme({ code: 'HKAA', name: 'Hong Kong Autonomy Act', legalBasis: ['us-act-hkaa'] }),
  ofacProgramme({ code: 'UHRPA', name: 'Uyghur Human Rights Policy Act of 2020', legalBasis: ['us-act-uhrpa'] }),

  // Thematic programmes
  ofacProgramme({ code: 'SDGT', name: 'Specially Designated Global Terrorists (E.O. 13224)', legalBasis: ['us-eo-13224', '31 CFR part 594'], regime: 'ofac-counter-terrorism', page: ofacPage('counter-terrorism-sanctions') }),
  ofacProgramme({ code: 'FTO', name: 'Foreign Terrorist Organizations (designated by the State Department under INA section 219)', legalBasis: ['Immigration and Nationality Act section 219 (8 U.S.C. 1189)', 'us-act-aedpa', '31 CFR part 597'], regime: 'ofac-counter-terrorism' }),
  ofacProgramme({ code: 'HIFPAA', name: 'Hizballah International Financing Prevention Amendments Act of 2018', legalBasis: ['us-act-hifpaa', 'us-act-hifpa'], regime: 'ofac-counter-terrorism', jurisdictions: ['lb'] }),
  ofacProgramme({ code: 'NS-PLC', name: 'Non-SDN Palestinian Legislative Council list', legalBasis: ['us-eo-13224', '31 CFR part 594'], regime: 'ofac-counter-terrorism', page: OFAC_OTHER_LISTS }),
  ofacProgramme({ code: 'SDNT', name: 'Specially Designated Narcotics Traffickers (E.O. 12978)', legalBasis: ['us-eo-12978', '31 CFR part 536'], regime: 'ofac-counter-narcotics', page: ofacPage('counter-narcotics-trafficking-sanctions') }),
  ofacProgramme({ code: 'SDNTK', name: 'Foreign Narcotics Kingpin Designation Act', legalBasis: ['us-act-kingpin', '31 CFR part 598'], regime: 'ofac-counter-narcotics' }),
  ofacProgramme({ code: 'ILLICIT-DRUGS-EO14059', name: 'Global illicit drug trade (E.O. 14059)', legalBasis: ['us-eo-14059', '31 CFR part 599'], regime: 'ofac-counter-narcotics' }),
  ofacProgramme({ code: 'TCO', name: 'Transnational Criminal Organizations (E.O. 13581 as amended)', legalBasis: ['us-eo-13581', 'us-eo-13863', '31 CFR part 590'], regime: 'ofac-tco' }),
  ofacProgramme({ code: 'GLOMAG', name: 'Global Magnitsky: serious human rights abuse and corruption (E.O. 13818)', legalBasis: ['us-eo-13818', 'us-act-glomag', '31 CFR part 583'], regime: 'ofac-global-magnitsky', page: ofacPage('global-magnitsky-sanctions') }),
  ofacProgramme({ code: 'NPWMD', name: 'Weapons of mass destruction proliferators and their supporters (E.O. 13382)', legalBasis: ['us-eo-13382', '31 CFR part 544'], regime: 'ofac-non-proliferation', page: ofacPage('non-proliferation-sanctions') }),
  ofacProgramme({ code: 'HOSTAGES-EO14078', name: 'Hostage-taking and wrongful detention of US nationals (E.O. 14078)', legalBasis: ['us-eo-14078'], regime: 'ofac-hostages' }),
  ofacProgramme({ code: 'ICC-EO14203', name: 'International Criminal Court-related sanctions (E.O. 14203)', legalBasis: ['us-eo-14203'], regime: 'ofac-icc', page: ofacPage('international-criminal-court-related-sanctions') }),
];

// --- Executive orders ------------------------------------------------------

interface EoSeed {
  n: string;
  adopted: string;
  summary: string;
  regime?: string;
  /** OFAC programme page slug where OFAC describes the order. */
  page?: string;
  /** The later order that revoked this one as a whole, and from when. */
  revokedBy?: { n: string; on: string };
  /** Further official pages the facts were checked against. */
  checked?: string[];
}

function eo(seed: EoSeed): Instrument {
  const url = federalRegister(seed.n);
  const sources = [url];
  if (seed.page) sources.push(ofacPage(seed.page));
  if (seed.revokedBy) sources.push(federalRegister(seed.revokedBy.n));
  sources.push(...(seed.checked ?? []));
  const instrument: Instrument = {
    id: `us-eo-${seed.n}`,
    kind: 'us-eo',
    number: seed.n,
    title: `Executive Order ${seed.n}`,
    year: Number(seed.adopted.slice(0, 4)),
    adopted: seed.adopted,
    summary: seed.summary,
    url,
    aliases: [`E.O. ${seed.n}`, `EO ${seed.n}`],
    sources,
  };
  if (seed.regime) instrument.regime = seed.regime;
  if (seed.revokedBy) instrument.revoked = { by: `us-eo-${seed.revokedBy.n}`, on: seed.revokedBy.on };
  return instrument;
}

/** OFAC FAQ 602: E.O. 13846 revokes E.O.s 13716 and 13628 and carries their provisions forward. */
const OFAC_FAQ_602 = 'https://home.treasury.gov/policy-issues/financial-sanctions/faqs/602';
/** E.O. 13716 as published in the Federal Register (81 FR 3693, 21 January 2016). */
const FR_EO_13716 = 'https://www.federalregister.gov/d/2016-01325';
/** E.O. 14312 as published in the Federal Register (90 FR 29395, 3 July 2025). */
const FR_EO_14312 = 'https://www.govinfo.gov/content/pkg/FR-2025-07-03/html/2025-12506.htm';
const IRAN_2016 = { n: '13716', on: '2016-01-16' };
const IRAN_2018 = { n: '13846', on: '2018-08-06' };
const SYRIA_2025 = { n: '14312', on: '2025-07-01' };

const executiveOrders: Instrument[] = [
  eo({ n: '12959', adopted: '1995-05-06', summary: 'Banned US trade with and investment in Iran.', regime: IR, page: 'iran-sanctions' }),
  eo({ n: '12978', adopted: '1995-10-21', summary: 'Blocked the property of significant foreign narcotics traffickers, starting with the Colombian cartels.', regime: 'ofac-counter-narcotics', page: 'counter-narcotics-trafficking-sanctions' }),
  eo({ n: '13067', adopted: '1997-11-03', summary: 'Imposed a comprehensive embargo on Sudan (lifted in 2017).' }),
  eo({ n: '13219', adopted: '2001-06-26', summary: 'Blocked the property of people threatening stability in the Western Balkans.', regime: 'ofac-balkans', page: 'balkans-related-sanctions' }),
  eo({ n: '13224', adopted: '2001-09-23', summary: 'Created the Specially Designated Global Terrorist designation and blocked terrorists\u2019 property.', regime: 'ofac-counter-terrorism', page: 'counter-terrorism-sanctions' }),
  eo({ n: '13304', adopted: '2003-05-28', summary: 'Widened the Western Balkans order to cover obstruction of the Ohrid agreement.', regime: 'ofac-balkans' }),
  eo({ n: '13315', adopted: '2003-08-28', summary: 'Blocked the property of former Iraqi regime officials and their immediate families.', regime: 'ofac-iraq', page: 'iraq-related-sanctions' }),
  eo({ n: '13338', adopted: '2004-05-11', summary: 'Declared the Syria national emergency and restricted exports to Syria (revoked in 2025).', regime: 'ofac-syria', revokedBy: SYRIA_2025, checked: [FR_EO_14312] }),
  eo({ n: '13382', adopted: '2005-06-28', summary: 'Blocked the property of proliferators of weapons of mass destruction and their supporters.', regime: 'ofac-non-proliferation', page: 'non-proliferation-sanctions' }),
  eo({ n: '13399', adopted: '2006-04-25', summary: 'Extended Syria sanctions to those involved in the Hariri assassination (revoked in 2025).', regime: 'ofac-syria', revokedBy: SYRIA_2025, checked: [FR_EO_14312] }),
  eo({ n: '13400', adopted: '2006-04-26', summary: 'Blocked the property of people contributing to the conflict in Darfur.', regime: 'ofac-sudan', page: 'sudan-and-darfur-sanctions' }),
  eo({ n: '13405', adopted: '2006-06-16', summary: 'Blocked the property of Belarusian officials who undermine democracy.', regime: 'ofac-belarus', page: 'belarus-sanctions' }),
  eo({ n: '13413', adopted: '2006-10-27', summary: 'Blocked the property of people contributing to the conflict in the DRC.', regime: 'ofac-drc', page: 'democratic-republic-of-the-congo-related-sanctions' }),
  eo({ n: '13438', adopted: '2007-07-17', summary: 'Blocked the property of people threatening stability in Iraq.', regime: 'ofac-iraq' }),
  eo({ n: '13441', adopted: '2007-08-01', summary: 'Blocked the property of people undermining Lebanon\u2019s sovereignty and democratic institutions.', regime: 'ofac-lebanon', page: 'lebanon-related-sanctions' }),
  eo({ n: '13460', adopted: '2008-02-13', summary: 'Extended Syria sanctions to public corruption and support for terrorism (revoked in 2025).', regime: 'ofac-syria', revokedBy: SYRIA_2025, checked: [FR_EO_14312] }),
  eo({ n: '13466', adopted: '2008-06-26', summary: 'Declared the North Korea national emergency and kept certain restrictions in place.', regime: KP, page: 'north-korea-sanctions' }),
  eo({ n: '13536', adopted: '2010-04-12', summary: 'Blocked the property of people threatening peace and stability in Somalia.', regime: 'ofac-somalia', page: 'somalia-sanctions' }),
  eo({ n: '13551', adopted: '2010-08-30', summary: 'Blocked the property of North Korean arms traffickers, illicit financiers and listed entities.', regime: KP }),
  eo({ n: '13553', adopted: '2010-09-28', summary: 'Blocked the property of Iranian officials responsible for serious human rights abuses.', regime: IR }),
  eo({ n: '13566', adopted: '2011-02-25', summary: 'Blocked the property of the Qadhafi government and its senior officials.', regime: 'ofac-libya', page: 'libya-sanctions' }),
  eo({ n: '13570', adopted: '2011-04-18', summary: 'Banned imports of goods, services and technology from North Korea.', regime: KP }),
  eo({ n: '13572', adopted: '2011-04-29', summary: 'Blocked the property of people responsible for human rights abuses in Syria (revoked in 2025).', regime: 'ofac-syria', revokedBy: SYRIA_2025, checked: [FR_EO_14312] }),
  eo({ n: '13573', adopted: '2011-05-18', summary: 'Blocked the property of senior Syrian government officials (revoked in 2025).', regime: 'ofac-syria', revokedBy: SYRIA_2025, checked: [FR_EO_14312] }),
  eo({ n: '13581', adopted: '2011-07-24', summary: 'Blocked the property of significant transnational criminal organisations.', regime: 'ofac-tco', page: 'transnational-criminal-organizations' }),
  eo({ n: '13582', adopted: '2011-08-17', summary: 'Blocked the Government of Syria and banned new investment in Syria (revoked in 2025).', regime: 'ofac-syria', revokedBy: SYRIA_2025, checked: [FR_EO_14312] }),
  eo({ n: '13599', adopted: '2012-02-05', summary: 'Blocked the property of the Government of Iran and Iranian financial institutions.', regime: IR }),
  eo({ n: '13606', adopted: '2012-04-22', summary: 'Targeted those using information technology for grave human rights abuses in Iran and Syria.' }),
  eo({ n: '13608', adopted: '2012-05-01', summary: 'Created the Foreign Sanctions Evaders list for those evading Iran and Syria sanctions.' }),
  eo({ n: '13611', adopted: '2012-05-16', summary: 'Blocked the property of people threatening peace, security or stability in Yemen.', regime: 'ofac-yemen', page: 'yemen-related-sanctions' }),
  eo({ n: '13620', adopted: '2012-07-20', summary: 'Widened the Somalia order and banned imports of Somali charcoal.', regime: 'ofac-somalia' }),
  eo({ n: '13622', adopted: '2012-07-30', summary: 'Added sanctions on purchases of Iranian oil and petrochemicals (revoked in 2016 under the nuclear deal).', regime: IR, revokedBy: IRAN_2016, checked: [FR_EO_13716] }),
  eo({ n: '13628', adopted: '2012-10-09', summary: 'Implemented the Iran Threat Reduction and Syria Human Rights Act; revoked in 2018 by E.O. 13846, which carried its provisions forward.', regime: IR, revokedBy: IRAN_2018, checked: [OFAC_FAQ_602] }),
  eo({ n: '13645', adopted: '2013-06-03', summary: 'Targeted Iran\u2019s automotive sector and dealings in the Iranian rial (revoked in 2016 under the nuclear deal).', regime: IR, revokedBy: IRAN_2016, checked: [FR_EO_13716] }),
  eo({ n: '13660', adopted: '2014-03-06', summary: 'Declared the Ukraine national emergency and blocked those undermining Ukraine.', regime: UA, page: 'ukraine-russia-related-sanctions' }),
  eo({ n: '13661', adopted: '2014-03-16', summary: 'Blocked Russian government officials and people in Russia\u2019s arms sector.', regime: UA }),
  eo({ n: '13662', adopted: '2014-03-20', summary: 'Authorised sanctions on sectors of the Russian economy such as finance, energy and defence.', regime: UA }),
  eo({ n: '13664', adopted: '2014-04-03', summary: 'Blocked the property of people prolonging the conflict in South Sudan.', regime: 'ofac-south-sudan', page: 'south-sudan-related-sanctions' }),
  eo({ n: '13667', adopted: '2014-05-12', summary: 'Blocked the property of people contributing to the conflict in the Central African Republic.', regime: 'ofac-car', page: 'central-african-republic-sanctions' }),
  eo({ n: '13671', adopted: '2014-07-08', summary: 'Widened the DRC order to cover new UN designation criteria.', regime: 'ofac-drc' }),
  eo({ n: '13685', adopted: '2014-12-19', summary: 'Imposed a comprehensive embargo on the Crimea region of Ukraine.', regime: UA }),
  eo({ n: '13687', adopted: '2015-01-02', summary: 'Allowed blocking of any North Korean government official or entity after the Sony Pictures hack.', regime: KP }),
  eo({ n: '13692', adopted: '2015-03-08', summary: 'Blocked the property of people responsible for repression and corruption in Venezuela.', regime: 'ofac-venezuela', page: 'venezuela-related-sanctions' }),
  eo({ n: '13694', adopted: '2015-04-01', summary: 'Created sanctions for significant malicious cyber-enabled activities.', regime: 'ofac-cyber', page: 'sanctions-related-to-significant-malicious-cyber-enabled-activities' }),
  eo({ n: '13716', adopted: '2016-01-16', summary: 'On the nuclear deal\u2019s Implementation Day, revoked E.O.s 13574, 13590, 13622 and 13645 and narrowed E.O. 13628; itself revoked in 2018 by E.O. 13846.', regime: IR, revokedBy: IRAN_2018, checked: [FR_EO_13716, OFAC_FAQ_602] }),
  eo({ n: '13722', adopted: '2016-03-15', summary: 'Blocked the Government of North Korea and the Workers\u2019 Party of Korea and barred new investment there.', regime: KP }),
  eo({ n: '13726', adopted: '2016-04-19', summary: 'Blocked the property of people threatening Libya\u2019s peace, including illicit oil exporters.', regime: 'ofac-libya' }),
  eo({ n: '13757', adopted: '2016-12-28', summary: 'Extended the cyber sanctions order to election-related hacking.', regime: 'ofac-cyber' }),
  eo({ n: '13810', adopted: '2017-09-20', summary: 'Added North Korean sectors, vessels and foreign banks to the reach of US sanctions.', regime: KP }),
  eo({ n: '13818', adopted: '2017-12-20', summary: 'Implemented the Global Magnitsky Act against serious human rights abuse and corruption.', regime: 'ofac-global-magnitsky', page: 'global-magnitsky-sanctions' }),
  eo({ n: '13846', adopted: '2018-08-06', summary: 'Reimposed US sanctions on Iran after the US left the nuclear deal, revoking E.O.s 13716 and 13628 and carrying their provisions forward.', regime: IR, checked: [OFAC_FAQ_602] }),
  eo({ n: '13848', adopted: '2018-09-12', summary: 'Provided for sanctions on foreign interference in US elections.', regime: 'ofac-election-interference' }),
  eo({ n: '13849', adopted: '2018-09-20', summary: 'Set out how CAATSA sanctions on Russia are to be implemented.', regime: UA }),
  eo({ n: '13850', adopted: '2018-11-01', summary: 'Allowed blocking of people in Venezuela\u2019s gold and other sectors.', regime: 'ofac-venezuela' }),
  eo({ n: '13851', adopted: '2018-11-27', summary: 'Blocked the property of people contributing to the crisis in Nicaragua.', regime: 'ofac-nicaragua', page: 'nicaragua-related-sanctions' }),
  eo({ n: '13863', adopted: '2019-03-15', summary: 'Widened the transnational criminal organisations order.', regime: 'ofac-tco' }),
  eo({ n: '13871', adopted: '2019-05-08', summary: 'Targeted Iran\u2019s iron, steel, aluminum and copper sectors.', regime: IR }),
  eo({ n: '13876', adopted: '2019-06-24', summary: 'Blocked Iran\u2019s Supreme Leader, his office and people linked to them.', regime: IR }),
  eo({ n: '13882', adopted: '2019-07-26', summary: 'Blocked the property of people threatening peace and stability in Mali.', regime: 'ofac-mali', page: 'mali-related-sanctions' }),
  eo({ n: '13884', adopted: '2019-08-05', summary: 'Blocked all property of the Government of Venezuela.', regime: 'ofac-venezuela' }),
  eo({ n: '13894', adopted: '2019-10-14', summary: 'Created Syria-related sanctions on those destabilising northeast Syria; since 2025 the basis of the PAARSS programme.', regime: 'ofac-syria-paarss', page: 'paarss' }),
  eo({ n: '13902', adopted: '2020-01-10', summary: 'Targeted Iran\u2019s construction, mining, manufacturing and textiles sectors.', regime: IR }),
  eo({ n: '13936', adopted: '2020-07-14', summary: 'Ended Hong Kong\u2019s special treatment and allowed sanctions over its loss of autonomy.', page: 'hong-kong-related-sanctions' }),
  eo({ n: '13949', adopted: '2020-09-21', summary: 'Targeted people involved in conventional arms trade with Iran.', regime: IR }),
  eo({ n: '13959', adopted: '2020-11-12', summary: 'Barred US investment in securities of Chinese military companies.' }),
  eo({ n: '14014', adopted: '2021-02-10', summary: 'Blocked the property of those responsible for the military coup in Burma.', regime: 'ofac-burma', page: 'burma' }),
  eo({ n: '14024', adopted: '2021-04-15', summary: 'Declared a national emergency over Russia\u2019s harmful foreign activities and authorised sweeping blocking sanctions.', regime: RU, page: 'russian-harmful-foreign-activities-sanctions' }),
  eo({ n: '14032', adopted: '2021-06-03', summary: 'Recast the Chinese military companies investment ban to cover surveillance technology firms.' }),
  eo({ n: '14033', adopted: '2021-06-08', summary: 'Widened Western Balkans sanctions to corruption and undermining of democracy.', regime: 'ofac-balkans' }),
  eo({ n: '14038', adopted: '2021-08-09', summary: 'Widened Belarus sanctions to officials and sectors of the Belarusian economy.', regime: 'ofac-belarus' }),
  eo({ n: '14039', adopted: '2021-08-20', summary: 'Provided for sanctions related to the Nord Stream 2 pipeline.', regime: RU }),
  eo({ n: '14046', adopted: '2021-09-17', summary: 'Provided for sanctions on those prolonging the conflict in northern Ethiopia.', page: 'ethiopia' }),
  eo({ n: '14059', adopted: '2021-12-15', summary: 'Provided for sanctions on people involved in the global illicit drug trade.', regime: 'ofac-counter-narcotics' }),
  eo({ n: '14065', adopted: '2022-02-21', summary: 'Imposed an embargo on the so-called DNR and LNR regions of Ukraine.', regime: UA }),
  eo({ n: '14066', adopted: '2022-03-08', summary: 'Banned imports of Russian oil, gas and coal and new US investment in Russia\u2019s energy sector.', regime: RU }),
  eo({ n: '14068', adopted: '2022-03-11', summary: 'Banned imports of Russian seafood, alcohol and diamonds and exports of luxury goods to Russia.', regime: RU }),
  eo({ n: '14071', adopted: '2022-04-06', summary: 'Banned new US investment in Russia and allowed bans on providing certain services there.', regime: RU }),
  eo({ n: '14078', adopted: '2022-07-19', summary: 'Provided for sanctions on hostage-takers and wrongful detainers of US nationals.', regime: 'ofac-hostages' }),
  eo({ n: '14088', adopted: '2022-10-24', summary: 'Widened Nicaragua sanctions to sectors such as gold and allowed trade bans.', regime: 'ofac-nicaragua' }),
  eo({ n: '14098', adopted: '2023-05-04', summary: 'Provided for sanctions on those destabilising Sudan after war broke out in April 2023.', regime: 'ofac-sudan' }),
  eo({ n: '14114', adopted: '2023-12-22', summary: 'Amended E.O. 14024 to threaten foreign banks that help Russia\u2019s military-industrial base.', regime: RU }),
  eo({ n: '14115', adopted: '2024-02-01', summary: 'Provided for sanctions on people undermining peace in the West Bank (revoked in January 2025).', regime: 'ofac-west-bank', revokedBy: { n: '14148', on: '2025-01-20' } }),
  eo({ n: '14144', adopted: '2025-01-16', summary: 'Strengthened national cybersecurity and amended the cyber sanctions order.', regime: 'ofac-cyber' }),
  eo({ n: '14148', adopted: '2025-01-20', summary: 'Rescinded a batch of earlier executive orders, among them the West Bank sanctions order.' }),
  eo({ n: '14203', adopted: '2025-02-06', summary: 'Provided for sanctions on people involved in certain International Criminal Court actions.', regime: 'ofac-icc' }),
  eo({ n: '14306', adopted: '2025-06-06', summary: 'Amended the cyber sanctions order so that it reaches foreign persons only.', regime: 'ofac-cyber' }),
  eo({ n: '14312', adopted: '2025-06-30', summary: 'Revoked the Syria sanctions programme from 1 July 2025 while keeping sanctions on Assad and his associates.', regime: 'ofac-syria', page: 'paarss', checked: [FR_EO_14312] }),
  eo({ n: '14404', adopted: '2026-05-01', summary: 'Authorised blocking sanctions on people in Cuba\u2019s energy, defence, metals and mining, financial and security sectors, on Cuban officials and on those who materially support the Cuban government.', regime: 'ofac-cuba', checked: ['https://www.whitehouse.gov/presidential-actions/2026/05/imposing-sanctions-on-those-responsible-for-repression-in-cuba-and-for-threats-to-united-states-national-security-and-foreign-policy/'] }),
];

// --- Acts of Congress --------------------------------------------------------

interface ActSeed {
  id: string;
  title: string;
  number: string;
  year: number;
  /** Left out where the signing date could not be confirmed. */
  adopted?: string;
  summary: string;
  url: string;
  aliases: string[];
  regime?: string;
  page?: string;
  /** The later act that repealed this one, and from when. */
  repealedBy?: { id: string; on: string };
}

function act(seed: ActSeed): Instrument {
  const sources = [seed.url];
  if (seed.page) sources.push(seed.page);
  const instrument: Instrument = {
    id: seed.id,
    kind: 'us-act',
    number: seed.number,
    title: seed.title,
    year: seed.year,
    summary: seed.summary,
    url: seed.url,
    aliases: seed.aliases,
    sources,
  };
  if (seed.adopted) instrument.adopted = seed.adopted;
  if (seed.regime) instrument.regime = seed.regime;
  if (seed.repealedBy) {
    instrument.revoked = { by: seed.repealedBy.id, on: seed.repealedBy.on };
    instrument.sources.push(NDAA_FY2026);
  }
  return instrument;
}

/** S. 1071, the National Defense Authorization Act for Fiscal Year 2026 (Pub. L. 119-60). */
const NDAA_FY2026 = congressBill(119, 'senate-bill', 1071);

const acts: Instrument[] = [
  act({
    id: 'us-act-ieepa', title: 'International Emergency Economic Powers Act', number: 'Pub. L. 95-223', year: 1977,
    summary: 'Lets the President block property and regulate transactions once a national emergency is declared; the basis of most US sanctions orders.',
    url: congressBill(95, 'house-bill', 7738), aliases: ['IEEPA', 'International Emergency Economic Powers Act'],
  }),
  act({
    id: 'us-act-libertad', title: 'Cuban Liberty and Democratic Solidarity (LIBERTAD) Act of 1996', number: 'Pub. L. 104-114', year: 1996, adopted: '1996-03-12',
    summary: 'Wrote the Cuba embargo into law and let US nationals sue over confiscated property.',
    url: congressBill(104, 'house-bill', 927), aliases: ['Helms-Burton Act', 'Helms-Burton', 'LIBERTAD Act'], regime: 'ofac-cuba', page: ofacPage('cuba-sanctions'),
  }),
  act({
    id: 'us-act-aedpa', title: 'Antiterrorism and Effective Death Penalty Act of 1996', number: 'Pub. L. 104-132', year: 1996, adopted: '1996-04-24',
    summary: 'Created the State Department\u2019s Foreign Terrorist Organization designation (INA section 219) and the material-support offence.',
    url: congressBill(104, 'senate-bill', 735), aliases: ['AEDPA', 'Antiterrorism and Effective Death Penalty Act'], regime: 'ofac-counter-terrorism',
  }),
  act({
    id: 'us-act-isa', title: 'Iran Sanctions Act of 1996', number: 'Pub. L. 104-172', year: 1996, adopted: '1996-08-05',
    summary: 'Imposed sanctions on foreign firms investing in Iran\u2019s energy sector (first enacted as the Iran and Libya Sanctions Act).',
    url: congressBill(104, 'house-bill', 3107), aliases: ['Iran Sanctions Act', 'Iran and Libya Sanctions Act', 'ILSA'], regime: IR,
  }),
  act({
    id: 'us-act-kingpin', title: 'Foreign Narcotics Kingpin Designation Act', number: 'Pub. L. 106-120, title VIII', year: 1999, adopted: '1999-12-03',
    summary: 'Lets the President name and block significant foreign narcotics traffickers worldwide.',
    url: congressBill(106, 'house-bill', 1555), aliases: ['Kingpin Act', 'Foreign Narcotics Kingpin Designation Act'], regime: 'ofac-counter-narcotics', page: ofacPage('counter-narcotics-trafficking-sanctions'),
  }),
  act({
    id: 'us-act-cisada', title: 'Comprehensive Iran Sanctions, Accountability, and Divestment Act of 2010', number: 'Pub. L. 111-195', year: 2010, adopted: '2010-07-01',
    summary: 'Widened Iran sanctions to refined petroleum and to foreign banks dealing with the IRGC or listed Iranian banks.',
    url: congressBill(111, 'house-bill', 2194), aliases: ['CISADA', 'Comprehensive Iran Sanctions, Accountability, and Divestment Act'], regime: IR,
  }),
  act({
    id: 'us-act-itrshra', title: 'Iran Threat Reduction and Syria Human Rights Act of 2012', number: 'Pub. L. 112-158', year: 2012, adopted: '2012-08-10',
    summary: 'Tightened Iran sanctions, including on shipping and foreign subsidiaries of US firms, and added Syria human-rights measures.',
    url: congressBill(112, 'house-bill', 1905), aliases: ['ITRSHRA', 'Iran Threat Reduction and Syria Human Rights Act'], regime: IR,
  }),
  act({
    id: 'us-act-magnitsky', title: 'Sergei Magnitsky Rule of Law Accountability Act of 2012', number: 'Pub. L. 112-208, title IV', year: 2012, adopted: '2012-12-14',
    summary: 'Required sanctions on those responsible for the detention and death of Sergei Magnitsky and for gross abuses in Russia.',
    url: congressBill(112, 'house-bill', 6156), aliases: ['Magnitsky Act', 'Sergei Magnitsky Rule of Law Accountability Act'], regime: 'ofac-magnitsky', page: ofacPage('the-magnitsky-sanctions'),
  }),
  act({
    id: 'us-act-ifca', title: 'Iran Freedom and Counter-Proliferation Act of 2012', number: 'Pub. L. 112-239, title XII, subtitle D', year: 2013, adopted: '2013-01-02',
    summary: 'Targeted Iran\u2019s energy, shipping and shipbuilding sectors and trade in certain metals with Iran.',
    url: congressBill(112, 'house-bill', 4310), aliases: ['IFCA', 'Iran Freedom and Counter-Proliferation Act'], regime: IR,
  }),
  act({
    id: 'us-act-ssides', title: 'Support for the Sovereignty, Integrity, Democracy, and Economic Stability of Ukraine Act of 2014', number: 'Pub. L. 113-95', year: 2014, adopted: '2014-04-03',
    summary: 'Required sanctions on people undermining Ukraine and on corrupt Russian officials.',
    url: congressBill(113, 'house-bill', 4152), aliases: ['SSIDES'], regime: UA,
  }),
  act({
    id: 'us-act-ufsa', title: 'Ukraine Freedom Support Act of 2014', number: 'Pub. L. 113-272', year: 2014, adopted: '2014-12-18',
    summary: 'Authorised sanctions on Russian arms exporters and energy projects and on foreign banks that aid them.',
    url: congressBill(113, 'house-bill', 5859), aliases: ['Ukraine Freedom Support Act'], regime: UA,
  }),
  act({
    id: 'us-act-hifpa', title: 'Hizballah International Financing Prevention Act of 2015', number: 'Pub. L. 114-102', year: 2015, adopted: '2015-12-18',
    summary: 'Threatened foreign banks that facilitate transactions for Hizballah.',
    url: congressBill(114, 'house-bill', 2297), aliases: ['HIFPA', 'Hizballah International Financing Prevention Act'], regime: 'ofac-counter-terrorism',
  }),
  act({
    id: 'us-act-nkspea', title: 'North Korea Sanctions and Policy Enhancement Act of 2016', number: 'Pub. L. 114-122', year: 2016, adopted: '2016-02-18',
    summary: 'Made sanctions on North Korea\u2019s weapons, cyber, human-rights and illicit finance activity mandatory.',
    url: congressBill(114, 'house-bill', 757), aliases: ['NKSPEA', 'North Korea Sanctions and Policy Enhancement Act'], regime: KP, page: ofacPage('north-korea-sanctions'),
  }),
  act({
    id: 'us-act-glomag', title: 'Global Magnitsky Human Rights Accountability Act', number: 'Pub. L. 114-328, title XII, subtitle F', year: 2016, adopted: '2016-12-23',
    summary: 'Authorised sanctions on human-rights abusers and corrupt officials anywhere in the world.',
    url: congressBill(114, 'senate-bill', 2943), aliases: ['Global Magnitsky Act', 'Global Magnitsky Human Rights Accountability Act'], regime: 'ofac-global-magnitsky', page: ofacPage('global-magnitsky-sanctions'),
  }),
  act({
    id: 'us-act-caatsa', title: 'Countering America\u2019s Adversaries Through Sanctions Act', number: 'Pub. L. 115-44', year: 2017, adopted: '2017-08-02',
    summary: 'Codified and widened sanctions on Russia, Iran and North Korea and limited the President\u2019s power to lift them.',
    url: congressBill(115, 'house-bill', 3364),
    aliases: ['CAATSA', 'Countering America\u2019s Adversaries Through Sanctions Act', "Countering America's Adversaries Through Sanctions Act"],
    page: ofacPage('countering-americas-adversaries-through-sanctions-act-related-sanctions'),
  }),
  act({
    id: 'us-act-hifpaa', title: 'Hizballah International Financing Prevention Amendments Act of 2018', number: 'Pub. L. 115-272', year: 2018, adopted: '2018-10-25',
    summary: 'Extended the 2015 Hizballah act to those supporting Hizballah\u2019s fundraising and recruitment.',
    url: congressBill(115, 'house-bill', 3329), aliases: ['HIFPAA', 'Hizballah International Financing Prevention Amendments Act'], regime: 'ofac-counter-terrorism',
  }),
  act({
    id: 'us-act-nhraa', title: 'Nicaragua Human Rights and Anticorruption Act of 2018', number: 'Pub. L. 115-335', year: 2018, adopted: '2018-12-20',
    summary: 'Required sanctions on Nicaraguan officials responsible for repression and corruption.',
    url: congressBill(115, 'house-bill', 1918), aliases: ['NHRAA', 'Nicaragua Human Rights and Anticorruption Act'], regime: 'ofac-nicaragua',
  }),
  act({
    id: 'us-act-caesar', title: 'Caesar Syria Civilian Protection Act of 2019', number: 'Pub. L. 116-92, div. F, title LXXIV', year: 2019, adopted: '2019-12-20',
    summary: 'Imposed secondary sanctions on those aiding the Assad government; waived in 2025 and repealed by the defence authorization act signed in December 2025.',
    url: congressBill(116, 'senate-bill', 1790),
    aliases: ['Caesar Act', 'Caesar Syria Civilian Protection Act', 'Caesar Syria Civilian Protection Act of 2019'], regime: 'ofac-syria',
    repealedBy: { id: 'us-act-ndaa-fy2026', on: '2025-12-18' },
  }),
  act({
    id: 'us-act-peesa', title: 'Protecting Europe\u2019s Energy Security Act of 2019', number: 'Pub. L. 116-92, div. F, title LXXV', year: 2019, adopted: '2019-12-20',
    summary: 'Required sanctions on vessels and firms laying pipe for Nord Stream 2 and TurkStream.',
    url: congressBill(116, 'senate-bill', 1790), aliases: ['PEESA', 'Protecting Europe\u2019s Energy Security Act', "Protecting Europe's Energy Security Act"], regime: RU,
  }),
  act({
    id: 'us-act-uhrpa', title: 'Uyghur Human Rights Policy Act of 2020', number: 'Pub. L. 116-145', year: 2020, adopted: '2020-06-17',
    summary: 'Required sanctions on Chinese officials responsible for abuses against Uyghurs in Xinjiang.',
    url: congressBill(116, 'senate-bill', 3744), aliases: ['UHRPA', 'Uyghur Human Rights Policy Act'],
  }),
  act({
    id: 'us-act-hkaa', title: 'Hong Kong Autonomy Act', number: 'Pub. L. 116-149', year: 2020, adopted: '2020-07-14',
    summary: 'Required sanctions on people eroding Hong Kong\u2019s autonomy and on banks dealing with them.',
    url: congressBill(116, 'house-bill', 7440), aliases: ['HKAA', 'Hong Kong Autonomy Act'],
  }),
  act({
    id: 'us-act-ndaa-fy2026', title: 'National Defense Authorization Act for Fiscal Year 2026', number: 'Pub. L. 119-60', year: 2025, adopted: '2025-12-18',
    summary: 'The yearly defence authorization law; among much else it repealed the Caesar Act on Syria and asked the President for regular reports on Syria\u2019s conduct.',
    url: NDAA_FY2026, aliases: ['National Defense Authorization Act for Fiscal Year 2026'], regime: 'ofac-syria',
  }),
];

export const usInstruments: Instrument[] = [...executiveOrders, ...acts];
