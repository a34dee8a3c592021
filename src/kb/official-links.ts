/**
 * Links in cards go only to the official publishers, over https. A feed or a
 * curated record with any other URL loses the link, never the card.
 */
const OFFICIAL_HOST_SUFFIXES = [
  'un.org',
  'treasury.gov',
  'treas.gov',
  'federalregister.gov',
  'congress.gov',
  'govinfo.gov',
  'whitehouse.gov',
  'state.gov',
  'commerce.gov',
  'europa.eu',
  'gov.uk',
];

export function isOfficialUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length > 2000) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return OFFICIAL_HOST_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`));
}

/** A link's label: who publishes it. */
export function publisherOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'Source';
  }
  if (host.endsWith('un.org')) return 'United Nations';
  if (host.endsWith('treasury.gov') || host.endsWith('treas.gov')) return 'US Treasury';
  if (host.endsWith('federalregister.gov')) return 'Federal Register';
  if (host.endsWith('europa.eu')) return 'European Union';
  if (host.endsWith('gov.uk') || host.endsWith('legislation.gov.uk')) return 'UK Government';
  if (host.endsWith('congress.gov')) return 'US Congress';
  if (host.endsWith('whitehouse.gov')) return 'White House';
  if (host.endsWith('state.gov')) return 'US State Department';
  return host;
}
