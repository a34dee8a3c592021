/**
 * npx tsx scripts/jurisdiction-names-build.ts — writes
 * src/recognition/jurisdiction-names.ts: the curated jurisdictions' names in
 * other languages, from the CLDR region names of Node's full ICU
 * (`Intl.DisplayNames`), with their case forms where a language declines them,
 * and the other regions whose names contain one of them (blocked phrases).
 *
 * Generated into a committed source module, not at kb:build time or in the
 * browser: the updater re-assembles the KB in the extension, whose ICU data
 * differs between browsers and versions, so names made there would change
 * with the browser; a module made here is the same everywhere and its diff
 * is reviewable. It lives beside the recogniser because only recognition
 * reads it (cards keep the English names), and the packed index's input hash
 * covers src/recognition, so a change re-packs the index.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import stopwords from 'stopwords-iso';
import { jurisdictions } from '../src/kb/curated/jurisdictions';
import { REPO_ROOT } from './lib/paths';

export const LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'ar', 'fa', 'tr', 'zh', 'zh-Hant', 'ja', 'ko', 'el', 'hi'] as const;
type Lang = (typeof LANGUAGES)[number];

/** Languages that write no space between words: a parenthesised part there is no separate name. */
const UNSPACED: ReadonlySet<string> = new Set(['zh', 'zh-Hant', 'ja']);

/**
 * Names CLDR does not give: the non-ISO territories; the everyday Russian
 * name of North Korea (CLDR's Russian name is only the acronym КНДР), and its
 * official name and acronym, which UN texts and sanctions news use; the
 * Democratic Republic of the Congo by its full name (CLDR's short one is
 * "Kongo-Kinshasa", rare in news). Korean 크림 alone is "cream": the
 * peninsula is 크림반도.
 */
const EXTRA: Record<string, Partial<Record<Lang, string[]>>> = {
  kp: {
    de: ['Demokratische Volksrepublik Korea', 'KVDR'], fr: ['République populaire démocratique de Corée', 'RPDC'],
    es: ['República Popular Democrática de Corea', 'RPDC'], it: ['Repubblica Popolare Democratica di Corea', 'RPDC'],
    pl: ['Koreańska Republika Ludowo-Demokratyczna', 'KRLD'], ru: ['Северная Корея', 'Корейская Народно-Демократическая Республика'],
    ar: ['جمهورية كوريا الديمقراطية الشعبية'], ko: ['조선민주주의인민공화국'], zh: ['朝鲜民主主义人民共和国'],
  },
  cd: {
    de: ['Demokratische Republik Kongo'], fr: ['République démocratique du Congo', 'RDC'], it: ['Repubblica Democratica del Congo'],
    pt: ['República Democrática do Congo'], nl: ['Democratische Republiek Congo'], ru: ['Демократическая Республика Конго'],
    uk: ['Демократична Республіка Конго'], ar: ['جمهورية الكونغو الديمقراطية'], tr: ['Kongo Demokratik Cumhuriyeti'], zh: ['刚果民主共和国'],
  },
  crimea: {
    de: ['Krim'], fr: ['Crimée'], es: ['Crimea'], it: ['Crimea'], pt: ['Crimeia'], nl: ['Krim'], pl: ['Krym'], ru: ['Крым'], uk: ['Крим'],
    ar: ['القرم'], fa: ['کریمه'], tr: ['Kırım'], zh: ['克里米亚'], ja: ['クリミア'], ko: ['크림반도'], el: ['Κριμαία'], hi: ['क्रीमिया'],
  },
  'donetsk-luhansk': { ru: ['ДНР', 'ЛНР', 'Донецкая Народная Республика', 'Луганская Народная Республика'], uk: ['ДНР', 'ЛНР'] },
};

/**
 * Generated names that are also ordinary words of that language, so common
 * that a sanctions page uses them in another sense: Arabic مالي and Persian
 * مالی "financial" (Mali; "عقوبات مالية", financial sanctions), Korean 수단
 * "means" (Sudan; "제재 수단", a means of sanction), Hindi माली "gardener"
 * (Mali) and गिनी "counted" (Guinea). Stop-word lists hold none of them.
 */
