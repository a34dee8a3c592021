/**
 * Curated UN Security Council layer: every sanctions regime the Council has
 * created, the resolutions that built, renewed or ended them, and the bodies
 * (committees, panels, monitoring team, ombudsperson, focal point) that run them.
 *
 * Dates and votes are given only where they were checked against a cited page;
 * where a check was not possible the field is left out rather than guessed.
 * Up to mid-2022 they come from the UN Dag Hammarskjöld Library's yearly tables of
 * Council meetings (dhlTable), later ones from press releases and news reports.
 * Resolution 918 (1994) is dated 17 May as on its text: its meeting began on 16 May.
 */
import type { Body, Instrument, Measure, Regime, Sources } from './types';

const SC = 'https://main.un.org/securitycouncil/en/sanctions';
const REPERTOIRE = 'https://www.un.org/en/sc/repertoire/subsidiary_organs/sanctions_and_other_committees.shtml';
const SPITS = 'https://www.uu.se/en/department/peace-and-conflict-research/research/spits';
const SPITS_NK = `${SPITS}/the-spits-sanctions-list/north-korea`;
const SPITS_LIBYA = `${SPITS}/the-spits-sanctions-list/libya`;
const SPITS_OLD = 'https://www.pcr.uu.se/research/smartsanctions/';
const FACTSHEET = 'https://myacademic-support.com/subsidiary-organs-of-the-united-nations-security-council/';
const DELISTING = `${SC}/delisting`;
const SC_16214 = 'https://press.un.org/en/2025/sc16214.doc.htm';
/** Verbatim copy of UN press release SC/16214 (6 November 2025), where its text was read. */
const SC_16214_COPY = 'https://www.globalsecurity.org/wmd/library/news/syria/2025/syria-251106-unsc01.htm';
const IRAN_SNAPBACK = 'https://unsanctionsapp.com/cases/iran/episodes/iran-ep-9';

/**
 * The Netherlands Treaty Series (Tractatenblad) reprints the English text of Council resolutions
 * under a Dutch note giving the adoption date and meeting number; that note is what was read.
 */
function tractatenblad(year: number, num: number, ext: 'html' | 'xml' = 'html'): string {
  return `https://zoek.officielebekendmakingen.nl/trb-${year}-${num}.${ext}`;
}
/** Resolution 2206 page of the South Sudan committee, with the operative terms of each renewal. */
const SC_2206_RESOLUTIONS = `${SC}/2206/resolutions`;
/** Security Council Report's note on the Libya vote of 14 April 2026 (a copy: it describes the draft, not the text adopted). */
const LIBYA_2026_VOTE_NOTE = 'https://www.securitycouncilreport.org/whatsinblue/2026/04/libya-vote-to-renew-sanctions-measures-3.php';
/** Security Council Report's note on the South Sudan vote expected on 29 May 2026; no record of the adoption was found. */
const SOUTH_SUDAN_2026_VOTE_NOTE = 'https://www.securitycouncilreport.org/whatsinblue/2026/05/south-sudan-sanctions-vote-on-a-draft-resolution-3.php';

/*
 * Audit of 3 December 2026 (issue #15). For each regime whose recorded expiry falls before that
 * day, a later renewal was looked for: South Sudan (measures to 31 May 2026), DRC (1 July 2026),
 * CAR (31 July 2026), Sudan (Panel to 12 October 2026, measures renewed in September 2025 for a
 * year), Haiti (2794, October 2025), Yemen (14 November 2026), Al-Shabaab (30 November 2026) and
 * Libya (1 and 15 May 2026). Libya's resolution 2819 (2026) was found (date, meeting, and what the draft
 * renewed), not its new end dates. For South Sudan only a note on a draft renewing the measures to
 * 31 May 2027, to be voted on 29 May 2026, was found (SOUTH_SUDAN_2026_VOTE_NOTE), not the adoption or
 * its number. No 2026 renewal of the others was found in the pages available, so their records stop
 * at the last renewal read and word its terms as what that resolution did, not as what is in force.
 *
 * Audit of 4 December 2026 (issue #15), the same renewals looked for again with other wordings (UN press
 * releases, Security Council Report, the Netherlands Treaty Series, news of each vote) and in GitHub data:
 * still none of the 2026 renewals of South Sudan, DRC, CAR, Sudan, Haiti, Yemen or Al-Shabaab, nor the new
 * end dates set by 2819 (2026), were found, so no resolution was added. Found instead: the 1267 Committee's
 * removal of Al-Nusrah Front (Hay'at Tahrir al-Sham, QDe.137) on 27 February 2026, a committee decision and
 * not a resolution, recorded among the notable removals (src/kb/removals.ts) and on the Syria card.
 */

/**
 * UN Dag Hammarskjöld Library table of Security Council meetings for a year:
 * date of each meeting, the resolutions adopted and the vote (in favour-against-abstentions).
 */
function dhlTable(year: number): string {
  return `https://www.un.org/depts/dhl/resguide/scact${year}_table_en.${year < 1994 || year === 2022 ? 'html' : 'htm'}`;
}
/** The Library's separate 2020 table for resolutions adopted by written procedure during COVID-19. */
const DHL_2020_REMOTE = 'https://www.un.org/depts/dhl/resguide/SC_2020-revised.html';

/** Official text of a resolution in the UN documents system. */
export function unResolutionUrl(number: string, year: number): string {
  return `https://docs.un.org/en/S/RES/${number}(${year})`;
}

interface ResolutionFacts {
  adopted?: string;
  vote?: string;
  sources: Sources;
}

function res(number: number, year: number, regime: string | undefined, summary: string, facts: ResolutionFacts): Instrument {
  const n = String(number);
  const instrument: Instrument = {
    id: `unscr-${n}`,
    kind: 'unscr',
    number: n,
    title: `Security Council resolution ${n} (${year})`,
    year,
    summary,
    url: unResolutionUrl(n, year),
    sources: facts.sources,
  };
  if (facts.adopted) instrument.adopted = facts.adopted;
  if (facts.vote) instrument.vote = facts.vote;
  if (regime) instrument.regime = regime;
  return instrument;
}

const UNANIMOUS = '15-0-0';

// Pages checked per regime; resolution records cite the page their facts came from.
const S = {
  dprk: [`${SC}/1718/resolutions`, SPITS_NK],
  iran: [IRAN_SNAPBACK, 'https://www.theweek.in/news/middle-east/2026/03/14/security-council-divisions-deepen-over-1737-committee-and-the-snapback-dispute.amp.html'],
  libya: [SPITS_LIBYA, 'https://press.un.org/en/2022/sc14969.doc.htm', 'https://www.un.org/sc/suborg/en/node/6674'],
  isil: [`${SC}/1267/resolutions`, 'https://unscr.com/en/resolutions/2734'],
  taliban: [SPITS_OLD, `${SC}/delisting/resolutions`],
  somalia: ['https://www.securitycouncilreport.org/whatsinblue/2025/12/al-shabaab-sanctions-vote-on-a-draft-resolution-renewing-the-sanctions-regime.php', 'https://unsanctionsapp.com/cases/somalia/episodes/somalia-ep-6'],
  yemen: ['https://www.globalsecurity.org/military/library/news/2025/11/mil-251114-unsc02.htm', 'https://main.un.org/securitycouncil/en/sanctions/2140/panel-of-experts/work-and-mandate'],
  haiti: ['https://press.un.org/en/2025/sc16236.doc.htm', 'https://www.securitycouncilreport.org/whatsinblue/2025/10/haiti-vote-on-a-draft-resolution-renewing-the-sanctions-regime.php'],
  drc: ['https://press.un.org/en/2025/sc16109.doc.htm', 'https://press.un.org/en/2024/sc15749.doc.htm'],
  sudan: ['https://unscr.com/en/resolutions/2772', 'https://www.globalsecurity.org/military/library/news/2025/09/mil-250912-unsc02.htm'],
  car: ['https://press.un.org/en/2025/sc16131.doc.htm', 'https://main.un.org/securitycouncil/en/sanctions/2745/panel-of-experts/work_mandate'],
  southSudan: ['https://menafn.com/1109618281/UN-Security-Council-Approves-Extension-on-South-Sudan-Arms-Embargo', 'https://kvia.com/news/ap-national/2024/05/30/un-extends-arms-embargo-on-south-sudan-despite-appeals-from-african-union-russia-and-china'],
  mali: ['https://localnews8.com/news/2023/08/30/russias-actions-at-u-n-terminate-mali-sanctions-and-panel-of-experts-reporting-recently-on-wagner/', 'https://www.republicworld.com/world-news/africa/russia-vetoes-france-uae-resolution-for-extension-of-un-sanctions-against-mali-articleshow.html'],
  historic: [REPERTOIRE, FACTSHEET],
} satisfies Record<string, Sources>;

