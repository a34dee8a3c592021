/**
 * Quick yardstick for name variants (until `npm run eval` has its own):
 *   npx tsx scripts/variant-check.ts [--repo DIR] [--verbose]
 * - leave-one-name-out: for every person or organisation with several strong
 *   names, hide one name that spells differently from all the others and
 *   look for it in a sentence with the rest indexed; recall overall and for
 *   names in other scripts;
 * - false designated marks per 20k words on ../shared/corpus/ordinary.
 * `--repo DIR` runs another checkout's recogniser on the same data, for a before/after figure.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';

const args = process.argv.slice(2);
const repoArg = args.indexOf('--repo');
const repo = path.resolve(repoArg >= 0 ? args[repoArg + 1] : path.resolve(import.meta.dirname, '..'));
const verbose = args.includes('--verbose');
const shared = process.env.SANCTIONS_LENS_SHARED ?? path.resolve(repo, '../shared');

type Name = { value: string; quality: string; kind: string; lang?: string };
type Entity = { id: string; schema: string; names: Name[] };

const rec = await import(path.join(repo, 'src/recognition/recognizer.ts'));
const kb = JSON.parse(gunzipSync(readFileSync(path.join(repo, 'assets/kb/kb.json.gz'))).toString('utf8'));
const lexicon = rec.loadLexicon(JSON.parse(readFileSync(path.join(repo, 'assets/kb/lexicon.json'), 'utf8')));

const plain = (s: string) => s.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const tokensOf = (s: string) => new Set(plain(s).split(' '));

// Pick the hidden name: a strong name of two or more words sharing no word with the others.
const hidden: { id: string; value: string; script: 'latin' | 'other' }[] = [];
const entities: Entity[] = kb.entities.map((e: Entity) => {
  if (e.schema !== 'Person' && e.schema !== 'Organization' && e.schema !== 'LegalEntity') return e;
  const strong = e.names.filter((n) => n.quality === 'strong');
  if (strong.length < 2) return e;
  for (let k = strong.length - 1; k >= 1; k--) {
    const cand = strong[k];
    const words = plain(cand.value).split(' ');
    if (words.length < 2 || /[()]/.test(cand.value)) continue;
    const rest = strong.filter((n) => n !== cand);
    const restTokens = new Set(rest.flatMap((n) => [...tokensOf(n.value)]));
    if (words.every((w) => restTokens.has(w))) continue; // the same spelling reordered: not a variant
    const other = /[^\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}]/u.test(cand.value);
    hidden.push({ id: e.id, value: cand.value, script: other ? 'other' : 'latin' });
    return { ...e, names: e.names.filter((n) => n !== cand) };
  }
  return e;
});
const recognizer = rec.createRecognizer({ ...kb, entities }, lexicon);

const found = { latin: 0, other: 0 };
const total = { latin: 0, other: 0 };
const misses: string[] = [];
for (const h of hidden) {
  // UN style "FAMILY, Given" and capitals are written as news do.
  let v = h.value;
  const comma = v.indexOf(',');
  if (comma > 0) v = `${v.slice(comma + 1).trim()} ${v.slice(0, comma).trim()}`;
  v = v.replace(/\p{L}+/gu, (w) => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));
  const text = `Officials said ${v} was seen in the capital.`;
  total[h.script]++;
  const ms = recognizer.scan(text) as { entity: string; candidates?: string[] }[];
  const ok = ms.some((m) => m.entity === h.id || m.candidates?.includes(h.id) || m.entity.split('|').includes(h.id));
  if (ok) found[h.script]++;
  else misses.push(`${h.id}\t${v}`);
}
const r = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
console.log(`leave-one-name-out: latin ${found.latin}/${total.latin} = ${r(found.latin, total.latin)}; other scripts ${found.other}/${total.other} = ${r(found.other, total.other)}`);
if (verbose) for (const m of misses.slice(0, 80)) console.log('  miss', m);

// False designated marks on ordinary news.
const ordDir = path.join(shared, 'corpus/ordinary');
if (existsSync(ordDir)) {
  let words = 0;
  let fp = 0;
  for (const f of readdirSync(ordDir)) {
    const p = path.join(ordDir, f);
    const raw = readFileSync(p, 'utf8');
    const text: string = f.endsWith('.json') ? JSON.parse(raw).text : raw;
    words += text.split(/\s+/).filter(Boolean).length;
    for (const m of recognizer.scan(text) as { category: string; text: string }[]) {
      if (m.category !== 'designated') continue;
      fp++;
      if (verbose) console.log('  ordinary FP', f, m.text);
    }
  }
  console.log(`ordinary: ${fp} designated marks in ${words} words = ${((fp / words) * 20000).toFixed(2)} per 20k`);
}