const ORDINARY_WORDS: Partial<Record<Lang, string[]>> = {
  ar: ['مالي'], fa: ['مالی'], ko: ['수단'], hi: ['माली', 'गिनी'],
};

function regionName(lang: string, code: string): string | undefined {
  const name = new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' }).of(code);
  return name && name !== code ? name : undefined;
}

/** "Myanmar (Birmanie)" → both names; "刚果（金）" → only the outer one. */
function splitName(lang: string, name: string): string[] {
  const m = /^(.*?)\s*[(（](.*?)[)）]\s*$/.exec(name);
  if (!m) return [name];
  const outer = m[1].trim();
  const inner = m[2].trim();
  return !UNSPACED.has(lang) && !/\s/.test(outer) && !/\s/.test(inner) && inner.length >= 4 ? [outer, inner] : [outer];
}

// ---- case forms, one bounded table per language; every word of a name takes the same case ----

type Word = (w: string, k: number, words: string[]) => string[];

function formsOfName(name: string, word: Word, cases: number): string[] {
  const words = name.split(' ');
  const out: string[] = [];
  for (let c = 0; c < cases; c++) {
    const parts = words.map((w, k) => word(w, k, words)[c] ?? w);
    const form = parts.join(' ');
    if (form !== name) out.push(form);
  }
  return out;
}

/** Russian: genitive, dative, accusative, instrumental, prepositional. */
const russianWord: Word = (w) => {
  const end = (n: number, ...e: string[]) => e.map((x) => w.slice(0, w.length - n) + x);
  if (/[ая]я$/.test(w)) return end(2, 'ой', 'ой', 'ую', 'ой', 'ой');
  if (/[ыи]й$/.test(w)) return end(2, 'ого', 'ому', w.slice(-2), 'ым', 'ом');
  if (/ия$/.test(w)) return end(1, 'и', 'и', 'ю', 'ей', 'и');
  if (/я$/.test(w)) return end(1, 'и', 'е', 'ю', 'ей', 'е');
  if (/[кгхжшчщ]а$/.test(w)) return end(1, 'и', 'е', 'у', 'ой', 'е');
  if (/а$/.test(w)) return end(1, 'ы', 'е', 'у', 'ой', 'е');
  if (/ь$/.test(w)) return end(1, 'и', 'и', 'ь', 'ью', 'и');
  if (/[бвгдзклмнпрстфхц]$/.test(w)) return end(0, 'а', 'у', '', 'ом', 'е');
  return [];
};

/** Ukrainian: genitive, dative/locative, accusative, instrumental. */
const ukrainianWord: Word = (w) => {
  const end = (n: number, ...e: string[]) => e.map((x) => w.slice(0, w.length - n) + x);
  if (/(?:н|ськ|цьк)а$/.test(w)) return end(1, 'ої', 'ій', 'у', 'ою');
  if (/ий$/.test(w)) return end(2, 'ого', 'ому', 'ий', 'им');
  if (/[іаеоу]я$/.test(w)) return end(1, 'ї', 'ї', 'ю', 'єю');
  if (/я$/.test(w)) return end(1, 'і', 'і', 'ю', 'ею');
  if (/[кгх]а$/.test(w)) return end(1, 'и', 'і', 'у', 'ою');
  if (/а$/.test(w)) return end(1, 'и', 'і', 'у', 'ою');
  if (/ь$/.test(w)) return end(1, 'і', 'і', 'ь', 'ю');
  if (/[бвгдзклмнпрстфхц]$/.test(w)) return end(0, 'у', 'і', '', 'ом');
  return [];
};

