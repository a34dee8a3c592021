import { describe, expect, it } from 'vitest';
import { activationFor, DEFAULT_SETTINGS, ruleFor, siteOf, withSiteSwitch, type Settings } from '../../src/settings/model';

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
    const only: Settings = { ...base, mode: 'only-listed' };
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
