/**
 * European Union: restrictive-measures regimes, the Council regulations and
 * decisions that set them up, and the numbered Russia packages. Numbers and
 * dates checked against EUR-Lex and Council pages; wording is ours.
 */
import type { Instrument, Measure, Regime } from './types';
import { regimeFromSeed, type RegimeSeed } from './regime-seed';

const SANCTIONS_POLICY = 'https://www.consilium.europa.eu/en/policies/sanctions/';
const RUSSIA_TIMELINE = 'https://www.consilium.europa.eu/en/policies/sanctions-against-russia/timeline-sanctions-against-russia/';

function celexUrl(celex: string): string {
  return `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`;
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/**
 * Acts numbered before 2015 are cited number-first ("No 833/2014",
 * "2014/512/CFSP"); from 2015 the EU puts the year first ("2016/44",
 * "(CFSP) 2015/1333").
 */
const YEAR_FIRST_FROM = 2015;

interface ActSeed {
  year: number;
  num: number;
  summary: string;
  regime: string;
  adopted?: string;
  /** 'EC' for regulations adopted before the Lisbon Treaty took effect. */
  legacy?: boolean;
  /** Further official pages the facts were checked against, besides the act's own EUR-Lex page. */
  checked?: string[];
}

function regulation(seed: ActSeed): Instrument {
  const number = seed.year >= YEAR_FIRST_FROM ? `${seed.year}/${seed.num}` : `${seed.num}/${seed.year}`;
  const prefix = seed.legacy ? 'Council Regulation (EC) No' : seed.year >= YEAR_FIRST_FROM ? 'Council Regulation (EU)' : 'Council Regulation (EU) No';
  const url = celexUrl(`3${seed.year}R${pad4(seed.num)}`);
  const instrument: Instrument = {
    id: `eu-reg-${seed.num}-${seed.year}`,
    kind: 'eu-regulation',
    number,
    title: `${prefix} ${number}`,
    year: seed.year,
    regime: seed.regime,
    summary: seed.summary,
    url,
    aliases: [`Regulation ${number}`, `Regulation (${seed.legacy ? 'EC' : 'EU'}) ${seed.year >= YEAR_FIRST_FROM ? '' : 'No '}${number}`],
    sources: [url, ...(seed.checked ?? [])],
  };
  if (seed.adopted) instrument.adopted = seed.adopted;
  return instrument;
}

function decision(seed: ActSeed): Instrument {
  const yearFirst = seed.year >= YEAR_FIRST_FROM;
  const number = yearFirst ? `(CFSP) ${seed.year}/${seed.num}` : `${seed.year}/${seed.num}/CFSP`;
  const url = celexUrl(`3${seed.year}D${pad4(seed.num)}`);
  const instrument: Instrument = {
    id: `eu-dec-${seed.year}-${seed.num}-cfsp`,
    kind: 'eu-decision',
    number,
    title: `Council Decision ${number}`,
    year: seed.year,
    regime: seed.regime,
    summary: seed.summary,
    url,
    aliases: [`Decision ${number}`],
    sources: [url, ...(seed.checked ?? [])],
  };
  if (seed.adopted) instrument.adopted = seed.adopted;
  return instrument;
}

interface AmendingActsSeed {
  ordinal: string;
  adopted?: string;
  regulation: [year: number, num: number];
  decision: [year: number, num: number];
  /** What the regulation's amendment is known for, after "including" or "adding". */
  including?: string;
  adding?: string;
  checked?: string[];
}

/** A Russia package's two amending acts: of Regulation (EU) No 833/2014 and of Decision 2014/512/CFSP. */
function packageAmendments(p: AmendingActsSeed): Instrument[] {
  const base = { regime: 'eu-russia-833', adopted: p.adopted, checked: p.checked };
  const known = p.including ? `, including ${p.including}` : p.adding ? `, adding ${p.adding}` : '';
  const owner = `The ${p.ordinal} package\u2019s amendment of`;
  return [
    regulation({ ...base, year: p.regulation[0], num: p.regulation[1], summary: `${owner} Regulation (EU) No 833/2014${known}.` }),
    decision({ ...base, year: p.decision[0], num: p.decision[1], summary: `${owner} Decision 2014/512/CFSP.` }),
  ];
}

/** Common positions predate CFSP decisions; they are stored as decisions since they play the same role. */
function commonPosition(seed: ActSeed): Instrument {
  const number = `${seed.year}/${seed.num}/CFSP`;
  const url = celexUrl(`3${seed.year}E${pad4(seed.num)}`);
  const instrument: Instrument = {
    id: `eu-cp-${seed.year}-${seed.num}-cfsp`,
    kind: 'eu-decision',
    number,
    title: `Council Common Position ${number}`,
    year: seed.year,
    regime: seed.regime,
    summary: seed.summary,
    url,
    aliases: [`Common Position ${number}`],
    sources: [url],
  };
  if (seed.adopted) instrument.adopted = seed.adopted;
  return instrument;
}

/** Official Journal L 147 of 1 June 2013, which published Decision 2013/255/CFSP "of 31 May 2013". */
const OJ_L_2013_147 = 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L:2013:147:FULL';
/** EUR-Lex page of Regulation (EU) 2024/1745, whose citations name Decision (CFSP) 2024/1744 "of 24 June 2024". */
const ELI_REG_2024_1745 = 'https://eur-lex.europa.eu/eli/reg/2024/1745/oj';
/** Official Journal (Romanian edition) of 28 May 2025 with Decision (CFSP) 2025/1096 "of 27 May 2025" on Syria. */
const OJ_L_2025_1096_RO = 'https://eur-lex.europa.eu/legal-content/RO/TXT/HTML/?uri=OJ%3AL_202501096';

const acts: Instrument[] = [
  // Russia and Ukraine
  regulation({ year: 2014, num: 833, adopted: '2014-07-31', regime: 'eu-russia-833', summary: 'The EU\u2019s sectoral sanctions on Russia: trade, finance, energy, transport and services bans, amended by every package since 2022.' }),
  decision({ year: 2014, num: 512, adopted: '2014-07-31', regime: 'eu-russia-833', summary: 'The CFSP decision behind the sectoral measures on Russia.' }),
  regulation({ year: 2014, num: 269, adopted: '2014-03-17', regime: 'eu-ukraine-269', summary: 'Asset freeze and ban on making funds available to people undermining Ukraine\u2019s territorial integrity; the main EU list of Russia-related designations.' }),
  decision({ year: 2014, num: 145, adopted: '2014-03-17', regime: 'eu-ukraine-269', summary: 'The CFSP decision behind the Ukraine territorial-integrity asset freeze and travel ban.' }),
  regulation({ year: 2014, num: 208, regime: 'eu-ukraine-misappropriation', summary: 'Asset freeze on people responsible for misappropriating Ukrainian state funds.' }),
  decision({ year: 2014, num: 119, regime: 'eu-ukraine-misappropriation', summary: 'The CFSP decision behind the Ukraine misappropriation asset freeze.' }),
  regulation({ year: 2014, num: 692, regime: 'eu-crimea-occupied-territories', summary: 'Restrictions on trade and investment with illegally annexed Crimea and Sevastopol.' }),
  decision({ year: 2014, num: 386, regime: 'eu-crimea-occupied-territories', summary: 'The CFSP decision behind the Crimea and Sevastopol restrictions.' }),
  regulation({ year: 2022, num: 263, adopted: '2022-02-23', regime: 'eu-crimea-occupied-territories', summary: 'Extended Crimea-style trade and investment bans to areas of Ukraine not controlled by its government.' }),
  decision({ year: 2022, num: 266, adopted: '2022-02-23', regime: 'eu-crimea-occupied-territories', summary: 'The CFSP decision behind the restrictions on non-government-controlled areas of Ukraine.' }),
  regulation({ year: 2024, num: 1485, regime: 'eu-russia-human-rights', summary: 'Regime for human-rights abuses and repression inside Russia.' }),
  decision({ year: 2024, num: 1484, regime: 'eu-russia-human-rights', summary: 'The CFSP decision behind the Russia internal-repression regime.' }),
  regulation({ year: 2024, num: 2642, adopted: '2024-10-08', regime: 'eu-russia-hybrid', summary: 'Regime for Russia\u2019s destabilising activities such as sabotage, disinformation and election interference.' }),
  decision({ year: 2024, num: 2643, adopted: '2024-10-08', regime: 'eu-russia-hybrid', summary: 'The CFSP decision behind the Russia hybrid-threats regime.' }),
  ...packageAmendments({ ordinal: '14th', adopted: '2024-06-24', regulation: [2024, 1745], decision: [2024, 1744], checked: [ELI_REG_2024_1745] }),
  // Source note: the numbers and dates of the 15th and 16th package acts come from copies, their EUR-Lex
  // pages were not read: 2024/3192 from Arendt & Medernach (arendt.com, "EU adopts 15th package"),
  // 2024/3187 from Rödl & Partner (roedl.de, December 2024 sanctions newsletter); 2025/395 and
  // 2025/394 of 24 February 2025 from the preamble of Regulation 2025/395 reprinted on gesetze.legal
  // and from Graf von Westphalen (gvw.com, "16. Sanktionspaket") and Penningtons Manches Cooper; 2025/932 and
  // 2025/931 from Kronsteyn (kronsteyn.law, "EU Adds 189 Ships"), which gives the regulation's entry into force
  // (21 May 2025) but not the acts' own dates, so those are left out.
  ...packageAmendments({ ordinal: '15th', adopted: '2024-12-16', regulation: [2024, 3192], decision: [2024, 3187] }),
  ...packageAmendments({ ordinal: '16th', adopted: '2025-02-24', regulation: [2025, 395], decision: [2025, 394], including: 'the ban on imports of Russian primary aluminium' }),
  ...packageAmendments({ ordinal: '17th', regulation: [2025, 932], decision: [2025, 931], adding: '189 vessels to its shadow-fleet list' }),
  ...packageAmendments({ ordinal: '18th', adopted: '2025-07-18', regulation: [2025, 1494], decision: [2025, 1495] }),
  ...packageAmendments({ ordinal: '19th', adopted: '2025-10-23', regulation: [2025, 2033], decision: [2025, 2032], including: 'the phased ban on Russian LNG imports' }),
  // Audit of 4 December 2026. Source note for the 2026 acts below. The numbers and dates of Regulation 2026/506 and
  // Decision 2026/1849 were read only in a copy: the vessel lists of github.com/christianpanton/those.sketchy.boats,
  // whose files src/sanctions/eu-2026-04-23.imo and eu-2026-07-23.imo open with the acts' Official Journal titles
  // ("Council Regulation (EU) 2026/506 of 23 April 2026 amending Regulation (EU) No 833/2014 ...", "EU 21st sanctions
  // package / Council Decision (CFSP) 2026/1849 of 23 July 2026 amending Decision 2014/512/CFSP ...") and whose
  // commit of 23 April 2026 is named "adding 20th package". That the 20th package was adopted is also in law-firm
  // notes (agorax.com, "EU's 20th Sanctions Package Against Russia"), which give no date. The 20th package's amending
  // decision was not found, so it is left out; the 21st package's regulation is recorded below (2026/1848).
  regulation({ year: 2026, num: 506, adopted: '2026-04-23', regime: 'eu-russia-833', summary: 'The 20th package\u2019s amendment of Regulation (EU) No 833/2014, listing further shadow-fleet vessels.' }),
  decision({ year: 2026, num: 1849, adopted: '2026-07-23', regime: 'eu-russia-833', summary: 'The 21st package\u2019s amendment of Decision 2014/512/CFSP, listing further shadow-fleet vessels.' }),
  // Audit of 8 December 2026 (issue #26). Regulation (EU) 2026/1848 of 23 July 2026, the 21st package's amendment of
  // Regulation (EU) No 833/2014, published as OJ L 2026/1848 (EUR-Lex address OJ:L_202601848). Its number, date and
  // title were read only in copies in public code: a test fixture that cites "Council Regulation (EU) 2026/1848 of
  // 23 July 2026 amending Regulation (EU) No 833/2014" at that EUR-Lex address, and a comment recording that the
  // Publications Office catalogue (queried 4 October 2026) lists it as the latest act amending 32014R0833, with
  // ship-annex entries 652 to 692 in a third. The EUR-Lex page itself was not among the stored pages.
  regulation({ year: 2026, num: 1848, adopted: '2026-07-23', regime: 'eu-russia-833', summary: 'The 21st package\u2019s amendment of Regulation (EU) No 833/2014 (OJ L 2026/1848), adopted with Decision (CFSP) 2026/1849; what it changed beyond further shadow-fleet vessels was not checked for this record.', checked: ['https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:L_202601848'] }),
  // Read on EUR-Lex (CELEX 32026D1437): title, date, publication (OJ L 26.6.2026) and recitals; the operative
  // article was not in the part read, so what it changed is not stated beyond the recitals.
  decision({ year: 2026, num: 1437, adopted: '2026-06-25', regime: 'eu-russia-833', summary: 'Amended Decision 2014/512/CFSP on 25 June 2026; its recitals recall General Assembly resolution ES-11/7 and say the Union\u2019s measures should stay in force as long as Russia\u2019s illegal actions continue.', checked: ['https://eur-lex.europa.eu/legal-content/AUTO/?uri=CELEX%3A32026D1437'] }),

  // Belarus
  regulation({ year: 2006, num: 765, adopted: '2006-05-18', legacy: true, regime: 'eu-belarus', summary: 'The EU\u2019s Belarus sanctions regulation, now covering listings and wide trade and financial bans.' }),
  decision({ year: 2012, num: 642, regime: 'eu-belarus', summary: 'The CFSP decision behind EU sanctions on Belarus.' }),

  // Iran
  regulation({ year: 2012, num: 267, adopted: '2012-03-23', regime: 'eu-iran-nuclear', summary: 'EU nuclear-related sanctions on Iran; its lifted measures were restored after the 2025 snapback.' }),
  decision({ year: 2010, num: 413, adopted: '2010-07-26', regime: 'eu-iran-nuclear', summary: 'The CFSP decision behind EU nuclear-related sanctions on Iran.', checked: [celexUrl('32025D1972')] }),
  regulation({ year: 2025, num: 1975, adopted: '2025-09-29', regime: 'eu-iran-nuclear', summary: 'Restored in Regulation (EU) No 267/2012 the nuclear-related sanctions on Iran lifted under the 2015 nuclear deal, after the UN snapback.' }),
  decision({ year: 2025, num: 1972, adopted: '2025-09-29', regime: 'eu-iran-nuclear', summary: 'Restored in Decision 2010/413/CFSP the nuclear-related measures on Iran lifted under the 2015 nuclear deal, after the UN snapback.' }),
  regulation({ year: 2011, num: 359, regime: 'eu-iran-human-rights', summary: 'Asset freeze on those responsible for serious human-rights violations in Iran.' }),
  decision({ year: 2011, num: 235, regime: 'eu-iran-human-rights', summary: 'The CFSP decision behind the Iran human-rights regime.' }),
  regulation({ year: 2023, num: 1529, regime: 'eu-iran-military-support', summary: 'Regime targeting Iran\u2019s drone and missile support to Russia and armed groups in the Middle East and Red Sea region.' }),
  decision({ year: 2023, num: 1532, regime: 'eu-iran-military-support', summary: 'The CFSP decision behind the Iran military-support regime.' }),

  // Syria, DPRK, Libya
  regulation({ year: 2012, num: 36, adopted: '2012-01-18', regime: 'eu-syria', summary: 'The EU\u2019s Syria sanctions regulation; most economic measures were lifted in 2025 while Assad-era listings remain.' }),
  decision({ year: 2013, num: 255, adopted: '2013-05-31', regime: 'eu-syria', summary: 'The CFSP decision behind EU sanctions on Syria.', checked: [OJ_L_2013_147] }),
  regulation({ year: 2025, num: 407, adopted: '2025-02-24', regime: 'eu-syria', summary: 'After the fall of the Assad government, suspended a number of sectoral measures in Regulation (EU) No 36/2012 and added exemptions.' }),
  decision({ year: 2025, num: 406, adopted: '2025-02-24', regime: 'eu-syria', summary: 'After the fall of the Assad government, suspended a number of sectoral and individual measures in Decision 2013/255/CFSP.' }),
  // Adopted on 27 May 2025 and published on 28 May. The regulation's number and date come from copies of its
  // text (umwelt-online.de, IHK Erfurt), which cite the decision read on EUR-Lex.
  regulation({ year: 2025, num: 1098, adopted: '2025-05-27', regime: 'eu-syria', summary: 'Lifted the economic restrictive measures in Regulation (EU) No 36/2012 except those based on security grounds, keeping the listings of the Assad circle.', checked: [OJ_L_2025_1096_RO] }),
  decision({ year: 2025, num: 1096, adopted: '2025-05-27', regime: 'eu-syria', summary: 'Lifted the economic restrictive measures in Decision 2013/255/CFSP except those based on security grounds, and prolonged the listings linked to the Assad regime to 1 June 2026.', checked: [OJ_L_2025_1096_RO] }),
  regulation({ year: 2017, num: 1509, adopted: '2017-08-30', regime: 'eu-dprk', summary: 'The EU\u2019s North Korea regulation, carrying UN and EU-autonomous listings and near-total trade bans.' }),
  decision({ year: 2016, num: 849, adopted: '2016-05-27', regime: 'eu-dprk', summary: 'The CFSP decision behind EU sanctions on North Korea.' }),
  regulation({ year: 2016, num: 44, adopted: '2016-01-18', regime: 'eu-libya', summary: 'The EU\u2019s Libya regulation, implementing UN measures and adding EU listings.' }),
  decision({ year: 2015, num: 1333, adopted: '2015-07-31', regime: 'eu-libya', summary: 'The CFSP decision behind EU sanctions on Libya.' }),

  // Terrorism
  commonPosition({ year: 2001, num: 931, adopted: '2001-12-27', regime: 'eu-terrorism-cp931', summary: 'Set up the EU terrorist list, implementing resolution 1373 (2001).' }),
  regulation({ year: 2001, num: 2580, adopted: '2001-12-27', legacy: true, regime: 'eu-terrorism-cp931', summary: 'Freezes the funds of people and groups on the EU terrorist list.' }),
  regulation({ year: 2002, num: 881, adopted: '2002-05-27', legacy: true, regime: 'eu-isil-al-qaida', summary: 'Implements the UN ISIL (Da\u2019esh) and Al-Qaida sanctions list in the EU.' }),
  commonPosition({ year: 2002, num: 402, regime: 'eu-isil-al-qaida', summary: 'The CFSP act behind the EU implementation of the UN Al-Qaida and Taliban measures.' }),
  regulation({ year: 2016, num: 1686, regime: 'eu-isil-al-qaida', summary: 'Lets the EU list ISIL and Al-Qaida supporters autonomously.' }),
  decision({ year: 2016, num: 1693, regime: 'eu-isil-al-qaida', summary: 'The CFSP decision behind the EU\u2019s own ISIL and Al-Qaida listings.' }),
  regulation({ year: 2011, num: 753, regime: 'eu-taliban', summary: 'Implements the UN 1988 Taliban sanctions in the EU.' }),
  decision({ year: 2011, num: 486, regime: 'eu-taliban', summary: 'The CFSP decision behind the EU Taliban measures.' }),
  regulation({ year: 2024, num: 386, regime: 'eu-hamas-pij', summary: 'Regime against those who support or enable violent actions by Hamas and Palestinian Islamic Jihad.' }),
  decision({ year: 2024, num: 385, regime: 'eu-hamas-pij', summary: 'The CFSP decision behind the Hamas and PIJ regime.' }),

  // Thematic
  regulation({ year: 2020, num: 1998, adopted: '2020-12-07', regime: 'eu-global-human-rights', summary: 'The EU Global Human Rights Sanctions Regime.' }),
  decision({ year: 2020, num: 1999, adopted: '2020-12-07', regime: 'eu-global-human-rights', summary: 'The CFSP decision behind the EU Global Human Rights Sanctions Regime.' }),
  regulation({ year: 2019, num: 796, adopted: '2019-05-17', regime: 'eu-cyber', summary: 'The EU regime against cyber-attacks threatening the Union or its member states.' }),
  decision({ year: 2019, num: 797, adopted: '2019-05-17', regime: 'eu-cyber', summary: 'The CFSP decision behind the EU cyber sanctions regime.' }),
  regulation({ year: 2018, num: 1542, regime: 'eu-chemical-weapons', summary: 'The EU regime against the proliferation and use of chemical weapons.' }),
  decision({ year: 2018, num: 1544, regime: 'eu-chemical-weapons', summary: 'The CFSP decision behind the EU chemical weapons regime.' }),

  // Country regimes
  regulation({ year: 2013, num: 401, regime: 'eu-myanmar', summary: 'EU restrictive measures on Myanmar/Burma.' }),
  decision({ year: 2013, num: 184, regime: 'eu-myanmar', summary: 'The CFSP decision behind EU sanctions on Myanmar/Burma.' }),
  regulation({ year: 2017, num: 2063, regime: 'eu-venezuela', summary: 'EU restrictive measures on Venezuela.' }),
  decision({ year: 2017, num: 2074, regime: 'eu-venezuela', summary: 'The CFSP decision behind EU sanctions on Venezuela.' }),
  regulation({ year: 2019, num: 1716, regime: 'eu-nicaragua', summary: 'EU restrictive measures on Nicaragua.' }),
  decision({ year: 2019, num: 1720, regime: 'eu-nicaragua', summary: 'The CFSP decision behind EU sanctions on Nicaragua.' }),
  regulation({ year: 2017, num: 1770, regime: 'eu-mali', summary: 'EU restrictive measures on Mali.' }),
  decision({ year: 2017, num: 1775, regime: 'eu-mali', summary: 'The CFSP decision behind EU sanctions on Mali.' }),
  // Source note: read in a copy of the Council's alignment statement of 22 December 2025 (pubt.io), which cites
  // OJ L, 2025/2436, 2.12.2025; the act's EUR-Lex page was not read.
  decision({ year: 2025, num: 2436, adopted: '2025-12-01', regime: 'eu-mali', summary: 'Prolonged the EU Mali measures of Decision (CFSP) 2017/1775 for one year, to 14 December 2026.' }),
  regulation({ year: 2014, num: 747, regime: 'eu-sudan', summary: 'EU implementation of the UN Sudan (Darfur) sanctions.' }),
  decision({ year: 2014, num: 450, regime: 'eu-sudan', summary: 'The CFSP decision behind EU sanctions on Sudan.' }),
  regulation({ year: 2023, num: 2147, regime: 'eu-sudan-destabilising', summary: 'EU regime for activities undermining Sudan\u2019s stability and political transition.' }),
  decision({ year: 2023, num: 2135, regime: 'eu-sudan-destabilising', summary: 'The CFSP decision behind the Sudan stability regime.' }),
  regulation({ year: 2015, num: 735, regime: 'eu-south-sudan', summary: 'EU restrictive measures on South Sudan.' }),
  decision({ year: 2015, num: 740, regime: 'eu-south-sudan', summary: 'The CFSP decision behind EU sanctions on South Sudan.' }),
  regulation({ year: 2014, num: 224, regime: 'eu-car', summary: 'EU restrictive measures on the Central African Republic.' }),
  decision({ year: 2013, num: 798, regime: 'eu-car', summary: 'The CFSP decision behind EU sanctions on the Central African Republic.' }),
  regulation({ year: 2005, num: 1183, legacy: true, regime: 'eu-drc', summary: 'EU restrictive measures on the Democratic Republic of the Congo.' }),
  decision({ year: 2010, num: 788, regime: 'eu-drc', summary: 'The CFSP decision behind EU sanctions on the DRC.' }),
  regulation({ year: 2010, num: 356, regime: 'eu-somalia', summary: 'Asset freeze under the EU Somalia regime.' }),
  decision({ year: 2010, num: 231, regime: 'eu-somalia', summary: 'The CFSP decision behind EU sanctions on Somalia.' }),
  regulation({ year: 2014, num: 1352, regime: 'eu-yemen', summary: 'EU restrictive measures on Yemen.' }),
  decision({ year: 2014, num: 932, regime: 'eu-yemen', summary: 'The CFSP decision behind EU sanctions on Yemen.' }),
  regulation({ year: 2022, num: 2309, regime: 'eu-haiti', summary: 'EU restrictive measures on Haiti.' }),
  decision({ year: 2022, num: 2319, regime: 'eu-haiti', summary: 'The CFSP decision behind EU sanctions on Haiti.' }),
  regulation({ year: 2024, num: 287, regime: 'eu-guatemala', summary: 'EU restrictive measures on Guatemala.' }),
  decision({ year: 2024, num: 254, regime: 'eu-guatemala', summary: 'The CFSP decision behind EU sanctions on Guatemala.' }),
  regulation({ year: 2023, num: 888, regime: 'eu-moldova', summary: 'EU regime against actions destabilising the Republic of Moldova.' }),
  decision({ year: 2023, num: 891, regime: 'eu-moldova', summary: 'The CFSP decision behind the Moldova destabilisation regime.' }),
  regulation({ year: 2003, num: 1210, legacy: true, regime: 'eu-iraq', summary: 'EU restrictive measures on Iraq, including the freeze on former regime assets.' }),
  commonPosition({ year: 2003, num: 495, regime: 'eu-iraq', summary: 'The CFSP act behind EU sanctions on Iraq.' }),
  regulation({ year: 2021, num: 1275, adopted: '2021-07-30', regime: 'eu-lebanon', summary: 'EU regime for those undermining democracy or the rule of law in Lebanon.' }),
  decision({ year: 2021, num: 1277, adopted: '2021-07-30', regime: 'eu-lebanon', summary: 'The CFSP decision behind the Lebanon regime.' }),
  regulation({ year: 2011, num: 101, regime: 'eu-tunisia', summary: 'Asset freeze on people responsible for misappropriating Tunisian state funds.' }),
  decision({ year: 2011, num: 72, regime: 'eu-tunisia', summary: 'The CFSP decision behind the Tunisia misappropriation regime.' }),
  regulation({ year: 2009, num: 1284, legacy: false, regime: 'eu-guinea', summary: 'EU restrictive measures on Guinea.' }),
  decision({ year: 2010, num: 638, regime: 'eu-guinea', summary: 'The CFSP decision behind EU sanctions on Guinea.' }),
  regulation({ year: 2012, num: 377, regime: 'eu-guinea-bissau', summary: 'EU restrictive measures on Guinea-Bissau.' }),
  decision({ year: 2012, num: 285, regime: 'eu-guinea-bissau', summary: 'The CFSP decision behind EU sanctions on Guinea-Bissau.' }),
  regulation({ year: 2015, num: 1755, regime: 'eu-burundi', summary: 'EU restrictive measures on Burundi.' }),
  decision({ year: 2015, num: 1763, regime: 'eu-burundi', summary: 'The CFSP decision behind EU sanctions on Burundi.' }),
  regulation({ year: 2004, num: 314, legacy: true, regime: 'eu-zimbabwe', summary: 'EU restrictive measures on Zimbabwe, now chiefly an arms embargo.' }),
  decision({ year: 2011, num: 101, regime: 'eu-zimbabwe', summary: 'The CFSP decision behind EU sanctions on Zimbabwe.' }),
  decision({ year: 2011, num: 173, regime: 'eu-bosnia', summary: 'EU framework for listing those who undermine Bosnia and Herzegovina\u2019s sovereignty or the Dayton agreement.' }),
];

// --- Numbered Russia packages ------------------------------------------------

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', 'twenty-first',
];