/** Polish: genitive, accusative, instrumental (the locative alternates consonants: left out). */
const polishWord: Word = (w) => {
  const end = (n: number, ...e: string[]) => e.map((x) => w.slice(0, w.length - n) + x);
  if (/[sc]ka$/.test(w)) return end(1, 'iej', 'ą', 'ą');
  if (/[sc]ki$/.test(w)) return end(1, 'iego', 'i', 'im');
  if (/(?:n|ow|w|ż)a$/.test(w)) return end(1, 'ej', 'ą', 'ą');
  if (/(?:n|ow|w|ż)y$/.test(w)) return end(1, 'ego', 'y', 'ym');
  if (/[ij]a$/.test(w)) return end(1, 'i', 'ę', 'ą');
  if (/ea$/.test(w)) return end(1, 'i', 'ę', 'ą');
  if (/[kg]a$/.test(w)) return end(1, 'i', 'ę', 'ą');
  if (/a$/.test(w)) return end(1, 'y', 'ę', 'ą');
  if (/ś$/.test(w)) return end(1, 'si', 'ś', 'sią');
  if (/[bcdfghklmnprstwz]$/.test(w)) return end(0, 'u', '', 'em');
  return [];
};

/** German: the genitive -s of a name without article, on its last word ("Nordkoreas", "Russlands"). */
function germanForms(name: string): string[] {
  if (/\s/.test(name) || /[sxzß]$/.test(name)) return [];
  return [`${name}s`];
}

/** Greek: the genitive -ς of feminine names in -α/-η ("Ρωσίας", "Βόρειας Κορέας"). */
const greekWord: Word = (w) => (/[αάηή]$/.test(w) ? [`${w}ς`] : []);

