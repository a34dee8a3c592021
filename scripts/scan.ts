/**
 * Runs the extension's recogniser over files and prints the mentions.
 *   npm run scan -- [--json] [--kb assets/kb/kb.json.gz] FILE...
 * .txt: offsets into the file's text; .html: offsets into the page's visible
 * text (collectPageText under jsdom); .json corpus files: the `text` field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { collectPageText } from '../src/page/visible-text';
import type { Mention } from '../src/recognition/recognizer';
import { scanInChunks } from '../src/recognition/chunks';
import { loadRecognizerFromFiles } from './lib/kb-files';
import { KB_FILE, LEXICON_FILE } from './lib/paths';

export function textOfFile(file: string): string {
  const raw = readFileSync(file, 'utf8');
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') {
    const doc = JSON.parse(raw) as { text?: unknown };
    if (typeof doc.text !== 'string') throw new Error(`${file}: no "text" field`);
    return doc.text;
  }
  if (ext === '.html' || ext === '.htm') {
    const dom = new JSDOM(raw);
    return collectPageText(dom.window.document.body).text;
  }
  return raw;
}

function argValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}

function table(file: string, mentions: Mention[]): string {
  const lines = [`${file}: ${mentions.length} mentions`];
  for (const m of mentions) {
    const conf = m.confidence === 'possible' ? ' (possible)' : '';
    lines.push(
      `  ${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.category.padEnd(12)} ${JSON.stringify(m.text).padEnd(40)} → ${m.entity} ${m.name} [${m.via}]${conf}`,
    );
  }
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const kbPath = argValue(rest, '--kb') ?? KB_FILE;
  const lexPath = argValue(rest, '--lexicon') ?? LEXICON_FILE;
  if (!rest.length) {
    console.error('usage: npm run scan -- [--json] [--kb FILE] FILE...');
    process.exit(2);
  }
  const recognizer = loadRecognizerFromFiles(kbPath, lexPath);
  for (const file of rest) {
    // Chunked as the background worker scans, so that the two agree on long texts too.
    const mentions = scanInChunks(recognizer, textOfFile(file));
    if (json) {
      const out = mentions.map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        category: m.category,
        entity: m.entity,
        name: m.name,
        known: m.known,
        confidence: m.confidence,
        via: m.via,
        ...(m.candidates ? { candidates: m.candidates } : {}),
      }));
      console.log(JSON.stringify({ file, mentions: out }));
    } else {
      console.log(table(file, mentions));
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
