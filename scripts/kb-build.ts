/**
 * npm run kb:build — reads the newest official list files from
 * ../shared/data/sources, merges them with the curated layer and writes the
 * knowledge base: assets/kb/kb.json.gz (the whole KB, committed). Builds pack
 * it into the files the extension ships (src/kb/pack), in .cache/kb.
 */
import { createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { resolve } from 'node:path';
import { KB_DIR, KB_FILE, SOURCES_DIR, requireShared } from './lib/paths';
import { ensurePackedKb, PACKED_DIR, writeKb } from './lib/kb-files';
import { parseUnXml } from '../src/kb/parsers/un-xml';
import { parseOfacCsv } from '../src/kb/parsers/ofac-csv';
import { parseOfsiCsv } from '../src/kb/parsers/ofsi-csv';
import type { ParsedList, SourceRecord } from '../src/kb/model';
import { assembleKb } from '../src/kb/build/assemble';
import { curatedLayer } from '../src/kb/curated';
import { seenRemovals } from '../src/updater/removals';

function stream(path: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
}

/** Dated sub-folders (YYYY-MM-DD) of a list folder, newest first, that hold all the named files. */
function datedFolders(dir: string, files: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && files.every((f) => existsSync(resolve(dir, d, f))))
    .sort()
    .reverse();
}

function newest(dir: string, files: string[]): string | undefined {
  const d = datedFolders(dir, files)[0];
  return d ? resolve(dir, d) : undefined;
}

/** The companion files' folder date, when it is newer than the main file's (the two are then of different editions). */
function companionsNewer(primaryDir: string, files: (string | undefined)[]): { companionsDate?: string } {
  const dates = files.filter((f): f is string => !!f).map((f) => /(\d{4}-\d{2}-\d{2})\/[^/]+$/.exec(f)?.[1] ?? '');
  const newest = dates.sort().at(-1);
  return newest && newest > primaryDir.slice(-10) ? { companionsDate: newest } : {};
}

function rel(p: string): string {
  return p.slice(SOURCES_DIR.length + 1);
}

export async function readOfficialLists(): Promise<ParsedList[]> {
  const lists: ParsedList[] = [];
  const un = newest(resolve(SOURCES_DIR, 'un'), ['consolidated.xml']);
  if (!un) throw new Error(`No UN consolidated.xml under ${SOURCES_DIR}/un`);
  lists.push(await parseUnXml(stream(resolve(un, 'consolidated.xml')), { file: rel(resolve(un, 'consolidated.xml')) }));

  // The newest whole sdn.csv and the newest companion files may be of different dates: both are used. Entries of newer
  // companion files missing from the older sdn.csv are parties designated since: kept, marked as known only from those files.
  const sdnDir = resolve(SOURCES_DIR, 'ofac/sdn');
  const sdnPrimary = newest(sdnDir, ['sdn.csv']);
  if (sdnPrimary) {
    const companions = (name: string) => {
      const d = newest(sdnDir, [name]);
      return d ? resolve(d, name) : undefined;
    };
    const add = companions('add.csv');
    const alt = companions('alt.csv');
    const comments = companions('sdn_comments.csv');
    lists.push(
      await parseOfacCsv(
        {
          primary: stream(resolve(sdnPrimary, 'sdn.csv')),
          addresses: add ? stream(add) : undefined,
          aliases: alt ? stream(alt) : undefined,
          comments: comments ? stream(comments) : undefined,
        },
        {
          list: 'sdn',
          date: sdnPrimary.slice(-10),
          ...companionsNewer(sdnPrimary, [add, alt, comments]),
          file: [resolve(sdnPrimary, 'sdn.csv'), add, alt, comments].filter((f): f is string => !!f).map(rel).join(' + '),
        },
      ),
    );
  }

  const consDir = newest(resolve(SOURCES_DIR, 'ofac/non-sdn'), ['cons_prim.csv']);
  if (consDir) {
    const f = (n: string) => (existsSync(resolve(consDir, n)) ? stream(resolve(consDir, n)) : undefined);
    lists.push(
      await parseOfacCsv(
        { primary: f('cons_prim.csv')!, addresses: f('cons_add.csv'), aliases: f('cons_alt.csv'), comments: f('cons_comments.csv') },
        { list: 'nonsdn', date: consDir.slice(-10), file: rel(resolve(consDir, 'cons_prim.csv')) },
      ),
    );
  }

  const ofsi = newest(resolve(SOURCES_DIR, 'uk/ofsi-conlist'), ['sanctionsconlist.csv']);
  if (ofsi) lists.push(await parseOfsiCsv(stream(resolve(ofsi, 'sanctionsconlist.csv')), { file: rel(resolve(ofsi, 'sanctionsconlist.csv')) }));
  return lists;
}

/**
 * Entries of the previous UN snapshot at hand that the newest one lacks, as
 * the updater would see them replacing one copy with the next: they ship as
 * formerly listed.
 */
export async function readSeenRemovals(lists: ParsedList[]): Promise<SourceRecord[]> {
  const un = lists.find((l) => l.source.list === 'un');
  const previous = datedFolders(resolve(SOURCES_DIR, 'un'), ['consolidated.xml'])[1];
  if (!un || !previous) return [];
  const file = resolve(SOURCES_DIR, 'un', previous, 'consolidated.xml');
  return seenRemovals(await parseUnXml(stream(file), { file: rel(file) }), un);
}

function writePacked(): void {
  const started = Date.now();
  ensurePackedKb(true);
  console.log(`Packed the extension's files into ${PACKED_DIR} in ${Date.now() - started} ms`);
}

async function main(): Promise<void> {
  // --pack-only: repack the existing kb.json.gz (after a lexicon or pack-format change) without ../shared.
  if (process.argv.includes('--pack-only')) return writePacked();
  requireShared('kb:build');
  const started = Date.now();
  const lists = await readOfficialLists();
  const formerly = await readSeenRemovals(lists);
  const kb = await assembleKb(lists, curatedLayer(), formerly);
  console.log(`Formerly listed, seen missing from the newest UN list: ${formerly.map((r) => r.sanctions[0]?.sourceId).join(', ') || 'none'}`);
  mkdirSync(KB_DIR, { recursive: true });
  const bytes = writeKb(kb);
  for (const l of lists) {
    const skipped = Object.entries(l.skipped).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`${l.source.authority} ${l.source.title} ${l.source.date}: ${l.source.entries} entries${skipped ? ` (skipped: ${skipped})` : ''}`);
  }
  console.log(`Wrote ${KB_FILE} (${(bytes / 1e6).toFixed(2)} MB): version ${kb.version}, ${kb.entities.length} entities, in ${Date.now() - started} ms`);
  writePacked();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