export const unResolutions: Instrument[] = [
  // --- DPRK (1718) ---
  res(1695, 2006, 'un-1718', 'Condemned the DPRK missile launches of July 2006 and asked States to stop missile-related transfers to and from it.', { adopted: '2006-07-15', vote: UNANIMOUS, sources: [...S.dprk, dhlTable(2006), 'https://www.un.org/press/en/2006/sc8778.doc.htm'] }),
  res(1718, 2006, 'un-1718', "Imposed the DPRK regime after its first nuclear test: arms and WMD-related embargo, luxury-goods ban, asset freeze, travel ban; created the 1718 Committee.", { adopted: '2006-10-14', vote: UNANIMOUS, sources: ['https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_1718', ...S.dprk, dhlTable(2006)] }),
  res(1874, 2009, 'un-1718', 'After the second nuclear test, widened the arms embargo, added cargo inspection and financial curbs, and created the Panel of Experts.', { adopted: '2009-06-12', vote: UNANIMOUS, sources: ['https://www.iranwatch.org/library/multilateral-organizations/united-nations/un-panel-experts/report-panel-experts-north-korea-established-pursuant-resolution-1874-2009-0', ...S.dprk, dhlTable(2009)] }),
  res(1928, 2010, 'un-1718', "Renewed the 1718 Committee's Panel of Experts.", { adopted: '2010-06-07', vote: UNANIMOUS, sources: ['https://press.un.org/en/2015/sc11806.doc.htm', ...S.dprk, dhlTable(2010), 'https://www.un.org/News/Press/docs/2010/sc9946.doc.htm'] }),
  res(1985, 2011, 'un-1718', 'Renewed the Panel of Experts for another year.', { adopted: '2011-06-10', vote: UNANIMOUS, sources: ['https://press.un.org/en/2015/sc11806.doc.htm', ...S.dprk, dhlTable(2011), 'https://press.un.org/en/2011/sc10277.doc.htm'] }),
  res(2050, 2012, 'un-1718', 'Renewed the Panel of Experts for another year.', { adopted: '2012-06-12', vote: UNANIMOUS, sources: ['https://press.un.org/en/2015/sc11806.doc.htm', ...S.dprk, dhlTable(2012)] }),
  res(2087, 2013, 'un-1718', 'Condemned the December 2012 satellite launch and designated further entities and individuals.', { adopted: '2013-01-22', vote: UNANIMOUS, sources: [...S.dprk, dhlTable(2013), 'https://www.un.org/sg/en/content/sg/statement/2013-01-22/statement-attributable-spokesperson-secretary-general-resolution'] }),
  res(2094, 2013, 'un-1718', 'After the third nuclear test, added financial measures (bulk cash, banking) and diplomatic vigilance, and extended the Panel.', { adopted: '2013-03-07', vote: UNANIMOUS, sources: [...S.dprk, dhlTable(2013)] }),
  res(2141, 2014, 'un-1718', 'Renewed the Panel of Experts.', { adopted: '2014-03-05', vote: UNANIMOUS, sources: ['https://press.un.org/en/2015/sc11806.doc.htm', ...S.dprk, dhlTable(2014), 'https://www.un.org/press/en/2014/sc11306.doc.htm'] }),
  res(2207, 2015, 'un-1718', 'Renewed the Panel of Experts until 5 April 2016.', { adopted: '2015-03-04', vote: UNANIMOUS, sources: ['https://press.un.org/en/2015/sc11806.doc.htm', ...S.dprk, dhlTable(2015)] }),
  res(2270, 2016, 'un-1718', 'After the fourth nuclear test, made cargo inspection mandatory, banned DPRK coal/iron/mineral exports (with livelihood exceptions), and tightened banking and shipping rules.', { adopted: '2016-03-02', vote: UNANIMOUS, sources: ['https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_2270', 'https://www.un.org/securitycouncil/s/res/2270-%282016%29', dhlTable(2016)] }),
  res(2276, 2016, 'un-1718', 'Renewed the Panel of Experts.', { adopted: '2016-03-24', vote: UNANIMOUS, sources: [...S.dprk, dhlTable(2016)] }),
  res(2321, 2016, 'un-1718', 'After the fifth nuclear test, capped coal exports, banned copper, nickel, silver, zinc and statue exports, and added designations.', { adopted: '2016-11-30', vote: UNANIMOUS, sources: [SPITS_OLD, ...S.dprk, dhlTable(2016)] }),
  res(2345, 2017, 'un-1718', 'Renewed the Panel of Experts.', { adopted: '2017-03-23', vote: UNANIMOUS, sources: [...S.dprk, dhlTable(2017)] }),
  res(2356, 2017, 'un-1718', 'Added individuals and entities linked to missile programmes to the sanctions list.', { adopted: '2017-06-02', vote: UNANIMOUS, sources: [...S.dprk, dhlTable(2017)] }),
  res(2371, 2017, 'un-1718', 'Banned DPRK exports of coal, iron, iron ore, lead and seafood, froze new joint ventures and capped overseas worker numbers.', { adopted: '2017-08-05', vote: UNANIMOUS, sources: ['https://asil.org/print/blogs/un-security-council-passes-resolution-strengthening-sanctions-against-north-korea-august-5', ...S.dprk, dhlTable(2017)] }),
  res(2375, 2017, 'un-1718', 'After the sixth nuclear test, capped refined petroleum supplies, banned textile exports and new work authorizations, and barred joint ventures.', { adopted: '2017-09-11', vote: UNANIMOUS, sources: ['https://cliffordchance.com/briefings/2017/12/un_security_counselratchetsupnorthkore.html', ...S.dprk, dhlTable(2017)] }),
  res(2397, 2017, 'un-1718', 'Cut refined petroleum supplies to 500,000 barrels a year, capped crude oil, ordered overseas DPRK workers home within 24 months and widened export bans.', { adopted: '2017-12-22', vote: UNANIMOUS, sources: ['https://asil.org/print/blogs/un-security-council-passes-resolution-increasing-sanctions-north-korea-december-22-2017', ...S.dprk, dhlTable(2017)] }),
  res(2407, 2018, 'un-1718', 'Renewed the Panel of Experts until 24 April 2019.', { adopted: '2018-03-21', vote: UNANIMOUS, sources: ['https://www.un.org/press/en/2018/sc13256.doc.htm', SPITS_NK, dhlTable(2018)] }),
  res(2464, 2019, 'un-1718', 'Renewed the Panel of Experts until 24 April 2020.', { adopted: '2019-04-10', vote: UNANIMOUS, sources: [...S.dprk, dhlTable(2019)] }),
  res(2515, 2020, 'un-1718', 'Renewed the Panel of Experts until 30 April 2021.', { adopted: '2020-03-30', vote: UNANIMOUS, sources: [...S.dprk, DHL_2020_REMOTE] }),
  res(2569, 2021, 'un-1718', 'Renewed the Panel of Experts until 30 April 2022.', { adopted: '2021-03-26', vote: UNANIMOUS, sources: [...S.dprk, dhlTable(2021)] }),
  res(2627, 2022, 'un-1718', 'Renewed the Panel of Experts until 30 April 2023.', { adopted: '2022-03-25', vote: UNANIMOUS, sources: ['https://english.news.cn/20220326/92a003a0ec0246efb43d065308c4635d/c.html', ...S.dprk, dhlTable(2022)] }),
  res(2680, 2023, 'un-1718', "Last renewal of the Panel of Experts, until 30 April 2024; Russia vetoed the next renewal on 28 March 2024.", { adopted: '2023-03-23', vote: UNANIMOUS, sources: ['https://press.un.org/en/2023/sc15240.doc.htm', ...S.dprk] }),

  // --- Iran (1737) ---
  res(1696, 2006, 'un-1737', 'Demanded that Iran suspend enrichment-related and reprocessing activities; reinstated by the 2025 snapback.', { adopted: '2006-07-31', vote: '14-1-0', sources: [...S.iran, dhlTable(2006)] }),
  res(1737, 2006, 'un-1737', 'Imposed the Iran regime: ban on nuclear and missile-related transfers, asset freeze on listed persons; created the 1737 Committee.', { adopted: '2006-12-23', vote: UNANIMOUS, sources: [...S.iran, dhlTable(2006)] }),
  res(1747, 2007, 'un-1737', 'Added a ban on Iranian arms exports and more designations.', { adopted: '2007-03-24', vote: UNANIMOUS, sources: [...S.iran, dhlTable(2007)] }),
  res(1803, 2008, 'un-1737', 'Added travel bans, dual-use controls and vigilance over Iranian banks.', { adopted: '2008-03-03', vote: '14-0-1', sources: [...S.iran, dhlTable(2008)] }),
  res(1835, 2008, 'un-1737', 'Reaffirmed the earlier Iran resolutions without new measures.', { adopted: '2008-09-27', vote: UNANIMOUS, sources: [...S.iran, dhlTable(2008)] }),
  res(1929, 2010, 'un-1737', 'Widened the arms embargo, added shipping and financial measures and created the Panel of Experts on Iran.', { adopted: '2010-06-09', vote: '12-2-1', sources: [...S.iran, dhlTable(2010)] }),
  res(2231, 2015, 'un-1737', 'Endorsed the JCPOA, terminated the earlier Iran measures on Implementation Day and set the snapback procedure used by France, Germany and the UK in 2025.', { adopted: '2015-07-20', vote: UNANIMOUS, sources: [...S.iran, 'https://thinc-israel.org/articles/reimposition-of-nuclear-sanctions-on-iran', dhlTable(2015)] }),

  // --- Libya (748, ended; 1970) ---
  res(748, 1992, 'un-748', 'Imposed an air embargo, arms embargo and diplomatic limits on Libya over the Lockerbie and UTA bombings.', { adopted: '1992-03-31', vote: '10-0-5', sources: [...S.historic, dhlTable(1992)] }),
  res(883, 1993, 'un-748', 'Tightened the Libya measures with an asset freeze and a ban on oil-industry equipment.', { adopted: '1993-11-11', vote: '11-0-4', sources: [...S.historic, dhlTable(1993)] }),
  res(1506, 2003, 'un-748', 'Lifted the 1992-1993 Libya measures after Libya accepted responsibility for Lockerbie.', { adopted: '2003-09-12', vote: '13-0-2', sources: [...S.historic, dhlTable(2003)] }),
  res(1970, 2011, 'un-1970', 'Imposed an arms embargo, travel ban and asset freeze on Libya, referred the situation to the ICC and created the 1970 Committee.', { adopted: '2011-02-26', vote: UNANIMOUS, sources: [...S.libya, dhlTable(2011)] }),
  res(1973, 2011, 'un-1970', 'Authorized a no-fly zone and protection of civilians, widened the asset freeze and created the Panel of Experts.', { adopted: '2011-03-17', vote: '10-0-5', sources: [...S.libya, dhlTable(2011)] }),
  res(2009, 2011, 'un-1970', 'Eased the asset freeze on some Libyan entities and adjusted the arms embargo after the change of government.', { adopted: '2011-09-16', vote: UNANIMOUS, sources: [...S.libya, dhlTable(2011)] }),
  res(2040, 2012, 'un-1970', 'Adjusted the Libya measures and renewed the Panel of Experts with fewer members.', { adopted: '2012-03-12', vote: UNANIMOUS, sources: [SPITS_OLD, 'https://www.un.org/sc/suborg/en/node/6674', dhlTable(2012)] }),
  res(2095, 2013, 'un-1970', 'Eased the arms embargo for the government and renewed the Panel of Experts.', { adopted: '2013-03-14', vote: UNANIMOUS, sources: [...S.libya, dhlTable(2013)] }),
  res(2144, 2014, 'un-1970', 'Renewed the Panel of Experts.', { adopted: '2014-03-14', vote: UNANIMOUS, sources: ['https://www.un.org/sc/suborg/en/node/6674', dhlTable(2014)] }),
  res(2146, 2014, 'un-1970', 'Introduced measures against illicit exports of Libyan crude oil, including vessel designations and inspections.', { adopted: '2014-03-19', vote: UNANIMOUS, sources: ['https://unsanctionsapp.com/cases/libya-ii/episodes/libya2-ep-4', ...S.libya, dhlTable(2014)] }),
  res(2174, 2014, 'un-1970', 'Widened the designation criteria and tightened the arms embargo.', { adopted: '2014-08-27', vote: UNANIMOUS, sources: ['https://www.un.org/sc/suborg/en/node/6674', dhlTable(2014)] }),
  res(2213, 2015, 'un-1970', 'Extended the petroleum measures and the Panel of Experts.', { adopted: '2015-03-27', vote: UNANIMOUS, sources: ['https://www.un.org/sc/suborg/en/node/6674', dhlTable(2015)] }),
  res(2278, 2016, 'un-1970', 'Extended the petroleum measures and the Panel of Experts until 31 July 2017.', { adopted: '2016-03-31', vote: UNANIMOUS, sources: ['https://www.un.org/sc/suborg/en/node/6674', dhlTable(2016)] }),
  res(2292, 2016, 'un-1970', 'Authorized inspection of vessels on the high seas off Libya suspected of breaking the arms embargo.', { adopted: '2016-06-14', vote: UNANIMOUS, sources: [...S.libya, dhlTable(2016)] }),
  res(2362, 2017, 'un-1970', 'Extended the Panel and the petroleum measures to refined products and added attacks on UN staff as a listing criterion.', { adopted: '2017-06-29', vote: UNANIMOUS, sources: ['https://press.un.org/en/2017/sc12892.doc.htm', SPITS_LIBYA, dhlTable(2017)] }),
  res(2420, 2018, 'un-1970', 'Renewed the high-seas arms-embargo inspection authorization.', { adopted: '2018-06-11', vote: UNANIMOUS, sources: [SPITS_LIBYA, dhlTable(2018)] }),
  res(2441, 2018, 'un-1970', 'Extended the petroleum measures and the Panel of Experts until February 2020.', { adopted: '2018-11-05', vote: '13-0-2', sources: [SPITS_LIBYA, dhlTable(2018)] }),
  res(2473, 2019, 'un-1970', 'Renewed the high-seas arms-embargo inspection authorization for 12 months.', { adopted: '2019-06-10', vote: UNANIMOUS, sources: [SPITS_LIBYA, dhlTable(2019)] }),
  res(2509, 2020, 'un-1970', 'Extended the petroleum measures and the Panel of Experts until May 2021.', { adopted: '2020-02-11', vote: '14-0-1', sources: [SPITS_LIBYA, dhlTable(2020)] }),
  res(2571, 2021, 'un-1970', 'Extended the petroleum measures and the Panel of Experts until 2022.', { adopted: '2021-04-16', vote: UNANIMOUS, sources: [SPITS_LIBYA, dhlTable(2021)] }),
  res(2644, 2022, 'un-1970', 'Extended the petroleum measures to 30 October 2023 and the Panel of Experts to 15 November 2023.', { adopted: '2022-07-13', vote: UNANIMOUS, sources: ['https://press.un.org/en/2022/sc14969.doc.htm', SPITS_LIBYA] }),
  res(2701, 2023, 'un-1970', 'Extended the petroleum measures and the Panel of Experts to early 2025.', { adopted: '2023-10-19', vote: UNANIMOUS, sources: ['https://press.un.org/2023/sc15456.doc.htm', SPITS_LIBYA] }),
  res(2769, 2025, 'un-1970', 'Extended the petroleum measures to 1 May 2026 and the Panel to 15 May 2026, and let the Libyan Investment Authority place frozen cash in low-risk deposits.', { adopted: '2025-01-16', vote: '14-0-1', sources: ['https://press.un.org/fr/2025/cs15967.doc.htm', 'https://www.securitycouncilreport.org/whatsinblue/2025/01/libya-vote-to-renew-sanctions-measures-2.php', 'https://sri.org.pk/the-un-imposes-sanctions-to-promote-stability-and-unity-in-libya'] }),
  // The Treaty Series note gives the date, meeting and subject; Security Council Report's note of 13 April 2026
  // says the draft put to the vote that day renewed the 2146 petroleum measures and the Panel. The new end
  // dates and the vote were not read, so they are left out.
  res(2819, 2026, 'un-1970', 'Renewed the authorisations against illicit petroleum exports of resolution 2146 (2014) and the mandate of the Panel of Experts, which resolution 2769 (2025) had extended to 1 and 15 May 2026; the new end dates were not checked for this record.', { adopted: '2026-04-14', sources: [tractatenblad(2026, 45, 'xml'), LIBYA_2026_VOTE_NOTE] }),

  // --- ISIL (Da'esh) and Al-Qaida (1267/1989/2253) ---
  res(1267, 1999, 'un-1267', 'Imposed flight and financial sanctions on the Taliban for sheltering Osama bin Laden and created the 1267 Committee.', { adopted: '1999-10-15', vote: UNANIMOUS, sources: [...S.isil, dhlTable(1999)] }),
  res(1333, 2000, 'un-1267', 'Added an arms embargo and extended the asset freeze to Osama bin Laden and Al-Qaida.', { adopted: '2000-12-19', vote: '13-0-2', sources: [...S.isil, dhlTable(2000)] }),
  res(1373, 2001, undefined, 'After 11 September 2001, required all States to criminalize terrorist financing and freeze terrorist funds, and created the Counter-Terrorism Committee.', { adopted: '2001-09-28', vote: UNANIMOUS, sources: [...S.isil, dhlTable(2001)] }),
  res(1390, 2002, 'un-1267', 'Turned the 1267 measures into a worldwide asset freeze, travel ban and arms embargo on listed Al-Qaida and Taliban members.', { adopted: '2002-01-16', vote: UNANIMOUS, sources: [...S.isil, dhlTable(2002)] }),
  res(1526, 2004, 'un-1267', 'Strengthened the 1267 regime and created the Analytical Support and Sanctions Monitoring Team.', { adopted: '2004-01-30', vote: UNANIMOUS, sources: [...S.isil, 'https://nolga1125.blogspot.com/2024/06/9649th-meeting-pm-sc15722-10-june-2024.html', dhlTable(2004)] }),
  res(1617, 2005, 'un-1267', "Defined 'associated with' Al-Qaida or the Taliban and renewed the Monitoring Team.", { adopted: '2005-07-29', vote: UNANIMOUS, sources: [...S.isil, dhlTable(2005)] }),
  res(1730, 2006, undefined, 'Created the Focal Point for De-listing in the Secretariat for petitioners on UN sanctions lists.', { adopted: '2006-12-19', vote: UNANIMOUS, sources: [DELISTING, 'https://en.wikisource.org/wiki/United_Nations_Security_Council_Resolution_1730', dhlTable(2006)] }),
  res(1735, 2006, 'un-1267', 'Refined listing and de-listing procedures of the 1267 regime.', { adopted: '2006-12-22', vote: UNANIMOUS, sources: [...S.isil, dhlTable(2006)] }),
  res(1822, 2008, 'un-1267', 'Required narrative summaries of reasons for listing and a review of the whole list.', { adopted: '2008-06-30', vote: UNANIMOUS, sources: [...S.isil, dhlTable(2008)] }),
  res(1904, 2009, 'un-1267', 'Created the Office of the Ombudsperson to review de-listing requests from the Al-Qaida list.', { adopted: '2009-12-17', vote: UNANIMOUS, sources: ['https://famagusta-gazette.com/2021/12/18/security-council-extends-mandate-for-isil-sanctions-framework/', ...S.isil, dhlTable(2009)] }),
  res(1989, 2011, 'un-1267', 'Split the 1267 list: the Committee now covers Al-Qaida only, and the Ombudsperson was strengthened.', { adopted: '2011-06-17', vote: UNANIMOUS, sources: [...S.isil, dhlTable(2011)] }),
  res(2083, 2012, 'un-1267', 'Renewed the Al-Qaida regime and let the Focal Point receive exemption requests.', { adopted: '2012-12-17', vote: UNANIMOUS, sources: ['https://www.pfcmc.com/sc/committees/dfp.shtml', ...S.isil, dhlTable(2012)] }),
  res(2161, 2014, 'un-1267', 'Renewed the Al-Qaida regime, the Ombudsperson and the Monitoring Team.', { adopted: '2014-06-17', vote: UNANIMOUS, sources: [...S.isil, dhlTable(2014)] }),
  res(2170, 2014, 'un-1267', 'Condemned ISIL and Al-Nusrah Front and listed six of their members.', { adopted: '2014-08-15', vote: UNANIMOUS, sources: [...S.isil, dhlTable(2014)] }),
  res(2178, 2014, 'un-1267', 'Required States to act against foreign terrorist fighters.', { adopted: '2014-09-24', vote: UNANIMOUS, sources: [...S.isil, dhlTable(2014)] }),
  res(2199, 2015, 'un-1267', 'Targeted ISIL and Al-Nusrah financing: oil trade, antiquities from Iraq and Syria, ransom.', { adopted: '2015-02-12', vote: UNANIMOUS, sources: [...S.isil, dhlTable(2015)] }),
  res(2253, 2015, 'un-1267', "Renamed the regime 'ISIL (Da'esh) and Al-Qaida' and widened it to ISIL.", { adopted: '2015-12-17', vote: UNANIMOUS, sources: [...S.isil, dhlTable(2015)] }),
  res(2368, 2017, 'un-1267', 'Renewed the ISIL (Da\'esh) and Al-Qaida regime, the Ombudsperson and the Monitoring Team.', { adopted: '2017-07-20', vote: UNANIMOUS, sources: [...S.isil, `${SC}/delisting/resolutions`, dhlTable(2017)] }),
  res(2610, 2021, 'un-1267', 'Renewed the regime; extended the Ombudsperson and Monitoring Team for 30 months.', { adopted: '2021-12-17', vote: UNANIMOUS, sources: ['https://famagusta-gazette.com/2021/12/18/security-council-extends-mandate-for-isil-sanctions-framework/', ...S.isil, dhlTable(2021)] }),
  res(2664, 2022, undefined, 'Created a standing humanitarian carve-out from UN asset freezes for aid work.', { adopted: '2022-12-09', vote: '14-0-1', sources: ['https://unscr.com/en/resolutions/2761', 'https://pilac.law.harvard.edu/resolution-2664', 'https://www.urdupoint.com/en/pakistan/india-stands-isolated-at-un-security-council-1607991.html'] }),
  res(2734, 2024, 'un-1267', 'Extended the Ombudsperson and Monitoring Team for 36 months and added sexual and gender-based violence to the listing criteria.', { adopted: '2024-06-10', vote: '14-0-1', sources: ['https://unscr.com/en/resolutions/2734', `${SC}/1267/resolutions`] }),
  res(2744, 2024, undefined, 'Replaced the 1730 de-listing procedures with new ones and asked for a new Focal Point.', { adopted: '2024-07-19', vote: UNANIMOUS, sources: [DELISTING, `${SC}/delisting/resolutions`, 'https://press.un.org/en/2024/sc15770.doc.htm', 'https://unscr.com/en/resolutions/2744', tractatenblad(2024, 108, 'xml')] }),
  res(2761, 2024, 'un-1267', 'Kept the 2664 humanitarian carve-out in force for the ISIL (Da\'esh) and Al-Qaida regime.', { adopted: '2024-12-06', vote: UNANIMOUS, sources: ['https://unscr.com/en/resolutions/2761', 'https://media.un.org/avlibrary/en/asset/d331/d3319507'] }),
  res(2799, 2025, 'un-1267', 'Removed Syria\u2019s transitional President Ahmed al-Sharaa (listed as Ahmad Hussain Al-Sharaa) and Interior Minister Anas Hasan Khattab from the ISIL (Da\u2019esh) and Al-Qaida Sanctions List.', { adopted: '2025-11-06', vote: '14-0-1', sources: [SC_16214, SC_16214_COPY, 'https://cnasnu.justice.gov.ma/language/fr/6-11-2025-_-cs-16214_syrie-le-conseil-de-securite-retire-de-la-liste-des-sanctions-contre-daech-et-al-qaida-le-president-de-transition-syrien-et-son-ministre-de-linterieur'] }),

  // --- Taliban (1988) ---
  res(1988, 2011, 'un-1988', 'Created a separate Taliban sanctions list and the 1988 Committee.', { adopted: '2011-06-17', vote: UNANIMOUS, sources: [...S.taliban, dhlTable(2011)] }),
  res(2082, 2012, 'un-1988', 'Renewed the Taliban regime.', { adopted: '2012-12-17', vote: UNANIMOUS, sources: [...S.taliban, dhlTable(2012)] }),
  res(2160, 2014, 'un-1988', 'Renewed the Taliban regime.', { adopted: '2014-06-17', vote: UNANIMOUS, sources: [...S.taliban, dhlTable(2014)] }),
  res(2255, 2015, 'un-1988', 'Renewed the Taliban asset freeze, travel ban and arms embargo and the Monitoring Team.', { adopted: '2015-12-21', vote: UNANIMOUS, sources: [...S.taliban, dhlTable(2015)] }),
  res(2501, 2019, 'un-1988', 'Renewed the Taliban regime and the Monitoring Team.', { adopted: '2019-12-16', vote: UNANIMOUS, sources: [...S.taliban, dhlTable(2019)] }),
  res(2557, 2020, 'un-1988', 'Renewed the Taliban regime and extended the Monitoring Team for 12 months.', { adopted: '2020-12-18', vote: UNANIMOUS, sources: [SPITS_OLD, DHL_2020_REMOTE] }),
  res(2611, 2021, 'un-1988', 'Renewed the Taliban regime and the Monitoring Team after the Taliban takeover.', { adopted: '2021-12-17', vote: UNANIMOUS, sources: [SPITS_OLD, dhlTable(2021)] }),
  res(2716, 2023, 'un-1988', 'Renewed the Taliban regime and extended the Monitoring Team for 12 months.', { adopted: '2023-12-14', vote: UNANIMOUS, sources: [SPITS_OLD, 'https://press.un.org/en/2023/sc15530.doc.htm'] }),
  res(2763, 2024, 'un-1988', 'Extended the Monitoring Team\u2019s work for the 1988 Committee for 14 months.', { adopted: '2024-12-13', vote: UNANIMOUS, sources: ['https://kabulnow.com/2024/12/un-security-council-renews-mandate-of-team-monitoring-sanctions-against-taliban/', 'https://www.ariananews.af/unsc-renews-iea-sanctions-team-mandate/'] }),
  res(2816, 2026, 'un-1988', 'Kept the Taliban measures of resolution 2255 (2015) in force and extended the Monitoring Team\u2019s work for the 1988 Committee for 12 months, to 17 February 2027.', { adopted: '2026-02-12', vote: UNANIMOUS, sources: ['https://www.miragenews.com/unsc-extends-taliban-sanctions-monitor-by-12-1618879', 'https://www.app.com.pk/foreign-correspondent/unsc-authorizes-12-month-extension-of-team-monitoring-sanctions-against-taliban-linked-entities-pakistan-highlights-threat-from-afghan-side', 'https://www.anews.com.tr/world/2026/02/12/un-security-council-renews-mandate-of-monitoring-team-in-afghanistan', 'https://thetruthinternational.com/un-security-council-extends-afghanistan-sanctions-monitoring-team-mandate-until-february-2027'] }),

  // --- Somalia / Al-Shabaab (751 → 2713) and Eritrea (1907) ---
  res(733, 1992, 'un-2713', 'Imposed a general arms embargo on Somalia.', { adopted: '1992-01-23', vote: UNANIMOUS, sources: [...S.somalia, dhlTable(1992)] }),
  res(751, 1992, 'un-2713', 'Created the Somalia sanctions committee (751 Committee).', { adopted: '1992-04-24', vote: UNANIMOUS, sources: [...S.somalia, dhlTable(1992)] }),
  res(1519, 2003, 'un-2713', 'Created the Monitoring Group on Somalia.', { adopted: '2003-12-16', vote: UNANIMOUS, sources: [...S.somalia, dhlTable(2003)] }),
  res(1844, 2008, 'un-2713', 'Added a targeted asset freeze and travel ban to the Somalia regime.', { adopted: '2008-11-20', vote: UNANIMOUS, sources: [...S.somalia, dhlTable(2008)] }),
  res(1907, 2009, 'un-1907', 'Imposed an arms embargo, travel ban and asset freeze on Eritrea for supporting armed groups in Somalia.', { adopted: '2009-12-23', vote: '13-1-1', sources: [...S.somalia, dhlTable(2009)] }),
  res(2023, 2011, 'un-1907', 'Tightened the Eritrea measures, including on mining revenue and the diaspora tax.', { adopted: '2011-12-05', vote: '13-0-2', sources: [...S.somalia, dhlTable(2011)] }),
  res(2036, 2012, 'un-2713', 'Banned imports of Somali charcoal.', { adopted: '2012-02-22', sources: [...S.somalia, dhlTable(2012), 'https://unscr.com/en/resolutions/2036'] }),
  res(2093, 2013, 'un-2713', 'Partly lifted the arms embargo for Somali government forces.', { adopted: '2013-03-06', vote: UNANIMOUS, sources: [...S.somalia, dhlTable(2013), 'https://ahmedgureysblog.blogspot.com/2013/03'] }),
  res(2182, 2014, 'un-2713', 'Authorized maritime interdiction to enforce the charcoal ban and arms embargo.', { adopted: '2014-10-24', vote: '13-0-2', sources: [...S.somalia, dhlTable(2014)] }),
  res(2444, 2018, 'un-1907', 'Lifted all sanctions on Eritrea and turned the monitoring group into a Panel of Experts on Somalia.', { adopted: '2018-11-14', vote: UNANIMOUS, sources: [...S.somalia, dhlTable(2018)] }),
  res(2498, 2019, 'un-2713', 'Added a conditional ban on components used to make improvised explosive devices.', { adopted: '2019-11-15', vote: '12-0-3', sources: ['https://unsanctionsapp.com/cases/somalia/episodes/somalia-ep-6', dhlTable(2019)] }),
  res(2713, 2023, 'un-2713', 'Recast the regime as the Al-Shabaab sanctions regime and renewed it and its Panel of Experts.', { adopted: '2023-12-01', vote: '14-0-1', sources: ['https://en.people.cn/n3/2023/1202/c90000-20105089.html', ...S.somalia] }),
  res(2714, 2023, 'un-2713', 'Lifted the arms embargo on the Somali government and its security forces.', { adopted: '2023-12-01', vote: UNANIMOUS, sources: ['https://en.people.cn/n3/2023/1202/c90000-20105089.html'] }),
  res(2776, 2025, 'un-2713', 'Extended the maritime interdiction authorization to 13 December 2025 and the Panel of Experts to 13 January 2026, keeping the arms embargo with exemptions for Somali security forces.', { adopted: '2025-03-03', vote: UNANIMOUS, sources: ['https://www.theeastafrican.co.ke/tea/news/east-africa/why-un-security-council-extended-sanctions-on-al-shabaab-4957580', 'https://press.un.org/en/2025/sc16011.doc.htm', 'https://www.wired-gov.net/wg/news.nsf/articles/this+resolution+retains+a+powerful+package+of+sanctions+to+further+degrade+alshabaab+uk+statement+at+the+un+security+council+04032025141000?open'] }),
  res(2806, 2025, 'un-2713', 'Extended the arms embargo provisions on Somalia and the maritime interdiction authorization to 30 November 2026 and the Panel of Experts to 31 December 2026; arms deliveries to Somalia now need prior notice to the Federal Government.', { adopted: '2025-12-12', vote: UNANIMOUS, sources: ['https://pubt.io/view/24CAE34B105ECD37E52FBADB9F32123122FCDC67', 'https://news.az/news/un-extends-sanctions-panel-on-somalias-al-shabaab', S.somalia[0]] }),

  // --- Eritrea and Ethiopia (1298) ---
  res(1298, 2000, 'un-1298', 'Imposed a 12-month arms embargo on Eritrea and Ethiopia during their border war.', { adopted: '2000-05-17', vote: UNANIMOUS, sources: [FACTSHEET, dhlTable(2000)] }),

  // --- Yemen (2140) ---
  res(2140, 2014, 'un-2140', 'Created the Yemen regime: targeted asset freeze and travel ban, the 2140 Committee and its Panel of Experts.', { adopted: '2014-02-26', vote: UNANIMOUS, sources: [...S.yemen, dhlTable(2014)] }),
  res(2204, 2015, 'un-2140', 'Renewed the Yemen measures and Panel.', { adopted: '2015-02-24', vote: UNANIMOUS, sources: [...S.yemen, dhlTable(2015)] }),
  res(2216, 2015, 'un-2140', 'Imposed a targeted arms embargo on the Houthis and Saleh allies and listed Abdulmalik al-Houthi and Ahmed Ali Saleh.', { adopted: '2015-04-14', vote: '14-0-1', sources: ['https://press.un.org/en/2015/sc11859.doc.htm', SPITS_OLD, dhlTable(2015)] }),
  res(2266, 2016, 'un-2140', 'Renewed the Yemen measures and Panel.', { adopted: '2016-02-24', vote: UNANIMOUS, sources: [...S.yemen, dhlTable(2016)] }),
  res(2342, 2017, 'un-2140', 'Renewed the Yemen measures and Panel.', { adopted: '2017-02-23', vote: UNANIMOUS, sources: [...S.yemen, dhlTable(2017)] }),
  res(2402, 2018, 'un-2140', 'Renewed the Yemen measures and Panel.', { adopted: '2018-02-26', vote: UNANIMOUS, sources: [...S.yemen, dhlTable(2018)] }),
  res(2456, 2019, 'un-2140', 'Renewed the Yemen measures and Panel.', { adopted: '2019-02-26', vote: UNANIMOUS, sources: [...S.yemen, dhlTable(2019)] }),
  res(2511, 2020, 'un-2140', 'Renewed the Yemen measures and Panel until February 2021.', { adopted: '2020-02-25', vote: '13-0-2', sources: ['https://en.etemaaddaily.com/world/international/unsc-renews-its-sanctions-regime-on-yemen-for-another-year:71856', dhlTable(2020)] }),
  res(2564, 2021, 'un-2140', 'Renewed the Yemen measures and Panel.', { adopted: '2021-02-25', vote: '14-0-1', sources: [...S.yemen, dhlTable(2021)] }),
  res(2624, 2022, 'un-2140', 'Extended the arms embargo to the Houthis as a group.', { adopted: '2022-02-28', vote: '11-0-4', sources: ['https://www.nationaltribune.com.au/unanimously-adopting-resolution-2707-2023-security-council-renews-panel-of-experts-sanctions-on-yemen/', dhlTable(2022)] }),
  res(2675, 2023, 'un-2140', 'Renewed the Yemen asset freeze and travel ban to 15 November 2023 and the Panel to 15 December 2023.', { adopted: '2023-02-15', vote: UNANIMOUS, sources: [...S.yemen, 'https://ifpnews.com/un-sanctions-yemen-houthis', 'https://yemenfreedom.net/view/4338', 'https://french.peopledaily.com.cn/International/n3/2023/0216/c31356-10208321.html'] }),
  res(2707, 2023, 'un-2140', 'Renewed the Yemen measures to 15 November 2024 and the Panel to 15 December 2024.', { adopted: '2023-11-14', vote: UNANIMOUS, sources: ['https://www.nationaltribune.com.au/unanimously-adopting-resolution-2707-2023-security-council-renews-panel-of-experts-sanctions-on-yemen/', 'https://www.securitycouncilreport.org/whatsinblue/2024/11/yemen-vote-on-a-draft-resolution-renewing-the-sanctions-regime-and-closed-consultations.php'] }),
  res(2758, 2024, 'un-2140', 'Renewed the Yemen measures to 15 November 2025 and the Panel to 15 December 2025.', { adopted: '2024-11-13', vote: UNANIMOUS, sources: ['https://www.nationaltribune.com.au/unanimously-adopting-resolution-2758-2024-security-council-renews-sanctions-panel-of-experts-concerning-yemen/', 'https://www.sphinxtv.tv/?p=24431'] }),
  res(2801, 2025, 'un-2140', 'Renewed the Yemen measures to 14 November 2026 and the Panel to 15 December 2026.', { adopted: '2025-11-14', vote: '13-0-2', sources: ['https://www.globalsecurity.org/military/library/news/2025/11/mil-251114-unsc02.htm'] }),

  // --- Haiti (841, ended; 2653) ---
  res(841, 1993, 'un-841', 'Imposed an oil and arms embargo and an asset freeze on Haiti after the 1991 coup.', { adopted: '1993-06-16', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1993)] }),
  res(917, 1994, 'un-841', 'Widened the Haiti measures to a near-total trade embargo.', { adopted: '1994-05-06', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1994)] }),
  res(944, 1994, 'un-841', 'Ended the Haiti measures on President Aristide\'s return.', { adopted: '1994-09-29', vote: '13-0-2', sources: [...S.historic, dhlTable(1994)] }),
  res(2653, 2022, 'un-2653', 'Created the Haiti regime against gang leaders and their backers: asset freeze, travel ban and targeted arms embargo.', { adopted: '2022-10-21', vote: UNANIMOUS, sources: S.haiti }),
  res(2699, 2023, 'un-2653', 'Authorized the Multinational Security Support mission and widened the arms embargo to the whole country.', { adopted: '2023-10-02', vote: '13-0-2', sources: ['https://newsaf.cgtn.com/news/2023-10-20/UN-Security-Council-renews-Haiti-sanctions-regime-1o2tSHhvHJS/share_amp.html', ...S.haiti, 'https://press.un.org/2023/sc15432.doc.htm', 'https://unscr.com/en/resolutions/2699'] }),
  res(2700, 2023, 'un-2653', 'Renewed the Haiti measures for a year and the Panel of Experts for 13 months.', { adopted: '2023-10-19', vote: UNANIMOUS, sources: ['https://newsaf.cgtn.com/news/2023-10-20/UN-Security-Council-renews-Haiti-sanctions-regime-1o2tSHhvHJS/share_amp.html', tractatenblad(2023, 135)] }),
  res(2752, 2024, 'un-2653', 'Renewed the Haiti regime, widened criteria to illicit natural-resource trade and extended the Panel.', { adopted: '2024-10-18', vote: UNANIMOUS, sources: ['https://press.un.org/en/2025/sc16089.doc.htm', 'https://indialife.us/article.php?id=240080'] }),
  res(2794, 2025, 'un-2653', 'Renewed the Haiti regime for a year and the Panel of Experts for 13 months, and listed Dimitri Herard and Kempes Sanon.', { adopted: '2025-10-17', vote: UNANIMOUS, sources: [...S.haiti, 'https://www.globalsecurity.org/military/library/news/2025/10/mil-251017-unsc01.htm', 'https://www.securitycouncilreport.org/whatsinblue/2025/10/haiti-vote-on-a-draft-resolution-renewing-the-sanctions-regime.php'] }),

  // --- DRC (1533) ---
  res(1493, 2003, 'un-1533', 'Imposed an arms embargo on armed groups in eastern DRC.', { adopted: '2003-07-28', vote: UNANIMOUS, sources: [...S.drc, dhlTable(2003)] }),
  res(1533, 2004, 'un-1533', 'Created the DRC committee and Group of Experts.', { adopted: '2004-03-12', vote: UNANIMOUS, sources: [...S.drc, dhlTable(2004)] }),
  res(1596, 2005, 'un-1533', 'Widened the DRC arms embargo and added a travel ban and asset freeze.', { adopted: '2005-04-18', vote: UNANIMOUS, sources: [...S.drc, dhlTable(2005)] }),
  res(1807, 2008, 'un-1533', 'Limited the arms embargo to non-governmental armed groups, with notification for government supplies.', { adopted: '2008-03-31', vote: UNANIMOUS, sources: [...S.drc, dhlTable(2008)] }),
  res(2293, 2016, 'un-1533', 'Renewed the DRC measures to 1 July 2017, confirming they do not apply to the government.', { adopted: '2016-06-23', vote: UNANIMOUS, sources: ['https://press.un.org/en/2016/sc12416.doc.htm', dhlTable(2016)] }),
  res(2360, 2017, 'un-1533', 'Renewed the DRC measures and added attacks on peacekeepers as a listing criterion.', { adopted: '2017-06-21', vote: UNANIMOUS, sources: ['https://www.un.org/press/en/2017/sc12883.doc.htm', dhlTable(2017)] }),
  res(2641, 2022, 'un-1533', 'Renewed the DRC regime and the Group of Experts to 1 August 2023.', { adopted: '2022-06-30', vote: '10-0-5', sources: ['https://24plusnews.com/category/countries-amp-territories-democratic-republic-of-the-congo/', 'https://unscr.com/en/resolutions/2641', 'https://www.lokmattimes.com/politics/un-security-council-renews-sanctions-on-drc/'] }),
  res(2667, 2022, 'un-1533', 'Removed the notification requirement for arms supplies to the DRC government.', { adopted: '2022-12-20', vote: UNANIMOUS, sources: [...S.drc, 'https://press.un.org/en/2022/sc15152.doc.htm', 'https://press.un.org/en/2023/sc15195.doc.htm'] }),
  res(2738, 2024, 'un-1533', 'Renewed the DRC regime to 1 July 2025 and the Group of Experts to 1 August 2025.', { adopted: '2024-06-27', vote: UNANIMOUS, sources: ['https://press.un.org/en/2024/sc15749.doc.htm'] }),
  res(2783, 2025, 'un-1533', 'Renewed the DRC regime to 1 July 2026 and the Group of Experts to 1 August 2026.', { adopted: '2025-06-30', vote: UNANIMOUS, sources: ['https://press.un.org/en/2025/sc16109.doc.htm'] }),

  // --- Sudan (1591) ---
  res(1556, 2004, 'un-1591', 'Imposed an arms embargo on non-governmental forces in Darfur, including the Janjaweed.', { adopted: '2004-07-30', vote: '13-0-2', sources: [...S.sudan, dhlTable(2004)] }),
  res(1591, 2005, 'un-1591', 'Extended the Darfur arms embargo, added a travel ban and asset freeze and created the 1591 Committee and Panel.', { adopted: '2005-03-29', vote: '12-0-3', sources: ['https://newscentral.africa/?p=247521', ...S.sudan, dhlTable(2005)] }),
  res(1672, 2006, 'un-1591', 'Made the first four designations under the Sudan regime.', { adopted: '2006-04-25', vote: '12-0-3', sources: [...S.sudan, dhlTable(2006)] }),
  res(1945, 2010, 'un-1591', 'Renewed the Sudan Panel of Experts.', { adopted: '2010-10-14', vote: '14-0-1', sources: [...S.sudan, dhlTable(2010)] }),
  res(2400, 2018, 'un-1591', 'Renewed the Sudan Panel until 12 March 2019.', { adopted: '2018-02-08', vote: UNANIMOUS, sources: ['https://www.un.org/press/en/2018/sc13201.doc.htm', dhlTable(2018)] }),
  res(2620, 2022, 'un-1591', 'Renewed the Sudan Panel of Experts.', { adopted: '2022-02-15', vote: UNANIMOUS, sources: [...S.sudan, dhlTable(2022)] }),
  res(2676, 2023, 'un-1591', 'Renewed the Sudan Panel of Experts to 12 March 2024 and set a review of the measures against benchmarks by 12 February 2024.', { adopted: '2023-03-08', vote: '13-0-2', sources: [...S.sudan, 'https://press.un.org/en/2023/sc15223.doc.htm', 'https://sudantribune.com/article271635'] }),
  res(2725, 2024, 'un-1591', 'Renewed the Sudan Panel to 12 March 2025.', { adopted: '2024-03-08', vote: '13-0-2', sources: ['https://press.un.org/en/2024/sc15616.doc.htm', 'https://www.securitycouncilreport.org/whatsinblue/2025/02/sudan-sanctions-vote-on-a-draft-resolution-2.php'] }),
  res(2750, 2024, 'un-1591', 'Renewed the Sudan measures to 12 September 2025.', { adopted: '2024-09-11', vote: UNANIMOUS, sources: ['https://afrinz.ru/en/2024/09/unsc-to-extend-sanctions-against-sudan-until-september-2025/'] }),
  res(2772, 2025, 'un-1591', 'Renewed the Sudan Panel to 12 March 2026.', { adopted: '2025-02-17', vote: '13-0-2', sources: ['https://unscr.com/en/resolutions/2772', 'https://miragenews.com/unsc-extends-sudan-sanctions-panel-passes-1409923'] }),
  res(2791, 2025, 'un-1591', 'Renewed the Sudan measures for a year and the Panel to 12 October 2026.', { adopted: '2025-09-12', vote: UNANIMOUS, sources: ['https://www.globalsecurity.org/military/library/news/2025/09/mil-250912-unsc02.htm', tractatenblad(2025, 74)] }),

  // --- Central African Republic (2127 → 2745) ---
  res(2127, 2013, 'un-2127', 'Imposed an arms embargo on the CAR and created its committee and Panel of Experts.', { adopted: '2013-12-05', vote: UNANIMOUS, sources: [...S.car, dhlTable(2013)] }),
  res(2134, 2014, 'un-2127', 'Added a travel ban and asset freeze to the CAR regime.', { adopted: '2014-01-28', vote: UNANIMOUS, sources: [...S.car, dhlTable(2014)] }),
  res(2399, 2018, 'un-2127', 'Renewed the CAR measures to 31 January 2019 and the Panel to 28 February 2019.', { adopted: '2018-01-30', vote: UNANIMOUS, sources: ['https://press.un.org/en/2018/sc13188.doc.htm', dhlTable(2018)] }),
  res(2693, 2023, 'un-2127', 'Renewed the CAR arms embargo to 31 July 2024 and the Panel to 31 August 2024, and exempted the CAR security forces from the embargo and its notification requirement.', { adopted: '2023-07-27', vote: '13-0-2', sources: [...S.car, 'https://press.un.org/en/2023/sc15369.doc.htm', 'https://press.un.org/en/2023/sc15382.doc.htm'] }),
  res(2745, 2024, 'un-2127', 'Lifted the arms embargo on the CAR government, kept measures on armed groups and renamed the committee after this resolution.', { adopted: '2024-07-30', vote: UNANIMOUS, sources: ['https://press.un.org/en/2024/sc15780.doc.htm', 'https://unscr.com/en/resolutions/2745'] }),
  res(2789, 2025, 'un-2127', 'Renewed the CAR measures to 31 July 2026 and the Panel to 31 August 2026.', { adopted: '2025-07-29', vote: UNANIMOUS, sources: ['https://press.un.org/en/2025/sc16131.doc.htm'] }),

  // --- South Sudan (2206) ---
  res(2206, 2015, 'un-2206', 'Created the South Sudan regime: travel ban, asset freeze, committee and Panel of Experts.', { adopted: '2015-03-03', vote: UNANIMOUS, sources: [...S.southSudan, dhlTable(2015), 'https://press.un.org/en/2015/sc11805.doc.htm'] }),
  res(2428, 2018, 'un-2206', 'Imposed an arms embargo on South Sudan.', { adopted: '2018-07-13', vote: '9-0-6', sources: ['https://anews.com.tr/africa/2024/05/30/security-council-extends-mandate-for-uns-south-sudan-sanctions-panel-of-experts', dhlTable(2018)] }),
  res(2577, 2021, 'un-2206', 'Renewed the South Sudan measures and set benchmarks for reviewing the arms embargo.', { adopted: '2021-05-28', vote: '13-0-2', sources: [S.southSudan[0], dhlTable(2021)] }),
  res(2731, 2024, 'un-2206', 'Renewed the South Sudan measures to 31 May 2025 and the Panel to 1 July 2025.', { adopted: '2024-05-30', vote: '9-0-6', sources: [tractatenblad(2024, 84), SC_2206_RESOLUTIONS, S.southSudan[1]] }),
  res(2781, 2025, 'un-2206', 'Renewed the South Sudan measures to 31 May 2026 and the Panel to 1 July 2026.', { adopted: '2025-05-30', vote: '9-0-6', sources: [S.southSudan[0]] }),

  // --- Mali (2374, ended) ---
  res(2374, 2017, 'un-2374', 'Created the Mali regime of travel bans and asset freezes against spoilers of the 2015 peace agreement.', { adopted: '2017-09-05', vote: UNANIMOUS, sources: [...S.mali, dhlTable(2017)] }),
  res(2649, 2022, 'un-2374', 'Last renewal of the Mali measures; after a Russian veto in August 2023 they expired.', { adopted: '2022-08-30', vote: UNANIMOUS, sources: [...S.mali, 'https://unscr.com/en/resolutions/2649', 'https://newsroomodisha.com/un-security-council-renews-mali-sanctions'] }),

  // --- Lebanon (1636), Guinea-Bissau (2048), Iraq (661, 1518) ---
  res(1636, 2005, 'un-1636', 'Imposed a travel ban and asset freeze on persons designated as suspects in the Hariri assassination inquiry.', { adopted: '2005-10-31', vote: UNANIMOUS, sources: [...S.historic, dhlTable(2005)] }),
  res(2048, 2012, 'un-2048', 'Imposed a travel ban on those behind the April 2012 coup in Guinea-Bissau and created the 2048 Committee.', { adopted: '2012-05-18', vote: UNANIMOUS, sources: [...S.historic, dhlTable(2012)] }),
  res(661, 1990, 'un-661', 'Imposed comprehensive trade and financial sanctions on Iraq after its invasion of Kuwait.', { adopted: '1990-08-06', vote: '13-0-2', sources: ['https://archive.globalpolicy.org/security/sanction/index.htm', REPERTOIRE, dhlTable(1990)] }),
  res(687, 1991, 'un-661', 'Set ceasefire terms for Iraq, including disarmament, and kept the sanctions in place.', { adopted: '1991-04-03', vote: '12-1-2', sources: [...S.historic, dhlTable(1991)] }),
  res(986, 1995, 'un-661', 'Created the Oil-for-Food Programme.', { adopted: '1995-04-14', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1995)] }),
  res(1483, 2003, 'un-661', 'Lifted the trade sanctions on Iraq (except arms) and required a freeze of former-regime assets.', { adopted: '2003-05-22', sources: [...S.historic, dhlTable(2003)] }),
  res(1518, 2003, 'un-1518', 'Created the 1518 Committee to list former Iraqi regime officials and entities whose assets must be frozen.', { adopted: '2003-11-24', vote: UNANIMOUS, sources: [...S.historic, dhlTable(2003)] }),

  // --- Côte d'Ivoire (1572), Liberia (788, 1343, 1521) ---
  res(1572, 2004, 'un-1572', "Imposed an arms embargo on Côte d'Ivoire and a targeted travel ban and asset freeze.", { adopted: '2004-11-15', vote: UNANIMOUS, sources: [REPERTOIRE, 'https://archive.globalpolicy.org/security/sanction/index.htm', dhlTable(2004)] }),
  res(1643, 2005, 'un-1572', "Banned rough diamond imports from Côte d'Ivoire.", { adopted: '2005-12-15', vote: UNANIMOUS, sources: [...S.historic, dhlTable(2005)] }),
  res(2283, 2016, 'un-1572', "Lifted all remaining measures on Côte d'Ivoire.", { adopted: '2016-04-28', vote: UNANIMOUS, sources: [...S.historic, dhlTable(2016)] }),
  res(788, 1992, 'un-788', 'Imposed an arms embargo on Liberia during its civil war.', { adopted: '1992-11-19', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1992)] }),
  res(985, 1995, 'un-788', 'Created the committee to oversee the Liberia arms embargo.', { adopted: '1995-04-13', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1995)] }),
  res(1343, 2001, 'un-1343', 'Ended the 1992 embargo and imposed new Liberia measures, including diamond and travel bans, over support to the RUF.', { adopted: '2001-03-07', vote: UNANIMOUS, sources: [...S.historic, dhlTable(2001)] }),
  res(1521, 2003, 'un-1521', 'Replaced the 2001 Liberia measures with a new arms embargo, travel ban and timber and diamond bans.', { adopted: '2003-12-22', vote: UNANIMOUS, sources: [...S.historic, dhlTable(2003)] }),
  res(1532, 2004, 'un-1521', 'Froze the assets of Charles Taylor and his associates.', { adopted: '2004-03-12', vote: UNANIMOUS, sources: [...S.historic, dhlTable(2004)] }),
  res(2188, 2014, 'un-1521', 'Renewed the Liberia arms and travel measures for nine months.', { adopted: '2014-12-09', vote: UNANIMOUS, sources: [SPITS_OLD, dhlTable(2014)] }),
  res(2288, 2016, 'un-1521', 'Lifted the remaining Liberia measures and dissolved the committee.', { adopted: '2016-05-25', vote: UNANIMOUS, sources: [...S.historic, dhlTable(2016)] }),

  // --- Angola/UNITA (864), Rwanda (918), Sierra Leone (1132) ---
  res(864, 1993, 'un-864', 'Imposed an arms and petroleum embargo on UNITA and created the Angola committee.', { adopted: '1993-09-15', vote: UNANIMOUS, sources: [REPERTOIRE, dhlTable(1993)] }),
  res(1127, 1997, 'un-864', 'Added travel and aviation measures against UNITA.', { adopted: '1997-08-28', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1997)] }),
  res(1173, 1998, 'un-864', 'Froze UNITA funds and banned diamond purchases from areas it held.', { adopted: '1998-06-12', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1998)] }),
  res(1448, 2002, 'un-864', 'Ended the UNITA measures and dissolved the committee.', { adopted: '2002-12-09', vote: UNANIMOUS, sources: [...S.historic, dhlTable(2002)] }),
  res(918, 1994, 'un-918', 'Imposed an arms embargo on Rwanda during the genocide.', { adopted: '1994-05-17', sources: [...S.historic, 'https://wikimili.com/en/United_Nations_Security_Council_Resolution_918', 'https://lawglobalhub.com/united-nations-security-council-resolution-918-un-assistance-mission-for-rwanda'] }),
  res(1011, 1995, 'un-918', 'Lifted the arms embargo for the Rwandan government while keeping it for non-State forces.', { adopted: '1995-08-16', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1995)] }),
  res(1132, 1997, 'un-1132', 'Imposed oil and arms embargoes and a travel ban on the Sierra Leone junta.', { adopted: '1997-10-08', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1997)] }),
  res(1171, 1998, 'un-1132', 'Narrowed the Sierra Leone measures to non-governmental forces.', { adopted: '1998-06-05', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1998)] }),
  res(1306, 2000, 'un-1132', 'Banned rough diamond imports from Sierra Leone outside a certificate scheme.', { adopted: '2000-07-05', vote: '14-0-1', sources: [...S.historic, dhlTable(2000)] }),
  res(1940, 2010, 'un-1132', 'Ended the remaining Sierra Leone measures.', { adopted: '2010-09-29', vote: UNANIMOUS, sources: [...S.historic, dhlTable(2010)] }),

  // --- Southern Rhodesia (253), South Africa (418), former Yugoslavia (713/757, 1160) ---
  res(232, 1966, 'un-253', 'First mandatory UN sanctions: selective trade sanctions on Southern Rhodesia.', { adopted: '1966-12-16', vote: '11-0-4', sources: [...S.historic, dhlTable(1966)] }),
  res(253, 1968, 'un-253', 'Made the Southern Rhodesia sanctions comprehensive and created a committee.', { adopted: '1968-05-29', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1968)] }),
  res(460, 1979, 'un-253', 'Ended the Southern Rhodesia sanctions.', { adopted: '1979-12-21', vote: '13-0-2', sources: [...S.historic, dhlTable(1979)] }),
  res(418, 1977, 'un-418', 'Imposed a mandatory arms embargo on apartheid South Africa.', { adopted: '1977-11-04', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1977)] }),
  res(421, 1977, 'un-418', 'Created the committee on the South Africa arms embargo.', { adopted: '1977-12-09', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1977)] }),
  res(919, 1994, 'un-418', 'Ended the South Africa arms embargo after the democratic elections.', { adopted: '1994-05-25', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1994)] }),
  res(713, 1991, 'un-713', 'Imposed an arms embargo on all of Yugoslavia.', { adopted: '1991-09-25', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1991)] }),
  res(724, 1991, 'un-713', 'Created the committee on the Yugoslavia embargo.', { adopted: '1991-12-15', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1991)] }),
  res(757, 1992, 'un-713', 'Imposed comprehensive sanctions on the Federal Republic of Yugoslavia (Serbia and Montenegro).', { adopted: '1992-05-30', vote: '13-0-2', sources: [...S.historic, dhlTable(1992)] }),
  res(820, 1993, 'un-713', 'Tightened the sanctions on the Federal Republic of Yugoslavia.', { adopted: '1993-04-17', vote: '13-0-2', sources: [...S.historic, dhlTable(1993)] }),
  res(1022, 1995, 'un-713', 'Suspended the Yugoslavia sanctions after the Dayton agreement.', { adopted: '1995-11-22', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1995)] }),
  res(1074, 1996, 'un-713', 'Ended the Yugoslavia sanctions.', { adopted: '1996-10-01', vote: UNANIMOUS, sources: [...S.historic, dhlTable(1996)] }),
  res(1160, 1998, 'un-1160', 'Imposed an arms embargo on the Federal Republic of Yugoslavia, including Kosovo.', { adopted: '1998-03-31', vote: '14-0-1', sources: [...S.historic, dhlTable(1998)] }),
  res(1367, 2001, 'un-1160', 'Ended the 1998 arms embargo and dissolved its committee.', { adopted: '2001-09-10', vote: UNANIMOUS, sources: [...S.historic, dhlTable(2001)] }),
];

