import { describe, expect, it } from 'vitest';
import { exportSiteList, isPublicSuffix, MAX_IMPORT_CHARS, MAX_IMPORT_RULES, mergeSiteLists, parseSiteList, SiteListImportError } from '../../src/settings/site-list-io';
import { importMessage } from '../../src/ui/options-sections/sites';
import { cleanOverrides, validMirrorUrl } from '../../src/settings/feed-overrides';
import type { SiteRule } from '../../src/settings/model';

const rules: SiteRule[] = [
  { domain: 'example.com', scope: 'site', enabled: false },
  { domain: 'live.example.com', scope: 'host', enabled: true },
];

describe('site list files', () => {
  it('round-trips through export and import', () => {
    const parsed = parseSiteList(exportSiteList('off', rules));
    expect(parsed).toEqual({ sites: rules, siteDefault: 'off', skipped: 0, publicSuffixes: [] });
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

  it('refuses rules for a public suffix (a whole registry), not for sites under one', () => {
    const file = [
      ...rules,
      { domain: 'com', scope: 'site', enabled: false },
      { domain: 'co.uk', scope: 'site', enabled: false },
      { domain: 'gov.uk', scope: 'host', enabled: true },
      { domain: 'bbc.co.uk', scope: 'site', enabled: false },
    ];
    const parsed = parseSiteList(JSON.stringify(file));
    expect(parsed.sites.map((r) => r.domain)).toEqual(['example.com', 'live.example.com', 'bbc.co.uk']);
    // A single label ("com") is no domain at all and is skipped as invalid before the suffix check.
    expect(parsed.publicSuffixes).toEqual(['co.uk', 'gov.uk']);
    expect(importMessage(parsed)).toBe('Imported 3 rules (1 not valid, skipped; refused 2 rules for a public suffix, which would cover every site under it: co.uk, gov.uk).');
    expect([isPublicSuffix('example.com'), isPublicSuffix('github.io'), isPublicSuffix('192.168.0.1'), isPublicSuffix('uk')]).toEqual([false, false, false, true]);
  });

  it('refuses a file too large for a site list, by size and by rule count', () => {
    expect(() => parseSiteList(' '.repeat(MAX_IMPORT_CHARS + 1))).toThrow(/too large for a site list/);
    const many = Array.from({ length: MAX_IMPORT_RULES + 1 }, (_, i) => ({ domain: `s${i}.example.com`, scope: 'host', enabled: true }));
    expect(() => parseSiteList(JSON.stringify(many))).toThrow(/holds 10,001 rules; at most 10,000 can be imported/);
    // The control: as many as allowed import.
    expect(parseSiteList(JSON.stringify(many.slice(1))).sites).toHaveLength(MAX_IMPORT_RULES);
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