/** Turkish: case suffixes after an apostrophe, by vowel harmony (dative, locative, ablative, genitive, accusative). */
function turkishForms(name: string): string[] {
  const vowels = name.toLowerCase().match(/[aıoueiöü]/g);
  if (!vowels) return [];
  const v = vowels[vowels.length - 1];
  const back = 'aıou'.includes(v);
  const a = back ? 'a' : 'e';
  const i = ({ a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' } as Record<string, string>)[v];
  const last = name.slice(-1).toLowerCase();
  const vowelEnd = 'aıoueiöü'.includes(last);
  const hard = 'pçtksşhf'.includes(last);
  const d = hard ? 't' : 'd';
  const suffixes = vowelEnd ? [`y${a}`, `${d}${a}`, `${d}${a}n`, `n${i}n`, `y${i}`] : [a, `${d}${a}`, `${d}${a}n`, `${i}n`, i];
  return suffixes.map((s) => `${name}'${s}`);
}

function caseForms(lang: Lang, name: string): string[] {
  switch (lang) {
    case 'ru':
      return formsOfName(name, russianWord, 5);
    case 'uk':
      return formsOfName(name, ukrainianWord, 4);
    case 'pl':
      return formsOfName(name, polishWord, 3);
    case 'de':
      return germanForms(name);
    case 'el':
      return formsOfName(name, greekWord, 1);
    case 'tr':
      return turkishForms(name);
    default:
      return [];
  }
}

// ---- the data ----

export interface LocalNames {
  /** Jurisdiction id → its names in other languages (case forms included), each once. */
  names: Record<string, string[]>;
  /** Other regions' names that contain one of those names ("Guinea Ecuatorial", "刚果（布）"). */
  blocks: string[];
}

function englishNames(j: (typeof jurisdictions)[number]): Set<string> {
  return new Set([j.name, j.officialName, ...j.aliases].map((n) => n.toLowerCase()));
}

/** Every ISO 3166 code CLDR names. */
function regionCodes(): string[] {
  const out: string[] = [];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    if (regionName('en', code)) out.push(code);
  }
  return out;
}

const words = (s: string) => s.toLowerCase().split(/[\s\-–‐]+/u).filter(Boolean);

/** Whether `inner` occurs in `outer` as whole words (as characters in a script without spaces). */
function containsName(lang: string, outer: string, inner: string): boolean {
  if (UNSPACED.has(lang) || /^[\p{Script=Hangul}]+$/u.test(inner)) return outer.includes(inner) && outer !== inner;
  const o = words(outer);
  const n = words(inner);
  for (let k = 0; k + n.length <= o.length; k++) if (n.every((w, q) => o[k + q] === w)) return o.length > n.length;
  return false;
}

export function buildLocalNames(): LocalNames {
  // Which languages list each word as a stop word. A language's own list is not asked about its own
  // country names: frequency-built lists carry them (Russian lists "россия"); another language's list
  // says the word is a function word there (Slovak "mali", "they had").
  const stop = new Map<string, Set<string>>();
  for (const [lang, list] of Object.entries(stopwords as Record<string, string[]>)) {
    for (const w of list) stop.set(w.toLowerCase(), (stop.get(w.toLowerCase()) ?? new Set()).add(lang));
  }
  const isStopElsewhere = (lang: string, w: string) => [...(stop.get(w.toLowerCase()) ?? [])].some((l) => l !== lang.slice(0, 2));
  const isoIds = new Set(jurisdictions.map((j) => j.id.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)));
  const names: Record<string, string[]> = {};
  const plain: { lang: Lang; name: string }[] = [];
  for (const j of jurisdictions) {
    const english = englishNames(j);
    const out = new Set<string>();
    for (const lang of LANGUAGES) {
      const base: string[] = [];
      const code = j.id.toUpperCase();
      const cldr = isoIds.has(code) ? regionName(lang, code) : undefined;
      if (cldr) base.push(...splitName(lang, cldr));
      base.push(...(EXTRA[j.id]?.[lang] ?? []));
      for (const name of base) {
        // One word that some language lists as a stop word, or an ordinary word of this language, says nothing.
        if (!/\s/.test(name) && isStopElsewhere(lang, name)) continue;
        if (ORDINARY_WORDS[lang]?.includes(name)) continue;
        plain.push({ lang, name });
        for (const n of [name, ...caseForms(lang, name)]) if (!english.has(n.toLowerCase())) out.add(n);
      }
    }
    names[j.id] = [...out];
  }
  const blocks = new Set<string>();
  for (const lang of [...LANGUAGES, 'en']) {
    for (const code of regionCodes()) {
      if (isoIds.has(code)) continue;
      const other = regionName(lang, code);
      if (!other) continue;
      for (const p of plain) {
        if (p.lang !== lang && lang !== 'en') continue;
        for (const o of splitName(lang, other)) if (containsName(lang, o, p.name)) blocks.add(o);
      }
    }
  }
  return { names, blocks: [...blocks].sort() };
}

function main(): void {
  const data = buildLocalNames();
  const count = Object.values(data.names).reduce((n, l) => n + l.length, 0);
  const body = [
    '/**',
    ' * GENERATED by scripts/jurisdiction-names-build.ts from the CLDR region names of Node\'s full ICU',
    ` * (Node ${process.versions.node}, ICU ${process.versions.icu}, CLDR ${process.versions.cldr}); do not edit by hand.`,
    ` * Languages: ${LANGUAGES.join(', ')}. ${count} names and case forms, ${data.blocks.length} blocked phrases.`,
    ' */',
    '',
    '/** The CLDR version the names come from: the freshness test runs only under the same one. */',
    `export const GENERATED_WITH_CLDR = '${process.versions.cldr}';`,
    '',
    `export const LOCAL_JURISDICTION_NAMES: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(data.names, null, 2)};`,
    '',
    '/** Names of other regions that contain a jurisdiction\'s name: never read as that jurisdiction. */',
    `export const LOCAL_BLOCKED_PHRASES: readonly string[] = ${JSON.stringify(data.blocks, null, 2)};`,
    '',
  ].join('\n');
  const file = resolve(REPO_ROOT, 'src/recognition/jurisdiction-names.ts');
  writeFileSync(file, body);
  console.log(`wrote ${file}: ${count} names, ${data.blocks.length} blocked phrases`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
