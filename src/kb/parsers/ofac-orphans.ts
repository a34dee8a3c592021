/**
 * OFAC companion-file entries whose ent_num is not in the main file beside them:
 * parties designated after that file, known only by the aliases, addresses and
 * remark continuations the newer companion files carry. Each becomes a party of
 * the list marked as known only from those files (Sanction.partial), so that its
 * names are matched and looked up like any other, until a copy of the whole list
 * brings its full record under the same id. An entry with addresses only has no
 * name to show or match and stays counted, not kept.
 */
import type { EntitySchema, SourceRecord } from '../model';
import { addName, addProp, compactProps } from './record-utils';
import { applyOfacRemarks, newFacts } from './ofac-features';

export interface OrphanEntry {
  entNum: string;
  aliases: { type: string; name: string }[];
  addresses: string[];
  countries: string[];
  /** Continuation text from the comments file (the start of REMARKS is in the missing main row). */
  remarks: string;
}

export function newOrphan(entNum: string): OrphanEntry {
  return { entNum, aliases: [], addresses: [], countries: [], remarks: '' };
}

export interface OrphanListing {
  /** "SDN List". */
  list: string;
  /** The companion files' date. */
  date: string;
  /** Which of the files gave the entry's facts, as OFAC names them. */
  files: string;
  sourceUrl: string;
}

/**
 * A remark continuation starts mid-statement: its first piece is dropped, the rest read as
 * remarks. A birth date, birthplace or gender there says it is a person, an IMO number a vessel.
 */
function schemaFromRemarks(props: SourceRecord['props']): EntitySchema | undefined {
  if (props.birthDate?.length || props.birthPlace?.length || props.gender) return 'Person';
  if (props.imoNumber) return 'Vessel';
  return undefined;
}

/** The party an orphan entry describes, or null when the files give it no name. */
export function orphanRecord(o: OrphanEntry, listing: OrphanListing): SourceRecord | null {
  if (!o.aliases.length) return null;
  const facts = newFacts();
  const cut = o.remarks.indexOf('; ');
  if (cut >= 0) applyOfacRemarks(facts, o.remarks.slice(cut + 2));
  const { props } = facts;
  const schema = schemaFromRemarks(props);
  // a.k.a.s first: the caption is the first name, and a former name is a poor title. The recogniser's guards for a
  // one-word name (a vessel needs a maritime cue, a person's name its other parts) hang on the party's type; with no
  // type given, a lone word ("MEMPHIS", "DELPHI") would be marked wherever the town is named, so it is kept for the
  // card and look-ups only (weak), as OFAC's own weak a.k.a.s are.
  const ordered = [...o.aliases].sort((a, b) => Number(a.type === 'fka') - Number(b.type === 'fka'));
  for (const a of ordered) {
    const lone = !schema && !/\s/.test(a.name.trim());
    addName(facts.names, { value: a.name, quality: lone ? 'weak' : 'strong', kind: a.type === 'fka' ? 'formerName' : 'alias' });
  }
  for (const address of o.addresses) addProp(props, 'address', address);
  for (const country of o.countries) addProp(props, 'country', country);
  return {
    id: `ofac:${o.entNum}`,
    // A placeholder when the files do not say: matched as a whole name, never split into a person's name parts.
    schema: schema ?? 'Organization',
    names: facts.names,
    sanctions: [
      {
        authority: 'OFAC',
        list: listing.list,
        programs: [],
        sourceId: o.entNum,
        sourceUrl: listing.sourceUrl,
        partial: { files: listing.files, date: listing.date, typeGiven: !!schema },
      },
    ],
    props: compactProps(props),
  };
}
