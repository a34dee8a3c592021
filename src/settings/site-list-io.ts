/**
 * The site list as a JSON file, for moving rules between browsers or sharing
 * them with colleagues. Import accepts this format, and a bare array of rules.
 */
import { parse as parseHost } from 'tldts';
import { SETTINGS_VERSION, type SiteDefault, type SiteRule } from './model';
import { cleanRules } from './migrations';

export const SITE_LIST_FORMAT = 'sanctions-lens/site-rules';

export interface SiteListFile {
  format: typeof SITE_LIST_FORMAT;
  version: number;
  siteDefault: SiteDefault;
  sites: SiteRule[];
}

export function exportSiteList(siteDefault: SiteDefault, sites: SiteRule[]): string {
  const file: SiteListFile = { format: SITE_LIST_FORMAT, version: SETTINGS_VERSION, siteDefault, sites };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface SiteListImport {
  sites: SiteRule[];
  /** The file's default, when it states one (the user decides whether to adopt it). */
  siteDefault: SiteDefault | null;
  /** Entries that were not valid rules. */
  skipped: number;
  /** Rules refused because their domain is a public suffix ("com", "co.uk"): a rule there would switch whole countries or registries. */
  publicSuffixes: string[];
}

export class SiteListImportError extends Error {}

/** Far above any real site list (an export of 10,000 rules is about 700 KB): a larger file is not read. */
export const MAX_IMPORT_CHARS = 2_000_000;
export const MAX_IMPORT_RULES = 10_000;

/** Whether a domain is itself a public suffix of the ICANN section ("com", "co.uk", "gov.uk"), not a site under one. */
export function isPublicSuffix(domain: string): boolean {
  const p = parseHost(domain, { allowPrivateDomains: false });
  return p.isIcann === true && p.domain === null && !p.isIp;
}

/** Refuses a file over MAX_IMPORT_CHARS by its size alone, before it is read. */
export function checkImportSize(bytes: number): void {
  if (bytes > MAX_IMPORT_CHARS) throw new SiteListImportError(`This file is too large for a site list (${Math.round(bytes / 1000).toLocaleString('en')} KB; at most ${MAX_IMPORT_CHARS / 1_000_000} MB).`);
}

export function parseSiteList(text: string): SiteListImport {
  checkImportSize(text.length);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SiteListImportError('This file is not JSON.');
  }
  let raw: unknown;
  let siteDefault: SiteDefault | null = null;
  if (Array.isArray(data)) raw = data;
  else if (typeof data === 'object' && data !== null && Array.isArray((data as { sites?: unknown }).sites)) {
    const obj = data as { sites: unknown[]; siteDefault?: unknown; mode?: unknown };
    raw = obj.sites;
    if (obj.siteDefault === 'on' || obj.siteDefault === 'off') siteDefault = obj.siteDefault;
    else if (obj.mode === 'all-except' || obj.mode === 'only-listed') siteDefault = obj.mode === 'all-except' ? 'on' : 'off';
  } else throw new SiteListImportError('This file holds no site rules.');
  const list = raw as unknown[];
  if (list.length > MAX_IMPORT_RULES) throw new SiteListImportError(`This file holds ${list.length.toLocaleString('en')} rules; at most ${MAX_IMPORT_RULES.toLocaleString('en')} can be imported.`);
  const clean = cleanRules(list);
  const sites = clean.filter((r) => !isPublicSuffix(r.domain));
  const publicSuffixes = [...new Set(clean.filter((r) => isPublicSuffix(r.domain)).map((r) => r.domain))];
  const valid = list.filter((r) => cleanRules([r]).length === 1).length;
  return { sites, siteDefault, skipped: list.length - valid, publicSuffixes };
}

/** Imported rules win over existing rules for the same domain and scope. */
export function mergeSiteLists(current: SiteRule[], imported: SiteRule[]): SiteRule[] {
  return cleanRules([...current, ...imported]);
}