function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

interface PackageSeed {
  n: number;
  adopted: string;
  summary: string;
  /** The Council's own press release, where its address was confirmed; otherwise the Council timeline. */
  pressRelease?: string;
  /** Ids of the package's amending regulation and decision, where their numbers were checked on EUR-Lex. */
  legalActs?: string[];
}

function russiaPackage(seed: PackageSeed): Instrument {
  const ord = ordinal(seed.n);
  const word = ORDINAL_WORDS[seed.n - 1];
  const url = seed.pressRelease ?? RUSSIA_TIMELINE;
  return {
    id: `eu-package-${seed.n}`,
    kind: 'eu-package',
    number: String(seed.n),
    title: `EU ${ord} sanctions package against Russia`,
    year: Number(seed.adopted.slice(0, 4)),
    adopted: seed.adopted,
    regime: 'eu-russia-833',
    summary: seed.summary,
    url,
    aliases: [
      `${ord} package of sanctions`,
      `${ord} sanctions package`,
      `${word} package of sanctions`,
      `${word} sanctions package`,
      `${ord} round of sanctions`,
    ],
    sources: [...(seed.pressRelease ? [seed.pressRelease, RUSSIA_TIMELINE] : [RUSSIA_TIMELINE]), ...(seed.legalActs ?? []).map(actUrl)],
  };
}

