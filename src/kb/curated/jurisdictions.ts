/**
 * Countries and territories under UN, US, EU or UK sanctions programmes.
 * Aliases are the names news use for the place itself; adjectives and
 * demonyms ("Iranian", "North Korean") are deliberately absent because they
 * are not mentions of the jurisdiction. listCountryNames are spellings found
 * in the nationality/address fields of the bundled list files.
 */
import type { Authority } from '../model';
import type { Jurisdiction } from './types';

type MeasureLine = { authority: Authority; regimes: string[]; text: string };

function un(regimes: string[], text: string): MeasureLine {
  return { authority: 'UN', regimes, text };
}
function ofac(regimes: string[], text: string): MeasureLine {
  return { authority: 'OFAC', regimes, text };
}
function eu(regimes: string[], text: string): MeasureLine {
  return { authority: 'EU', regimes, text };
}
function uk(regimes: string[], text: string): MeasureLine {
  return { authority: 'UK', regimes, text };
}

const UN_LIST = 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list';
const OFAC_PROGRAMS = 'https://ofac.treasury.gov/sanctions-programs-and-country-information';
const EU_POLICY = 'https://www.consilium.europa.eu/en/policies/sanctions/';

function ofacPage(slug: string): string {
  return `${OFAC_PROGRAMS}/${slug}`;
}

