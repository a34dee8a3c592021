import { describe, expect, it } from 'vitest';
import { exportSiteList, mergeSiteLists, parseSiteList, SiteListImportError } from '../../src/settings/site-list-io';
import { cleanOverrides, validMirrorUrl } from '../../src/settings/feed-overrides';
import type { SiteRule } from '../../src/settings/model';

const rules: SiteRule[] = [
  { domain: 'example.com', scope: 'site', enabled: false },
  { domain: 'live.example.com', scope: 'host', enabled: true },
];

describe('site list files', () => {
  it('round-trips through export and import', () => {
    const parsed = parseSiteList(exportSiteList('off', rules));
    expect(parsed).toEqual({ sites: rules, siteDefault: 'off', skipped: 0 });
  });

  it('accepts a bare array and a version-1 file, and counts what it skips', () => {
    const parsed = parseSiteList(JSON.stringify({ mode: 'all-except', sites: [...rules, { domain: 'x y', scope: 'site', enabled: true }, 5] }));
    expect(parsed.siteDefault).toBe('on');
    expect(parsed.sites).toEqual(rules);
    expect(parsed.skipped).toBe(2);
    expect(parseSiteList(JSON.stringify(rules)).sites).toEqual(rules);
  });

  it('rejects files that are not site lists', () => {
    expect(() => parseSiteList('{nope')).toThrow(SiteListImportError);
    expect(() => parseSiteList('{"a":1}')).toThrow(SiteListImportError);
  });

  it('imported rules replace rules for the same domain and scope', () => {
    const merged = mergeSiteLists(rules, [{ domain: 'EXAMPLE.com', scope: 'site', enabled: true }]);
    expect(merged).toEqual([rules[1], { domain: 'example.com', scope: 'site', enabled: true }]);
  });
});

describe('feed mirrors', () => {
  it('accepts https, and plain http only on this machine', () => {
    expect(validMirrorUrl('https://mirror.example.org/un.xml')).toBe('https://mirror.example.org/un.xml');
    expect(validMirrorUrl('http://127.0.0.1:8080/un.xml')).toBe('http://127.0.0.1:8080/un.xml');
    expect(validMirrorUrl('http://mirror.example.org/un.xml')).toBeNull();
    expect(validMirrorUrl('https://user:pw@mirror.example.org/')).toBeNull();
    expect(validMirrorUrl('ftp://x')).toBeNull();
  });

  it('keeps known feeds with valid addresses and names the invalid ones', () => {
    expect(cleanOverrides({ un: ' https://m.example/un.xml ', 'eu-fsf': 'http://evil', other: 'https://x', 'uk-sl': '' })).toEqual({
      overrides: { un: 'https://m.example/un.xml' },
      invalid: ['eu-fsf'],
    });
  });
});
