/**
 * The updater's limits at their edges: stored tuning can only lower them;
 * the 10 % and 50 % drop limits and the two-day date margin, each tested on
 * both sides of its boundary with literal figures (a changed constant fails
 * here); redirects are read only to where a feed may be read from.
 */
import { describe, expect, it } from 'vitest';
import { completeTuning, DEFAULT_TUNING } from '../../../src/updater/tuning';
import { checkSanity, isFutureDated } from '../../../src/updater/validate';
import { redirectFault, servedByOtherHost } from '../../../src/updater/redirects';
import type { ParsedList, SourceInfo } from '../../../src/kb/model';
import { world, ok, unXml, UN_URL } from './harness';

describe('tuning can only lower the limits', () => {
  it('takes a stored value below the default and ignores one at or above it', () => {
    const t = completeTuning({ maxBytes: 1_000_000, attempts: 100, headersTimeoutMs: 180_000, idleTimeoutMs: 60_001, lockStaleMs: 1 });
    expect(t.maxBytes).toBe(1_000_000);
    expect(t.attempts).toBe(4);
    expect(t.headersTimeoutMs).toBe(180_000);
    expect(t.idleTimeoutMs).toBe(60_000);
    expect(t.lockStaleMs).toBe(1);
  });

  it('no stored value can raise any limit; junk is ignored', () => {
    const huge = Object.fromEntries(Object.keys(DEFAULT_TUNING).map((k) => [k, 1e15]));
    expect(completeTuning(huge)).toEqual(DEFAULT_TUNING);
    expect(completeTuning({ maxBytes: -1, attempts: 0, idleTimeoutMs: Number.NaN, lockStaleMs: '5' })).toEqual(DEFAULT_TUNING);
    expect(completeTuning(null)).toEqual(DEFAULT_TUNING);
    expect(DEFAULT_TUNING).toMatchObject({ maxBytes: 60_000_000, attempts: 4, headersTimeoutMs: 180_000, idleTimeoutMs: 60_000 });
  });
});

const source = (entries: number, date = '2026-05-01'): SourceInfo => ({ entries, date }) as unknown as SourceInfo;
const list = (entries: number, date = '2026-05-02'): ParsedList => ({ source: source(entries, date) }) as unknown as ParsedList;
const NOW = Date.parse('2026-06-01T00:00:00Z');

describe('the drop limits at their boundaries', () => {
  it('a loss of exactly 10 % installs; one entry more is held for the reader', () => {
    expect(checkSanity(list(900), source(1000), NOW)).toEqual({ ok: true });
    const held = checkSanity(list(899), source(1000), NOW);
    expect(held).toMatchObject({ ok: false, held: true, fault: { kind: 'drop', percent: 10, offered: 899, inUse: 1000 } });
  });

  it('a loss of exactly 50 % is still offered; one entry more is refused outright', () => {
    expect(checkSanity(list(500), source(1000), NOW)).toMatchObject({ ok: false, held: true, fault: { kind: 'drop' } });
    const refused = checkSanity(list(499), source(1000), NOW);
    expect(refused).toMatchObject({ ok: false, fault: { kind: 'collapse', offered: 499 } });
    expect('held' in refused && refused.held).toBeFalsy();
  });

  it('a list that grew or stayed the same installs', () => {
    expect(checkSanity(list(1000), source(1000), NOW)).toEqual({ ok: true });
    expect(checkSanity(list(1200), source(1000), NOW)).toEqual({ ok: true });
  });
});

describe('the date margin at its boundary', () => {
  it('a list dated two days ahead is accepted; three days ahead is refused', () => {
    expect(isFutureDated('2026-06-03', NOW)).toBe(false);
    expect(isFutureDated('2026-06-04', NOW)).toBe(true);
    expect(checkSanity(list(10, '2026-06-03'), undefined, NOW)).toEqual({ ok: true });
    expect(checkSanity(list(10, '2026-06-04'), undefined, NOW)).toMatchObject({ ok: false, fault: { kind: 'future', offered: '2026-06-04' } });
    // The margin counts from the moment of the check, not from the start of its day.
    expect(isFutureDated('2026-06-03', NOW - 1)).toBe(true);
  });
});

describe('redirects', () => {
  it('reads a body served from the same origin, or from another origin over https', () => {
    expect(redirectFault('https://scsanctions.un.org/a.xml', 'https://scsanctions.un.org/b.xml')).toBeNull();
    expect(redirectFault('https://scsanctions.un.org/a.xml', 'https://storage.example.net/signed?sig=1')).toBeNull();
    expect(redirectFault('http://127.0.0.1:8000/un.xml', 'http://localhost:9000/un.xml')).toBeNull();
  });

  it('refuses plain http from an https address, a non-local http hand-off, credentials and other schemes', () => {
    expect(redirectFault('https://mirror.example.org/un.xml', 'http://mirror.example.org/un.xml')).toEqual({ kind: 'redirected', to: 'http://mirror.example.org' });
    expect(redirectFault('http://127.0.0.1:8000/un.xml', 'http://127.0.0.2:8000/un.xml')).toEqual({ kind: 'redirected', to: 'http://127.0.0.2:8000' });
    expect(redirectFault('https://scsanctions.un.org/a.xml', 'https://user:pw@storage.example.net/a')).toMatchObject({ kind: 'redirected' });
    expect(redirectFault('https://scsanctions.un.org/a.xml', 'ftp://storage.example.net/a')).toMatchObject({ kind: 'redirected' });
  });

  it('names the host that served the body when it is not the one asked', () => {
    expect(servedByOtherHost('https://scsanctions.un.org/a.xml', 'https://storage.example.net/x')).toBe('storage.example.net');
    expect(servedByOtherHost('https://scsanctions.un.org/a.xml', 'https://scsanctions.un.org/b')).toBeUndefined();
  });

  const servedFrom = (res: Response, url: string): Response => Object.defineProperty(res, 'url', { value: url });

  it('an update redirected to plain http is refused and leaves the data in use', async () => {
    const w = await world();
    const before = (await w.runtime.get()).kb.version;
    w.routes.set(UN_URL, () => servedFrom(ok(unXml(21, '2026-05-31')), 'http://files.example.net/un.xml'));
    await w.updater.run(true);
    expect((await w.runtime.get()).kb.version).toBe(before);
    const st = (await w.updater.status()).feeds[0];
    expect(st.lastError).toMatch(/sent the download on to http:\/\/files\.example\.net, which a list is not read from/);
  });

  it('an update redirected to another https host installs, and the status names that host', async () => {
    const w = await world();
    w.routes.set(UN_URL, () => servedFrom(ok(unXml(21, '2026-05-31')), 'https://signed.storage.example.net/un.xml?sig=abc'));
    await w.updater.run(true);
    const st = (await w.updater.status()).feeds[0];
    expect(st).toMatchObject({ lastError: null, dataDate: '2026-05-31', servedBy: 'signed.storage.example.net', mirror: null });
  });

  it('a mirror is named by the host that served it', async () => {
    const w = await world();
    w.deps.overrides = async () => ({ un: 'https://mirror.example.org/un.xml' });
    w.routes.set('https://mirror.example.org/un.xml', () => servedFrom(ok(unXml(21, '2026-05-31')), 'https://cdn.mirror.example.org/un.xml'));
    await w.updater.run(true);
    const st = (await w.updater.status()).feeds[0];
    expect(st).toMatchObject({ lastError: null, mirror: 'cdn.mirror.example.org' });
  });
});
