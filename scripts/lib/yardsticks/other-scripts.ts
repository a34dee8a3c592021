/**
 * Yardstick (d): real news in the scripts the parties' names come from.
 * tests/fixtures/other-scripts/cases.json keeps sentences from stored news
 * pages (each with its URL) that name listed parties in Arabic, Persian,
 * Russian or Ukrainian, with the surfaces that must be marked and the
 * entities each may be marked as; and look-alikes, sentences naming ordinary
 * people or things that share part of a listed name, whose surfaces must
 * carry no designated mark.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Recognizer } from '../../../src/recognition/recognizer';
import { REPO_ROOT } from '../paths';
import { overlaps } from './corpus-files';

export const OTHER_SCRIPTS_FIXTURE = path.resolve(REPO_ROOT, 'tests/fixtures/other-scripts/cases.json');

interface RecallCase {
  lang: string;
  url: string;
  text: string;
  expect: { surface: string; entities: string[] }[];
}
interface LookalikeCase {
  lang: string;
  url: string;
  text: string;
  who: string;
  surfaces: string[];
}
interface Fixture {
  recall: RecallCase[];
  lookalikes: LookalikeCase[];
}

export interface OtherScriptsResult {
  expected: number;
  found: number;
  recall: number;
  byLang: Record<string, { expected: number; found: number }>;
  lookalikeNames: number;
  lookalikesMarked: number;
  /** "lang surface (url)" of each expected surface not marked as one of its entities. */
  missed: string[];
  /** "lang surface → entity" of each look-alike surface that was marked. */
  marked: string[];
}

function spanOf(text: string, surface: string): { start: number; end: number } {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`other-scripts fixture: "${surface}" is not in its text`);
  return { start, end: start + surface.length };
}

export function readOtherScripts(file = OTHER_SCRIPTS_FIXTURE): Fixture | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Fixture) : undefined;
}

export function scoreOtherScripts(rec: Recognizer, fixture: Fixture): OtherScriptsResult {
  const byLang: Record<string, { expected: number; found: number }> = {};
  const missed: string[] = [];
  const marked: string[] = [];
  let expected = 0;
  let found = 0;
  for (const c of fixture.recall) {
    const mentions = rec.scan(c.text).filter((m) => m.category === 'designated');
    const lang = (byLang[c.lang] ??= { expected: 0, found: 0 });
    for (const e of c.expect) {
      const span = spanOf(c.text, e.surface);
      expected++;
      lang.expected++;
      if (mentions.some((m) => overlaps(m, span) && e.entities.includes(m.entity))) {
        found++;
        lang.found++;
      } else missed.push(`${c.lang} ${e.surface} (${c.url})`);
    }
  }
  let lookalikeNames = 0;
  let lookalikesMarked = 0;
  for (const c of fixture.lookalikes) {
    const mentions = rec.scan(c.text).filter((m) => m.category === 'designated');
    for (const surface of c.surfaces) {
      lookalikeNames++;
      const span = spanOf(c.text, surface);
      const hit = mentions.find((m) => overlaps(m, span));
      if (hit) {
        lookalikesMarked++;
        marked.push(`${c.lang} ${surface} → ${hit.entity} ${hit.name}`);
      }
    }
  }
  return { expected, found, recall: expected ? found / expected : 1, byLang, lookalikeNames, lookalikesMarked, missed, marked };
}
