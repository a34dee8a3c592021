/**
 * Assembles a knowledge base from parsed lists and the curated layer, with a
 * version derived from the content, so the same inputs always give the same
 * file. Shared by kb:build and the background updater.
 */
import { KB_FORMAT, type KnowledgeBase } from '../bundle';
import type { ParsedList } from '../model';
import type { CuratedLayer } from '../curated/types';
import { mergeRecords } from './merge';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function assembleKb(lists: ParsedList[], curated: CuratedLayer): Promise<KnowledgeBase> {
  const { entities } = mergeRecords(lists);
  const sources = lists.map((l) => l.source);
  const newestDate = sources.map((s) => s.date).sort().at(-1) ?? '0000-00-00';
  const body = { sources, entities, curated };
  const hash = await sha256Hex(JSON.stringify(body));
  return {
    format: KB_FORMAT,
    version: `${newestDate}+${hash.slice(0, 10)}`,
    builtAt: newestDate,
    sources,
    entities,
    curated,
  };
}
