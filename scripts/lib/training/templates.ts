/**
 * Positives from real sentences: each designated party a gathered sanctions
 * sentence names is a slot, and listed parties of the same kind (person,
 * organisation, vessel) are put in its place, by seeded draw, under a name
 * the list gives or its conventional short form. The sentence's other names
 * keep their own labels, at their new offsets.
 */
import type { KnowledgeBase } from '../../../src/kb/bundle';
import { readsFamilyFirst } from '../../../src/kb/display-name';
import type { Designation } from '../../../src/kb/model';
import { seededRandom } from '../seeded-random';
import type { SanctionsSentence, SentenceMention } from './fixtures';
import { occurrences } from './fixtures';
import { nameClass, readerForm, shortForm, type NameClass } from './short-forms';
import { hashUnit, type HeldOut } from './split';
import type { GoldSpan, NameForm, Split, TrainingText } from './types';

type Script = 'latin' | 'cyrillic' | 'arabic' | 'han' | 'hangul' | 'kana' | 'greek' | 'other';

export function scriptOf(s: string): Script {
  if (/\p{Script=Hangul}/u.test(s)) return 'hangul';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s)) return 'kana';
  if (/\p{Script=Han}/u.test(s)) return 'han';
  if (/\p{Script=Arabic}/u.test(s)) return 'arabic';
  if (/\p{Script=Cyrillic}/u.test(s)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(s)) return 'greek';
  if (/\p{Script=Latin}/u.test(s)) return 'latin';
  return 'other';
}

/** One name a party can be written under, with how it was made. */
interface PartyName {
  value: string;
  form: NameForm;
  script: Script;
}

export interface Party {
  entity: string;
  refs: string[];
  cls: NameClass;
  names: PartyName[];
}

function refsOf(e: Designation): string[] {
  return [...new Set(e.sanctions.map((s) => `${s.authority}:${s.sourceId}`))];
}

/** Every listed party with at least one strong name, with its reader forms and short forms. */
export function partyPool(kb: KnowledgeBase): Party[] {
  const out: Party[] = [];
  for (const e of kb.entities) {
    const cls = nameClass(e.schema);
    const familyFirst = readsFamilyFirst(e);
    const names = new Map<string, PartyName>();
    for (const n of e.names) {
      if (n.quality !== 'strong' || n.kind === 'formerName') continue;
      const full = readerForm(n.value, cls, familyFirst);
      if (full.length < 2) continue;
      if (!names.has(full)) names.set(full, { value: full, form: 'listed', script: scriptOf(full) });
      const short = shortForm(n.value, cls, familyFirst);
      if (short && !names.has(short)) names.set(short, { value: short, form: 'short', script: scriptOf(short) });
    }
    if (names.size) out.push({ entity: e.id, refs: refsOf(e), cls, names: [...names.values()] });
  }
  return out;
}

interface Span {
  start: number;
  end: number;
  mention: SentenceMention;
}

