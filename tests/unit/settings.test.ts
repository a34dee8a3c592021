import { describe, expect, it } from 'vitest';
import { activationFor, DEFAULT_SETTINGS, domainFromInput, isValidDomain, ruleFor, siteOf, switchSite, toggleSite, upsertRule, withSiteSwitch, type Settings } from '../../src/settings/model';

const base: Settings = { ...DEFAULT_SETTINGS };

describe('site rules', () => {
  it('a site rule covers subdomains, a host rule only its host, and the host rule wins', () => {
    let s = withSiteSwitch(base, 'news.example.co.uk', 'site', false);
    expect(s.sites).toEqual([{ domain: 'example.co.uk', scope: 'site', enabled: false }]);
    expect(activationFor('www.example.co.uk', s).enabled).toBe(false);
    expect(activationFor('deep.news.example.co.uk', s).enabled).toBe(false);
    expect(activationFor('example.com', s).enabled).toBe(true);
    s = withSiteSwitch(s, 'live.example.co.uk', 'host', true);
    expect(activationFor('live.example.co.uk', s)).toMatchObject({ enabled: true, reason: 'site-rule', rule: { scope: 'host' } });
    expect(activationFor('sub.live.example.co.uk', s).enabled).toBe(false);
    expect(ruleFor('other.example.co.uk', s.sites)?.domain).toBe('example.co.uk');
  });

  it('does not confuse a suffix with a subdomain', () => {
    const s = withSiteSwitch(base, 'ample.com', 'site', false);
    expect(activationFor('example.com', s).enabled).toBe(true);
  });

  it('only-listed mode is off by default and on where switched on; pause wins over everything', () => {
    const only: Settings = { ...base, siteDefault: 'off' };
    expect(activationFor('a.org', only)).toMatchObject({ enabled: false, reason: 'default-off' });
    const on = withSiteSwitch(only, 'a.org', 'site', true);
    expect(activationFor('www.a.org', on).enabled).toBe(true);
    const paused = { ...on, pausedUntil: 2_000 };
    expect(activationFor('a.org', paused, 1_000)).toMatchObject({ enabled: false, reason: 'paused' });
    expect(activationFor('a.org', paused, 3_000).enabled).toBe(true);
  });

  it('drops a rule that only restates the default', () => {
    const off = withSiteSwitch(base, 'a.org', 'site', false);
    expect(withSiteSwitch(off, 'a.org', 'site', true).sites).toEqual([]);
  });

  it('finds the registrable site for common layouts', () => {
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('edition.cnn.com')).toBe('cnn.com');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('localhost')).toBe('localhost');
  });
});

describe('the popup switch and the keyboard command', () => {
  it('switching at site scope wins over this host’s own rule, and other hosts keep theirs', () => {
    let s = switchSite(base, 'news.example.com', 'site', false);
    s = switchSite(s, 'other.example.com', 'host', true);
    s = switchSite(s, 'live.example.com', 'host', true);
    expect(activationFor('live.example.com', s).enabled).toBe(true);
    s = switchSite(s, 'live.example.com', 'site', false);
    expect(activationFor('live.example.com', s).enabled).toBe(false);
    s = switchSite(s, 'live.example.com', 'site', true);
    expect(activationFor('live.example.com', s)).toMatchObject({ enabled: true });
    expect(s.sites).toContainEqual({ domain: 'other.example.com', scope: 'host', enabled: true });
    expect(s.sites.some((r) => r.domain === 'live.example.com')).toBe(false);
  });

  it('toggles at the scope of the deciding rule, and at site scope when none decides', () => {
    let s = toggleSite(base, 'news.example.com');
    expect(s.sites).toEqual([{ domain: 'example.com', scope: 'site', enabled: false }]);
    s = switchSite(s, 'live.example.com', 'host', true);
    s = toggleSite(s, 'live.example.com');
    expect(activationFor('live.example.com', s).enabled).toBe(false);
    expect(ruleFor('live.example.com', s.sites)?.scope).toBe('host');
    expect(activationFor('news.example.com', toggleSite(s, 'news.example.com')).enabled).toBe(true);
  });

  it('the options list adds, edits in place and validates domains', () => {
    let sites = upsertRule([], { domain: 'a.org', scope: 'site', enabled: false });
    sites = upsertRule(sites, { domain: 'B.org', scope: 'host', enabled: true });
    sites = upsertRule(sites, { domain: 'c.org', scope: 'site', enabled: false }, sites[0]);
    expect(sites).toEqual([
      { domain: 'c.org', scope: 'site', enabled: false },
      { domain: 'b.org', scope: 'host', enabled: true },
    ]);
    expect(domainFromInput('https://www.Example.com/news?x=1')).toBe('example.com');
    expect(domainFromInput('example.com:8080/path')).toBe('example.com');
    expect(domainFromInput('not a domain')).toBeNull();
    expect(domainFromInput('javascript:alert(1)')).toBeNull();
    expect(isValidDomain('news.example.localhost')).toBe(true);
  });
});

describe('an exact-host rule outranks a site rule for the same domain', () => {
  it('whichever order the rules were saved in', async () => {
    const { ruleFor } = await import('../../src/settings/model');
    const host = { domain: 'news.example', scope: 'host' as const, enabled: false };
    const site = { domain: 'news.example', scope: 'site' as const, enabled: true };
    expect(ruleFor('news.example', [host, site])).toBe(host);
    expect(ruleFor('news.example', [site, host])).toBe(host);
    // The site rule still decides for its subdomains, which the host rule does not cover.
    expect(ruleFor('video.news.example', [site, host])).toBe(site);
  });
});