function actUrl(id: string): string {
  const act = acts.find((a) => a.id === id);
  if (!act) throw new Error(`EU package cites unknown act ${id}`);
  return act.url;
}

const packages: Instrument[] = [
  russiaPackage({ n: 1, adopted: '2022-02-23', summary: 'Answered Russia\u2019s recognition of the DNR and LNR: listed Duma members and officials, barred trade with those areas and limited Russia\u2019s access to EU capital markets.' }),
  russiaPackage({ n: 2, adopted: '2022-02-25', summary: 'Froze assets of Putin and Lavrov and restricted finance, energy technology, aviation and dual-use exports.' }),
  russiaPackage({ n: 3, adopted: '2022-02-28', summary: 'Banned transactions with the Central Bank of Russia, closed EU airspace to Russian aircraft, cut seven banks off SWIFT and suspended RT and Sputnik.' }),
  russiaPackage({ n: 4, adopted: '2022-03-15', summary: 'Banned transactions with some state-owned firms, new investment in Russian energy, steel imports and luxury-goods exports.' }),
  russiaPackage({ n: 5, adopted: '2022-04-08', summary: 'Banned Russian coal imports, closed EU ports to Russian vessels and EU roads to Russian hauliers, and widened trade bans.' }),
  russiaPackage({ n: 6, adopted: '2022-06-03', summary: 'Phased out most imports of Russian crude oil and oil products by sea and removed more banks, including Sberbank, from SWIFT.' }),
  russiaPackage({ n: 7, adopted: '2022-07-21', summary: 'The \u201cmaintenance and alignment\u201d package: banned Russian gold imports and tightened existing measures.' }),
  russiaPackage({ n: 8, adopted: '2022-10-06', summary: 'Laid the legal basis for the oil price cap and banned more trade and some business services.' }),
  russiaPackage({ n: 9, adopted: '2022-12-16', summary: 'Listed almost 200 more people and entities and banned exports of drone engines and other items.' }),
  russiaPackage({ n: 10, adopted: '2023-02-25', summary: 'Banned exports of further technology and industrial goods and listed Iranian suppliers of drones to Russia.' }),
  russiaPackage({ n: 11, adopted: '2023-06-23', summary: 'Added an anti-circumvention tool that can restrict exports to third countries used to reroute goods to Russia.' }),
  russiaPackage({ n: 12, adopted: '2023-12-18', summary: 'Banned imports of Russian diamonds and required \u201cno re-export to Russia\u201d clauses in contracts.' }),
  russiaPackage({ n: 13, adopted: '2024-02-23', summary: 'Listed nearly 200 more people and firms, including third-country suppliers to Russia\u2019s military.' }),
  russiaPackage({
    n: 14, adopted: '2024-06-24',
    summary: 'Banned the transshipment of Russian LNG through EU ports and began listing shadow-fleet vessels. Adopted as Council Regulation (EU) 2024/1745 and Decision (CFSP) 2024/1744.',
    legalActs: ['eu-reg-1745-2024', 'eu-dec-2024-1744-cfsp'],
  }),
  // The 15th to 17th package act numbers were read in copies (see the acts above), so they are named
  // in the summary but not listed as EUR-Lex-checked legal acts.
  russiaPackage({ n: 15, adopted: '2024-12-16', summary: 'Listed more shadow-fleet tankers and third-country firms and tightened enforcement. Adopted as Council Regulation (EU) 2024/3192 and Decision (CFSP) 2024/3187.' }),
  russiaPackage({ n: 16, adopted: '2025-02-24', summary: 'Banned imports of Russian primary aluminium, listed more shadow-fleet vessels and cut more banks off from transactions. Adopted as Council Regulation (EU) 2025/395 and Decision (CFSP) 2025/394.' }),
  russiaPackage({
    n: 17, adopted: '2025-05-20',
    summary: 'Listed 189 more shadow-fleet vessels and further firms and people, alongside new hybrid-threat, human-rights and chemical-weapons listings. Adopted as Council Regulation (EU) 2025/932 and Decision (CFSP) 2025/931.',
    pressRelease: 'https://www.consilium.europa.eu/en/press/press-releases/2025/05/20/russia-s-war-of-aggression-against-ukraine-eu-agrees-17th-package-of-sanctions/',
  }),
  russiaPackage({
    n: 18, adopted: '2025-07-18',
    summary: 'Replaced the fixed oil price cap with a dynamic one set below the market price, banned Nord Stream transactions and listed 105 more vessels. Adopted as Council Regulation (EU) 2025/1494 and Decision (CFSP) 2025/1495.',
    legalActs: ['eu-reg-1494-2025', 'eu-dec-2025-1495-cfsp'],
  }),
  russiaPackage({
    n: 19, adopted: '2025-10-23',
    summary: 'Banned imports of Russian LNG in two steps, from 25 April 2026 under short-term contracts and from 1 January 2027 under long-term ones; targeted third-country banks and crypto providers and listed more shadow-fleet vessels. Adopted as Council Regulation (EU) 2025/2033 and Decision (CFSP) 2025/2032.',
    legalActs: ['eu-reg-2033-2025', 'eu-dec-2025-2032-cfsp'],
    pressRelease: 'https://www.consilium.europa.eu/en/press/press-releases/2025/10/23/19th-package-of-sanctions-against-russia-eu-targets-russian-energy-third-country-banks-and-crypto-providers/',
  }),
  // The 20th and 21st packages are dated by their acts, read in a copy (see the source note on those acts above);
  // the measures of the 20th are as law-firm notes describe them (agorax.com). The Council press releases were not read.
  russiaPackage({
    n: 20, adopted: '2026-04-23',
    summary: 'Activated the anti-circumvention tool, for exports to Kyrgyzstan, laid the basis for a later ban on maritime services for Russian crude oil and oil products, tightened LNG and payment-channel measures including crypto-assets, and listed more shadow-fleet vessels. Its amendment of Regulation (EU) No 833/2014 is Council Regulation (EU) 2026/506.',
  }),
  russiaPackage({
    n: 21, adopted: '2026-07-23',
    summary: 'Listed more shadow-fleet vessels, among other measures not checked for this record. Its amendment of Regulation (EU) No 833/2014 is Council Regulation (EU) 2026/1848 and of Decision 2014/512/CFSP Council Decision (CFSP) 2026/1849.',
  }),
];

