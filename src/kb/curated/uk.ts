/**
 * United Kingdom: autonomous regimes made under the Sanctions and
 * Anti-Money Laundering Act 2018 (plus the domestic terrorist asset-freezing
 * Act), with the names the UK lists use for them. SI numbers checked against
 * legislation.gov.uk and gov.uk; wording is ours.
 */
import type { Instrument, Measure, Regime } from './types';

function siUrl(year: number, num: number): string {
  return `https://www.legislation.gov.uk/uksi/${year}/${num}/contents`;
}

function collection(slug: string): string {
  return `https://www.gov.uk/government/collections/${slug}`;
}

const SAMLA_URL = 'https://www.legislation.gov.uk/ukpga/2018/13/contents';

interface UkSeed {
  id: string;
  /** Short name used on gov.uk and in the OFSI list ("Russia"). */
  name: string;
  /** The regulations' citation title, which the UK Sanctions List gives as the regime name. */
  regulations: string;
  si: [number, number];
  /** Other spellings of the regime name found in UK list files. */
  otherCodes?: string[];
  /** gov.uk page describing the regime; left out where no page address could be confirmed. */
  page?: string;
  target: string;
  jurisdictions: string[];
  measures: Measure[];
  measuresText: string;
  summary: string;
  /** UN regime this regime implements, if any. */
  implementsUn?: string;
  /** Further official pages the regime's facts were checked against, such as amending regulations. */
  checked?: string[];
}

function instrumentFor(seed: UkSeed): Instrument {
  const [year, num] = seed.si;
  const url = siUrl(year, num);
  return {
    id: `uk-si-${year}-${num}`,
    kind: 'uk-regulations',
    number: `SI ${year}/${num}`,
    title: seed.regulations,
    year,
    regime: seed.id,
    summary: `Sets up the UK ${seed.name} sanctions regime under the Sanctions and Anti-Money Laundering Act 2018.`,
    url,
    aliases: [seed.regulations.replace(/^The /, '')],
    sources: seed.page ? [url, seed.page] : [url],
  };
}

function regimeFor(seed: UkSeed): Regime {
  const instrument = instrumentFor(seed);
  const codes = [seed.regulations, seed.name, ...(seed.otherCodes ?? [])];
  const summary = seed.implementsUn ? `${seed.summary} It also gives effect in UK law to the UN regime.` : seed.summary;
  return {
    id: seed.id,
    authority: 'UK',
    name: `UK ${seed.name} sanctions`,
    listCodes: [...new Set(codes)],
    establishedBy: [instrument.id, 'uk-samla-2018'],
    target: seed.target,
    jurisdictions: seed.jurisdictions,
    measures: seed.measures,
    measuresText: seed.measuresText,
    status: 'active',
    summary,
    sources: [...(seed.page ? [seed.page, instrument.url] : [instrument.url]), ...(seed.checked ?? [])],
  };
}

const FREEZE_AND_BAN: Measure[] = ['asset freeze', 'travel ban'];
const FREEZE_AND_BAN_TEXT = 'asset freeze, UK travel ban and director disqualification for designated people';

