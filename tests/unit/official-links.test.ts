import { describe, expect, it } from 'vitest';
import { isOfficialUrl } from '../../src/kb/official-links';

describe('isOfficialUrl', () => {
  it('accepts https links of the official publishers', () => {
    for (const u of [
      'https://docs.un.org/en/S/RES/2397(2017)',
      'https://main.un.org/securitycouncil/en/sanctions/1718',
      'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=9345',
      'https://ofac.treasury.gov/sanctions-programs-and-country-information',
      'https://eur-lex.europa.eu/eli/reg/2014/833/oj',
      'https://www.gov.uk/government/publications/the-uk-sanctions-list',
    ])
      expect(isOfficialUrl(u), u).toBe(true);
  });
  it('rejects other schemes, hosts that only look official, credentials and ports', () => {
    for (const u of [
      'http://docs.un.org/x',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'https://un.org.evil.example/x',
      'https://evilun.org/x',
      'https://user:pw@un.org/x',
      'https://un.org:8443/x',
      'https://example.com/?u=https://un.org',
      '//un.org/x',
      '',
    ])
      expect(isOfficialUrl(u), u).toBe(false);
  });
});
