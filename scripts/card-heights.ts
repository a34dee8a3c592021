/**
 * npx tsx scripts/card-heights.ts [--json] (needs a build)
 * Hovers the first mark of each party, place, instrument and body on the demo
 * page and on ../shared/corpus/dev's articles in headless Chromium (1280 x 900)
 * and prints each card's height and whether its Copy / Pin / Close buttons are
 * in view without scrolling, then the median and the largest height.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, SHARED_DIR } from './lib/paths';
import { launchWithExtension } from './lib/browser';
import { startStaticServer } from './lib/static-server';
import { cardGeometry, type CardGeometry } from './lib/card-probe';

const CORPUS = resolve(SHARED_DIR, 'corpus/dev');
const PER_PAGE = 8;

function articleHtml(file: string): string {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { title: string | null; text: string };
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paras = doc.text.split(/\n+/).filter((p) => p.trim());
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(doc.title ?? file)}</title></head><body><article>${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
}

/** Hovers the first mark of each distinct text in turn and measures the card it opens. */
export async function measurePage(page: Page, perPage = PER_PAGE): Promise<CardGeometry[]> {
  const marks = await page.$$eval('mark[data-sl-category]:not(.sl-continued)', (ms) => {
    const seen = new Set<string>();
    return ms.flatMap((m, i) => {
      // Marks name no party: one card per distinct mark text.
      const e = (m.textContent ?? '').trim().toLowerCase();
      if (seen.has(e)) return [];
      seen.add(e);
      return [i];
    });
  });
  const out: CardGeometry[] = [];
  for (const i of marks.slice(0, perPage)) {
    await page.mouse.move(1, 1);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => ![...document.documentElement.children].some((el) => el.localName.startsWith('sanctions-lens-popover') && !(el as HTMLElement).hidden));
    const mark = page.locator('mark[data-sl-category]:not(.sl-continued)').nth(i);
    // Room above the mark, as a reader scrolls the line they read to the upper part of the window.
    await mark.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 200));
    await mark.hover();
    let g: CardGeometry | null = null;
    for (let t = 0; t < 50 && !g?.title; t++) {
      await page.waitForTimeout(100);
      g = await cardGeometry(page);
    }
    if (g) out.push(g);
  }
  return out;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const pages: { name: string; html?: string; path?: string }[] = [{ name: 'demo', path: '/index.html' }];
  if (existsSync(CORPUS)) for (const f of readdirSync(CORPUS).filter((f) => f.endsWith('.json')).sort()) pages.push({ name: f, html: articleHtml(resolve(CORPUS, f)) });
  const server = await startStaticServer([resolve(REPO_ROOT, 'demo')], [
    (req, res) => {
      const p = pages.find((x) => x.html && req.url === `/corpus/${x.name}`);
      if (!p) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(p.html);
      return true;
    },
  ]);
  const browser = await launchWithExtension();
  const all: (CardGeometry & { page: string })[] = [];
  try {
    for (const p of pages) {
      const page = await browser.context.newPage();
      await page.goto(server.url(p.path ?? `/corpus/${p.name}`));
      const found = await page.waitForSelector('mark[data-sl-category]', { timeout: 15_000 }).then(() => true, () => false);
      if (found) {
        await page.waitForTimeout(400);
        for (const g of await measurePage(page)) all.push({ ...g, page: p.name });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const heights = all.map((g) => g.height).sort((a, b) => a - b);
  const contents = all.map((g) => g.contentHeight).sort((a, b) => a - b);
  const median = (xs: number[]) => (xs.length ? xs[Math.floor((xs.length - 1) / 2)] : 0);
  const summary = {
    cards: all.length,
    medianHeight: median(heights),
    maxHeight: heights.at(-1) ?? 0,
    medianContentHeight: median(contents),
    maxContentHeight: contents.at(-1) ?? 0,
    actionsOutOfView: all.filter((g) => g.actions.length === 0 || g.actions.some((a) => !a.inView)).length,
  };
  if (json) console.log(JSON.stringify({ summary, cards: all }));
  else {
    for (const g of all) console.log(`${g.page}\t${g.title}\t${g.height}px (content ${g.contentHeight}px)\t${g.actions.every((a) => a.inView) && g.actions.length ? 'actions in view' : 'ACTIONS OUT OF VIEW'}`);
    console.log(JSON.stringify(summary));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(REPO_ROOT, 'scripts/card-heights.ts')) void main();