const seeds: UkSeed[] = [
  {
    id: 'uk-russia', name: 'Russia', regulations: 'The Russia (Sanctions) (EU Exit) Regulations 2019', si: [2019, 855],
    page: collection('uk-sanctions-on-russia'),
    target: 'Russia\u2019s government, economy, military suppliers, oligarchs and the shadow fleet', jurisdictions: ['ru', 'crimea', 'donetsk-luhansk'],
    measures: ['asset freeze', 'travel ban', 'trade', 'financial', 'sectoral', 'maritime', 'aviation'],
    measuresText: 'asset freezes and travel bans, wide trade, financial, investment, shipping and aviation restrictions, oil price cap',
    summary: 'The UK\u2019s largest regime, covering Russia\u2019s war against Ukraine and the occupied Ukrainian territories.',
  },
  {
    id: 'uk-belarus', name: 'Belarus', regulations: 'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019', si: [2019, 600],
    page: collection('uk-sanctions-on-the-republic-of-belarus'),
    target: 'the Lukashenka government and Belarus\u2019s support for Russia\u2019s war', jurisdictions: ['by'],
    measures: ['asset freeze', 'travel ban', 'trade', 'financial'],
    measuresText: 'asset freezes and travel bans, trade and financial restrictions',
    summary: 'UK sanctions on Belarus over repression and its role in Russia\u2019s invasion of Ukraine.',
  },
  {
    id: 'uk-iran', name: 'Iran', regulations: 'The Iran (Sanctions) Regulations 2023', si: [2023, 1314],
    otherCodes: ['Iran (human rights)'], page: collection('uk-sanctions-relating-to-iran'),
    target: 'Iran\u2019s hostile activity, including the IRGC, human-rights abuses and drone supplies', jurisdictions: ['ir'],
    measures: ['asset freeze', 'travel ban', 'trade'],
    measuresText: 'asset freezes and travel bans; trade restrictions on items for repression and drones',
    summary: 'The UK\u2019s main Iran regime since December 2023, replacing the earlier human-rights regime.',
  },
  {
    id: 'uk-iran-nuclear', name: 'Iran (Nuclear)', regulations: 'The Iran (Sanctions) (Nuclear) (EU Exit) Regulations 2019', si: [2019, 461],
    otherCodes: ['Iran (nuclear proliferation)'], page: collection('uk-sanctions-on-iran-relating-to-nuclear-weapons'),
    target: 'Iran\u2019s nuclear and missile programmes', jurisdictions: ['ir'],
    measures: ['asset freeze', 'travel ban', 'trade', 'financial'],
    measuresText: 'asset freezes and travel bans, trade and financial restrictions on proliferation-sensitive items',
    // Source note: the amending regulations' title and their publication on 30 September 2025 come from
    // copies (legislationtracker.co.uk; Ashurst and Crowell & Moring notes); their SI number was not found,
    // again on 4 December 2026 (legislation.gov.uk pages of SI 2019/461 and their change lists, BAILII, GitHub).
    summary: 'UK nuclear non-proliferation sanctions on Iran, brought back into line with the reinstated UN measures after the September 2025 snapback by the Iran (Sanctions) (Nuclear) (EU Exit) (Amendment) Regulations 2025.', implementsUn: 'un-1737',
  },
  {
    id: 'uk-syria', name: 'Syria', regulations: 'The Syria (Sanctions) (EU Exit) Regulations 2019', si: [2019, 792],
    page: collection('uk-sanctions-on-syria'),
    target: 'the former Assad government, its supporters and chemical weapons use', jurisdictions: ['sy'],
    measures: ['asset freeze', 'travel ban', 'arms embargo', 'trade'],
    measuresText: 'asset freezes and travel bans, arms embargo; most sectoral restrictions were lifted in 2025',
    summary: 'UK sanctions on Syria, largely eased after the fall of the Assad government: the Syria (Sanctions) (EU Exit) (Amendment) Regulations 2025 (SI 2025/507), in force from 25 April 2025, lifted the energy, transport and most financial and trade restrictions.',
    checked: ['https://www.legislation.gov.uk/uksi/2025/507/made'],
  },
  {
    id: 'uk-dprk', name: 'Democratic People\u2019s Republic of Korea', regulations: "The Democratic People's Republic of Korea (Sanctions) (EU Exit) Regulations 2019", si: [2019, 411],
    otherCodes: ["North Korea (Democratic People's Republic of Korea)", "Democratic People's Republic of Korea"], page: collection('uk-sanctions-on-the-democratic-peoples-republic-of-korea'),
    target: 'North Korea\u2019s weapons programmes and the networks that fund them', jurisdictions: ['kp'],
    measures: ['asset freeze', 'travel ban', 'arms embargo', 'trade', 'financial', 'maritime'],
    measuresText: 'asset freezes and travel bans, arms embargo, broad trade, financial and shipping restrictions',
    summary: 'UK sanctions on North Korea.', implementsUn: 'un-1718',
  },
  {
    id: 'uk-libya', name: 'Libya', regulations: 'The Libya (Sanctions) (EU Exit) Regulations 2020', si: [2020, 1665],
    page: collection('uk-sanctions-relating-to-libya'),
    target: 'people threatening Libya\u2019s peace and illicit oil exports', jurisdictions: ['ly'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freezes, travel bans and arms embargo',
    summary: 'UK sanctions on Libya.', implementsUn: 'un-1970',
  },
  {
    id: 'uk-global-human-rights', name: 'Global Human Rights', regulations: 'The Global Human Rights Sanctions Regulations 2020', si: [2020, 680],
    page: collection('uk-global-human-rights-sanctions'),
    target: 'perpetrators of serious human-rights violations anywhere', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'The UK\u2019s worldwide human-rights regime, often called the UK Magnitsky sanctions.',
  },
  {
    id: 'uk-global-anti-corruption', name: 'Global Anti-Corruption', regulations: 'The Global Anti-Corruption Sanctions Regulations 2021', si: [2021, 488],
    page: collection('uk-sanctions-relating-to-global-anti-corruption'),
    target: 'people involved in serious corruption anywhere', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'The UK\u2019s worldwide anti-corruption regime.',
  },
  {
    id: 'uk-cyber', name: 'Cyber', regulations: 'The Cyber (Sanctions) (EU Exit) Regulations 2020', si: [2020, 597],
    page: collection('uk-cyber-sanctions'),
    target: 'people behind cyber activity that harms the UK or others', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'The UK\u2019s cyber sanctions regime.',
  },
  {
    id: 'uk-chemical-weapons', name: 'Chemical Weapons', regulations: 'The Chemical Weapons (Sanctions) (EU Exit) Regulations 2019', si: [2019, 618],
    page: collection('uk-chemical-weapons-sanctions'),
    target: 'people involved in making or using chemical weapons', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'The UK\u2019s chemical weapons regime.',
  },
  {
    id: 'uk-counter-terrorism-international', name: 'Counter-Terrorism (International)', regulations: 'The Counter-Terrorism (International Sanctions) (EU Exit) Regulations 2019', si: [2019, 573],
    page: collection('uk-international-counter-terrorism-sanctions'),
    target: 'terrorist people and groups outside the UK', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'UK counter-terrorism sanctions on international targets, designated by the Foreign Office.',
  },
  {
    id: 'uk-counter-terrorism-domestic', name: 'Counter-Terrorism (Domestic)', regulations: 'The Counter-Terrorism (Sanctions) (EU Exit) Regulations 2019', si: [2019, 577],
    otherCodes: ['Terrorism and Terrorist Financing'], page: collection('uk-counter-terrorism-sanctions'),
    target: 'terrorist people and groups, implementing resolution 1373', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'UK counter-terrorism sanctions under which HM Treasury makes designations.',
  },
  {
    id: 'uk-isil-al-qaida', name: 'ISIL (Da\u2019esh) and Al-Qaida', regulations: "The ISIL (Da'esh) and Al-Qaida (United Nations Sanctions) (EU Exit) Regulations 2019", si: [2019, 466],
    otherCodes: ["Isil (Da'esh) and Al-Qaeda (United Nations Sanctions) (EU Exit) Regulations 2019", "The ISIL (Da'esh) and Al-Qaida organisations", "ISIL (Da'esh) and Al-Qaida"],
    page: collection('uk-sanctions-on-isil-daesh-and-al-qaida'),
    target: 'people and groups on the UN ISIL and Al-Qaida list', jurisdictions: [],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freezes, travel bans and arms embargo',
    summary: 'The UK\u2019s implementation of the UN ISIL (Da\u2019esh) and Al-Qaida list.', implementsUn: 'un-1267',
  },
  {
    id: 'uk-afghanistan', name: 'Afghanistan', regulations: 'The Afghanistan (Sanctions) (EU Exit) Regulations 2020', si: [2020, 948],
    page: collection('uk-sanctions-on-afghanistan'),
    target: 'the Taliban and associates listed by the UN 1988 Committee', jurisdictions: ['af'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freezes, travel bans and arms embargo',
    summary: 'The UK\u2019s implementation of the UN Taliban sanctions.', implementsUn: 'un-1988',
  },
  {
    id: 'uk-myanmar', name: 'Myanmar', regulations: 'The Myanmar (Sanctions) Regulations 2021', si: [2021, 496],
    otherCodes: ['Burma'], page: collection('uk-sanctions-relating-to-myanmar'),
    target: 'the military regime and those responsible for abuses in Myanmar', jurisdictions: ['mm'],
    measures: ['asset freeze', 'travel ban', 'arms embargo', 'trade'], measuresText: 'asset freezes, travel bans, arms embargo and trade restrictions',
    summary: 'UK sanctions on Myanmar, replacing the earlier Burma regime in 2021.',
  },
  {
    id: 'uk-venezuela', name: 'Venezuela', regulations: 'The Venezuela (Sanctions) (EU Exit) Regulations 2019', si: [2019, 135],
    otherCodes: ['Venezuela '], page: collection('uk-sanctions-on-venezuela'),
    target: 'people undermining democracy and human rights in Venezuela', jurisdictions: ['ve'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freezes, travel bans and arms embargo',
    summary: 'UK sanctions on Venezuela.',
  },
  {
    id: 'uk-nicaragua', name: 'Nicaragua', regulations: 'The Nicaragua (Sanctions) (EU Exit) Regulations 2020', si: [2020, 610],
    page: collection('uk-sanctions-on-nicaragua'),
    target: 'people responsible for repression in Nicaragua', jurisdictions: ['ni'],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'UK sanctions on Nicaragua.',
  },
  {
    id: 'uk-mali', name: 'Mali', regulations: 'The Mali (Sanctions) (EU Exit) Regulations 2020', si: [2020, 705],
    page: collection('uk-sanctions-on-mali'),
    target: 'people obstructing peace in Mali', jurisdictions: ['ml'],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'UK sanctions on Mali.',
  },
  {
    id: 'uk-sudan', name: 'Sudan', regulations: 'The Sudan (Sanctions) (EU Exit) Regulations 2020', si: [2020, 753],
    page: collection('uk-sanctions-on-sudan'),
    target: 'people fuelling conflict in Sudan, including Darfur', jurisdictions: ['sd'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freezes, travel bans and arms embargo',
    summary: 'UK sanctions on Sudan.', implementsUn: 'un-1591',
  },
  {
    id: 'uk-south-sudan', name: 'South Sudan', regulations: 'The South Sudan (Sanctions) (EU Exit) Regulations 2019', si: [2019, 438],
    page: collection('uk-sanctions-on-south-sudan'),
    target: 'people obstructing peace in South Sudan', jurisdictions: ['ss'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freezes, travel bans and arms embargo',
    summary: 'UK sanctions on South Sudan.', implementsUn: 'un-2206',
  },
  {
    id: 'uk-somalia', name: 'Somalia', regulations: 'The Somalia (Sanctions) (EU Exit) Regulations 2020', si: [2020, 642],
    page: collection('uk-sanctions-on-somalia'),
    target: 'al-Shabaab and others threatening peace in Somalia', jurisdictions: ['so'],
    measures: ['asset freeze', 'travel ban', 'arms embargo', 'trade'], measuresText: 'asset freezes, travel bans, targeted arms embargo and charcoal ban',
    summary: 'UK sanctions on Somalia.', implementsUn: 'un-2713',
  },
  {
    id: 'uk-car', name: 'Central African Republic', regulations: 'The Central African Republic (Sanctions) (EU Exit) Regulations 2020', si: [2020, 616],
    page: collection('uk-sanctions-on-the-central-african-republic'),
    target: 'armed groups fuelling conflict in the Central African Republic', jurisdictions: ['cf'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freezes, travel bans and arms embargo',
    summary: 'UK sanctions on the Central African Republic.', implementsUn: 'un-2127',
  },
  {
    id: 'uk-drc', name: 'Democratic Republic of the Congo', regulations: 'The Democratic Republic of the Congo (Sanctions) (EU Exit) Regulations 2019', si: [2019, 433],
    page: collection('uk-sanctions-on-the-democratic-republic-of-the-congo'),
    target: 'armed groups and their backers in the DRC', jurisdictions: ['cd'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freezes, travel bans and arms embargo',
    summary: 'UK sanctions on the DRC.', implementsUn: 'un-1533',
  },
  {
    id: 'uk-yemen', name: 'Yemen', regulations: 'The Yemen (Sanctions) (EU Exit) Regulations 2020', si: [2020, 1278],
    page: collection('uk-sanctions-on-yemen'),
    target: 'people threatening peace in Yemen, including Houthi leaders', jurisdictions: ['ye'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freezes, travel bans and targeted arms embargo',
    summary: 'UK sanctions on Yemen.', implementsUn: 'un-2140',
  },
  {
    id: 'uk-haiti', name: 'Haiti', regulations: 'The Haiti (Sanctions) Regulations 2022', si: [2022, 1281],
    page: collection('uk-sanctions-relating-to-haiti'),
    target: 'gang leaders and their backers in Haiti', jurisdictions: ['ht'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freezes, travel bans and arms embargo',
    summary: 'UK sanctions on Haiti.', implementsUn: 'un-2653',
  },
  {
    id: 'uk-guinea', name: 'Guinea', regulations: 'The Guinea (Sanctions) (EU Exit) Regulations 2019', si: [2019, 1145],
    otherCodes: ['Republic of Guinea'], page: collection('uk-sanctions-on-guinea'),
    target: 'people responsible for the 2009 Conakry stadium killings', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'UK sanctions on Guinea, carried over from the EU regime.',
  },
  {
    id: 'uk-guinea-bissau', name: 'Guinea-Bissau', regulations: 'The Republic of Guinea-Bissau (Sanctions) (EU Exit) Regulations 2019', si: [2019, 554],
    otherCodes: ['Republic of Guinea-Bissau'], page: collection('uk-sanctions-on-the-republic-of-guinea-bissau'),
    target: 'people undermining peace in Guinea-Bissau, including leaders of the 2012 coup', jurisdictions: ['gw'],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'UK sanctions on Guinea-Bissau.', implementsUn: 'un-2048',
  },
  {
    id: 'uk-bosnia', name: 'Bosnia and Herzegovina', regulations: 'The Bosnia and Herzegovina (Sanctions) (EU Exit) Regulations 2020', si: [2020, 608],
    page: collection('uk-sanctions-on-bosnia-and-herzegovina'),
    target: 'people undermining the Dayton agreement or the stability of Bosnia and Herzegovina', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'UK sanctions aimed at threats to Bosnia and Herzegovina\u2019s peace settlement.',
  },
  {
    id: 'uk-zimbabwe', name: 'Zimbabwe', regulations: 'The Zimbabwe (Sanctions) (EU Exit) Regulations 2019', si: [2019, 604],
        target: 'people undermining democracy or committing abuses in Zimbabwe', jurisdictions: ['zw'],
    measures: ['asset freeze', 'travel ban', 'arms embargo'], measuresText: 'asset freezes, travel bans and arms embargo',
    summary: 'UK sanctions on Zimbabwe.',
  },
  {
    id: 'uk-burundi', name: 'Burundi', regulations: 'The Burundi (Sanctions) Regulations 2021', si: [2021, 1404],
        target: 'people responsible for abuses or undermining democracy in Burundi', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'UK sanctions on Burundi; the 2021 regulations replaced the 2019 EU-exit version.',
  },
  {
    id: 'uk-lebanon', name: 'Lebanon', regulations: 'The Lebanon (Sanctions) (EU Exit) Regulations 2020', si: [2020, 612],
    page: 'https://www.gov.uk/government/publications/lebanon-sanctions-guidance/lebanon-sanctions-guidance',
    target: 'arms supplies to Lebanon without the consent of its government or UNIFIL', jurisdictions: ['lb'],
    measures: ['arms embargo'], measuresText: 'arms embargo under resolution 1701 (2006)',
    summary: 'A UK trade-only regime giving effect to the UN arms embargo on Lebanon.',
  },
  {
    id: 'uk-iraq', name: 'Iraq', regulations: 'The Iraq (Sanctions) (EU Exit) Regulations 2020', si: [2020, 707],
    page: collection('uk-sanctions-on-iraq'),
    target: 'former regime figures and entities listed by the UN', jurisdictions: ['iq'],
    measures: ['asset freeze', 'arms embargo', 'trade'], measuresText: 'asset freezes, arms embargo and restrictions on Iraqi cultural property',
    summary: 'UK sanctions on Iraq.', implementsUn: 'un-1518',
  },
  {
    id: 'uk-global-irregular-migration', name: 'Global Irregular Migration', regulations: 'The Global Irregular Migration and Trafficking in Persons Sanctions Regulations 2025', si: [2025, 902],
    page: 'https://www.gov.uk/government/publications/global-irregular-migration-sanctions-information-note-for-ngos/global-irregular-migration-and-trafficking-in-persons-sanctions-information-note-for-non-governmental-organisations',
    target: 'people smugglers, traffickers and those who use migration to destabilise other states', jurisdictions: [],
    measures: FREEZE_AND_BAN, measuresText: FREEZE_AND_BAN_TEXT,
    summary: 'A UK regime in force since 23 July 2025, described by the government as the first of its kind.',
  },
];

const samla: Instrument = {
  id: 'uk-samla-2018',
  kind: 'uk-regulations',
  number: '2018 c. 13',
  title: 'Sanctions and Anti-Money Laundering Act 2018',
  year: 2018,
  summary: 'The UK Act that empowers ministers to make sanctions regulations; every autonomous UK regime rests on it.',
  url: SAMLA_URL,
  aliases: ['Sanctions and Anti-Money Laundering Act 2018', 'Sanctions and Anti-Money Laundering Act', 'SAMLA'],
  sources: [SAMLA_URL],
};

const TAFA_URL = 'https://www.legislation.gov.uk/ukpga/2010/38/contents';

const tafa: Instrument = {
  id: 'uk-tafa-2010',
  kind: 'uk-regulations',
  number: '2010 c. 38',
  title: 'Terrorist Asset-Freezing etc. Act 2010',
  year: 2010,
  regime: 'uk-counter-terrorism-tafa',
  summary: 'The Act under which HM Treasury freezes the assets of domestic terrorist suspects.',
  url: TAFA_URL,
  aliases: ['Terrorist Asset-Freezing etc. Act 2010', 'TAFA 2010'],
  sources: [TAFA_URL],
};

const tafaRegime: Regime = {
  id: 'uk-counter-terrorism-tafa',
  authority: 'UK',
  name: 'UK domestic counter-terrorism asset freezes (TAFA 2010)',
  listCodes: ['Terrorist Asset-Freezing etc. Act 2010'],
  establishedBy: ['uk-tafa-2010'],
  target: 'people suspected of terrorist activity, designated by HM Treasury',
  jurisdictions: [],
  measures: ['asset freeze'],
  measuresText: 'asset freeze',
  status: 'active',
  summary: 'The third UK counter-terrorism asset-freezing power, made by Act of Parliament rather than under the 2018 Act.',
  sources: [TAFA_URL],
};

export const ukInstruments: Instrument[] = [samla, tafa, ...seeds.map(instrumentFor)];
export const ukRegimes: Regime[] = [...seeds.map(regimeFor), tafaRegime];
