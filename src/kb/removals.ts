/**
 * Parties removed from a list stay in the knowledge base as "formerly
 * listed", so that a news story about a delisting still gets a card saying
 * who removed the party and when. Two kinds of removal reach an entity:
 *
 * - announced: notable removals from the authority's own notice, curated
 *   below with the official page each fact was checked against;
 * - seen: a record present in one copy of a list and absent from the next
 *   (src/updater/removals.ts, and kb:build for the snapshots at hand).
 */
import type { Authority, Designation, EntityName, EntitySchema, Removal, Sanction, SourceInfo } from './model';
import { mergeKey } from './build/merge';

export interface NotableRemoval {
  authority: Authority;
  /** The publication, as its Sanction.list reads ("UN Security Council Consolidated List", "SDN List"). */
  list: string;
  /** The list's reference for the entry (UN reference number, OFAC ent_num). */
  sourceId: string;
  programs: string[];
  schema: EntitySchema;
  /** Names to recognise it by: the listed form first, then the names the news uses. */
  names: EntityName[];
  listingDate?: string;
  sourceUrl: string;
  removed: Removal & { how: 'announced'; sourceUrl: string };
  /** What the notice says, in one line, for the card's summary when the party has no other reason on record. */
  note: string;
}

const UN_LIST = 'UN Security Council Consolidated List';
const UN_LIST_PAGE = 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list';
// SC/16214, 6 November 2025: resolution 2799 (2025), adopted 14-0-1 (China abstaining), removes both from the ISIL (Da'esh) & Al-Qaida list.
const RES_2799 = 'https://press.un.org/en/2025/sc16214.doc.htm';
// OFAC recent actions of 7 November 2025 (Counter Terrorism Designations Removals: al-Sharaa, listed as al-Jawlani, and Khattab under E.O. 13224).
// Audit of 3 December 2026: the date was confirmed in copies (KUNA and Washington Times reports of the Treasury
// notice posted that Friday), not on the OFAC page itself.
const OFAC_20251107 = 'https://ofac.treasury.gov/recent-actions/20251107';
// OFAC recent actions of 21 March 2025: Tornado Cash delisting (Cyber-related; North Korea).
// Audit of 3 December 2026: the date was confirmed by the Federal Register notice FR Doc. 2025-05096 (read in a
// copy) and law-firm notes, not on the OFAC page itself.
const OFAC_20250321 = 'https://ofac.treasury.gov/recent-actions/20250321';

// The ISIL (Da'esh) and Al-Qaida Sanctions Committee deleted Al-Nusrah Front for the People of the Levant (QDe.137),
// listed with the alias Hay'at Tahrir al-Sham, on Friday 27 February 2026. Audit of 4 December 2026: the date and the
// committee come from copies of its announcement, not from the committee's own press release, which was not found:
//   https://www.thenationalnews.com/news/us/2026/02/27/un-security-council-removes-jabhat-al-nusra-and-hts-from-sanctions-list/
//   https://levant24.com/?p=14275
// The official list agrees: our copy generated at 00:00 UTC that day still carries the entry (un/2026-02-27), the
// copy of 8 May 2026 does not. So the notice cited is the list page.
const UN_1267_COMMITTEE = 'UN Security Council, ISIL (Da\u2019esh) and Al-Qaida Sanctions Committee';

const strong = (value: string, kind: EntityName['kind'] = 'alias'): EntityName => ({ value, quality: 'strong', kind });

const AL_SHARAA_NAMES = [strong('Abu Mohammed al-Jawlani', 'primary'), strong('Ahmed al-Sharaa'), strong('Ahmad Hussain al-Sharaa'), strong('Ahmad al-Sharaa')];
const NUSRAH_NAMES = [
  strong('AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT', 'primary'),
  strong('Hay\u2019at Tahrir al-Sham'),
  strong('Hayat Tahrir al-Sham'),
  strong('Jabhat al-Nusrah'),
  strong('Al-Nusrah Front'),
  strong('Al-Nusra Front'),
  strong('Jabhat Fath al-Sham'),
];
const KHATTAB_NAMES = [strong('Anas Hasan Khattab', 'primary'), strong('Anas Khattab')];