const committee = (
  id: string, regime: string | undefined, name: string, aliases: string[], summary: string, mandate: string,
  status: Body['status'], url: string, sources: Sources, statusNote?: string,
): Body => {
  const body: Body = { id, kind: 'committee', name, aliases, acronyms: [], authority: 'UN', summary, mandate, status, url, sources };
  if (regime) body.regime = regime;
  if (statusNote) body.statusNote = statusNote;
  return body;
};

const panel = (
  id: string, regime: string | undefined, kind: 'panel' | 'monitoring-team' | 'other', name: string, aliases: string[], summary: string,
  mandate: string, status: Body['status'], url: string, sources: Sources, statusNote?: string,
): Body => {
  const body: Body = { id, kind, name, aliases, acronyms: [], authority: 'UN', summary, mandate, status, url, sources };
  if (regime) body.regime = regime;
  if (statusNote) body.statusNote = statusNote;
  return body;
};

const committeeName = (n: number, year: number, topic?: string): string =>
  `Security Council Committee established pursuant to resolution ${n} (${year})${topic ? ` concerning ${topic}` : ''}`;

const ACTIVE_COMMITTEE = 'Oversees the measures, designates and de-lists, decides on exemptions and reports to the Council.';

export const unBodies: Body[] = [
  {
    id: 'unsc', kind: 'council', name: 'United Nations Security Council',
    aliases: ['Security Council', 'UN Security Council', 'U.N. Security Council', 'United Nations Security Council'],
    acronyms: ['UNSC'], authority: 'UN',
    summary: 'The 15-member UN organ that imposes binding sanctions under Article 41 of Chapter VII of the UN Charter.',
    mandate: 'Maintains international peace and security; creates sanctions regimes, committees and expert panels.',
    status: 'active', url: 'https://main.un.org/securitycouncil/en', sources: [REPERTOIRE, 'https://www.scribd.com/document/433505675/US-Sanction'],
  },
  committee('un-1718-committee', 'un-1718', committeeName(1718, 2006), ['1718 Committee', 'DPRK Sanctions Committee', 'North Korea Sanctions Committee', '1718 Sanctions Committee', committeeName(1718, 2006)],
    'Administers the UN sanctions on the DPRK.', ACTIVE_COMMITTEE, 'active', `${SC}/1718`, S.dprk),
  panel('un-1718-panel', 'un-1718', 'panel', 'Panel of Experts established pursuant to resolution 1874 (2009)', ['1718 Committee Panel of Experts', 'DPRK Panel of Experts', 'Panel of Experts on North Korea', 'North Korea Panel of Experts', 'UN Panel of Experts on North Korea'],
    'Eight-member expert panel that investigated DPRK sanctions evasion and published midterm and final reports.', 'Gathered and analysed information on implementation and non-compliance and made recommendations to the 1718 Committee.',
    'ended', 'https://www.un.org/securitycouncil/sanctions/1718/panel_experts/work_mandate',
    ['https://www.un.org/securitycouncil/sanctions/1718/panel_experts/work_mandate', 'https://press.un.org/en/2023/sc15240.doc.htm', 'https://localnews8.com/news/ap-national/2024/03/28/russia-vetoes-un-resolution-abolishing-monitoring-of-un-sanctions-against-north-korea-by-un-experts/'],
    'Mandate ended 30 April 2024 after Russia vetoed the renewal draft on 28 March 2024 (13 in favour, Russia against, China abstaining); the sanctions themselves remain in force.'),
  committee('un-1737-committee', 'un-1737', committeeName(1737, 2006), ['1737 Committee', 'Iran Sanctions Committee', '1737 Sanctions Committee', committeeName(1737, 2006)],
    'Administers the UN sanctions on Iran restored by the September 2025 snapback.', ACTIVE_COMMITTEE, 'active', `${SC}/1737`, S.iran,
    'Dormant from January 2016 (resolution 2231); revived by the snapback of 27-28 September 2025, which Iran, Russia and China reject; the Council held a briefing on its work on 12 March 2026.'),
  panel('un-1737-panel', 'un-1737', 'panel', 'Panel of Experts established pursuant to resolution 1929 (2010)', ['Iran Panel of Experts', 'Panel of Experts on Iran', '1929 Panel of Experts'],
    'Expert panel that assisted the 1737 Committee until 2016.', 'Gathered and analysed information on implementation of the Iran measures.',
    'ended', `${SC}/1737`, [IRAN_SNAPBACK],
    'Lapsed when resolution 2231 terminated the measures in 2016; the 2025 snapback formally restored it but no panel had been reconstituted when last checked.'),
  committee('un-1970-committee', 'un-1970', committeeName(1970, 2011, 'Libya'), ['1970 Committee', 'Libya Sanctions Committee', committeeName(1970, 2011, 'Libya')],
    'Administers the Libya arms embargo, travel ban, asset freeze and petroleum measures.', ACTIVE_COMMITTEE, 'active', `${SC}/1970`, S.libya),
  panel('un-1970-panel', 'un-1970', 'panel', 'Panel of Experts on Libya', ['Panel of Experts on Libya', 'Libya Panel of Experts', 'Panel of Experts established pursuant to resolution 1973 (2011)'],
    'Expert panel created by resolution 1973 (2011) to monitor the Libya measures.', 'Investigates arms-embargo violations, illicit petroleum exports and asset-freeze implementation.',
    'active', 'https://www.un.org/sc/suborg/en/node/6674', ['https://www.un.org/sc/suborg/en/node/6674', 'https://press.un.org/fr/2025/cs15967.doc.htm', LIBYA_2026_VOTE_NOTE], 'Mandate extended to 15 May 2026 by resolution 2769 (2025) and renewed again by resolution 2819 (2026).'),
  committee('un-748-committee', 'un-748', committeeName(748, 1992, 'the Libyan Arab Jamahiriya'), ['748 Committee'],
    'Oversaw the 1992 Libya air and arms embargo.', 'Monitored the 1992-2003 Libya measures.', 'ended', REPERTOIRE, S.historic, 'Dissolved when resolution 1506 (2003) lifted the measures.'),
  committee('un-1267-committee', 'un-1267', 'Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) concerning ISIL (Da\'esh), Al-Qaida and associated individuals, groups, undertakings and entities',
    ['1267 Committee', '1267/1989/2253 Committee', "ISIL (Da'esh) and Al-Qaida Sanctions Committee", 'Al-Qaida Sanctions Committee', 'Al-Qaeda Sanctions Committee', 'ISIL Sanctions Committee'],
    "Administers the ISIL (Da'esh) and Al-Qaida Sanctions List: asset freeze, travel ban and arms embargo.", ACTIVE_COMMITTEE, 'active', `${SC}/1267`, S.isil),
  panel('un-1267-monitoring-team', 'un-1267', 'monitoring-team', 'Analytical Support and Sanctions Monitoring Team', ['Monitoring Team', '1267 Monitoring Team', 'Analytical Support and Sanctions Monitoring Team', '1267/1988 Monitoring Team'],
    'New York-based team created by resolution 1526 (2004) that supports both the 1267 and the 1988 Committees.', 'Analyses implementation and threats from ISIL, Al-Qaida and the Taliban and reports to both committees.',
    'active', `${SC}/1267/monitoring-team`, ['https://unscr.com/en/resolutions/2734', SPITS_OLD], 'Extended for 36 months in June 2024 by resolution 2734 (2024); its work for the 1988 Committee was last renewed to 17 February 2027 by resolution 2816 (2026).'),
  panel('un-ombudsperson', 'un-1267', 'other', 'Office of the Ombudsperson to the ISIL (Da\'esh) and Al-Qaida Sanctions Committee', ['Ombudsperson', 'Office of the Ombudsperson', 'UN Ombudsperson'],
    'Independent office created by resolution 1904 (2009) that reviews de-listing requests from the ISIL (Da\'esh) and Al-Qaida list.', 'Receives and reviews de-listing petitions independently and recommends to the 1267 Committee.',
    'active', 'https://main.un.org/securitycouncil/en/ombudsperson', ['https://unscr.com/en/resolutions/2734', 'https://famagusta-gazette.com/2021/12/18/security-council-extends-mandate-for-isil-sanctions-framework/'], 'Extended for 36 months from June 2024 by resolution 2734 (2024).'),
  panel('un-focal-point', undefined, 'other', 'Focal Point for De-listing', ['Focal Point for De-listing', 'Focal Point for Delisting', 'UN Focal Point'],
    'Secretariat office created by resolution 1730 (2006) that receives de-listing requests for all UN lists except the ISIL (Da\'esh) and Al-Qaida list.', 'Receives de-listing petitions and some exemption requests and forwards them to the committees.',
    'active', DELISTING, [DELISTING, `${SC}/delisting/resolutions`], 'Resolution 2744 (2024) replaced its procedures and asked for a new Focal Point to be appointed.'),
  committee('un-1988-committee', 'un-1988', committeeName(1988, 2011), ['1988 Committee', 'Taliban Sanctions Committee', '1988 Sanctions Committee', committeeName(1988, 2011)],
    'Administers the Taliban sanctions list: asset freeze, travel ban and arms embargo.', ACTIVE_COMMITTEE, 'active', `${SC}/1988`, S.taliban),
  committee('un-2713-committee', 'un-2713', committeeName(2713, 2023, 'Al-Shabaab'), ['2713 Committee', 'Al-Shabaab Sanctions Committee', '751 Committee', 'Somalia Sanctions Committee', '751/1907 Committee', committeeName(751, 1992, 'Somalia')],
    'Administers the Al-Shabaab regime (formerly the Somalia and Eritrea regime of 751 (1992) and 1907 (2009)).', ACTIVE_COMMITTEE, 'active', `${SC}/2713`, S.somalia),
  panel('un-2713-panel', 'un-2713', 'panel', 'Panel of Experts on Al-Shabaab', ['Panel of Experts on Somalia', 'Somalia Panel of Experts', 'Monitoring Group on Somalia and Eritrea', 'Somalia and Eritrea Monitoring Group'],
    'Expert panel on Al-Shabaab, successor of the Monitoring Group created in 2003.', 'Investigates arms flows, Al-Shabaab finance, charcoal and IED components.',
    'active', `${SC}/2713`, S.somalia, 'Mandate renewed to 31 December 2026 by resolution 2806 (2025) of 12 December 2025.'),
  committee('un-1298-committee', 'un-1298', committeeName(1298, 2000), ['1298 Committee', 'Eritrea and Ethiopia Sanctions Committee'],
    'Oversaw the 2000-2001 arms embargo on Eritrea and Ethiopia.', 'Monitored the arms embargo.', 'ended', REPERTOIRE, [FACTSHEET, REPERTOIRE]),
  committee('un-2140-committee', 'un-2140', committeeName(2140, 2014), ['2140 Committee', 'Yemen Sanctions Committee', committeeName(2140, 2014)],
    'Administers the Yemen asset freeze, travel ban and targeted arms embargo.', ACTIVE_COMMITTEE, 'active', `${SC}/2140`, S.yemen),
  panel('un-2140-panel', 'un-2140', 'panel', 'Panel of Experts on Yemen', ['Panel of Experts on Yemen', 'Yemen Panel of Experts', 'Panel of Experts established pursuant to resolution 2140 (2014)'],
    'Home-based panel of five experts (expanded from four by resolution 2216).', 'Investigates implementation of the Yemen measures and arms transfers to the Houthis.',
    'active', 'https://main.un.org/securitycouncil/en/sanctions/2140/panel-of-experts/work-and-mandate', S.yemen, 'Mandate extended to 15 December 2026 by resolution 2801 (2025).'),
  committee('un-2653-committee', 'un-2653', committeeName(2653, 2022, 'Haiti'), ['2653 Committee', 'Haiti Sanctions Committee', committeeName(2653, 2022, 'Haiti')],
    'Administers the Haiti measures against gang leaders and their backers.', ACTIVE_COMMITTEE, 'active', `${SC}/2653`, S.haiti),
  panel('un-2653-panel', 'un-2653', 'panel', 'Panel of Experts on Haiti', ['Panel of Experts on Haiti', 'Haiti Panel of Experts'],
    'Expert panel assisting the 2653 Committee.', 'Investigates gangs, arms trafficking and illicit finance in Haiti.',
    'active', `${SC}/2653`, ['https://press.un.org/en/2025/sc16236.doc.htm', 'https://press.un.org/en/2025/sc16089.doc.htm']),
  committee('un-841-committee', 'un-841', committeeName(841, 1993, 'Haiti'), ['841 Committee'],
    'Oversaw the 1993-1994 Haiti embargo.', 'Monitored the Haiti embargo.', 'ended', REPERTOIRE, S.historic),
  committee('un-1533-committee', 'un-1533', committeeName(1533, 2004, 'the Democratic Republic of the Congo'), ['1533 Committee', 'DRC Sanctions Committee', committeeName(1533, 2004, 'the Democratic Republic of the Congo')],
    'Administers the DRC arms embargo, travel ban and asset freeze.', ACTIVE_COMMITTEE, 'active', `${SC}/1533`, S.drc),
  panel('un-1533-panel', 'un-1533', 'panel', 'Group of Experts on the Democratic Republic of the Congo', ['Group of Experts on the DRC', 'UN Group of Experts', 'DRC Group of Experts', 'Group of Experts on the Democratic Republic of the Congo'],
    'Expert group monitoring the DRC measures.', 'Investigates support to armed groups, arms flows and natural-resource exploitation.',
    'active', `${SC}/1533`, S.drc, 'Mandate extended to 1 August 2026 by resolution 2783 (2025).'),
  committee('un-1591-committee', 'un-1591', committeeName(1591, 2005, 'the Sudan'), ['1591 Committee', 'Sudan Sanctions Committee', committeeName(1591, 2005, 'the Sudan')],
    'Administers the Darfur arms embargo, travel ban and asset freeze.', ACTIVE_COMMITTEE, 'active', `${SC}/1591`, S.sudan),
  panel('un-1591-panel', 'un-1591', 'panel', 'Panel of Experts on the Sudan', ['Panel of Experts on the Sudan', 'Sudan Panel of Experts', 'Panel of Experts on Sudan'],
    'Expert panel created by resolution 1591 (2005).', 'Investigates arms flows, finance and violations linked to the Darfur conflict.',
    'active', `${SC}/1591`, S.sudan, 'Mandate extended to 12 October 2026 by resolution 2791 (2025).'),
  committee('un-2745-committee', 'un-2127', committeeName(2745, 2024, 'the Central African Republic'), ['2745 Committee', '2127 Committee', 'CAR Sanctions Committee', 'Central African Republic Sanctions Committee', committeeName(2127, 2013, 'the Central African Republic')],
    'Administers the CAR measures on armed groups (the 2127 Committee until 2024).', ACTIVE_COMMITTEE, 'active', `${SC}/2745`, S.car),
  panel('un-2127-panel', 'un-2127', 'panel', 'Panel of Experts on the Central African Republic', ['Panel of Experts on the Central African Republic', 'CAR Panel of Experts'],
    'Five home-based experts created by resolution 2127 (2013).', 'Investigates arms trafficking and armed-group finance in the CAR.',
    'active', 'https://main.un.org/securitycouncil/en/sanctions/2745/panel-of-experts/work_mandate', [...S.car, 'https://press.un.org/en/2025/sc16253.doc.htm'],
    'Mandate extended to 31 August 2026 by resolution 2789 (2025); nomination of experts was on hold in December 2025.'),
  committee('un-2206-committee', 'un-2206', committeeName(2206, 2015, 'South Sudan'), ['2206 Committee', 'South Sudan Sanctions Committee', committeeName(2206, 2015, 'South Sudan')],
    'Administers the South Sudan arms embargo, travel ban and asset freeze.', ACTIVE_COMMITTEE, 'active', `${SC}/2206`, S.southSudan),
  panel('un-2206-panel', 'un-2206', 'panel', 'Panel of Experts on South Sudan', ['Panel of Experts on South Sudan', 'South Sudan Panel of Experts'],
    'Expert panel assisting the 2206 Committee.', 'Investigates arms flows and violations in South Sudan.',
    'active', `${SC}/2206`, S.southSudan, 'Mandate extended to 1 July 2026 by resolution 2781 (2025).'),
  committee('un-2374-committee', 'un-2374', committeeName(2374, 2017, 'Mali'), ['2374 Committee', 'Mali Sanctions Committee'],
    'Oversaw the Mali travel ban and asset freeze.', 'Designated spoilers of the 2015 peace agreement.', 'ended', `${SC}/2374`, S.mali,
    'Ended with the regime in August 2023 after Russia vetoed its renewal on 30 August 2023.'),
  panel('un-2374-panel', 'un-2374', 'panel', 'Panel of Experts on Mali', ['Panel of Experts on Mali', 'Mali Panel of Experts'],
    'Expert panel assisting the 2374 Committee.', 'Reported on violations of the Mali peace agreement.', 'ended', `${SC}/2374`, S.mali,
    'Not renewed after the Russian veto of 30 August 2023; ended with the regime.'),
  committee('un-1636-committee', 'un-1636', committeeName(1636, 2005), ['1636 Committee'],
    'Would administer the travel ban and asset freeze on suspects in the Hariri assassination; no one has been listed.', ACTIVE_COMMITTEE, 'active', `${SC}/1636`, S.historic),
  committee('un-2048-committee', 'un-2048', committeeName(2048, 2012, 'Guinea-Bissau'), ['2048 Committee', 'Guinea-Bissau Sanctions Committee'],
    'Administers the travel ban on those behind the 2012 coup in Guinea-Bissau.', ACTIVE_COMMITTEE, 'active', `${SC}/2048`, S.historic),
  committee('un-661-committee', 'un-661', committeeName(661, 1990, 'the situation between Iraq and Kuwait'), ['661 Committee', 'Iraq Sanctions Committee'],
    'Oversaw the comprehensive sanctions on Iraq and the Oil-for-Food Programme.', 'Monitored the 1990-2003 Iraq sanctions.', 'ended', REPERTOIRE, S.historic),
  committee('un-1518-committee', 'un-1518', committeeName(1518, 2003), ['1518 Committee'],
    'Keeps the list of former Iraqi regime officials and entities whose funds must be frozen and transferred.', ACTIVE_COMMITTEE, 'active', `${SC}/1518`, S.historic),
  committee('un-1572-committee', 'un-1572', committeeName(1572, 2004, "Côte d'Ivoire"), ['1572 Committee', "Côte d'Ivoire Sanctions Committee"],
    "Oversaw the Côte d'Ivoire measures.", 'Monitored the arms embargo, diamond ban, travel ban and asset freeze.', 'ended', REPERTOIRE, [REPERTOIRE], 'Dissolved in 2016 by resolution 2283 (2016).'),
  panel('un-1572-panel', 'un-1572', 'panel', "Group of Experts on Côte d'Ivoire", ["Group of Experts on Côte d'Ivoire"],
    "Expert group that monitored the Côte d'Ivoire measures.", 'Investigated arms and diamond flows.', 'ended', REPERTOIRE, [REPERTOIRE]),
  committee('un-985-committee', 'un-788', committeeName(985, 1995, 'Liberia'), ['985 Committee'],
    'Oversaw the 1992 Liberia arms embargo.', 'Monitored the arms embargo.', 'ended', REPERTOIRE, S.historic),
  committee('un-1343-committee', 'un-1343', committeeName(1343, 2001, 'Liberia'), ['1343 Committee'],
    'Oversaw the 2001-2003 Liberia measures.', 'Monitored arms, diamond and travel measures.', 'ended', REPERTOIRE, S.historic),
  committee('un-1521-committee', 'un-1521', committeeName(1521, 2003, 'Liberia'), ['1521 Committee', 'Liberia Sanctions Committee'],
    'Oversaw the 2003-2016 Liberia measures.', 'Monitored the arms embargo, travel ban and asset freeze.', 'ended', REPERTOIRE, S.historic),
  panel('un-1521-panel', 'un-1521', 'panel', 'Panel of Experts on Liberia', ['Panel of Experts on Liberia'],
    'Expert panel that monitored the Liberia measures.', 'Investigated arms, timber and diamond flows.', 'ended', REPERTOIRE, S.historic),
  committee('un-864-committee', 'un-864', committeeName(864, 1993, 'Angola'), ['864 Committee', 'Angola Sanctions Committee', 'UNITA Sanctions Committee'],
    'Oversaw the measures against UNITA.', 'Monitored the arms, petroleum, travel and diamond measures on UNITA.', 'ended', REPERTOIRE, [REPERTOIRE],
    'Established on 15 September 1993; dissolved in 2002 when the measures ended.'),
  panel('un-864-panel', 'un-864', 'panel', 'Monitoring Mechanism on Sanctions against UNITA', ['Monitoring Mechanism on Angola', 'Panel of Experts on Angola'],
    'Expert panels (1999-2000) and monitoring mechanism (2000-2002) on UNITA sanctions.', 'Investigated sanctions busting by UNITA.', 'ended', REPERTOIRE, [REPERTOIRE]),
  committee('un-918-committee', 'un-918', committeeName(918, 1994, 'Rwanda'), ['918 Committee', 'Rwanda Sanctions Committee'],
    'Oversaw the Rwanda arms embargo.', 'Monitored the arms embargo.', 'ended', REPERTOIRE, S.historic),
  committee('un-1132-committee', 'un-1132', committeeName(1132, 1997, 'Sierra Leone'), ['1132 Committee', 'Sierra Leone Sanctions Committee'],
    'Oversaw the Sierra Leone measures.', 'Monitored the arms embargo, travel ban and diamond ban.', 'ended', REPERTOIRE, S.historic),
  committee('un-253-committee', 'un-253', committeeName(253, 1968, 'Southern Rhodesia'), ['253 Committee', 'Southern Rhodesia Sanctions Committee'],
    'Oversaw the sanctions on Southern Rhodesia.', 'Monitored the comprehensive sanctions.', 'ended', REPERTOIRE, S.historic),
  committee('un-421-committee', 'un-418', committeeName(421, 1977, 'South Africa'), ['421 Committee', 'South Africa Arms Embargo Committee'],
    'Oversaw the arms embargo on South Africa.', 'Monitored the arms embargo.', 'ended', REPERTOIRE, S.historic),
  committee('un-724-committee', 'un-713', committeeName(724, 1991, 'Yugoslavia'), ['724 Committee', 'Yugoslavia Sanctions Committee'],
    'Oversaw the sanctions on the former Yugoslavia.', 'Monitored the arms embargo and the sanctions on the FRY.', 'ended', REPERTOIRE, S.historic),
  committee('un-1160-committee', 'un-1160', committeeName(1160, 1998), ['1160 Committee'],
    'Oversaw the 1998 arms embargo on the FRY including Kosovo.', 'Monitored the arms embargo.', 'ended', REPERTOIRE, S.historic),
  committee('un-1373-committee', undefined, 'Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism', ['Counter-Terrorism Committee', '1373 Committee'],
    'Monitors how States implement resolution 1373 (2001) on terrorist financing and counter-terrorism; it keeps no sanctions list.', 'Reviews State implementation of resolution 1373 (2001).', 'active', 'https://www.un.org/securitycouncil/ctc/', S.isil),
];

