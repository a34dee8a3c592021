/**
 * npm run kb:stats [-- --json] — what the bundled knowledge base holds.
 */
import { readKb } from './lib/kb-files';
import type { KnowledgeBase } from '../src/kb/bundle';
import { isFormerlyListed } from '../src/kb/removals';
import { expiredUnrenewed, localDay, type ExpiredRecord } from '../src/kb/validity';

export interface KbStats {
  version: string;
  sources: { authority: string; list: string; file: string; date: string; entries: number }[];
  entities: number;
  persons: number;
  organizations: number;
  vessels: number;
  aircraft: number;
  names: number;
  listings: number;
  multiListed: number;
  /** Parties whose every listing has ended (removed from every list that named them). */
  formerlyListed: number;
  /** Listings that have ended, of parties still listed elsewhere too. */
  endedListings: number;
  regimes: number;
  regimesByAuthority: Record<string, number>;
  resolutions: number;
  programmes: number;
  jurisdictions: number;
  bodies: number;
  /** Parties known only from a list's companion files (OFAC alias and address files newer than the main file), by list. */
  companionOnly: { count: number; byList: Record<string, number>; filesDate: string[] };
  /** Curated measures and mandates whose recorded end date has passed (as of `today`) with no renewal in this data. */
  expiredUnrenewed: { count: number; today: string; records: ExpiredRecord[] };
}

export function kbStats(kb: KnowledgeBase, today = localDay(new Date())): KbStats {
  const expired = expiredUnrenewed(kb.curated, today);
  const bySchema = (s: string[]) => kb.entities.filter((e) => s.includes(e.schema)).length;
  return {
    version: kb.version,
    sources: kb.sources.map((s) => ({ authority: s.authority, list: s.title, file: s.file, date: s.date, entries: s.entries })),
    entities: kb.entities.length,
    persons: bySchema(['Person']),
    organizations: bySchema(['Organization', 'Company']),
    vessels: bySchema(['Vessel']),
    aircraft: bySchema(['Airplane']),
    names: kb.entities.reduce((n, e) => n + e.names.length, 0),
    listings: kb.entities.reduce((n, e) => n + e.sanctions.length, 0),
    multiListed: kb.entities.filter((e) => new Set(e.sanctions.map((s) => s.authority)).size > 1).length,
    formerlyListed: kb.entities.filter(isFormerlyListed).length,
    endedListings: kb.entities.reduce((n, e) => n + e.sanctions.filter((s) => s.removed).length, 0),
    regimes: kb.curated.regimes.length,
    regimesByAuthority: kb.curated.regimes.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.authority]: (acc[r.authority] ?? 0) + 1 }), {}),
    resolutions: kb.curated.instruments.filter((i) => i.kind === 'unscr').length,
    programmes: kb.curated.programmes.length,
    jurisdictions: kb.curated.jurisdictions.length,
    bodies: kb.curated.bodies.length,
    companionOnly: companionOnly(kb),
    expiredUnrenewed: { count: expired.length, today, records: expired },
  };
}

function companionOnly(kb: KnowledgeBase): KbStats['companionOnly'] {
  const byList: Record<string, number> = {};
  const dates = new Set<string>();
  let count = 0;
  for (const e of kb.entities) {
    const partial = e.sanctions.filter((s) => s.partial);
    if (!partial.length) continue;
    count++;
    for (const s of partial) {
      byList[`${s.authority} ${s.list}`] = (byList[`${s.authority} ${s.list}`] ?? 0) + 1;
      dates.add(s.partial!.date);
    }
  }
  return { count, byList, filesDate: [...dates].sort() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const stats = kbStats(readKb());
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(stats));
  } else {
    console.log(`Knowledge base ${stats.version}`);
    for (const s of stats.sources) console.log(`  ${s.authority.padEnd(5)} ${s.list.padEnd(48)} ${s.date}  ${String(s.entries).padStart(6)} entries`);
    const { version: _v, sources: _s, ...counts } = stats;
    for (const [k, v] of Object.entries(counts)) console.log(`  ${k.padEnd(18)} ${typeof v === 'object' ? JSON.stringify(v) : v}`);
  }
}
