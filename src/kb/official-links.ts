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