/** Where each mention stands in the sentence, longer names first so "Bank Melli Iran" is not cut into "Iran". */
function mentionSpans(s: SanctionsSentence): Span[] {
  const taken: Span[] = [];
  const byLength = [...s.mentions].sort((a, b) => b.text.length - a.text.length);
  for (const m of byLength) {
    for (const o of occurrences(s.text, m.text)) {
      if (!taken.some((t) => o.start < t.end && t.start < o.end)) taken.push({ ...o, mention: m });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** A mention's label in a text of this split: a party of the other side is kept as a span but not named (neither positive nor negative). */
function goldOf(m: SentenceMention, start: number, end: number, text: string, split: Split, held: HeldOut): GoldSpan {
  const g: GoldSpan = { start, end, text, category: m.kind };
  if (m.kind !== 'designated') {
    if (m.entity) g.entity = m.entity;
    return g;
  }
  g.form = 'original';
  if (m.entity && !m.unlisted && held.party(m.entity) === split) {
    g.entity = m.entity;
    if (m.refs) g.refs = m.refs;
  }
  return g;
}

/** The sentence with `slot`'s occurrences written as `replacement`; every span's gold at its new offsets. */
function rewrite(
  s: SanctionsSentence,
  spans: Span[],
  slot: SentenceMention | undefined,
  replacement: { value: string; party: Party; form: NameForm } | undefined,
  split: Split,
  held: HeldOut,
): { text: string; gold: GoldSpan[] } {
  let text = '';
  let at = 0;
  const gold: GoldSpan[] = [];
  for (const sp of spans) {
    text += s.text.slice(at, sp.start);
    const start = text.length;
    if (replacement && sp.mention === slot) {
      text += replacement.value;
      gold.push({
        start,
        end: text.length,
        text: replacement.value,
        category: 'designated',
        entity: replacement.party.entity,
        refs: replacement.party.refs,
        form: replacement.form,
      });
    } else {
      text += sp.mention.text;
      gold.push(goldOf(sp.mention, start, text.length, sp.mention.text, split, held));
    }
    at = sp.end;
  }
  text += s.text.slice(at);
  return { text, gold };
}

export interface TemplateOptions {
  seed: number;
  /** How many parties are put into each slot. */
  perSlot: number;
}

/** The class of party a slot held, from the party the gatherer pinned. */
function slotClass(m: SentenceMention, classById: Map<string, NameClass>): NameClass | undefined {
  return m.entity ? classById.get(m.entity) : undefined;
}

/** Draws a party of the slot's class from the slot's side of the line, and one of its names, preferring the slot's script. */
function draw(pool: Party[], script: Script, rand: () => number): { value: string; party: Party; form: NameForm } | undefined {
  if (!pool.length) return undefined;
  for (let tries = 0; tries < 20; tries++) {
    const party = pool[Math.floor(rand() * pool.length)];
    const same = party.names.filter((n) => n.script === script);
    const latin = party.names.filter((n) => n.script === 'latin');
    const choices = same.length && rand() < 0.7 ? same : latin.length ? latin : party.names;
    const name = choices[Math.floor(rand() * choices.length)];
    if (name) return { value: name.value, party, form: name.form };
  }
  return undefined;
}

/** The real sentences as published, and the templates made from them, each on its page's side of the line. */
export function sentenceTexts(
  files: { lang: string; sentences: SanctionsSentence[] }[],
  parties: Party[],
  held: HeldOut,
  opts: TemplateOptions,
): TrainingText[] {
  const classById = new Map(parties.map((p) => [p.entity, p.cls]));
  const pools = new Map<string, Party[]>();
  for (const p of parties) {
    const key = `${p.cls}|${held.party(p.entity)}`;
    pools.set(key, [...(pools.get(key) ?? []), p]);
  }
  const out: TrainingText[] = [];
  for (const f of files) {
    f.sentences.forEach((s, k) => {
      const split = held.page(s.url);
      const spans = mentionSpans(s);
      const base = `${f.lang}:${k}`;
      const original = rewrite(s, spans, undefined, undefined, split, held);
      out.push({ id: `sentence:${base}`, split, source: 'sentence', lang: f.lang, url: s.url, text: original.text, gold: original.gold, confusables: [], exhaustive: false });
      const slots = [...new Set(spans.map((sp) => sp.mention))].filter((m) => m.kind === 'designated' && slotClass(m, classById));
      slots.forEach((slot, j) => {
        const pool = pools.get(`${slotClass(slot, classById)}|${split}`) ?? [];
        const rand = seededRandom(Math.floor(hashUnit(`${base}:${j}`, opts.seed) * 2 ** 32));
        for (let n = 0; n < opts.perSlot; n++) {
          const replacement = draw(pool, scriptOf(slot.text), rand);
          if (!replacement) break;
          const made = rewrite(s, spans, slot, replacement, split, held);
          out.push({
            id: `template:${base}:${j}:${n}`,
            split,
            source: 'template',
            lang: f.lang,
            url: s.url,
            text: made.text,
            gold: made.gold,
            confusables: [],
            exhaustive: false,
          });
        }
      });
    });
  }
  return out;
}
