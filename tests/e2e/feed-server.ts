/**
 * A stand-in for the publishers' servers on 127.0.0.1, serving the real list
 * files from ../shared/data/sources with ETag and Last-Modified, and faults
 * injected per feed: a stalled or truncated body, bursts of HTTP 500, a
 * forced 304, invalid XML, the wrong file, a list with 90 % of its entries
 * gone, the older snapshot, a body served slowly, the list dated a month
 * ahead, the list with 30 % of its entries gone.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { SOURCES_DIR } from '../../scripts/lib/paths';

export const UN_NEW = resolve(SOURCES_DIR, 'un/2026-05-08/consolidated.xml');
export const UN_OLD = resolve(SOURCES_DIR, 'un/2026-02-27/consolidated.xml');
const OFAC_NONSDN_XML = resolve(SOURCES_DIR, 'ofac/non-sdn/2025-06-30/consolidated.xml');

/** Path on this server → the real file and the date the publisher would send as Last-Modified. */
const FILES: Record<string, { file: string; date: string }> = {
  '/ofac/sdn/SDN.CSV': { file: 'ofac/sdn/2024-05-03/sdn.csv', date: '2024-05-03' },
  '/ofac/sdn/ADD.CSV': { file: 'ofac/sdn/2025-12-24/add.csv', date: '2025-12-24' },
  '/ofac/sdn/ALT.CSV': { file: 'ofac/sdn/2025-12-24/alt.csv', date: '2025-12-24' },
  '/ofac/sdn/SDN_COMMENTS.CSV': { file: 'ofac/sdn/2025-12-24/sdn_comments.csv', date: '2025-12-24' },
  '/ofac/cons/CONS_PRIM.CSV': { file: 'ofac/non-sdn/2025-12-19/cons_prim.csv', date: '2025-12-19' },
  '/ofac/cons/CONS_ADD.CSV': { file: 'ofac/non-sdn/2025-12-19/cons_add.csv', date: '2025-12-19' },
  '/ofac/cons/CONS_ALT.CSV': { file: 'ofac/non-sdn/2025-12-19/cons_alt.csv', date: '2025-12-19' },
  '/ofac/cons/CONS_COMMENTS.CSV': { file: 'ofac/non-sdn/2025-12-19/cons_comments.csv', date: '2025-12-19' },
};
export const UN_PATH = '/un/consolidated.xml';

export const hasSources = existsSync(UN_NEW) && existsSync(UN_OLD) && Object.values(FILES).every((f) => existsSync(resolve(SOURCES_DIR, f.file)));

export type UnFault =
  | 'none'
  | 'stall'
  | '500-burst'
  | 'not-modified'
  | 'truncate'
  | 'invalid-xml'
  | 'wrong-file'
  | 'drop-90'
  | 'shrink-30'
  | 'future'
  | 'older'
  | 'slow';

export interface FeedServer {
  origin: string;
  /** Which UN snapshot is served when there is no fault. */
  unSnapshot: 'new' | 'old';
  unFault: UnFault;
  /** 500s still to answer in a '500-burst'. */
  burstLeft: number;
  /** Requests seen, with the conditional headers they carried and the status answered. */
  log: { path: string; ifNoneMatch?: string; status: number }[];
  /** Bytes of the UN body sent so far in the current response. */
  unBytesSent: number;
  /** An origin the UN address redirects to (302, with a signed-looking query), as a publisher's storage host would; null: no redirect. */
  unRedirect: string | null;
  overrides(): Record<string, string>;
  close(): Promise<void>;
}

/** Drops 9 of every 10 INDIVIDUAL and ENTITY records, keeping the document valid. */
export function dropNinetyPercent(xml: string): string {
  let n = 0;
  return xml.replace(/<(INDIVIDUAL|ENTITY)>[\s\S]*?<\/\1>\s*/g, (m) => (n++ % 10 === 0 ? m : ''));
}

/**
 * Drops 3 of every 10 INDIVIDUAL and ENTITY records, and every record that
 * names QUIJANO (the person on tests/fixtures/pages/updater-new-listing.html),
 * so a page shows whether the shrunk list is in use.
 */
export function dropThirtyPercent(xml: string): string {
  let n = 0;
  return xml.replace(/<(INDIVIDUAL|ENTITY)>[\s\S]*?<\/\1>\s*/g, (m) => (n++ % 10 < 3 || /QUIJANO/i.test(m) ? '' : m));
}

/** The same list, its dateGenerated moved 30 days past today. */
export function datedAhead(xml: string): string {
  const ahead = new Date(Date.now() + 30 * 86_400_000).toISOString();
  return xml.replace(/dateGenerated="[^"]*"/, `dateGenerated="${ahead}"`);
}

/** Breaks the third line's first tag: `<` followed by a space is not XML. */
function breakLine3(xml: string): string {
  const lines = xml.split('\n');
  lines[2] = lines[2].replace('<', '< ');
  return lines.join('\n');
}

const etagOf = (b: Buffer) => `"${createHash('sha256').update(b).digest('hex').slice(0, 20)}"`;
const httpDate = (day: string) => new Date(`${day}T12:00:00Z`).toUTCString();

export interface FeedServerOptions {
  /**
   * Answer CORS: Firefox's MV2 background fetches a host outside the
   * manifest's permissions (this server) as a cross-origin request, and the
   * conditional headers make it a preflighted one. Chromium's test leaves it
   * off, so there the extension's own host access is what is tested.
   */
  cors?: boolean;
  /** The loopback address to listen on (127.0.0.1 by default; another 127.x address is another host to the browser). */
  listen?: string;
  /** The host name in `origin` (the listen address by default): "localhost" makes a second origin on the same address. */
  hostName?: string;
}

