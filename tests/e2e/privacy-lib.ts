/**
 * Shared by the Chromium and Firefox privacy tests: ten local pages to
 * browse, and the least-privilege checks on a built manifest against the
 * README's permission table.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Handler } from '../../scripts/lib/static-server';

const SANCTIONS_PARAGRAPHS = [
  'The Lazarus Group works for the Reconnaissance General Bureau of North Korea, according to OFAC.',
  'Resolution 2397 tightened the measures that the 1718 Committee oversees.',
  'Russia answered the new EU package; OFSI and OFAC published guidance the same day.',
  'Iran and Syria remain under UN Security Council arms restrictions.',
];
const PLAIN_PARAGRAPHS = ['The weather stayed mild all week.', 'A recipe for bread needs flour, water, salt and time.', 'The match ended in a draw after extra time.'];

function article(title: string, paras: string[], extras = ''): string {
  const body = paras.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/p/site.css"></head><body><article><h1>${title}</h1>${body}</article>${extras}</body></html>`;
}

const PAGES = new Map<string, string>();
const sanctions = new Set<string>();
for (let i = 1; i <= 10; i++) {
  const withSanctions = i % 3 !== 0;
  const paras = withSanctions ? [SANCTIONS_PARAGRAPHS[i % 4], PLAIN_PARAGRAPHS[i % 3], SANCTIONS_PARAGRAPHS[(i + 1) % 4]] : [PLAIN_PARAGRAPHS[i % 3], PLAIN_PARAGRAPHS[(i + 1) % 3]];
  // Links and an image on the page's own origin: the page's requests, not the extension's.
  const extras = `<p><a href="https://www.un.org/securitycouncil/">UN</a> <img src="/p/pixel.svg" alt="" width="1" height="1"></p>`;
  const path = `/p/${i}.html`;
  PAGES.set(path, article(`Page ${i}`, paras, extras));
  if (withSanctions) sanctions.add(path);
}

export const TEN_PAGES = {
  paths: [...PAGES.keys()],
  sanctions: sanctions as ReadonlySet<string>,
  /** Everything the ten pages load from their own server. */
  expectedPaths: new Set([...PAGES.keys(), '/p/site.css', '/p/pixel.svg']),
  handler: ((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const html = PAGES.get(path);
    if (html) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return true;
    }
    if (path === '/p/site.css') {
      res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'no-store' });
      res.end('body{font:16px/1.5 serif;max-width:40em;margin:2em auto}');
      return true;
    }
    if (path === '/p/pixel.svg') {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
      res.end('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
      return true;
    }
    return false;
  }) as Handler,
};

/** What a reader types into the search page and after the `sl` keyword: none of it may leave the machine. */
export const TYPED_QUERIES = ['Muammar Gaddafi', 'Lazarus Group', 'Zorvath Privatbank'];

/** Chrome's card chunk, read from the package under the session's dynamic address (src/page/card-ui.ts): a packaged file too. */
export function isDynamicCardChunk(url: string): boolean {
  return /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/card-ui\.js$/.test(url);
}

/** Requests the extension made that are not its own packaged files, or that carry a typed query (outside its own pages). */
export function leakedRequests(urls: string[], ownOrigin: string, queries: readonly string[]): string[] {
  const carries = (u: string) => queries.some((q) => decodeURIComponent(u.replace(/\+/g, ' ')).toLowerCase().includes(q.toLowerCase()));
  return urls.filter((u) => (!u.startsWith(ownOrigin) && !isDynamicCardChunk(u)) || (carries(u) && !/\/search\.html\?/.test(u)));
}

export type Manifest = Record<string, unknown>;

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Every capability the manifest asks for: API permissions, host permissions (optional too) and content-script matches. */
export function permissionsOf(m: Manifest): Set<string> {
  const out = new Set<string>();
  for (const key of ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions']) for (const p of strings(m[key])) out.add(p);
  for (const cs of Array.isArray(m.content_scripts) ? (m.content_scripts as { matches?: unknown }[]) : []) for (const p of strings(cs.matches)) out.add(p);
  return out;
}

/**
 * The backticked names in the first column of the README's "## Permissions"
 * table, e.g. `storage` or "content script on `<all_urls>`".
 */
export function readmePermissions(readmePath: string): Set<string> {
  const text = readFileSync(readmePath, 'utf8');
  const start = text.search(/^## Permissions\s*$/m);
  if (start < 0) return new Set();
  const section = text.slice(start).split(/\n## /)[0];
  const out = new Set<string>();
  for (const line of section.split('\n')) {
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const first = line.split('|')[1] ?? '';
    for (const m of first.matchAll(/`([^`]+)`/g)) out.add(m[1]);
  }
  return out;
}

/** Departures from least privilege other than the permission list itself. */
export function manifestProblems(m: Manifest): string[] {
  const out: string[] = [];
  if (m.content_security_policy !== undefined) out.push(`custom content_security_policy: ${JSON.stringify(m.content_security_policy)}`);
  // The one web-accessible file allowed is Chrome's card chunk at a per-session address (src/page/card-ui.ts):
  // under its fixed address it is refused to pages like a missing file (no-trace.e2e checks that a page cannot tell).
  const war = m.web_accessible_resources;
  const dynamicCardChunk = (w: unknown) =>
    typeof w === 'object' && w !== null && (w as { use_dynamic_url?: unknown }).use_dynamic_url === true && JSON.stringify((w as { resources?: unknown }).resources) === '["card-ui.js"]';
  if (Array.isArray(war) && war.some((w) => !dynamicCardChunk(w))) out.push(`web_accessible_resources: ${JSON.stringify(war)}`);
  if (m.externally_connectable !== undefined) out.push('externally_connectable lets pages or other extensions message the worker');
  for (const key of ['key', 'update_url', 'oauth2', 'sandbox', 'chrome_url_overrides', 'devtools_page', 'nacl_modules']) if (m[key] !== undefined) out.push(`unexpected manifest key ${key}`);
  return out;
}

/** Code loaded from the network or made from strings, in the packaged files. */
export function remoteCodeProblems(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (['.js', '.html', '.mjs'].includes(extname(name))) {
        const text = readFileSync(file, 'utf8');
        const rel = relative(dir, file);
        if (/<script[^>]+src=["']?(https?:)?\/\//i.test(text)) out.push(`${rel}: script from the network`);
        if (/importScripts\(\s*["'`](https?:)?\/\//.test(text)) out.push(`${rel}: importScripts from the network`);
        if (/import\(\s*["'`](https?:)?\/\//.test(text)) out.push(`${rel}: dynamic import from the network`);
        if (/\beval\(|\bnew Function\(/.test(text)) out.push(`${rel}: code from strings (eval / new Function)`);
        if (extname(name) === '.html' && /<script(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(text)) out.push(`${rel}: inline script`);
      }
    }
  };
  walk(dir);
  return out;
}