export const NOTABLE_REMOVALS: readonly NotableRemoval[] = [
  {
    authority: 'UN',
    list: UN_LIST,
    sourceId: 'QDi.317',
    programs: ['Al-Qaida'],
    schema: 'Person',
    names: AL_SHARAA_NAMES,
    sourceUrl: UN_LIST_PAGE,
    removed: { date: '2025-11-06', by: 'UN Security Council, resolution 2799 (2025)', how: 'announced', sourceUrl: RES_2799 },
    note: 'Removed from the ISIL (Da’esh) and Al-Qaida sanctions list by Security Council resolution 2799 (2025) as Syria’s transitional President Ahmed al-Sharaa.',
  },
  {
    authority: 'UN',
    list: UN_LIST,
    sourceId: 'QDi.336',
    programs: ['Al-Qaida'],
    schema: 'Person',
    names: KHATTAB_NAMES,
    sourceUrl: UN_LIST_PAGE,
    removed: { date: '2025-11-06', by: 'UN Security Council, resolution 2799 (2025)', how: 'announced', sourceUrl: RES_2799 },
    note: 'Removed from the ISIL (Da’esh) and Al-Qaida sanctions list by Security Council resolution 2799 (2025) as Syria’s transitional Minister for Interior.',
  },
  {
    authority: 'UN',
    list: UN_LIST,
    sourceId: 'QDe.137',
    programs: ['Al-Qaida'],
    schema: 'Organization',
    names: NUSRAH_NAMES,
    listingDate: '2014-05-14',
    sourceUrl: UN_LIST_PAGE,
    removed: { date: '2026-02-27', by: UN_1267_COMMITTEE, how: 'announced', sourceUrl: UN_LIST_PAGE },
    note: 'Removed from the ISIL (Da\u2019esh) and Al-Qaida Sanctions List by the Security Council\u2019s 1267 Committee, together with its alias Hay\u2019at Tahrir al-Sham (HTS), after Syria\u2019s new authorities asked for the delisting.',
  },
  {
    authority: 'OFAC',
    list: 'SDN List',
    sourceId: '15945',
    programs: ['SDGT'],
    schema: 'Person',
    names: AL_SHARAA_NAMES,
    sourceUrl: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=15945',
    removed: { date: '2025-11-07', by: 'OFAC (E.O. 13224)', how: 'announced', sourceUrl: OFAC_20251107 },
    note: 'Removed from the SDN List as a Specially Designated Global Terrorist (listed as Muhammad al-Jawlani).',
  },
  {
    authority: 'OFAC',
    list: 'SDN List',
    sourceId: '15591',
    programs: ['SDGT'],
    schema: 'Person',
    names: KHATTAB_NAMES,
    sourceUrl: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=15591',
    removed: { date: '2025-11-07', by: 'OFAC (E.O. 13224)', how: 'announced', sourceUrl: OFAC_20251107 },
    note: 'Removed from the SDN List as a Specially Designated Global Terrorist.',
  },
  {
    authority: 'OFAC',
    list: 'SDN List',
    sourceId: '39796',
    programs: ['DPRK3', 'CYBER2'],
    schema: 'Organization',
    names: [strong('TORNADO CASH', 'primary'), strong('Tornado Cash')],
    sourceUrl: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=39796',
    removed: { date: '2025-03-21', by: 'OFAC', how: 'announced', sourceUrl: OFAC_20250321 },
    note: 'The virtual currency mixer was removed from the SDN List, with its digital currency addresses.',
  },
];

/**
 * Whether a record is no longer an entry of its list: seen missing from a
 * newer copy (or announced after that). A listing ended by a notice while
 * the list at hand still carries it remains an entry of that list.
 */
export function isOffList(r: { id: string; sanctions: readonly Sanction[] }): boolean {
  return r.id.startsWith('former:') || (r.sanctions.length > 0 && r.sanctions.every((s) => s.removed && (s.removed.how === 'seen' || s.removed.lastListed)));
}

/** Whether every listing of a party has ended. */
export function isFormerlyListed(e: Pick<Designation, 'sanctions'>): boolean {
  return e.sanctions.length > 0 && e.sanctions.every((s) => !!s.removed);
}

