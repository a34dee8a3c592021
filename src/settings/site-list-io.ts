/**
 * The site list as a JSON file, for moving rules between browsers or sharing
 * them with colleagues. Import accepts this format, and a bare array of rules.
 */
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
}

export class SiteListImportError extends Error {}

export function parseSiteList(text: string): SiteListImport {
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
  const sites = cleanRules(list);
  const valid = list.filter((r) => cleanRules([r]).length === 1).length;
  return { sites, siteDefault, skipped: list.length - valid };
}

/** Imported rules win over existing rules for the same domain and scope. */
export function mergeSiteLists(current: SiteRule[], imported: SiteRule[]): SiteRule[] {
  return cleanRules([...current, ...imported]);
}