export const euInstruments: Instrument[] = [...acts, ...packages];

// --- Regimes -----------------------------------------------------------------

function euRegime(seed: RegimeSeed): Regime {
  const sources = seed.establishedBy.map((id) => {
    const act = acts.find((a) => a.id === id);
    if (!act) throw new Error(`EU regime ${seed.id} cites unknown act ${id}`);
    return act.url;
  });
  return regimeFromSeed('EU', seed, [...sources, SANCTIONS_POLICY]);
}

const FREEZE_AND_BAN: Measure[] = ['asset freeze', 'travel ban'];
const FREEZE_AND_BAN_TEXT = 'asset freeze and EU travel ban on listed people; ban on making funds available to them';

export const euRegimes: Regime[] = [
  euRegime({
    id: 'eu-russia-833', name: 'EU sectoral sanctions on Russia', codes: ['RUS'],
    establishedBy: ['eu-reg-833-2014', 'eu-dec-2014-512-cfsp'], latest: 'eu-package-21',
    target: 'Russia\u2019s economy: energy, finance, trade, transport and services', jurisdictions: ['ru'],
    measures: ['sectoral', 'trade', 'financial', 'maritime', 'aviation', 'arms embargo'],
    measuresText: 'bans on Russian oil, coal, gold, steel and diamond imports, export bans on dual-use and industrial goods, oil price cap, shadow-fleet port bans, financial and services bans',
    // The count of packages is left out of the summary: the 20th and 21st were read in copies only.
    summary: 'The EU\u2019s economic sanctions on Russia, first adopted in 2014 and extended by numbered packages since February 2022.',
  }),
  euRegime({
    id: 'eu-ukraine-269', name: 'EU sanctions for actions undermining Ukraine\u2019s territorial integrity', codes: ['UKR'],
    establishedBy: ['eu-reg-269-2014', 'eu-dec-2014-145-cfsp'],
    target: 'people and entities responsible for, supporting or profiting from Russia\u2019s war against Ukraine', jurisdictions: ['ru', 'crimea', 'donetsk-luhansk'],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'The EU\u2019s main list of Russia-related designations, holding well over two thousand people and entities.',
  }),
  euRegime({
    id: 'eu-ukraine-misappropriation', name: 'EU sanctions for misappropriation of Ukrainian state funds', codes: ['UKR'],
    establishedBy: ['eu-reg-208-2014', 'eu-dec-2014-119-cfsp'],
    target: 'people responsible for misappropriating Ukrainian state funds', jurisdictions: [],
    measures: ['asset freeze'], measuresText: 'asset freeze',
    summary: 'A 2014 EU regime freezing assets of former Ukrainian officials accused of embezzling state funds.',
  }),
  euRegime({
    id: 'eu-crimea-occupied-territories', name: 'EU restrictions on Crimea, Sevastopol and other occupied areas of Ukraine', codes: [],
    establishedBy: ['eu-reg-692-2014', 'eu-dec-2014-386-cfsp', 'eu-reg-263-2022', 'eu-dec-2022-266-cfsp'],
    target: 'trade and investment with Crimea, Sevastopol and the areas of Ukraine Russia occupies', jurisdictions: ['crimea', 'donetsk-luhansk'],
    measures: ['trade', 'financial'], measuresText: 'bans on imports from, investment in and certain exports and services to the occupied areas',
    // Source note for the 2026 prolongation: news reports of the Official Journal of 23 February 2026 (news.online.ua,
    // newsru.co.il) quoting the amending decision; a copy of a Council alignment statement (pubt.io) names a Decision
    // (CFSP) 2026/438 of 23 February 2026 renewing "the regime" to the same day, without naming the regime, so the
    // number is not tied to it here.
    summary: 'Territorial embargoes: Crimea and Sevastopol since 2014, widened in 2022 to the non-government-controlled areas of Ukraine; the measures on those areas (Decision (CFSP) 2022/266) were prolonged in February 2026 to 24 February 2027.',
  }),
  euRegime({
    id: 'eu-russia-human-rights', name: 'EU sanctions on human-rights violations in Russia', codes: ['RUS'],
    establishedBy: ['eu-reg-1485-2024', 'eu-dec-2024-1484-cfsp'],
    target: 'people responsible for repression inside Russia, such as the persecution of Alexei Navalny', jurisdictions: ['ru'],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'A 2024 EU regime for internal repression and human-rights abuses in Russia.',
  }),
  euRegime({
    id: 'eu-russia-hybrid', name: 'EU sanctions on Russia\u2019s destabilising activities (hybrid threats)', codes: ['RUSDA'],
    establishedBy: ['eu-reg-2642-2024', 'eu-dec-2024-2643-cfsp'],
    target: 'people and entities behind Russian sabotage, disinformation, election interference and similar hybrid activity', jurisdictions: ['ru'],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'The EU regime adopted in October 2024 for Russian hybrid threats.',
  }),
  euRegime({
    id: 'eu-belarus', name: 'EU sanctions on Belarus', codes: ['BLR'],
    establishedBy: ['eu-reg-765-2006', 'eu-dec-2012-642-cfsp'],
    target: 'the Lukashenka government, those behind repression and Belarus\u2019s role in the war against Ukraine', jurisdictions: ['by'],
    measures: ['asset freeze', 'travel ban', 'arms embargo', 'trade', 'financial', 'aviation'],
    measuresText: 'asset freeze and travel ban on listed people, arms embargo, broad trade, financial and aviation restrictions',
    summary: 'EU sanctions on Belarus, greatly widened after the 2020 election, the 2021 Ryanair diversion and the 2022 invasion of Ukraine.',
  }),
  euRegime({
    id: 'eu-iran-nuclear', name: 'EU nuclear non-proliferation sanctions on Iran', codes: ['IRN'],
    establishedBy: ['eu-reg-267-2012', 'eu-dec-2010-413-cfsp'],
    target: 'Iran\u2019s nuclear and ballistic missile programmes and the sectors that fund them', jurisdictions: ['ir'],
    measures: ['asset freeze', 'travel ban', 'arms embargo', 'trade', 'financial'],
    measuresText: 'asset freeze and travel ban on listed people and entities, arms embargo, trade and financial restrictions',
    latest: 'eu-reg-1975-2025',
    summary: 'EU sanctions on Iran\u2019s proliferation activities; those lifted under the 2015 nuclear deal were reinstated on 29 September 2025, after the UN snapback, by Regulation (EU) 2025/1975 and Decision (CFSP) 2025/1972.',
  }),
  euRegime({
    id: 'eu-iran-human-rights', name: 'EU sanctions on serious human-rights violations in Iran', codes: ['IRN'],
    establishedBy: ['eu-reg-359-2011', 'eu-dec-2011-235-cfsp'],
    target: 'people and entities responsible for serious human-rights violations in Iran', jurisdictions: ['ir'],
    measures: ['asset freeze', 'travel ban', 'trade'],
    measuresText: 'asset freeze and travel ban; ban on exports of equipment for internal repression and telecoms monitoring',
    summary: 'EU human-rights sanctions on Iran, in place since 2011.',
  }),
  euRegime({
    id: 'eu-iran-military-support', name: 'EU sanctions on Iran\u2019s military support to Russia and armed groups', codes: ['IRN'],
    establishedBy: ['eu-reg-1529-2023', 'eu-dec-2023-1532-cfsp'],
    target: 'Iran\u2019s drone and missile programmes and their transfer to Russia and armed groups in the Middle East and Red Sea region', jurisdictions: ['ir'],
    measures: ['asset freeze', 'travel ban', 'trade'],
    measuresText: 'asset freeze and travel ban; export bans on drone and missile components',
    summary: 'An EU regime adopted in 2023 and widened in 2024 over Iranian drones and missiles.',
  }),
  euRegime({
    id: 'eu-syria', name: 'EU sanctions on Syria', codes: ['SYR'],
    establishedBy: ['eu-reg-36-2012', 'eu-dec-2013-255-cfsp'], latest: 'eu-reg-1098-2025',
    target: 'the former Assad government and its supporters, and chemical weapons use', jurisdictions: ['sy'],
    measures: ['asset freeze', 'travel ban', 'arms embargo', 'trade'],
    measuresText: 'asset freeze and travel ban on Assad-era figures, arms embargo and restrictions on equipment for repression; most economic measures lifted in 2025',
    summary: 'EU sanctions on Syria since 2011; after Assad fell the EU suspended sectoral measures in February 2025 and lifted the economic sanctions, except those based on security grounds, by Regulation (EU) 2025/1098 and Decision (CFSP) 2025/1096 of 27 May 2025, keeping listings of his circle.',
  }),
  euRegime({
    id: 'eu-dprk', name: 'EU sanctions on North Korea', codes: ['PRK'],
    establishedBy: ['eu-reg-1509-2017', 'eu-dec-2016-849-cfsp'],
    target: 'North Korea\u2019s nuclear, ballistic missile and other weapons programmes', jurisdictions: ['kp'],
    measures: ['asset freeze', 'travel ban', 'arms embargo', 'trade', 'financial', 'maritime'],
    measuresText: 'UN and EU listings, arms embargo, near-total trade bans, financial and maritime restrictions',
    summary: 'The EU implements UN sanctions on North Korea and adds its own listings and trade bans.',
  }),
  euRegime({
    id: 'eu-libya', name: 'EU sanctions on Libya', codes: ['LBY'],
    establishedBy: ['eu-reg-44-2016', 'eu-dec-2015-1333-cfsp'],
    target: 'people threatening Libya\u2019s peace and stability, and illicit oil exports', jurisdictions: ['ly'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'],
    measuresText: 'arms embargo, asset freeze and travel ban, measures against illicit petroleum exports',
    summary: 'The EU implements UN sanctions on Libya and lists further people on its own account.',
  }),
  euRegime({
    id: 'eu-terrorism-cp931', name: 'EU terrorist list (Common Position 2001/931/CFSP)', codes: ['TERR'],
    establishedBy: ['eu-cp-2001-931-cfsp', 'eu-reg-2580-2001'],
    target: 'terrorist people and groups listed by the EU itself', jurisdictions: [],
    measures: ['asset freeze'], measuresText: 'asset freeze and ban on making funds available',
    summary: 'The EU\u2019s own terrorist list, created in 2001 to implement resolution 1373.',
  }),
  euRegime({
    id: 'eu-isil-al-qaida', name: 'EU sanctions on ISIL (Da\u2019esh) and Al-Qaida', codes: ['TAQA', 'EUAQ'],
    establishedBy: ['eu-reg-881-2002', 'eu-reg-1686-2016', 'eu-dec-2016-1693-cfsp'],
    target: 'ISIL, Al-Qaida and people and groups associated with them', jurisdictions: [],
    measures: ['asset freeze', 'travel ban', 'arms embargo'],
    measuresText: 'asset freeze, arms embargo and (for EU listings) travel ban',
    summary: 'Implements the UN ISIL and Al-Qaida list and, since 2016, allows EU-autonomous listings.',
  }),
  euRegime({
    id: 'eu-taliban', name: 'EU sanctions with respect to the Taliban', codes: ['AFG'],
    establishedBy: ['eu-reg-753-2011', 'eu-dec-2011-486-cfsp'],
    target: 'the Taliban and associates listed by the UN 1988 Committee', jurisdictions: ['af'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freeze, travel ban and arms embargo',
    summary: 'The EU\u2019s implementation of the UN Taliban sanctions.',
  }),
  euRegime({
    id: 'eu-hamas-pij', name: 'EU sanctions on supporters of Hamas and Palestinian Islamic Jihad', codes: ['HAM'],
    establishedBy: ['eu-reg-386-2024', 'eu-dec-2024-385-cfsp'],
    target: 'people and entities that support or enable violent actions by Hamas and Palestinian Islamic Jihad', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'An EU regime set up in January 2024 after the 7 October 2023 attacks.',
  }),
  euRegime({
    id: 'eu-global-human-rights', name: 'EU Global Human Rights Sanctions Regime', codes: ['HR'],
    establishedBy: ['eu-reg-1998-2020', 'eu-dec-2020-1999-cfsp'],
    target: 'perpetrators of serious human-rights violations anywhere', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'The EU\u2019s worldwide human-rights regime, often called the EU Magnitsky Act.',
  }),
  euRegime({
    id: 'eu-cyber', name: 'EU sanctions against cyber-attacks', codes: ['CYB'],
    establishedBy: ['eu-reg-796-2019', 'eu-dec-2019-797-cfsp'],
    target: 'people and entities behind cyber-attacks threatening the EU or its member states', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'The EU\u2019s cyber sanctions regime, in place since 2019.',
  }),
  euRegime({
    id: 'eu-chemical-weapons', name: 'EU sanctions against chemical weapons', codes: ['CHEM'],
    establishedBy: ['eu-reg-1542-2018', 'eu-dec-2018-1544-cfsp'],
    target: 'people and entities involved in developing or using chemical weapons', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'The EU\u2019s chemical weapons regime, in place since 2018.',
  }),
  euRegime({
    id: 'eu-myanmar', name: 'EU sanctions on Myanmar/Burma', codes: ['MMR'],
    establishedBy: ['eu-reg-401-2013', 'eu-dec-2013-184-cfsp'],
    target: 'the military junta and those responsible for abuses in Myanmar', jurisdictions: ['mm'],
    measures: ['asset freeze', 'travel ban', 'arms embargo', 'trade'],
    measuresText: 'asset freeze and travel ban, arms embargo, export bans on equipment for repression',
    summary: 'EU sanctions on Myanmar, strengthened after the 2021 coup.',
  }),
  euRegime({
    id: 'eu-venezuela', name: 'EU sanctions on Venezuela', codes: ['VEN'],
    establishedBy: ['eu-reg-2063-2017', 'eu-dec-2017-2074-cfsp'],
    target: 'people undermining democracy and the rule of law in Venezuela', jurisdictions: ['ve'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freeze, travel ban and arms embargo',
    summary: 'EU sanctions on Venezuela since 2017.',
  }),
  euRegime({
    id: 'eu-nicaragua', name: 'EU sanctions on Nicaragua', codes: ['NIC'],
    establishedBy: ['eu-reg-1716-2019', 'eu-dec-2019-1720-cfsp'],
    target: 'people responsible for repression and abuses in Nicaragua', jurisdictions: ['ni'],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'EU sanctions on Nicaragua since 2019.',
  }),
  euRegime({
    id: 'eu-mali', name: 'EU sanctions on Mali', codes: ['MLI'],
    establishedBy: ['eu-reg-1770-2017', 'eu-dec-2017-1775-cfsp'], latest: 'eu-dec-2025-2436-cfsp',
    target: 'people obstructing Mali\u2019s political transition or threatening its peace', jurisdictions: ['ml'],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'EU sanctions on Mali, kept as an autonomous regime after the UN regime ended in 2023; Decision (CFSP) 2025/2436 prolonged them to 14 December 2026.',
  }),
  euRegime({
    id: 'eu-sudan', name: 'EU sanctions on Sudan (Darfur)', codes: ['SDN'],
    establishedBy: ['eu-reg-747-2014', 'eu-dec-2014-450-cfsp'],
    target: 'people listed under the UN Darfur regime', jurisdictions: ['sd'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freeze, travel ban and arms embargo',
    summary: 'The EU\u2019s implementation of the UN Sudan sanctions.',
  }),
  euRegime({
    id: 'eu-sudan-destabilising', name: 'EU sanctions on activities undermining Sudan\u2019s stability', codes: ['SDNZ'],
    establishedBy: ['eu-reg-2147-2023', 'eu-dec-2023-2135-cfsp'],
    target: 'the warring parties and their backers in the conflict that began in April 2023', jurisdictions: ['sd'],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'An autonomous EU regime for Sudan set up in October 2023.',
  }),
  euRegime({
    id: 'eu-south-sudan', name: 'EU sanctions on South Sudan', codes: ['SSD'],
    establishedBy: ['eu-reg-735-2015', 'eu-dec-2015-740-cfsp'],
    target: 'people obstructing peace in South Sudan', jurisdictions: ['ss'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freeze, travel ban and arms embargo',
    summary: 'EU sanctions on South Sudan, implementing UN measures and adding EU listings.',
  }),
  euRegime({
    id: 'eu-car', name: 'EU sanctions on the Central African Republic', codes: ['CAF'],
    establishedBy: ['eu-reg-224-2014', 'eu-dec-2013-798-cfsp'],
    target: 'people fuelling the conflict in the Central African Republic', jurisdictions: ['cf'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freeze, travel ban and arms embargo on armed groups',
    summary: 'The EU\u2019s implementation of the UN sanctions on the Central African Republic.',
  }),
  euRegime({
    id: 'eu-drc', name: 'EU sanctions on the Democratic Republic of the Congo', codes: ['COD'],
    establishedBy: ['eu-reg-1183-2005', 'eu-dec-2010-788-cfsp'],
    target: 'armed groups and those responsible for abuses in the DRC', jurisdictions: ['cd'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freeze, travel ban and arms embargo',
    summary: 'EU sanctions on the DRC, implementing UN measures with an EU-autonomous track.',
  }),
  euRegime({
    id: 'eu-somalia', name: 'EU sanctions on Somalia', codes: ['SOM'],
    establishedBy: ['eu-reg-356-2010', 'eu-dec-2010-231-cfsp'],
    target: 'al-Shabaab and others threatening peace in Somalia', jurisdictions: ['so'],
    measures: ['asset freeze', 'travel ban', 'arms embargo', 'trade'],
    measuresText: 'asset freeze and travel ban, targeted arms embargo, ban on Somali charcoal imports',
    summary: 'The EU\u2019s implementation of the UN Somalia (al-Shabaab) sanctions.',
  }),
  euRegime({
    id: 'eu-yemen', name: 'EU sanctions on Yemen', codes: ['YEM'],
    establishedBy: ['eu-reg-1352-2014', 'eu-dec-2014-932-cfsp'],
    target: 'people threatening peace in Yemen, including Houthi leaders', jurisdictions: ['ye'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freeze, travel ban and targeted arms embargo',
    summary: 'The EU\u2019s implementation of the UN Yemen sanctions.',
  }),
  euRegime({
    id: 'eu-haiti', name: 'EU sanctions on Haiti', codes: ['HTI'],
    establishedBy: ['eu-reg-2309-2022', 'eu-dec-2022-2319-cfsp'],
    target: 'gang leaders and their backers in Haiti', jurisdictions: ['ht'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freeze, travel ban and targeted arms embargo',
    summary: 'EU sanctions on Haiti, implementing the UN regime and adding EU listings.',
  }),
  euRegime({
    id: 'eu-guatemala', name: 'EU sanctions on Guatemala', codes: ['GTM'],
    establishedBy: ['eu-reg-287-2024', 'eu-dec-2024-254-cfsp'],
    target: 'people undermining democracy and the peaceful transfer of power in Guatemala', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'An EU regime set up in 2024 over attempts to block the result of Guatemala\u2019s 2023 election.',
  }),
  euRegime({
    id: 'eu-moldova', name: 'EU sanctions on actions destabilising Moldova', codes: ['MDA'],
    establishedBy: ['eu-reg-888-2023', 'eu-dec-2023-891-cfsp'],
    target: 'people and entities trying to destabilise the Republic of Moldova', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'An EU regime set up in 2023 that protects Moldova; it targets those who destabilise it, not the country.',
  }),
  euRegime({
    id: 'eu-iraq', name: 'EU sanctions on Iraq', codes: ['IRQ'],
    establishedBy: ['eu-reg-1210-2003', 'eu-cp-2003-495-cfsp'],
    target: 'former regime figures and entities listed by the UN', jurisdictions: ['iq'],
    measures: ['asset freeze', 'arms embargo', 'trade'], measuresText: 'asset freeze, arms embargo and restrictions on Iraqi cultural property',
    summary: 'The EU\u2019s implementation of the UN Iraq sanctions.',
  }),
  euRegime({
    id: 'eu-lebanon', name: 'EU sanctions on Lebanon', codes: [],
    establishedBy: ['eu-reg-1275-2021', 'eu-dec-2021-1277-cfsp'],
    target: 'people undermining democracy or the rule of law in Lebanon', jurisdictions: ['lb'],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'An EU framework set up in July 2021 over Lebanon\u2019s political and economic crisis.',
  }),
  euRegime({
    id: 'eu-tunisia', name: 'EU sanctions for misappropriation of Tunisian state funds', codes: ['TUN'],
    establishedBy: ['eu-reg-101-2011', 'eu-dec-2011-72-cfsp'],
    target: 'people responsible for misappropriating Tunisian state funds', jurisdictions: [],
    measures: ['asset freeze'], measuresText: 'asset freeze',
    summary: 'A 2011 EU regime freezing assets linked to the former Ben Ali government.',
  }),
  euRegime({
    id: 'eu-guinea', name: 'EU sanctions on Guinea', codes: ['GIN'],
    establishedBy: ['eu-reg-1284-2009', 'eu-dec-2010-638-cfsp'],
    target: 'people responsible for the violence of 28 September 2009 in Conakry', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'EU sanctions on Guinea over the 2009 stadium massacre.',
  }),
  euRegime({
    id: 'eu-guinea-bissau', name: 'EU sanctions on Guinea-Bissau', codes: ['GNB'],
    establishedBy: ['eu-reg-377-2012', 'eu-dec-2012-285-cfsp'],
    target: 'people undermining peace and stability in Guinea-Bissau, including leaders of the 2012 coup', jurisdictions: ['gw'],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'EU sanctions on Guinea-Bissau, implementing the UN travel ban and adding an asset freeze.',
  }),
  euRegime({
    id: 'eu-burundi', name: 'EU sanctions on Burundi', codes: ['BDI'],
    establishedBy: ['eu-reg-1755-2015', 'eu-dec-2015-1763-cfsp'],
    target: 'people undermining democracy or committing abuses in Burundi', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'EU sanctions on Burundi set up in 2015.',
  }),
  euRegime({
    id: 'eu-zimbabwe', name: 'EU sanctions on Zimbabwe', codes: ['ZWE'],
    establishedBy: ['eu-reg-314-2004', 'eu-dec-2011-101-cfsp'],
    target: 'arms supplies to Zimbabwe', jurisdictions: ['zw'],
    measures: ['arms embargo'], measuresText: 'arms embargo; individual listings have been wound down',
    summary: 'Long-standing EU measures on Zimbabwe, now essentially an arms embargo.',
  }),
  euRegime({
    id: 'eu-bosnia', name: 'EU sanctions framework for Bosnia and Herzegovina', codes: [],
    establishedBy: ['eu-dec-2011-173-cfsp'],
    target: 'people undermining the sovereignty of Bosnia and Herzegovina or the Dayton agreement', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'An EU listing framework for Bosnia and Herzegovina.',
  }),
];