/** "formerly listed" when every listing ended, "formerly listed by UN, OFAC" when some did, else undefined. */
export function formerlyNote(e: Pick<Designation, 'sanctions'>): string | undefined {
  if (isFormerlyListed(e)) return 'formerly listed';
  const ended = [...new Set(e.sanctions.filter((s) => s.removed).map((s) => s.authority))];
  return ended.length ? `formerly listed by ${ended.join(', ')}` : undefined;
}

function addNames(e: Designation, names: EntityName[]): void {
  const have = new Set(e.names.map((n) => mergeKey(n.value)));
  for (const n of names) {
    const k = mergeKey(n.value);
    if (have.has(k)) continue;
    have.add(k);
    e.names.push({ ...n, kind: n.kind === 'primary' ? 'alias' : n.kind });
  }
}

/**
 * Applies announced removals to merged entities, in place, returning the
 * entities to add. A removal whose listing is still in a list dated before
 * the removal ends that listing; one whose list is newer than the removal
 * (the entry is gone) adds the ended listing to the party it names, found by
 * a shared strong name, or makes a formerly-listed entity of its own. A list
 * dated after the removal that still carries the entry wins: it was listed again.
 */
export function applyNotableRemovals(entities: Designation[], sources: readonly SourceInfo[], removals: readonly NotableRemoval[] = NOTABLE_REMOVALS): Designation[] {
  const added: Designation[] = [];
  const all = () => [...entities, ...added];
  for (const r of removals) {
    const source = sources.find((s) => s.authority === r.authority && (s.title === r.list || s.title === `${r.authority} ${r.list}`));
    const onList = (s: Sanction) => !s.removed || (s.removed.how === 'announced' && !s.removed.lastListed);
    const holder = all().find((e) => e.sanctions.some((s) => s.authority === r.authority && s.list === r.list && s.sourceId === r.sourceId && onList(s)));
    if (holder) {
      if (source && source.date >= r.removed.date) continue;
      // New objects: the parsed lists' own listings are stored by the updater and must stay as published.
      holder.sanctions = holder.sanctions.map((s) => (s.authority === r.authority && s.list === r.list && s.sourceId === r.sourceId ? { ...s, removed: { ...r.removed } } : s));
      addNames(holder, r.names);
      continue;
    }
    // Already ended (seen missing from a newer copy): the notice gives the real date and authority.
    const seen = all().find((e) => e.sanctions.some((s) => s.authority === r.authority && s.sourceId === r.sourceId && s.removed));
    if (seen) {
      // lastListed stays: it marks a listing its list no longer carries (isOffList).
      seen.sanctions = seen.sanctions.map((s) =>
        s.authority === r.authority && s.sourceId === r.sourceId ? { ...s, removed: { ...r.removed, lastListed: s.removed?.lastListed ?? s.removed?.date } } : s,
      );
      addNames(seen, r.names);
      continue;
    }
    const sanction: Sanction = {
      authority: r.authority,
      list: r.list,
      programs: [...r.programs],
      sourceId: r.sourceId,
      ...(r.listingDate ? { listingDate: r.listingDate } : {}),
      reason: r.note,
      sourceUrl: r.sourceUrl,
      removed: { ...r.removed },
    };
    const keys = new Set(r.names.filter((n) => n.quality === 'strong').map((n) => mergeKey(n.value)));
    const party = all().find((e) => e.schema === r.schema && e.names.some((n) => n.quality === 'strong' && keys.has(mergeKey(n.value))));
    if (party) {
      // Sanction i belongs to source record i (src/updater/compose.ts splits entities back that way).
      party.sanctions.push(sanction);
      party.sourceRecords.push(`former:${r.authority.toLowerCase()}:${r.sourceId}`);
      addNames(party, r.names);
      continue;
    }
    const primary = r.names.find((n) => n.kind === 'primary') ?? r.names[0];
    added.push({
      id: `former:${r.authority.toLowerCase()}:${r.sourceId}`,
      schema: r.schema,
      caption: primary.value,
      names: r.names.map((n) => ({ ...n })),
      sanctions: [sanction],
      props: r.authority === 'UN' ? { unscId: [r.sourceId] } : {},
      sourceRecords: [`former:${r.authority.toLowerCase()}:${r.sourceId}`],
    });
  }
  return added;
}
