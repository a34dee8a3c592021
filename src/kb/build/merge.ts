/**
 * Merges source records into one entity per real-world party: records that
 * cite the same UN reference number, carry the same IMO number, or share a
 * normalised name together with a date of birth or an identifier. Every
 * listing is kept with its own authority, programme, date, reason and link.
 */
import type { Designation, EntityName, EntityProps, Identifier, ParsedList, SourceRecord } from '../model';

/** Lower case, no diacritics, no punctuation, tokens sorted: "KIM, Jong-Un" = "Kim Jong Un". */
export function mergeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}

/**
 * Union-find that refuses a union which would put two records of the same
 * list, or a person and a non-person, into one entity: chains of weaker
 * links (a cited reference here, a shared name and birth date there) must
 * not glue together parties that one list itself keeps apart.
 */
class UnionFind {
  private readonly parent: number[];
  private readonly lists: Set<string>[];
  private readonly person: boolean[];
  constructor(records: SourceRecord[]) {
    this.parent = records.map((_, i) => i);
    this.lists = records.map((r) => new Set(r.sanctions.map((s) => `${s.authority}|${s.list}`)));
    this.person = records.map((r) => r.schema === 'Person');
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb || this.person[ra] !== this.person[rb]) return;
    for (const l of this.lists[rb]) if (this.lists[ra].has(l)) return;
    // The lower index (the higher-priority list) stays the root.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    for (const l of this.lists[child]) this.lists[root].add(l);
  }
}

function normId(v: string): string {
  return v.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function identifierKeys(r: SourceRecord): string[] {
  const keys: string[] = [];
  for (const id of r.props.identifiers ?? []) {
    const v = normId(id.value);
    if (v.length >= 5) keys.push(`${id.type.toLowerCase().replace(/[^a-z]/g, '')}:${v}`);
  }
  return keys;
}

function birthYears(r: SourceRecord): Set<string> {
  return new Set((r.props.birthDate ?? []).map((d) => d.trim()).filter(Boolean));
}

/** Lists in priority order (the first list's names and schema lead). */
export function mergeRecords(lists: ParsedList[]): { entities: Designation[]; merges: number } {
  const records = lists.flatMap((l) => l.records);
  const uf = new UnionFind(records);
  const byUnRef = new Map<string, number>();
  const byImo = new Map<string, number>();
  const byNameKey = new Map<string, number[]>();

  records.forEach((r, i) => {
    for (const s of r.sanctions) if (s.authority === 'UN') byUnRef.set(normId(s.sourceId), i);
  });
  records.forEach((r, i) => {
    for (const ref of r.props.unscId ?? []) {
      const j = byUnRef.get(normId(ref));
      if (j !== undefined) uf.union(i, j);
    }
    const imo = r.props.imoNumber?.replace(/\D/g, '');
    if (imo && imo.length === 7) {
      const j = byImo.get(imo);
      if (j !== undefined) uf.union(i, j);
      else byImo.set(imo, i);
    }
    for (const n of r.names) {
      if (n.quality !== 'strong') continue;
      const key = `${r.schema === 'Person' ? 'P' : 'O'}|${mergeKey(n.value)}`;
      if (key.length < 6) continue;
      const list = byNameKey.get(key);
      if (list) {
        if (!list.includes(i)) list.push(i);
      } else byNameKey.set(key, [i]);
    }
  });

  // Equal names alone are not enough (many people share a name): require a shared birth date or identifier.
  for (const group of byNameKey.values()) {
    if (group.length < 2 || group.length > 50) continue;
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        const ra = records[group[a]];
        const rb = records[group[b]];
        const dobA = birthYears(ra);
        const sharedDob = [...birthYears(rb)].some((d) => dobA.has(d));
        const idsA = new Set(identifierKeys(ra));
        const sharedId = identifierKeys(rb).some((k) => idsA.has(k));
        // An organisation has no birth date: the same full multi-word name on two authorities' lists is the same body.
        const sameOrgName = ra.schema !== 'Person' && rb.schema !== 'Person' && shareMultiWordName(ra, rb);
        if (sharedDob || sharedId || sameOrgName) uf.union(group[a], group[b]);
      }
    }
  }

  const groups = new Map<number, number[]>();
  records.forEach((_, i) => {
    const root = uf.find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });

  const entities: Designation[] = [];
  let merges = 0;
  for (const members of groups.values()) {
    members.sort((a, b) => a - b);
    if (members.length > 1) merges++;
    entities.push(combine(members.map((i) => records[i])));
  }
  return { entities, merges };
}

function shareMultiWordName(a: SourceRecord, b: SourceRecord): boolean {
  const keys = (r: SourceRecord) => r.names.filter((n) => n.quality === 'strong').map((n) => mergeKey(n.value));
  const ka = new Set(keys(a).filter((k) => k.includes(' ') && k.length >= 10));
  return keys(b).some((k) => ka.has(k));
}

function combine(rs: SourceRecord[]): Designation {
  const lead = rs[0];
  const names: EntityName[] = [];
  const seenNames = new Set<string>();
  for (const r of rs) {
    for (const n of r.names) {
      const key = `${n.kind}|${n.quality}|${n.value}`;
      if (seenNames.has(key)) continue;
      seenNames.add(key);
      // Only the lead record's primary name stays primary; the others become aliases.
      names.push(r === lead || n.kind !== 'primary' ? n : { ...n, kind: 'alias' });
    }
  }
  const caption = lead.names.find((n) => n.kind === 'primary')?.value ?? lead.names[0]?.value ?? lead.id;
  const schema = rs.some((r) => r.schema === 'Vessel') ? 'Vessel' : rs.some((r) => r.schema === 'Airplane') ? 'Airplane' : lead.schema;
  return {
    id: lead.id,
    schema,
    caption,
    names,
    sanctions: rs.flatMap((r) => r.sanctions),
    props: mergeProps(rs.map((r) => r.props)),
    sourceRecords: rs.map((r) => r.id),
  };
}

function mergeProps(all: EntityProps[]): EntityProps {
  const out: EntityProps = {};
  const target = out as Record<string, unknown>;
  for (const p of all) {
    for (const [k, v] of Object.entries(p) as [keyof EntityProps, unknown][]) {
      if (v === undefined) continue;
      if (k === 'identifiers') {
        const ids = (target.identifiers as Identifier[] | undefined) ?? [];
        for (const id of v as Identifier[]) if (!ids.some((x) => x.type === id.type && normId(x.value) === normId(id.value))) ids.push(id);
        target.identifiers = ids;
      } else if (Array.isArray(v)) {
        const arr = (target[k] as string[] | undefined) ?? [];
        for (const item of v as string[]) if (!arr.includes(item)) arr.push(item);
        target[k] = arr;
      } else if (target[k] === undefined) {
        target[k] = v;
      }
    }
  }
  return out;
}
