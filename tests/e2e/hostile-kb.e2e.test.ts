/**
 * A tampered knowledge base in the built extension: every string of a dozen
 * parties is hostile (script tags, handlers, javascript: and data: URLs,
 * bidi overrides, 10,000-character strings, lone surrogates). A page names
 * them, each card is opened, and nothing runs: no payload, no dialog, no
 * link off the official https publishers, and the card fits the viewport.
 */
import { inCard, waitForCard } from './card';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROME_EXT_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { readLexicon, writePackedKb } from '../../scripts/lib/kb-files';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { isOfficialUrl } from '../../src/kb/official-links';
import { hostileKb } from '../unit/fuzz/hostile';
import { createRecognizer } from '../../src/recognition/recognizer';

const NAMES = [
  'Zorvath Maritime Holdings', 'Quellmar Trading Company', 'Brisanto Shipping Limited', 'Havrenko Steel Group', 'Ostrevia Capital Partners',
  'Drummelin Petroleum Corporation', 'Kestravel Logistics Company', 'Vantorra Mining Enterprise', 'Pelgrave Ocean Carriers', 'Sorvanna Tanker Fleet',
  'Ildremo Finance House', 'Taskervale Export Bureau',
];
const SEED = 8_008;
let recognised: string[] = [];

let dir: string;
let ext: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sl-hostile-kb-'));
  const copy = join(dir, 'chrome-mv3');
  cpSync(CHROME_EXT_DIR, copy, { recursive: true });
  // The packed format stores UTF-8 and refuses lone surrogates: they arrive as U+FFFD, as any UTF-8 file would carry them.
  const wellFormed = (_k: string, v: unknown) => (typeof v === 'string' ? v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD') : v);
  const kb = JSON.parse(JSON.stringify(hostileKb({ seed: SEED, designations: NAMES.length, curatedEach: 5, matchNames: NAMES })), wellFormed) as ReturnType<typeof hostileKb>;
  // The source dates stay well-formed: the updater compares them to choose between bundled and installed data.
  kb.sources = [{ authority: 'UN', list: 'un', title: 'UN Security Council Consolidated List', file: 'hostile', date: '2099-01-01', entries: NAMES.length }];
  const lexicon = readLexicon(join(copy, 'kb/lexicon.json'));
  writePackedKb(kb, lexicon, join(copy, 'kb'));
  // The names the recogniser marks (a Person-schema party needs a person-shaped name): the page must show these.
  recognised = createRecognizer(kb, lexicon).scan(NAMES.join('. ')).map((m) => m.text);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile knowledge base</title></head><body><article>${NAMES.map((n) => `<p>Reporters asked about ${n} again today.</p>`).join('')}</article></body></html>`;
  server = await startStaticServer([resolve(REPO_ROOT, 'demo')], [
    (req, res) => {
      if (req.url !== '/hostile-kb.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return true;
    },
  ]);
  ext = await launchWithExtension({ extDir: copy });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
});

describe('a hostile knowledge base in Chromium', () => {
  it('opens every hostile card with zero executed payloads, only official https links, and a card that fits', async () => {
    const page = await ext.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const popups: string[] = [];
    page.on('popup', (p) => popups.push(p.url()));
    await page.goto(server.url('/hostile-kb.html'));
    expect(recognised.length).toBeGreaterThanOrEqual(4);
    await page.waitForFunction(() => document.querySelectorAll('mark[data-sl-category]').length > 0, null, { timeout: 20_000 });
    await page.waitForTimeout(500);
    const marked = await page.$$eval('mark[data-sl-category]:not(.sl-continued)', (ms) => ms.map((m) => m.textContent ?? ''));
    expect(marked.length, JSON.stringify(marked)).toBeGreaterThanOrEqual(4);
    const viewport = page.viewportSize()!;
    let shownHostile = 0;
    for (const name of marked) {
      const mark = page.locator('mark[data-sl-category]', { hasText: name }).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await waitForCard(page);
      const info = (await inCard(page, (root) => {
        const el = root.querySelector('[role="dialog"] > .card')!;
        return {
        title: el.querySelector('.title')?.textContent ?? '',
        hrefs: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        foreign: [...el.querySelectorAll('*')].filter((e) => /^(script|img|iframe|svg|object|embed|style|link|meta|math|template|input|details|body)$/.test(e.localName) || e.getAttributeNames().some((a) => a.startsWith('on'))).length,
        rect: el.getBoundingClientRect().toJSON() as DOMRect,
        };
      }))!;
      if (/[<>]/.test(info.title) || info.title.length > 500) shownHostile++;
      expect(info.foreign, name).toBe(0);
      for (const h of info.hrefs) expect(isOfficialUrl(h) && new URL(h).protocol === 'https:', h).toBe(true);
      expect(info.rect.width).toBeLessThanOrEqual(viewport.width);
      expect(info.rect.left).toBeGreaterThanOrEqual(0);
      expect(info.rect.right).toBeLessThanOrEqual(viewport.width);
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
    }
    // The hostile strings did reach the cards, shown as text.
    expect(shownHostile).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    const pwned = await page.evaluate(() => ({
      count: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      flag: document.documentElement.dataset.pwned ?? null,
    }));
    expect(pwned).toEqual({ count: 0, flag: null });
    expect(dialogs).toEqual([]);
    expect(popups).toEqual([]);
    await page.close();
  });
});
