/**
 * The labelled sets, built from the raw fixtures: positives from real
 * sanctions sentences and the templates made from them (templates.ts);
 * negatives from everyday news, the Brown corpus and namesake texts. Every
 * text is on one side of a held-out line drawn by party and by page
 * (split.ts), so the same inputs and seed give the same sets.
 */
import type { KnowledgeBase } from '../../../src/kb/bundle';
import { readBrown } from '../yardsticks/brown';
import { occurrences, ordinaryLanguage, readNamesakeFiles, readOrdinaryTexts, readSentenceFiles } from './fixtures';
import { heldOut, type HeldOut } from './split';
import { partyPool, sentenceTexts } from './templates';
import type { Confusable, Split, TextSource, TrainingManifest, TrainingText } from './types';

export interface BuildOptions {
  seed: number;
  /** Share of parties, and of pages, held out for test. */
  testShare: number;
  /** Parties put into each slot of each real sentence. */
  perSlot: number;
  /** Include the Brown corpus (500 documents, about a million words). */
  brown: boolean;
}

export const DEFAULT_BUILD: BuildOptions = { seed: 24, testShare: 0.2, perSlot: 12, brown: true };

function ordinaryTexts(held: HeldOut): TrainingText[] {
  return readOrdinaryTexts().map((t) => ({
    id: `ordinary:${t.id}`,
    split: held.page(t.url),
    source: 'ordinary' as const,
    lang: ordinaryLanguage(t),
    url: t.url,
    text: t.text,
    gold: [],
    confusables: [],
    exhaustive: true,
    allowedJurisdictions: t.jurisdictions ?? [],
  }));
}

function brownTexts(held: HeldOut): TrainingText[] {
  return (readBrown() ?? []).map((b) => ({
    id: b.id,
    split: held.page(b.id),
    source: 'brown' as const,
    lang: 'en',
    text: b.text,
    gold: [],
    confusables: [],
    exhaustive: true,
  }));
}

function namesakeTexts(held: HeldOut): TrainingText[] {
  const out: TrainingText[] = [];
  for (const { data } of readNamesakeFiles()) {
    for (const t of data.texts) {
      const confusables: Confusable[] = [];
      for (const c of t.confusable) {
        if (!c.entity) continue;
        for (const o of occurrences(t.text, c.text)) confusables.push({ ...o, text: c.text, entity: c.entity, refs: c.refs ?? [] });
      }
      out.push({ id: `namesake:${t.id}`, split: held.page(t.url), source: 'namesake', lang: t.lang, url: t.url, text: t.text, gold: [], confusables, exhaustive: true });
    }
  }
  return out;
}

const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function manifestOf(texts: TrainingText[], opts: BuildOptions, held: HeldOut): TrainingManifest {
  const sources: TextSource[] = ['template', 'sentence', 'ordinary', 'brown', 'namesake'];
  const empty = () => Object.fromEntries(sources.map((s) => [s, { texts: 0, goldDesignated: 0, words: 0 }])) as TrainingManifest['counts']['train'];
  const counts: TrainingManifest['counts'] = { train: empty(), test: empty() };
  const testParties = new Set<string>();
  const testPages = new Set<string>();
  for (const t of texts) {
    const c = counts[t.split][t.source];
    c.texts++;
    c.words += words(t.text);
    for (const g of t.gold) {
      if (g.category !== 'designated' || !g.entity) continue;
      c.goldDesignated++;
      if (held.party(g.entity) === 'test') testParties.add(g.entity);
    }
    if (t.split === 'test') testPages.add(t.url ?? t.id);
  }
  return { seed: opts.seed, testShare: opts.testShare, counts, testParties: testParties.size, testPages: testPages.size };
}

export function buildTrainingSets(kb: KnowledgeBase, opts: BuildOptions = DEFAULT_BUILD): { texts: TrainingText[]; manifest: TrainingManifest } {
  const held = heldOut(opts.seed, opts.testShare);
  const sentences = readSentenceFiles().map((f) => f.data);
  const texts = [
    ...sentenceTexts(sentences, partyPool(kb), held, opts),
    ...ordinaryTexts(held),
    ...namesakeTexts(held),
    ...(opts.brown ? brownTexts(held) : []),
  ];
  return { texts, manifest: manifestOf(texts, opts, held) };
}

/** Texts of one side of the line. */
export function ofSplit(texts: TrainingText[], split: Split): TrainingText[] {
  return texts.filter((t) => t.split === split);
}
