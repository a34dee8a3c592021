/**
 * The programme filter's choices: grouped by authority, each with the name
 * the curated layer gives it (OFAC's "SDGT" as "Specially Designated Global
 * Terrorists"), and codes that differ only in spelling ("SouthSudan",
 * "SOUTH SUDAN"; "IRAN", "Iran") one choice. A choice's value lists its
 * codes, joined by "|" (see `programmeCodes`).
 */
import type { CuratedLayer } from '../kb/curated/types';
import type { ProgrammeGroup } from './types';

/** The codes a programme choice stands for. */
export function programmeCodes(value: string): string[] {
  return value.split('|').filter(Boolean);
}

const fold = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');

export function programmeGroups(byAuthority: Map<string, Set<string>>, curated: CuratedLayer): ProgrammeGroup[] {
  const named = new Map<string, string>();
  for (const p of curated.programmes) named.set(`${p.authority}\u0000${fold(p.code)}`, p.name);
  for (const r of curated.regimes) for (const c of r.listCodes) if (!named.has(`${r.authority}\u0000${fold(c)}`)) named.set(`${r.authority}\u0000${fold(c)}`, r.name);
  const groups: ProgrammeGroup[] = [];
  for (const authority of [...byAuthority.keys()].sort()) {
    const merged = new Map<string, string[]>();
    for (const code of byAuthority.get(authority)!) {
      const f = fold(code);
      merged.set(f, [...(merged.get(f) ?? []), code]);
    }
    const choices = [...merged.entries()].map(([f, codes]) => {
      codes.sort();
      const name = named.get(`${authority}\u0000${f}`);
      return { value: codes.join('|'), label: name ? `${name} (${codes[0]})` : codes[0] };
    });
    choices.sort((a, b) => a.label.localeCompare(b.label));
    groups.push({ authority, choices });
  }
  return groups;
}