export const jurisdictions: Jurisdiction[] = [
  {
    id: 'kp',
    name: 'North Korea',
    officialName: "Democratic People's Republic of Korea",
    aliases: ['North Korea', 'DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea", 'Democratic People\u2019s Republic of Korea', 'Korea, North', 'N. Korea'],
    summary: 'The UN Security Council has imposed an arms embargo, asset freeze, travel ban and wide trade bans since 2006. The US maintains a near-total embargo, and the EU and UK add their own listings and trade bans.',
    measures: [
      un(['un-1718'], 'arms embargo, asset freeze, travel ban, bans on coal, iron, textiles, seafood and labour exports, caps on oil imports'),
      ofac(['ofac-north-korea', 'ofac-non-proliferation'], 'near-total embargo; blocking of the government, the Workers\u2019 Party and designated people, vessels and banks'),
      eu(['eu-dprk'], 'UN measures plus EU-autonomous listings, trade, investment and financial bans'),
      uk(['uk-dprk'], 'UN measures plus UK designations and trade, financial and shipping restrictions'),
    ],
    listCountryNames: ["Democratic People's Republic of Korea", 'Korea, North', 'DPRK', 'North Korea'],
    sources: [UN_LIST, ofacPage('north-korea-sanctions'), 'https://www.gov.uk/government/collections/uk-sanctions-on-the-democratic-peoples-republic-of-korea'],
  },
  {
    id: 'ir',
    name: 'Iran',
    officialName: 'Islamic Republic of Iran',
    aliases: ['Iran', 'Islamic Republic of Iran'],
    summary: 'UN sanctions on Iran\u2019s nuclear and missile programmes were restored by the September 2025 snapback. The US maintains a comprehensive embargo with secondary sanctions; the EU and UK target proliferation, human-rights abuses and arms supplies.',
    measures: [
      un(['un-1737'], 'arms embargo, asset freeze and travel ban on nuclear and missile-linked parties, restored in September 2025'),
      ofac(['ofac-iran', 'ofac-non-proliferation', 'ofac-counter-terrorism'], 'comprehensive embargo; blocking of the government, the IRGC, banks and designated people; secondary sanctions on oil buyers'),
      eu(['eu-iran-nuclear', 'eu-iran-human-rights', 'eu-iran-military-support'], 'nuclear-related trade and financial bans, human-rights listings, drone and missile export bans'),
      uk(['uk-iran', 'uk-iran-nuclear'], 'asset freezes and travel bans, nuclear-related trade and financial restrictions'),
    ],
    listCountryNames: ['Iran', 'Iran (Islamic Republic of)'],
    sources: [UN_LIST, ofacPage('iran-sanctions'), 'https://www.gov.uk/government/collections/uk-sanctions-relating-to-iran'],
  },
  {
    id: 'sy',
    name: 'Syria',
    officialName: 'Syrian Arab Republic',
    aliases: ['Syria', 'Syrian Arab Republic'],
    summary: 'After the fall of the Assad government in December 2024, the US, EU and UK lifted most economic sanctions on Syria in 2025, while keeping sanctions on Assad, his associates and terrorist groups. There is no UN country regime for Syria.',
    measures: [
      // The 27 February 2026 delisting is dated from copies of the committee's announcement (see src/kb/removals.ts);
      // the UN list's own copies show the entry present that morning and gone by 8 May 2026.
      un(['un-1267'], 'no country regime; ISIL and Al-Qaida-linked groups in Syria are on the UN list, from which resolution 2799 (2025) removed President Ahmed al-Sharaa and Interior Minister Anas Hasan Khattab, and the 1267 Committee removed Al-Nusrah Front, also listed as Hay\u2019at Tahrir al-Sham, on 27 February 2026'),
      ofac(['ofac-syria-paarss', 'ofac-syria-eo13606-13608', 'ofac-syria', 'ofac-counter-terrorism'], 'comprehensive embargo revoked from 1 July 2025 and the Caesar Act repealed in December 2025; blocking of Assad and associates continues under PAARSS, and E.O. 13606 (HRIT-SY) and 13608 (FSE-SY) were not revoked'),
      eu(['eu-syria'], 'most economic sanctions lifted in 2025; listings of Assad-era figures and the arms embargo remain'),
      uk(['uk-syria'], 'most sectoral restrictions lifted in 2025; designations of Assad-era figures remain'),
    ],
    listCountryNames: ['Syria', 'Syrian Arab Republic'],
    sources: [ofacPage('paarss'), ofacPage('syria-sanctions'), 'https://www.gov.uk/government/collections/uk-sanctions-on-syria', 'https://www.congress.gov/bill/119th-congress/senate-bill/1071', 'https://press.un.org/en/2025/sc16214.doc.htm', 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list'],
  },
  {
    id: 'ru',
    name: 'Russia',
    officialName: 'Russian Federation',
    aliases: ['Russia', 'Russian Federation'],
    summary: 'The US, EU and UK have imposed sweeping sanctions on Russia since 2014, greatly widened after the full-scale invasion of Ukraine in February 2022. There is no UN regime, as Russia holds a veto on the Security Council.',
    measures: [
      ofac(['ofac-russia-harmful-activities', 'ofac-ukraine-russia', 'ofac-magnitsky'], 'blocking of thousands of people, banks and firms; import bans on energy and other goods; bans on new investment and some services'),
      eu(['eu-russia-833', 'eu-ukraine-269', 'eu-russia-human-rights', 'eu-russia-hybrid'], 'numbered packages of sectoral measures since 2022 (the 21st in July 2026), including oil, coal and LNG bans, the oil price cap and shadow-fleet listings, plus asset freezes'),
      uk(['uk-russia'], 'asset freezes and travel bans, trade, financial, investment, shipping and aviation restrictions'),
    ],
    listCountryNames: ['Russia', 'Russian Federation'],
    sources: [ofacPage('russian-harmful-foreign-activities-sanctions'), 'https://www.consilium.europa.eu/en/policies/sanctions-against-russia/timeline-sanctions-against-russia/', 'https://www.gov.uk/government/collections/uk-sanctions-on-russia'],
  },
  {
    id: 'by',
    name: 'Belarus',
    officialName: 'Republic of Belarus',
    aliases: ['Belarus', 'Republic of Belarus'],
    summary: 'The US, EU and UK sanction the Lukashenka government over repression and election fraud and over its support for Russia\u2019s war against Ukraine.',
    measures: [
      ofac(['ofac-belarus'], 'blocking of officials, state-owned firms and people in listed sectors'),
      eu(['eu-belarus'], 'asset freezes and travel bans, arms embargo, wide trade, financial and aviation restrictions'),
      uk(['uk-belarus'], 'asset freezes and travel bans, trade and financial restrictions'),
    ],
    listCountryNames: ['Belarus'],
    sources: [ofacPage('belarus-sanctions'), 'https://www.gov.uk/government/collections/uk-sanctions-on-the-republic-of-belarus'],
  },
  {
    id: 'cu',
    name: 'Cuba',
    officialName: 'Republic of Cuba',
    aliases: ['Cuba', 'Republic of Cuba'],
    summary: 'The United States has maintained a comprehensive embargo on Cuba since the early 1960s. The UN, EU and UK impose no sanctions on Cuba.',
    measures: [ofac(['ofac-cuba'], 'comprehensive embargo on trade, travel-related and financial dealings')],
    listCountryNames: ['Cuba'],
    sources: [ofacPage('cuba-sanctions')],
  },
  {
    id: 've',
    name: 'Venezuela',
    officialName: 'Bolivarian Republic of Venezuela',
    aliases: ['Venezuela', 'Bolivarian Republic of Venezuela'],
    summary: 'The US blocks the Venezuelan government and restricts its oil, gold and debt dealings. The EU and UK impose an arms embargo and targeted listings.',
    measures: [
      ofac(['ofac-venezuela'], 'blocking of the government, PdVSA and designated people; restrictions on debt and sector dealings'),
      eu(['eu-venezuela'], 'asset freezes, travel bans and arms embargo'),
      uk(['uk-venezuela'], 'asset freezes, travel bans and arms embargo'),
    ],
    listCountryNames: ['Venezuela', 'Venezuela (Bolivarian Republic of)'],
    sources: [ofacPage('venezuela-related-sanctions'), 'https://www.gov.uk/government/collections/uk-sanctions-on-venezuela'],
  },
  {
    id: 'mm',
    name: 'Myanmar',
    officialName: 'Republic of the Union of Myanmar',
    aliases: ['Myanmar', 'Burma', 'Republic of the Union of Myanmar'],
    summary: 'Since the February 2021 coup, the US, EU and UK have sanctioned Myanmar\u2019s military leaders and the firms that fund them, alongside EU and UK arms embargoes.',
    measures: [
      ofac(['ofac-burma'], 'blocking of the military leadership and military-linked firms'),
      eu(['eu-myanmar'], 'asset freezes, travel bans, arms embargo and export bans'),
      uk(['uk-myanmar'], 'asset freezes, travel bans, arms embargo and trade restrictions'),
    ],
    listCountryNames: ['Burma', 'Myanmar'],
    sources: [ofacPage('burma'), 'https://www.gov.uk/government/collections/uk-sanctions-relating-to-myanmar'],
  },
  {
    id: 'af',
    name: 'Afghanistan',
    officialName: 'Afghanistan',
    aliases: ['Afghanistan'],
    summary: 'The UN 1988 regime imposes an asset freeze, travel ban and arms embargo on listed Taliban members, which the EU and UK implement. The US lists the Taliban under its counter-terrorism programme.',
    measures: [
      un(['un-1988'], 'asset freeze, travel ban and arms embargo on listed Taliban individuals and entities'),
      ofac(['ofac-counter-terrorism'], 'blocking of the Taliban and associates as Specially Designated Global Terrorists'),
      eu(['eu-taliban'], 'implementation of the UN 1988 measures'),
      uk(['uk-afghanistan'], 'implementation of the UN 1988 measures'),
    ],
    listCountryNames: ['Afghanistan'],
    sources: [UN_LIST, 'https://www.gov.uk/government/collections/uk-sanctions-on-afghanistan'],
  },
  {
    id: 'iq',
    name: 'Iraq',
    officialName: 'Republic of Iraq',
    aliases: ['Iraq', 'Republic of Iraq'],
    summary: 'Residual UN measures freeze assets of former Iraqi regime figures and entities; the US, EU and UK implement them and the US adds listings of those destabilising Iraq.',
    measures: [
      un(['un-1518'], 'asset freeze on former regime figures and entities'),
      ofac(['ofac-iraq'], 'blocking of former regime figures and people threatening Iraq\u2019s stability'),
      eu(['eu-iraq'], 'asset freeze, arms embargo and cultural-property restrictions'),
      uk(['uk-iraq'], 'asset freeze, arms embargo and cultural-property restrictions'),
    ],
    listCountryNames: ['Iraq'],
    sources: [UN_LIST, ofacPage('iraq-related-sanctions')],
  },
  {
    id: 'ly',
    name: 'Libya',
    officialName: 'State of Libya',
    aliases: ['Libya', 'State of Libya'],
    summary: 'The UN has imposed an arms embargo, asset freeze and travel ban on Libya since 2011, with measures against illicit oil exports; the US, EU and UK implement and extend them.',
    measures: [
      un(['un-1970'], 'arms embargo, asset freeze, travel ban and measures against illicit petroleum exports'),
      ofac(['ofac-libya'], 'blocking of designated people and firms'),
      eu(['eu-libya'], 'UN measures plus EU listings'),
      uk(['uk-libya'], 'UN measures plus UK designations'),
    ],
    listCountryNames: ['Libya'],
    sources: [UN_LIST, ofacPage('libya-sanctions')],
  },
  {
    id: 'so',
    name: 'Somalia',
    officialName: 'Federal Republic of Somalia',
    aliases: ['Somalia', 'Federal Republic of Somalia'],
    summary: 'UN sanctions target al-Shabaab with an asset freeze, travel ban, targeted arms embargo and a charcoal ban; the US, EU and UK implement them.',
    measures: [
      un(['un-2713'], 'asset freeze, travel ban and targeted arms embargo on al-Shabaab; charcoal export ban'),
      ofac(['ofac-somalia', 'ofac-counter-terrorism'], 'blocking of designated people and groups; charcoal import ban'),
      eu(['eu-somalia'], 'implementation of the UN measures'),
      uk(['uk-somalia'], 'implementation of the UN measures'),
    ],
    listCountryNames: ['Somalia'],
    sources: [UN_LIST, ofacPage('somalia-sanctions')],
  },
  {
    id: 'sd',
    name: 'Sudan',
    officialName: 'Republic of the Sudan',
    aliases: ['Sudan', 'Republic of the Sudan'],
    summary: 'The UN Darfur regime imposes an arms embargo, asset freeze and travel ban. Since the war that began in April 2023, the US, EU and UK have also sanctioned leaders and firms of both warring sides.',
    measures: [
      un(['un-1591'], 'arms embargo on Darfur, asset freeze and travel ban'),
      ofac(['ofac-sudan'], 'blocking of designated people and firms, including of the SAF and RSF'),
      eu(['eu-sudan', 'eu-sudan-destabilising'], 'UN measures plus an autonomous regime for the 2023 conflict'),
      uk(['uk-sudan'], 'asset freezes, travel bans and arms embargo'),
    ],
    listCountryNames: ['Sudan'],
    sources: [UN_LIST, ofacPage('sudan-and-darfur-sanctions')],
  },
  {
    id: 'ss',
    name: 'South Sudan',
    officialName: 'Republic of South Sudan',
    aliases: ['South Sudan', 'Republic of South Sudan'],
    summary: 'The UN imposes an arms embargo, asset freeze and travel ban on South Sudan; the US, EU and UK implement them and add listings.',
    measures: [
      un(['un-2206'], 'arms embargo, asset freeze and travel ban'),
      ofac(['ofac-south-sudan'], 'blocking of designated people and firms'),
      eu(['eu-south-sudan'], 'UN measures plus EU listings'),
      uk(['uk-south-sudan'], 'UN measures plus UK designations'),
    ],
    listCountryNames: ['South Sudan'],
    sources: [UN_LIST, ofacPage('south-sudan-related-sanctions')],
  },
  {
    id: 'cd',
    name: 'DR Congo',
    officialName: 'Democratic Republic of the Congo',
    // "Congo" alone is kept because news use it for the DRC and the evaluation corpus counts it.
    aliases: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa', 'Congo'],
    summary: 'The UN imposes an arms embargo on non-state armed groups and an asset freeze and travel ban on listed people in the DRC; the US, EU and UK implement and extend them.',
    measures: [
      un(['un-1533'], 'arms embargo on non-government armed groups, asset freeze and travel ban'),
      ofac(['ofac-drc'], 'blocking of designated people and firms'),
      eu(['eu-drc'], 'UN measures plus EU listings'),
      uk(['uk-drc'], 'UN measures plus UK designations'),
    ],
    listCountryNames: ['Democratic Republic of the Congo', 'Congo, Democratic Republic of the', 'DRC'],
    sources: [UN_LIST, ofacPage('democratic-republic-of-the-congo-related-sanctions')],
  },
  {
    id: 'cf',
    name: 'Central African Republic',
    officialName: 'Central African Republic',
    aliases: ['Central African Republic'],
    summary: 'The UN imposes an arms embargo on armed groups and an asset freeze and travel ban on listed people in the Central African Republic; the US, EU and UK implement them.',
    measures: [
      un(['un-2127'], 'arms embargo on armed groups, asset freeze and travel ban'),
      ofac(['ofac-car'], 'blocking of designated people and groups'),
      eu(['eu-car'], 'implementation of the UN measures'),
      uk(['uk-car'], 'implementation of the UN measures'),
    ],
    listCountryNames: ['Central African Republic'],
    sources: [UN_LIST, ofacPage('central-african-republic-sanctions')],
  },
  {
    id: 'ml',
    name: 'Mali',
    officialName: 'Republic of Mali',
    aliases: ['Mali', 'Republic of Mali'],
    summary: 'The UN Mali regime ended in August 2023 after a Russian veto. The US, EU and UK keep their own sanctions on those obstructing peace in Mali.',
    measures: [
      un(['un-2374'], 'asset freeze and travel ban, ended in August 2023'),
      ofac(['ofac-mali'], 'blocking of designated people'),
      eu(['eu-mali'], 'asset freezes and travel bans'),
      uk(['uk-mali'], 'asset freezes and travel bans'),
    ],
    listCountryNames: ['Mali'],
    sources: [ofacPage('mali-related-sanctions'), 'https://www.gov.uk/government/collections/uk-sanctions-on-mali'],
  },
  {
    id: 'ye',
    name: 'Yemen',
    officialName: 'Republic of Yemen',
    aliases: ['Yemen', 'Republic of Yemen'],
    summary: 'The UN imposes an asset freeze, travel ban and targeted arms embargo on listed people in Yemen, including Houthi leaders. The US also lists the Houthis under counter-terrorism authorities.',
    measures: [
      un(['un-2140'], 'asset freeze, travel ban and targeted arms embargo'),
      ofac(['ofac-yemen', 'ofac-counter-terrorism'], 'blocking of designated people, firms and vessels, including Houthi networks'),
      eu(['eu-yemen'], 'implementation of the UN measures'),
      uk(['uk-yemen'], 'implementation of the UN measures'),
    ],
    listCountryNames: ['Yemen'],
    sources: [UN_LIST, ofacPage('yemen-related-sanctions')],
  },
  {
    id: 'ht',
    name: 'Haiti',
    officialName: 'Republic of Haiti',
    aliases: ['Haiti', 'Republic of Haiti'],
    summary: 'Since 2022 the UN has imposed an asset freeze, travel ban and targeted arms embargo on Haitian gang leaders and their backers; the EU and UK implement and extend them.',
    measures: [
      un(['un-2653'], 'asset freeze, travel ban and targeted arms embargo on gang leaders and backers'),
      eu(['eu-haiti'], 'UN measures plus EU listings'),
      uk(['uk-haiti'], 'UN measures plus UK designations'),
    ],
    listCountryNames: ['Haiti'],
    sources: [UN_LIST, 'https://www.gov.uk/government/collections/uk-sanctions-relating-to-haiti'],
  },
  {
    id: 'lb',
    name: 'Lebanon',
    officialName: 'Lebanese Republic',
    aliases: ['Lebanon', 'Lebanese Republic'],
    summary: 'UN measures cover the 2005 Hariri assassination and an arms embargo on non-state groups. The US sanctions Hizballah under counter-terrorism authorities and has a small Lebanon programme; the EU has a framework for those undermining Lebanese democracy.',
    measures: [
      un(['un-1636'], 'asset freeze and travel ban for those involved in the 2005 Beirut bombing; arms embargo on non-state actors'),
      ofac(['ofac-lebanon', 'ofac-counter-terrorism'], 'blocking of designated people, including Hizballah networks'),
      eu(['eu-lebanon'], 'framework for asset freezes and travel bans'),
      uk(['uk-lebanon'], 'arms embargo'),
    ],
    listCountryNames: ['Lebanon'],
    sources: [ofacPage('lebanon-related-sanctions'), 'https://www.gov.uk/government/publications/lebanon-sanctions-guidance/lebanon-sanctions-guidance'],
  },
  {
    id: 'ni',
    name: 'Nicaragua',
    officialName: 'Republic of Nicaragua',
    aliases: ['Nicaragua', 'Republic of Nicaragua'],
    summary: 'The US, EU and UK sanction Nicaraguan officials and firms over repression and the undermining of democracy.',
    measures: [
      ofac(['ofac-nicaragua'], 'blocking of officials and firms, including in the gold sector'),
      eu(['eu-nicaragua'], 'asset freezes and travel bans'),
      uk(['uk-nicaragua'], 'asset freezes and travel bans'),
    ],
    listCountryNames: ['Nicaragua'],
    sources: [ofacPage('nicaragua-related-sanctions'), 'https://www.gov.uk/government/collections/uk-sanctions-on-nicaragua'],
  },
  {
    id: 'crimea',
    name: 'Crimea',
    officialName: 'Autonomous Republic of Crimea and the city of Sevastopol (Ukraine)',
    aliases: ['Crimea', 'Crimean Peninsula', 'Autonomous Republic of Crimea'],
    summary: 'Since Russia\u2019s annexation in 2014, the US, EU and UK have banned most trade with and investment in Crimea.',
    measures: [
      ofac(['ofac-ukraine-russia'], 'comprehensive embargo under Executive Order 13685'),
      eu(['eu-crimea-occupied-territories'], 'bans on imports, investment and certain exports and services'),
      uk(['uk-russia'], 'trade and investment restrictions on Crimea under the Russia regulations'),
    ],
    listCountryNames: ['Region: Crimea', 'Crimea'],
    sources: [ofacPage('ukraine-russia-related-sanctions'), 'https://www.gov.uk/government/collections/uk-sanctions-on-russia'],
  },
  {
    id: 'donetsk-luhansk',
    name: 'Donetsk and Luhansk regions (occupied)',
    officialName: 'Russian-occupied areas of the Donetsk and Luhansk oblasts of Ukraine',
    aliases: ["Donetsk People's Republic", 'Donetsk People\u2019s Republic', "Luhansk People's Republic", 'Luhansk People\u2019s Republic', 'DNR', 'LNR'],
    summary: 'Since February 2022 the US, EU and UK have applied Crimea-style embargoes to the Russian-occupied parts of the Donetsk and Luhansk regions of Ukraine.',
    measures: [
      ofac(['ofac-ukraine-russia'], 'embargo on the so-called DNR and LNR under Executive Order 14065'),
      eu(['eu-crimea-occupied-territories'], 'bans on imports, investment and certain exports and services'),
      uk(['uk-russia'], 'trade and investment restrictions on the non-government-controlled areas'),
    ],
    listCountryNames: ['Donetsk', 'Luhansk', "Luhansk People's Republic"],
    sources: [ofacPage('ukraine-russia-related-sanctions'), 'https://www.consilium.europa.eu/en/policies/sanctions-against-russia/timeline-sanctions-against-russia/'],
  },
  {
    id: 'zw',
    name: 'Zimbabwe',
    officialName: 'Republic of Zimbabwe',
    aliases: ['Zimbabwe', 'Republic of Zimbabwe'],
    summary: 'The EU keeps an arms embargo on Zimbabwe and the UK has a Zimbabwe regime; the US replaced its Zimbabwe programme with Global Magnitsky listings in 2024.',
    measures: [
      ofac(['ofac-global-magnitsky'], 'designations of Zimbabwean figures under Global Magnitsky'),
      eu(['eu-zimbabwe'], 'arms embargo'),
      uk(['uk-zimbabwe'], 'asset freezes, travel bans and arms embargo'),
    ],
    listCountryNames: ['Zimbabwe'],
    sources: [EU_POLICY, 'https://www.legislation.gov.uk/uksi/2019/604/contents'],
  },
  {
    id: 'gw',
    name: 'Guinea-Bissau',
    officialName: 'Republic of Guinea-Bissau',
    aliases: ['Guinea-Bissau', 'Republic of Guinea-Bissau'],
    summary: 'The UN has imposed a travel ban on leaders of the 2012 coup in Guinea-Bissau since 2012; the EU and UK add an asset freeze.',
    measures: [
      un(['un-2048'], 'travel ban on those behind the April 2012 coup'),
      eu(['eu-guinea-bissau'], 'travel ban and asset freeze'),
      uk(['uk-guinea-bissau'], 'travel ban and asset freeze'),
    ],
    listCountryNames: ['Guinea-Bissau'],
    sources: [UN_LIST, 'https://www.gov.uk/government/collections/uk-sanctions-on-the-republic-of-guinea-bissau'],
  },
  {
    id: 'bi',
    name: 'Burundi',
    officialName: 'Republic of Burundi',
    aliases: ['Burundi'],
    summary: 'The EU and UK have targeted sanctions regimes for Burundi; there is no UN regime.',
    measures: [
      eu(['eu-burundi'], 'asset freezes and travel bans'),
      uk(['uk-burundi'], 'asset freezes and travel bans'),
    ],
    listCountryNames: ['Burundi'],
    sources: [EU_POLICY, 'https://www.legislation.gov.uk/uksi/2021/1404/contents'],
  },
  {
    id: 'gn',
    name: 'Guinea',
    officialName: 'Republic of Guinea',
    aliases: ['Republic of Guinea', 'Guinea-Conakry'],
    summary: 'The EU and UK keep sanctions on people responsible for the September 2009 killings in Conakry.',
    measures: [
      eu(['eu-guinea'], 'asset freezes and travel bans'),
      uk(['uk-guinea'], 'asset freezes and travel bans'),
    ],
    listCountryNames: ['Guinea'],
    sources: [EU_POLICY, 'https://www.gov.uk/government/collections/uk-sanctions-on-guinea'],
  },
];