export async function startFeedServer(opts: FeedServerOptions = {}): Promise<FeedServer> {
  const cache = new Map<string, Buffer>();
  const read = (p: string) => {
    let b = cache.get(p);
    if (!b) cache.set(p, (b = readFileSync(p)));
    return b;
  };
  const sockets = new Set<Socket>();

  const send = (req: IncomingMessage, res: ServerResponse, body: Buffer, date: string, path: string) => {
    const etag = etagOf(body);
    const inm = req.headers['if-none-match'];
    if (inm === etag) {
      state.log.push({ path, ifNoneMatch: inm, status: 304 });
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    state.log.push({ path, ifNoneMatch: inm, status: 200 });
    res.writeHead(200, { 'content-type': path.endsWith('.xml') ? 'application/xml' : 'text/csv', 'content-length': body.length, etag, 'last-modified': httpDate(date) });
    res.end(body);
  };

  const serveUn = (req: IncomingMessage, res: ServerResponse) => {
    const inm = req.headers['if-none-match'];
    if (state.unRedirect) {
      state.log.push({ path: UN_PATH, ifNoneMatch: inm, status: 302 });
      res.writeHead(302, { location: `${state.unRedirect}${UN_PATH}?se=2026-12-31&sig=c2lnbmVk` });
      res.end();
      return;
    }
    const fault = state.unFault;
    const base = read(state.unSnapshot === 'new' ? UN_NEW : UN_OLD);
    const date = state.unSnapshot === 'new' ? '2026-05-08' : '2026-02-27';
    const status = (s: number) => state.log.push({ path: UN_PATH, ifNoneMatch: inm, status: s });
    switch (fault) {
      case 'not-modified':
        status(304);
        res.writeHead(304, { etag: etagOf(base) });
        res.end();
        return;
      case '500-burst':
        if (state.burstLeft > 0) {
          state.burstLeft--;
          status(500);
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('Internal Server Error');
          return;
        }
        break;
      case 'stall':
        status(200);
        res.writeHead(200, { 'content-type': 'application/xml', 'content-length': base.length });
        res.write(base.subarray(0, 65_536));
        return; // and never another byte
      case 'truncate':
        status(200);
        res.writeHead(200, { 'content-type': 'application/xml', 'content-length': base.length });
        res.write(base.subarray(0, Math.floor(base.length / 2)), () => res.socket?.destroy());
        return;
      case 'slow': {
        status(200);
        res.writeHead(200, { 'content-type': 'application/xml', 'content-length': base.length, etag: etagOf(base), 'last-modified': httpDate(date) });
        let at = 0;
        state.unBytesSent = 0;
        const tick = () => {
          if (res.destroyed) return;
          const next = Math.min(base.length, at + 65_536);
          res.write(base.subarray(at, next));
          at = next;
          state.unBytesSent = at;
          if (at < base.length) setTimeout(tick, 100);
          else res.end();
        };
        tick();
        return;
      }
      case 'invalid-xml':
        return send(req, res, Buffer.from(breakLine3(base.toString('utf8'))), date, UN_PATH);
      case 'wrong-file':
        return send(req, res, read(OFAC_NONSDN_XML), '2025-06-30', UN_PATH);
      case 'drop-90':
        return send(req, res, Buffer.from(dropNinetyPercent(base.toString('utf8'))), date, UN_PATH);
      case 'shrink-30':
        return send(req, res, Buffer.from(dropThirtyPercent(base.toString('utf8'))), date, UN_PATH);
      case 'future':
        return send(req, res, Buffer.from(datedAhead(base.toString('utf8'))), date, UN_PATH);
      case 'older':
        return send(req, res, read(UN_OLD), '2026-02-27', UN_PATH);
      case 'none':
        break;
    }
    // Served in chunks without a length, so a size cap must cut the stream itself.
    if (req.headers['if-none-match'] === etagOf(base)) return send(req, res, base, date, UN_PATH);
    status(200);
    res.writeHead(200, { 'content-type': 'application/xml', etag: etagOf(base), 'last-modified': httpDate(date) });
    for (let i = 0; i < base.length; i += 262_144) res.write(base.subarray(i, i + 262_144));
    res.end();
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (opts.cors) {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-expose-headers', 'etag, last-modified, content-length');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'access-control-allow-methods': 'GET', 'access-control-allow-headers': 'if-none-match, if-modified-since', 'access-control-max-age': '0' });
        res.end();
        return;
      }
    }
    if (path === UN_PATH) return serveUn(req, res);
    const f = FILES[path];
    if (f) return send(req, res, read(resolve(SOURCES_DIR, f.file)), f.date, path);
    state.log.push({ path, status: 404 });
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const listen = opts.listen ?? '127.0.0.1';
  await new Promise<void>((r) => server.listen(0, listen, r));
  const origin = `http://${opts.hostName ?? listen}:${(server.address() as AddressInfo).port}`;
  const state: FeedServer = {
    origin,
    unSnapshot: 'new',
    unFault: 'none',
    burstLeft: 0,
    log: [],
    unBytesSent: 0,
    unRedirect: null,
    overrides: () => ({
      un: `${origin}${UN_PATH}`,
      'ofac-sdn': `${origin}/ofac/sdn/SDN.CSV`,
      'ofac-nonsdn': `${origin}/ofac/cons/CONS_PRIM.CSV`,
      // No EU or UK file exists in ../shared: these answer 404, as a mirror without them would.
      'eu-fsf': `${origin}/eu/xmlFullSanctionsList_1_1.xml`,
      'uk-sl': `${origin}/uk/UK-Sanctions-List.xml`,
    }),
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
  return state;
}