const m = (...ms: Measure[]): Measure[] => ms;

interface RegimeInput extends Omit<Regime, 'authority' | 'establishedBy'> {
  establishedBy: number[];
}

const regime = (r: RegimeInput): Regime => ({ ...r, authority: 'UN', establishedBy: r.establishedBy.map((n) => `unscr-${n}`) });

export const unRegimes: Regime[] = [
  regime({ id: 'un-1718', name: 'DPRK (North Korea) sanctions', listCodes: ['DPRK'], committee: 'un-1718-committee', establishedBy: [1718], latest: 'unscr-2397', target: "Democratic People's Republic of Korea nuclear, ballistic-missile and WMD programmes", jurisdictions: ['kp'],
    measures: m('arms embargo', 'asset freeze', 'travel ban', 'sectoral', 'financial', 'trade', 'maritime'), measuresText: 'arms and WMD-related embargo, asset freeze, travel ban, luxury-goods ban, bans on DPRK coal, iron, seafood, textile and other exports, caps on oil supplies, repatriation of overseas workers, shipping and banking restrictions',
    status: 'active', panel: 'un-1718-panel', summary: 'Built up by ten resolutions from 1718 (2006) to 2397 (2017); the measures remain in force but the Panel of Experts ended on 30 April 2024 after Russia vetoed its renewal.', sources: [...S.dprk, 'https://press.un.org/en/2023/sc15240.doc.htm'] }),
  regime({ id: 'un-1737', name: 'Iran (non-proliferation) sanctions', listCodes: ['Iran'], committee: 'un-1737-committee', establishedBy: [1737], latest: 'unscr-2231', target: "Iran's enrichment, reprocessing and ballistic-missile activities", jurisdictions: ['ir'],
    measures: m('arms embargo', 'asset freeze', 'travel ban', 'financial', 'trade', 'maritime'), measuresText: 'ban on nuclear and missile-related transfers, arms embargo, asset freeze, travel ban, financial and shipping vigilance',
    status: 'active', panel: 'un-1737-panel', summary: 'Measures of 1696-1929 were terminated in January 2016 under resolution 2231 and reinstated by the snapback on 27-28 September 2025 after France, Germany and the UK triggered it on 28 August 2025; Iran, Russia and China dispute the snapback.', sources: S.iran }),
  regime({ id: 'un-1970', name: 'Libya sanctions', listCodes: ['Libya'], committee: 'un-1970-committee', establishedBy: [1970], latest: 'unscr-2819', target: 'Libya: Qadhafi-era figures, spoilers of the transition, illicit petroleum exports', jurisdictions: ['ly'],
    measures: m('arms embargo', 'asset freeze', 'travel ban', 'trade', 'maritime'), measuresText: 'arms embargo, asset freeze (including the Libyan Investment Authority), travel ban, measures against illicit petroleum exports',
    status: 'active', panel: 'un-1970-panel', summary: 'Imposed in February 2011; the petroleum measures and the Panel are renewed periodically, most recently by resolution 2819 (2026) of 14 April 2026.', sources: [...S.libya, tractatenblad(2026, 45, 'xml'), LIBYA_2026_VOTE_NOTE] }),
  regime({ id: 'un-748', name: 'Libya sanctions (1992-2003)', listCodes: [], committee: 'un-748-committee', establishedBy: [748], latest: 'unscr-1506', target: 'Libya over the Lockerbie and UTA 772 bombings', jurisdictions: ['ly'],
    measures: m('aviation', 'arms embargo', 'asset freeze', 'other'), measuresText: 'air embargo, arms embargo, reduction of diplomatic staff, asset freeze and oil-equipment ban (883)',
    status: 'ended', summary: 'Suspended in 1999 and lifted by resolution 1506 (2003).', sources: S.historic }),
  regime({ id: 'un-1267', name: "ISIL (Da'esh) and Al-Qaida sanctions", listCodes: ['Al-Qaida'], committee: 'un-1267-committee', establishedBy: [1267, 1989, 2253], latest: 'unscr-2799', target: "ISIL (Da'esh), Al-Qaida and associated individuals, groups, undertakings and entities", jurisdictions: [],
    measures: m('asset freeze', 'travel ban', 'arms embargo'), measuresText: 'asset freeze, travel ban, arms embargo',
    status: 'active', panel: 'un-1267-monitoring-team', summary: 'The Council\'s oldest targeted counter-terrorism list; de-listing requests go to the Ombudsperson.', sources: S.isil }),
  regime({ id: 'un-1988', name: 'Taliban sanctions', listCodes: ['Taliban'], committee: 'un-1988-committee', establishedBy: [1988], latest: 'unscr-2816', target: 'The Taliban and associates threatening the peace, stability and security of Afghanistan', jurisdictions: ['af'],
    measures: m('asset freeze', 'travel ban', 'arms embargo'), measuresText: 'asset freeze, travel ban, arms embargo',
    status: 'active', panel: 'un-1267-monitoring-team', summary: 'Split from the 1267 list in 2011; the Monitoring Team\'s mandate runs to 17 February 2027 under resolution 2816 (2026).', sources: S.taliban }),
  regime({ id: 'un-2713', name: 'Al-Shabaab sanctions (formerly Somalia)', listCodes: ['Somalia'], committee: 'un-2713-committee', establishedBy: [751, 2713], latest: 'unscr-2806', target: 'Al-Shabaab and others undermining peace in Somalia', jurisdictions: ['so'],
    measures: m('arms embargo', 'asset freeze', 'travel ban', 'trade', 'maritime'), measuresText: 'arms embargo (not on the Somali government since 2714), asset freeze, travel ban, charcoal export ban, IED-component ban, maritime interdiction',
    status: 'active', panel: 'un-2713-panel', summary: 'The Somalia regime of 1992 was recast in December 2023 as the Al-Shabaab regime; renewed again by resolution 2806 (2025) of 12 December 2025 to 30 November 2026.', sources: S.somalia }),
  regime({ id: 'un-1907', name: 'Eritrea sanctions', listCodes: [], committee: 'un-2713-committee', establishedBy: [1907], latest: 'unscr-2444', target: 'Eritrea for support to armed groups in Somalia', jurisdictions: ['er'],
    measures: m('arms embargo', 'asset freeze', 'travel ban'), measuresText: 'arms embargo, asset freeze, travel ban',
    status: 'ended', summary: 'Administered by the 751/1907 Committee; lifted by resolution 2444 (2018).', sources: S.somalia }),
  regime({ id: 'un-1298', name: 'Eritrea and Ethiopia arms embargo', listCodes: [], committee: 'un-1298-committee', establishedBy: [1298], latest: 'unscr-1298', target: 'Eritrea and Ethiopia during their border war', jurisdictions: ['er', 'et'],
    measures: m('arms embargo'), measuresText: 'arms embargo', status: 'ended', ended: '2001-05-15', summary: 'The shortest UN regime, in force from 17 May 2000 to 15 May 2001.', sources: [FACTSHEET] }),
  regime({ id: 'un-2140', name: 'Yemen sanctions', listCodes: ['Yemen'], committee: 'un-2140-committee', establishedBy: [2140], latest: 'unscr-2801', target: 'Those threatening peace in Yemen, including the Houthis', jurisdictions: ['ye'],
    measures: m('asset freeze', 'travel ban', 'arms embargo'), measuresText: 'asset freeze, travel ban, targeted arms embargo (extended to the Houthis as a group by 2624)',
    status: 'active', panel: 'un-2140-panel', summary: 'Renewed yearly; resolution 2801 (2025) extended the measures to 14 November 2026.', sources: S.yemen }),
  regime({ id: 'un-2653', name: 'Haiti sanctions', listCodes: ['Haiti'], committee: 'un-2653-committee', establishedBy: [2653], latest: 'unscr-2794', target: 'Gang leaders and their backers in Haiti', jurisdictions: ['ht'],
    measures: m('asset freeze', 'travel ban', 'arms embargo'), measuresText: 'asset freeze, travel ban, arms embargo (country-wide since 2699)',
    status: 'active', panel: 'un-2653-panel', summary: 'Created in October 2022 and renewed each October.', sources: S.haiti }),
  regime({ id: 'un-841', name: 'Haiti sanctions (1993-1994)', listCodes: [], committee: 'un-841-committee', establishedBy: [841], latest: 'unscr-944', target: 'The de facto authorities in Haiti after the 1991 coup', jurisdictions: ['ht'],
    measures: m('trade', 'arms embargo', 'asset freeze'), measuresText: 'oil and arms embargo, asset freeze, later near-total trade embargo',
    status: 'ended', summary: 'Ended after President Aristide returned in October 1994.', sources: S.historic }),
  regime({ id: 'un-1533', name: 'Democratic Republic of the Congo sanctions', listCodes: ['DRC'], committee: 'un-1533-committee', establishedBy: [1493, 1533], latest: 'unscr-2783', target: 'Armed groups and their supporters in the DRC', jurisdictions: ['cd'],
    measures: m('arms embargo', 'asset freeze', 'travel ban'), measuresText: 'arms embargo on non-governmental entities, asset freeze, travel ban',
    status: 'active', panel: 'un-1533-panel', summary: 'Renewed yearly; resolution 2783 (2025) extended the measures to 1 July 2026.', sources: S.drc }),
  regime({ id: 'un-1591', name: 'Sudan sanctions', listCodes: ['Sudan'], committee: 'un-1591-committee', establishedBy: [1556, 1591], latest: 'unscr-2791', target: 'Parties to the Darfur conflict', jurisdictions: ['sd'],
    measures: m('arms embargo', 'asset freeze', 'travel ban'), measuresText: 'arms embargo on Darfur, asset freeze, travel ban',
    status: 'active', panel: 'un-1591-panel', summary: 'Darfur-focused regime; resolution 2791 (2025) renewed the measures for a year and the Panel to 12 October 2026.', sources: [...S.sudan, tractatenblad(2025, 74)] }),
  regime({ id: 'un-2127', name: 'Central African Republic sanctions', listCodes: ['CAR'], committee: 'un-2745-committee', establishedBy: [2127], latest: 'unscr-2789', target: 'Armed groups in the Central African Republic', jurisdictions: ['cf'],
    measures: m('arms embargo', 'asset freeze', 'travel ban'), measuresText: 'arms embargo on armed groups (lifted for the government in 2024), asset freeze, travel ban',
    status: 'active', panel: 'un-2127-panel', summary: 'Since resolution 2745 (2024) the committee carries that number; resolution 2789 (2025) extended the measures to 31 July 2026.', sources: S.car }),
  regime({ id: 'un-2206', name: 'South Sudan sanctions', listCodes: ['SouthSudan'], committee: 'un-2206-committee', establishedBy: [2206], latest: 'unscr-2781', target: 'Those undermining peace in South Sudan', jurisdictions: ['ss'],
    measures: m('arms embargo', 'asset freeze', 'travel ban'), measuresText: 'arms embargo (since 2428), asset freeze, travel ban',
    status: 'active', panel: 'un-2206-panel', summary: 'Renewed narrowly each May (9 votes, 6 abstentions in 2024 and 2025); resolution 2781 (2025) extended the measures to 31 May 2026 and the Panel to 1 July 2026.', sources: [...S.southSudan, SC_2206_RESOLUTIONS, SOUTH_SUDAN_2026_VOTE_NOTE] }),
  regime({ id: 'un-2374', name: 'Mali sanctions', listCodes: [], committee: 'un-2374-committee', establishedBy: [2374], latest: 'unscr-2649', target: 'Spoilers of the 2015 Mali peace agreement', jurisdictions: ['ml'],
    measures: m('asset freeze', 'travel ban'), measuresText: 'asset freeze, travel ban',
    status: 'ended', ended: '2023-08-31', panel: 'un-2374-panel', summary: 'Ended in August 2023 after Russia vetoed the renewal on 30 August 2023; the Panel ended with it.', sources: S.mali }),
  regime({ id: 'un-1636', name: 'Lebanon (Hariri assassination) sanctions', listCodes: [], committee: 'un-1636-committee', establishedBy: [1636], target: 'Suspects in the 2005 assassination of Rafiq Hariri', jurisdictions: ['lb'],
    measures: m('asset freeze', 'travel ban'), measuresText: 'travel ban and asset freeze on persons designated by the investigation or the Lebanese Government',
    status: 'active', summary: 'Formally in place, but no one has ever been listed.', sources: S.historic }),
  regime({ id: 'un-2048', name: 'Guinea-Bissau sanctions', listCodes: ['GB'], committee: 'un-2048-committee', establishedBy: [2048], target: 'Those behind the April 2012 coup in Guinea-Bissau', jurisdictions: ['gw'],
    measures: m('travel ban'), measuresText: 'travel ban', status: 'active', summary: 'Travel ban on members of the 2012 military junta.', sources: S.historic }),
  regime({ id: 'un-661', name: 'Iraq sanctions (1990-2003)', listCodes: [], committee: 'un-661-committee', establishedBy: [661], latest: 'unscr-1483', target: 'Iraq after its invasion of Kuwait', jurisdictions: ['iq'],
    measures: m('trade', 'financial', 'arms embargo'), measuresText: 'comprehensive trade and financial embargo, arms embargo, Oil-for-Food Programme',
    status: 'ended', summary: 'Imposed on 6 August 1990; trade sanctions lifted by resolution 1483 (2003), the arms embargo continuing.', sources: ['https://archive.globalpolicy.org/security/sanction/index.htm', REPERTOIRE] }),
  regime({ id: 'un-1518', name: 'Iraq (former regime assets) sanctions', listCodes: ['Iraq'], committee: 'un-1518-committee', establishedBy: [1483, 1518], target: 'Senior officials and entities of the former Iraqi regime', jurisdictions: ['iq'],
    measures: m('asset freeze', 'arms embargo'), measuresText: 'freeze and transfer of former-regime funds, arms embargo on non-State actors',
    status: 'active', summary: 'Keeps the list of former-regime individuals and entities whose assets must be frozen.', sources: S.historic }),
  regime({ id: 'un-1572', name: "Côte d'Ivoire sanctions", listCodes: [], committee: 'un-1572-committee', establishedBy: [1572], latest: 'unscr-2283', target: "Côte d'Ivoire during and after its civil war", jurisdictions: ['ci'],
    measures: m('arms embargo', 'asset freeze', 'travel ban', 'trade'), measuresText: 'arms embargo, diamond ban, asset freeze, travel ban',
    status: 'ended', panel: 'un-1572-panel', summary: 'Imposed 15 November 2004; lifted by resolution 2283 (2016).', sources: [REPERTOIRE, 'https://archive.globalpolicy.org/security/sanction/index.htm'] }),
  regime({ id: 'un-788', name: 'Liberia arms embargo (1992-2001)', listCodes: [], committee: 'un-985-committee', establishedBy: [788], latest: 'unscr-1343', target: 'Liberia during its first civil war', jurisdictions: ['lr'],
    measures: m('arms embargo'), measuresText: 'arms embargo', status: 'ended', summary: 'Replaced by the 2001 measures.', sources: S.historic }),
  regime({ id: 'un-1343', name: 'Liberia sanctions (2001-2003)', listCodes: [], committee: 'un-1343-committee', establishedBy: [1343], latest: 'unscr-1521', target: 'The Taylor government for supporting the RUF', jurisdictions: ['lr'],
    measures: m('arms embargo', 'travel ban', 'trade'), measuresText: 'arms embargo, diamond ban, travel ban', status: 'ended', summary: 'Replaced by the 1521 regime in December 2003.', sources: S.historic }),
  regime({ id: 'un-1521', name: 'Liberia sanctions (2003-2016)', listCodes: [], committee: 'un-1521-committee', establishedBy: [1521], latest: 'unscr-2288', target: 'Liberia after the civil war; Charles Taylor and associates', jurisdictions: ['lr'],
    measures: m('arms embargo', 'asset freeze', 'travel ban', 'trade'), measuresText: 'arms embargo, travel ban, asset freeze, timber and diamond bans (lifted earlier)',
    status: 'ended', panel: 'un-1521-panel', summary: 'Lifted by resolution 2288 (2016).', sources: [...S.historic, SPITS_OLD] }),
  regime({ id: 'un-864', name: 'Angola (UNITA) sanctions', listCodes: [], committee: 'un-864-committee', establishedBy: [864], latest: 'unscr-1448', target: 'UNITA during the Angolan civil war', jurisdictions: ['ao'],
    measures: m('arms embargo', 'trade', 'travel ban', 'asset freeze'), measuresText: 'arms and petroleum embargo, travel ban, freeze of UNITA funds, diamond ban',
    status: 'ended', panel: 'un-864-panel', summary: 'Imposed in September 1993 and ended in 2002.', sources: [REPERTOIRE] }),
  regime({ id: 'un-918', name: 'Rwanda arms embargo', listCodes: [], committee: 'un-918-committee', establishedBy: [918], latest: 'unscr-1011', target: 'Rwanda; later non-governmental forces only', jurisdictions: ['rw'],
    measures: m('arms embargo'), measuresText: 'arms embargo', status: 'ended', summary: 'Imposed during the 1994 genocide, later limited to non-State forces and ended.', sources: S.historic }),
  regime({ id: 'un-1132', name: 'Sierra Leone sanctions', listCodes: [], committee: 'un-1132-committee', establishedBy: [1132], latest: 'unscr-1940', target: 'The Sierra Leone junta, then the RUF', jurisdictions: ['sl'],
    measures: m('arms embargo', 'travel ban', 'trade'), measuresText: 'arms and oil embargo, travel ban, rough-diamond ban', status: 'ended', summary: 'Ended by resolution 1940 (2010).', sources: S.historic }),
  regime({ id: 'un-253', name: 'Southern Rhodesia sanctions', listCodes: [], committee: 'un-253-committee', establishedBy: [232, 253], latest: 'unscr-460', target: 'The illegal minority regime in Southern Rhodesia', jurisdictions: ['zw'],
    measures: m('trade', 'financial'), measuresText: 'selective, then comprehensive trade and financial sanctions', status: 'ended', summary: 'The first UN sanctions regime; ended by resolution 460 (1979).', sources: [...S.historic, 'https://www.scribd.com/document/433505675/US-Sanction'] }),
  regime({ id: 'un-418', name: 'South Africa arms embargo', listCodes: [], committee: 'un-421-committee', establishedBy: [418], latest: 'unscr-919', target: 'Apartheid South Africa', jurisdictions: ['za'],
    measures: m('arms embargo'), measuresText: 'mandatory arms embargo', status: 'ended', summary: 'Ended by resolution 919 (1994).', sources: S.historic }),
  regime({ id: 'un-713', name: 'Former Yugoslavia sanctions', listCodes: [], committee: 'un-724-committee', establishedBy: [713, 757], latest: 'unscr-1074', target: 'Yugoslavia; comprehensive sanctions on Serbia and Montenegro', jurisdictions: ['rs', 'me', 'ba', 'hr', 'si', 'mk'],
    measures: m('arms embargo', 'trade', 'financial', 'aviation'), measuresText: 'arms embargo on all of Yugoslavia; comprehensive trade, financial and flight sanctions on the FRY',
    status: 'ended', summary: 'Suspended after Dayton (1022) and ended by resolution 1074 (1996).', sources: S.historic }),
  regime({ id: 'un-1160', name: 'Federal Republic of Yugoslavia (Kosovo) arms embargo', listCodes: [], committee: 'un-1160-committee', establishedBy: [1160], latest: 'unscr-1367', target: 'The FRY, including Kosovo', jurisdictions: ['rs'],
    measures: m('arms embargo'), measuresText: 'arms embargo', status: 'ended', summary: 'Ended by resolution 1367 (2001).', sources: S.historic }),
];
