import { SHARED_DIR } from '../../scripts/lib/paths';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ofacProgrammes, ofacRegimes, usInstruments } from '../../src/kb/curated/us';
import { euInstruments, euRegimes } from '../../src/kb/curated/eu';
import { ukInstruments, ukRegimes } from '../../src/kb/curated/uk';
import { jurisdictions } from '../../src/kb/curated/jurisdictions';
import { otherBodies } from '../../src/kb/curated/bodies';
import { curatedLayer } from '../../src/kb/curated';
import { KbLookup } from '../../src/kb/kb-lookup';
import type { KnowledgeBase } from '../../src/kb/bundle';

// ../shared beside the repo, or SANCTIONS_LENS_SHARED: the same place every other test reads.
const SHARED = SHARED_DIR;
const hasShared = existsSync(SHARED);

/** The 78 programme codes found in the bundled SDN (2024-05-03) and non-SDN (2025) files. */
const CODES_IN_DATA = [
  '561-Related', 'BALKANS', 'BALKANS-EO14033', 'BELARUS', 'BELARUS-EO14038', 'BPI-RUSSIA-EO14024', 'BURMA-EO14014',
  'CAATSA - IRAN', 'CAATSA - RUSSIA', 'CAR', 'CMIC-EO13959', 'CUBA', 'CYBER2', 'DARFUR', 'DPRK', 'DPRK-NKSPEA', 'DPRK2',
  'DPRK3', 'DPRK4', 'DRCONGO', 'ELECTION-EO13848', 'ETHIOPIA-EO14046', 'FSE-IR', 'FTO', 'GLOMAG', 'HIFPAA', 'HK-EO13936',
  'HOSTAGES-EO14078', 'HRIT-IR', 'HRIT-SY', 'IFCA', 'IFSR', 'ILLICIT-DRUGS-EO14059', 'IRAN', 'IRAN-CON-ARMS-EO',
  'IRAN-EO13846', 'IRAN-EO13871', 'IRAN-EO13876', 'IRAN-EO13902', 'IRAN-HR', 'IRAN-TRA', 'IRAQ2', 'IRAQ3', 'IRGC', 'ISA',
  'LEBANON', 'LIBYA2', 'LIBYA3', 'MAGNIT', 'MALI-EO13882', 'NICARAGUA', 'NICARAGUA-NHRAA', 'NPWMD', 'NS-PLC',
  'PEESA-EO14039', 'RUSSIA-EO14024', 'RUSSIA-EO14065', 'SDGT', 'SDNT', 'SDNTK', 'SOMALIA', 'SOUTH SUDAN', 'SSIDES',
  'SUDAN-EO14098', 'SYRIA', 'SYRIA-CAESAR', 'SYRIA-EO13894', 'TCO', 'UHRPA', 'UKRAINE-EO13660', 'UKRAINE-EO13661',
  'UKRAINE-EO13662', 'UKRAINE-EO13685', 'VENEZUELA', 'VENEZUELA-EO13850', 'VENEZUELA-EO13884', 'WEST-BANK-EO14115', 'YEMEN',
];

const ALLOWED_HOSTS = new Set([
  'ofac.treasury.gov', 'treasury.gov', 'home.treasury.gov', 'www.federalregister.gov', 'federalregister.gov',
  'www.congress.gov', 'congress.gov', 'www.govinfo.gov', 'www.whitehouse.gov', 'www.state.gov', 'state.gov', 'eur-lex.europa.eu',
  'www.consilium.europa.eu', 'consilium.europa.eu', 'ec.europa.eu', 'www.gov.uk', 'gov.uk', 'www.legislation.gov.uk',
  'legislation.gov.uk', 'www.un.org', 'main.un.org', 'press.un.org', 'un.org',
]);

const DEMONYMS = [
  'Russian', 'Russians', 'Iranian', 'Iranians', 'North Korean', 'North Koreans', 'Korean', 'Syrian', 'Syrians', 'Belarusian',
  'Cuban', 'Venezuelan', 'Burmese', 'Afghan', 'Afghans', 'Iraqi', 'Iraqis', 'Libyan', 'Somali', 'Somalis', 'Sudanese',
  'South Sudanese', 'Congolese', 'Central African', 'Malian', 'Yemeni', 'Yemenis', 'Haitian', 'Lebanese', 'Nicaraguan',
  'Crimean', 'Zimbabwean', 'Bissau-Guinean', 'Burundian', 'Guinean',
];

const regimes = [...ofacRegimes, ...euRegimes, ...ukRegimes];
const instruments = [...usInstruments, ...euInstruments, ...ukInstruments];
const regimeIds = new Set(regimes.map((r) => r.id));
const instrumentIds = new Set(instruments.map((i) => i.id));
const jurisdictionIds = new Set(jurisdictions.map((j) => j.id));

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/** Ids another module owns (UN records) are only checked for shape. */
function isUnId(id: string): boolean {
  return /^un(sc)?-/.test(id) || id === 'unsc';
}

describe('curated non-UN layer: identity', () => {
  it('has no duplicate ids within or across regimes, instruments, jurisdictions and bodies', () => {
    const all = [...regimes.map((r) => r.id), ...instruments.map((i) => i.id), ...jurisdictions.map((j) => j.id), ...otherBodies.map((b) => b.id)];
    expect(duplicates(all)).toEqual([]);
    expect(duplicates(ofacProgrammes.map((p) => p.code))).toEqual([]);
  });

  it('gives every regime the authority its file stands for', () => {
    expect(ofacRegimes.every((r) => r.authority === 'OFAC')).toBe(true);
    expect(euRegimes.every((r) => r.authority === 'EU')).toBe(true);
    expect(ukRegimes.every((r) => r.authority === 'UK')).toBe(true);
  });
});

describe('OFAC programmes', () => {
  it('covers every code that occurs in the bundled OFAC files, each with a name', () => {
    expect(CODES_IN_DATA).toHaveLength(78);
    const byCode = new Map(ofacProgrammes.map((p) => [p.code, p]));
    const missing = CODES_IN_DATA.filter((c) => !byCode.get(c)?.name.trim());
    expect(missing).toEqual([]);
  });

  it.skipIf(!hasShared)('covers every code found by reading the SDN and non-SDN CSV files (needs ../shared)', () => {
    const files = ['data/sources/ofac/sdn/2024-05-03/sdn.csv', 'data/sources/ofac/non-sdn/2025-12-19/cons_prim.csv'];
    const found = new Set<string>();
    for (const file of files) {
      const text = readFileSync(path.join(SHARED, file), 'latin1');
      for (const line of text.split('\r\n')) {
        // Column 4 (programs) never contains a comma inside quotes in these files: take the 4th quoted field.
        const fields = line.match(/"([^"]*)"|([^,]+)/g);
        if (!fields || fields.length < 4) continue;
        const programs = fields[3].replace(/^"|"$/g, '');
        for (const p of programs.split('] [')) {
          const code = p.replace(/^\[|\]$/g, '').trim();
          if (code && code !== '-0-') found.add(code);
        }
      }
    }
    expect(found.size).toBeGreaterThanOrEqual(70);
    const known = new Set(ofacProgrammes.map((p) => p.code));
    expect([...found].filter((c) => !known.has(c))).toEqual([]);
  });

  it('resolves legal-basis references that are ids, and programme regimes and jurisdictions', () => {
    const unresolved: string[] = [];
    for (const p of ofacProgrammes) {
      expect(p.authority).toBe('OFAC');
      expect(p.legalBasis.length).toBeGreaterThan(0);
      for (const ref of p.legalBasis) {
        if (/^(us|eu|uk)-[a-z]+-/.test(ref) && !instrumentIds.has(ref)) unresolved.push(`${p.code}: ${ref}`);
      }
      if (p.regime && !regimeIds.has(p.regime)) unresolved.push(`${p.code}: regime ${p.regime}`);
      for (const j of p.jurisdictions ?? []) if (!jurisdictionIds.has(j)) unresolved.push(`${p.code}: jurisdiction ${j}`);
    }
    expect(unresolved).toEqual([]);
  });

  it('includes an executive order for every EO number embedded in a programme code', () => {
    const missing = ofacProgrammes
      .map((p) => /EO-?(\d{5})$/.exec(p.code)?.[1])
      .filter((n): n is string => Boolean(n))
      .filter((n) => !instrumentIds.has(`us-eo-${n}`));
    expect(missing).toEqual([]);
  });

  it('names SDGT after the Specially Designated Global Terrorists of E.O. 13224', () => {
    const sdgt = ofacProgrammes.find((p) => p.code === 'SDGT');
    expect(sdgt?.name).toMatch(/Specially Designated Global Terrorist/);
    expect(sdgt?.legalBasis).toContain('us-eo-13224');
  });
});

describe('instruments', () => {
  it('has well-formed executive orders', () => {
    for (const i of usInstruments.filter((x) => x.kind === 'us-eo')) {
      expect(i.id).toBe(`us-eo-${i.number}`);
      expect(i.number).toMatch(/^\d{5}$/);
      expect(i.title).toBe(`Executive Order ${i.number}`);
      expect(i.adopted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(i.year).toBe(Number(i.adopted?.slice(0, 4)));
    }
  });

  it('gives executive orders increasing signing dates as their numbers grow', () => {
    const eos = usInstruments.filter((x) => x.kind === 'us-eo').sort((a, b) => Number(a.number) - Number(b.number));
    const outOfOrder = eos.filter((e, k) => k > 0 && (e.adopted ?? '') < (eos[k - 1].adopted ?? ''));
    expect(outOfOrder.map((e) => e.number)).toEqual([]);
  });

  it('lets news names of acts resolve (CAATSA, Caesar Act)', () => {
    const byAlias = (alias: string) => usInstruments.find((i) => i.aliases?.includes(alias))?.id;
    expect(byAlias('CAATSA')).toBe('us-act-caatsa');
    expect(byAlias('Caesar Act')).toBe('us-act-caesar');
    expect(byAlias('Caesar Syria Civilian Protection Act of 2019')).toBe('us-act-caesar');
  });

  it('has the twenty-one Russia packages in date order with the verified dates', () => {
    const packages = euInstruments.filter((i) => i.kind === 'eu-package');
    expect(packages.map((p) => p.number)).toEqual(Array.from({ length: 21 }, (_, k) => String(k + 1)));
    const dates = packages.map((p) => p.adopted ?? '');
    expect([...dates].sort()).toEqual(dates);
    const date = (n: number) => packages.find((p) => p.id === `eu-package-${n}`)?.adopted;
    expect(date(17)).toBe('2025-05-20');
    expect(date(18)).toBe('2025-07-18');
    expect(date(19)).toBe('2025-10-23');
    expect(packages.find((p) => p.id === 'eu-package-17')?.aliases).toContain('17th package of sanctions');
  });

  it('numbers EU acts the way they are cited', () => {
    const find = (id: string) => euInstruments.find((i) => i.id === id);
    expect(find('eu-reg-833-2014')?.number).toBe('833/2014');
    expect(find('eu-dec-2014-512-cfsp')?.number).toBe('2014/512/CFSP');
    expect(find('eu-reg-1509-2017')?.number).toBe('2017/1509');
    expect(find('eu-reg-833-2014')?.url).toContain('CELEX:32014R0833');
  });

  it('resolves every regime establishedBy and latest reference it owns', () => {
    const unresolved: string[] = [];
    for (const r of regimes) {
      expect(r.establishedBy.length + (r.id === 'ofac-cuba' ? 1 : 0)).toBeGreaterThan(0);
      for (const ref of [...r.establishedBy, ...(r.latest ? [r.latest] : [])]) {
        if (!isUnId(ref) && !instrumentIds.has(ref)) unresolved.push(`${r.id}: ${ref}`);
      }
      for (const j of r.jurisdictions) if (!jurisdictionIds.has(j)) unresolved.push(`${r.id}: jurisdiction ${j}`);
      expect(r.listCodes.length + (r.id.startsWith('eu-') ? 1 : 0)).toBeGreaterThan(0);
    }
    for (const i of instruments) if (i.regime && !regimeIds.has(i.regime)) unresolved.push(`${i.id}: regime ${i.regime}`);
    expect(unresolved).toEqual([]);
  });

  it('lists each UK regime under its regulations title, as the UK Sanctions List names it', () => {
    const russia = ukRegimes.find((r) => r.id === 'uk-russia');
    expect(russia?.listCodes).toContain('The Russia (Sanctions) (EU Exit) Regulations 2019');
    for (const i of ukInstruments) expect(new URL(i.url).hostname).toBe('www.legislation.gov.uk');
  });
});

describe('jurisdictions', () => {
  const names = new Map<string, string>();
  for (const j of jurisdictions) for (const n of [j.name, ...j.aliases]) names.set(n, j.id);

  it('has at least 25 jurisdictions, each with measures and sources', () => {
    expect(jurisdictions.length).toBeGreaterThanOrEqual(25);
    for (const j of jurisdictions) {
      expect(j.measures.length).toBeGreaterThan(0);
      expect(j.summary.length).toBeGreaterThan(20);
      expect(j.listCountryNames.length).toBeGreaterThan(0);
    }
  });

  it('never maps one alias to two jurisdictions', () => {
    const all = jurisdictions.flatMap((j) => [...new Set([j.name, ...j.aliases])]);
    expect(duplicates(all)).toEqual([]);
  });

  it('gives North Korea the names news use', () => {
    const kp = jurisdictions.find((j) => j.id === 'kp');
    for (const a of ['North Korea', 'DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea", 'Korea, North']) {
      expect(kp?.aliases).toContain(a);
    }
  });

  it('points measures at regimes of the same authority', () => {
    const authorityOf = new Map(regimes.map((r) => [r.id, r.authority]));
    const wrong: string[] = [];
    for (const j of jurisdictions) {
      for (const m of j.measures) {
        for (const id of m.regimes) {
          if (m.authority === 'UN') {
            if (!/^un-\d{3,4}$/.test(id)) wrong.push(`${j.id}: ${id}`);
          } else if (authorityOf.get(id) !== m.authority) wrong.push(`${j.id}: ${id} (${m.authority})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it.skipIf(!hasShared)('covers every jurisdiction name in the corpus README (needs ../shared)', () => {
    const readme = readFileSync(path.join(SHARED, 'corpus/README.md'), 'utf8').replace(/\s+/g, ' ');
    const closed = /Closed list used here: (.*?)\. Countries that/.exec(readme)?.[1];
    const lookedFor = /Jurisdiction names looked for \(.*?\): (.*?)\. In `ordinary\/`/.exec(readme)?.[1];
    expect(closed).toBeTruthy();
    expect(lookedFor).toBeTruthy();
    const closedNames = (closed ?? '').split(/,|\(|\)|\//).map((s) => s.trim()).filter(Boolean);
    const lookedForNames = (lookedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    expect(closedNames.length).toBeGreaterThanOrEqual(22);
    const missing = [...closedNames, ...lookedForNames].filter((n) => !names.has(n));
    expect(missing).toEqual([]);
  });

  it.skipIf(!hasShared)('uses list spellings that occur in the bundled list files (needs ../shared)', () => {
    const un = readFileSync(path.join(SHARED, 'data/sources/un/2026-05-08/consolidated.xml'), 'utf8');
    const ofacAdd = readFileSync(path.join(SHARED, 'data/sources/ofac/sdn/2025-12-24/add.csv'), 'latin1');
    const ofsi = readFileSync(path.join(SHARED, 'data/sources/uk/ofsi-conlist/2018-04-13/sanctionsconlist.csv'), 'latin1');
    const corpus = un + ofacAdd + ofsi;
    const unmatched = jurisdictions.filter((j) => !j.listCountryNames.some((n) => corpus.includes(n))).map((j) => j.id);
    expect(unmatched).toEqual([]);
  });
});

describe('bodies', () => {
  it('has at least 8 bodies, with specific aliases and upper-case acronyms', () => {
    expect(otherBodies.length).toBeGreaterThanOrEqual(8);
    for (const b of otherBodies) {
      expect(b.aliases.length + b.acronyms.length).toBeGreaterThan(0);
      for (const a of b.acronyms) expect(a).toBe(a.toUpperCase());
      for (const a of b.aliases) expect(a.split(/\s+/).length).toBeGreaterThanOrEqual(2);
    }
    const ids = new Set(otherBodies.map((b) => b.id));
    for (const id of ['msmt', 'ofac', 'ofsi', 'otsi', 'eu-council']) expect(ids.has(id)).toBe(true);
    expect(otherBodies.find((b) => b.id === 'msmt')?.acronyms).toEqual(['MSMT']);
    expect(otherBodies.flatMap((b) => b.aliases)).not.toContain('Foreign Office');
  });
});

describe('sources and aliases', () => {
  const urlsOf = () => [
    ...instruments.flatMap((i) => [i.url, ...i.sources]),
    ...regimes.flatMap((r) => r.sources),
    ...ofacProgrammes.flatMap((p) => p.sources),
    ...jurisdictions.flatMap((j) => j.sources),
    ...otherBodies.flatMap((b) => [b.url, ...b.sources]),
  ];

  it('uses only https URLs on official publishers', () => {
    const bad = urlsOf().filter((u) => {
      const url = new URL(u);
      return url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname);
    });
    expect(bad).toEqual([]);
  });

  it('gives every record at least one source', () => {
    const empty = [...instruments, ...regimes, ...jurisdictions, ...otherBodies].filter((r) => r.sources.length === 0).map((r) => r.id);
    expect(empty).toEqual([]);
    expect(ofacProgrammes.filter((p) => p.sources.length === 0)).toEqual([]);
  });

  it('never uses a plain demonym as an alias', () => {
    const lower = new Set(DEMONYMS.map((d) => d.toLowerCase()));
    const aliases = [
      ...jurisdictions.flatMap((j) => [j.name, ...j.aliases]),
      ...otherBodies.flatMap((b) => b.aliases),
      ...instruments.flatMap((i) => i.aliases ?? []),
    ];
    expect(aliases.filter((a) => lower.has(a.toLowerCase()))).toEqual([]);
  });
});

describe('status of instruments (audit of December 2026)', () => {
  const all = [...usInstruments, ...euInstruments, ...ukInstruments];
  const byId = new Map(all.map((i) => [i.id, i]));

  it.each([
    ['us-eo-13628', 'us-eo-13846', '2018-08-06'],
    ['us-eo-13716', 'us-eo-13846', '2018-08-06'],
    ['us-eo-13622', 'us-eo-13716', '2016-01-16'],
    ['us-eo-13645', 'us-eo-13716', '2016-01-16'],
    ['us-eo-13338', 'us-eo-14312', '2025-07-01'],
    ['us-eo-13582', 'us-eo-14312', '2025-07-01'],
    ['us-eo-14115', 'us-eo-14148', '2025-01-20'],
    ['us-act-caesar', 'us-act-ndaa-fy2026', '2025-12-18'],
  ])('records %s as revoked by %s from %s', (id, by, on) => {
    expect(byId.get(id)?.revoked).toEqual({ by, on });
  });

  it('keeps orders that are still in force unrevoked', () => {
    for (const id of ['us-eo-13846', 'us-eo-13224', 'us-eo-14024', 'us-eo-13894', 'us-eo-13599']) expect(byId.get(id)?.revoked, id).toBeUndefined();
  });

  it('revokes only with a known, later instrument that takes effect no earlier than it was made', () => {
    const broken: string[] = [];
    for (const i of all.filter((x) => x.revoked)) {
      const by = byId.get(i.revoked!.by);
      if (!by) { broken.push(`${i.id}: unknown ${i.revoked!.by}`); continue; }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(i.revoked!.on)) broken.push(`${i.id}: date ${i.revoked!.on}`);
      if ((by.adopted ?? '') <= (i.adopted ?? '')) broken.push(`${i.id}: ${by.id} is not later`);
      if (i.revoked!.on < (by.adopted ?? '')) broken.push(`${i.id}: takes effect before ${by.id} was made`);
      if (!i.sources.includes(by.url)) broken.push(`${i.id}: does not cite ${by.id}`);
    }
    expect(broken).toEqual([]);
  });

  it('shows the revocation on the card instead of presenting the order as live', () => {
    const kb: KnowledgeBase = { format: 1, version: 'test', builtAt: '2026-12-03T00:00:00.000Z', sources: [], entities: [], curated: curatedLayer() };
    const index = new KbLookup(kb);
    const status = (id: string) => index.card(`instrument:${id}`, id)?.facts.find((f) => f.label === 'Status')?.value;
    expect(status('us-eo-13628')).toBe('revoked by EO 13846 (2018)');
    expect(status('us-act-caesar')).toBe('repealed by National Defense Authorization Act for Fiscal Year 2026 (2025)');
    expect(status('us-eo-13846')).toBeUndefined();
  });

  it('dates Council Decision 2013/255/CFSP to 31 May 2013', () => {
    expect(byId.get('eu-dec-2013-255-cfsp')?.adopted).toBe('2013-05-31');
  });

  it('names the amending acts of the 18th and 19th packages and the two LNG ban dates', () => {
    const p18 = byId.get('eu-package-18');
    const p19 = byId.get('eu-package-19');
    expect(p18?.summary).toMatch(/2025\/1494.*2025\/1495/);
    expect(p19?.summary).toMatch(/2025\/2033.*2025\/2032/);
    expect(p19?.summary).toMatch(/25 April 2026/);
    expect(p19?.summary).toMatch(/1 January 2027/);
    expect(p19?.sources).toEqual(expect.arrayContaining(['https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32025R2033', 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32025D2032']));
    for (const id of ['eu-reg-1494-2025', 'eu-dec-2025-1495-cfsp']) expect(byId.get(id)?.adopted, id).toBe('2025-07-18');
    for (const id of ['eu-reg-2033-2025', 'eu-dec-2025-2032-cfsp']) expect(byId.get(id)?.adopted, id).toBe('2025-10-23');
  });
});

describe('EU packages 14 to 16: their amending acts', () => {
  const byId = new Map(instruments.map((i) => [i.id, i]));

  it.each([
    ['eu-package-14', 'eu-reg-1745-2024', 'eu-dec-2024-1744-cfsp', '2024-06-24', /2024\/1745.*2024\/1744/],
    ['eu-package-15', 'eu-reg-3192-2024', 'eu-dec-2024-3187-cfsp', '2024-12-16', /2024\/3192.*2024\/3187/],
    ['eu-package-16', 'eu-reg-395-2025', 'eu-dec-2025-394-cfsp', '2025-02-24', /2025\/395.*2025\/394/],
  ])('%s names %s and %s, adopted %s', (pkg, reg, dec, adopted, names) => {
    expect(byId.get(pkg)?.adopted).toBe(adopted);
    expect(byId.get(pkg)?.summary).toMatch(names);
    for (const id of [reg, dec]) {
      expect(byId.get(id)?.adopted, id).toBe(adopted);
      expect(byId.get(id)?.regime, id).toBe('eu-russia-833');
    }
  });

  it('names the 17th package acts without dates that were not read', () => {
    expect(byId.get('eu-package-17')?.summary).toMatch(/2025\/932.*2025\/931/);
    for (const id of ['eu-reg-932-2025', 'eu-dec-2025-931-cfsp']) {
      expect(byId.get(id)?.regime, id).toBe('eu-russia-833');
      expect(byId.get(id)?.adopted, id).toBeUndefined();
    }
  });

  it('lists as EUR-Lex-checked legal acts only those whose EUR-Lex page was read', () => {
    expect(byId.get('eu-package-14')?.sources).toEqual(expect.arrayContaining([
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1745',
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024D1744',
    ]));
    expect(byId.get('eu-package-15')?.sources).not.toContain('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R3192');
    expect(byId.get('eu-package-16')?.sources).not.toContain('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32025R0395');
  });

  it('does not claim a count of packages the 20th may already have overtaken', () => {
    expect(euRegimes.find((r) => r.id === 'eu-russia-833')?.summary).not.toMatch(/nineteen/);
  });
});

describe('EU acts of 2026: the 20th and 21st packages and the June amendment of Decision 2014/512/CFSP', () => {
  const byId = new Map(instruments.map((i) => [i.id, i]));

  it('dates the 20th package by Regulation (EU) 2026/506 of 23 April 2026 and the 21st by Decision (CFSP) 2026/1849 of 23 July 2026', () => {
    expect(byId.get('eu-package-20')?.adopted).toBe('2026-04-23');
    expect(byId.get('eu-package-20')?.summary).toMatch(/2026\/506/);
    expect(byId.get('eu-package-20')?.summary).toMatch(/Kyrgyzstan/);
    expect(byId.get('eu-package-21')?.adopted).toBe('2026-07-23');
    expect(byId.get('eu-package-21')?.summary).toMatch(/2026\/1849/);
    expect(byId.get('eu-reg-506-2026')).toMatchObject({ number: '2026/506', adopted: '2026-04-23', regime: 'eu-russia-833' });
    expect(byId.get('eu-dec-2026-1849-cfsp')).toMatchObject({ number: '(CFSP) 2026/1849', adopted: '2026-07-23', regime: 'eu-russia-833' });
    expect(byId.get('eu-package-20')?.aliases).toContain('twentieth sanctions package');
    expect(byId.get('eu-package-21')?.aliases).toContain('21st package of sanctions');
  });

  it('makes the 21st package the Russia regime\u2019s latest instrument', () => {
    expect(euRegimes.find((r) => r.id === 'eu-russia-833')?.latest).toBe('eu-package-21');
  });

  it('records Decision (CFSP) 2026/1437 of 25 June 2026 as read on EUR-Lex', () => {
    const d = byId.get('eu-dec-2026-1437-cfsp');
    expect(d).toMatchObject({ adopted: '2026-06-25', regime: 'eu-russia-833', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32026D1437' });
    expect(d?.sources).toContain('https://eur-lex.europa.eu/legal-content/AUTO/?uri=CELEX%3A32026D1437');
  });

  it('prolongs the EU Mali regime to 14 December 2026 by Decision (CFSP) 2025/2436', () => {
    expect(byId.get('eu-dec-2025-2436-cfsp')?.adopted).toBe('2025-12-01');
    const mali = euRegimes.find((r) => r.id === 'eu-mali');
    expect(mali?.latest).toBe('eu-dec-2025-2436-cfsp');
    expect(mali?.summary).toMatch(/14 December 2026/);
  });

  it('says the measures on the non-government-controlled areas run to 24 February 2027', () => {
    expect(euRegimes.find((r) => r.id === 'eu-crimea-occupied-territories')?.summary).toMatch(/24 February 2027/);
  });
});

describe('EU and UK acts after the Iran snapback and the fall of the Assad government', () => {
  const byId = new Map(instruments.map((i) => [i.id, i]));

  it('points the EU Iran nuclear regime at the acts of 29 September 2025 that restored its measures', () => {
    expect(euRegimes.find((r) => r.id === 'eu-iran-nuclear')?.latest).toBe('eu-reg-1975-2025');
    expect(byId.get('eu-reg-1975-2025')?.adopted).toBe('2025-09-29');
    expect(byId.get('eu-dec-2025-1972-cfsp')?.adopted).toBe('2025-09-29');
    expect(byId.get('eu-dec-2010-413-cfsp')?.adopted).toBe('2010-07-26');
  });

  it('records the EU suspension of Syria measures of 24 February 2025', () => {
    for (const id of ['eu-reg-407-2025', 'eu-dec-2025-406-cfsp']) {
      expect(byId.get(id)?.adopted, id).toBe('2025-02-24');
      expect(byId.get(id)?.regime, id).toBe('eu-syria');
    }
  });

  it('records the EU lifting of economic sanctions on Syria of 27 May 2025 as the regime\u2019s latest act', () => {
    for (const id of ['eu-reg-1098-2025', 'eu-dec-2025-1096-cfsp']) {
      expect(byId.get(id)?.adopted, id).toBe('2025-05-27');
      expect(byId.get(id)?.regime, id).toBe('eu-syria');
    }
    expect(byId.get('eu-dec-2025-1096-cfsp')?.url).toBe('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32025D1096');
    const syria = euRegimes.find((r) => r.id === 'eu-syria');
    expect(syria?.latest).toBe('eu-reg-1098-2025');
    expect(syria?.summary).toMatch(/2025\/1098.*2025\/1096/);
  });

  it('names the UK amending regulations that followed the Iran snapback', () => {
    expect(ukRegimes.find((r) => r.id === 'uk-iran-nuclear')?.summary).toMatch(/Iran \(Sanctions\) \(Nuclear\) \(EU Exit\) \(Amendment\) Regulations 2025/);
  });

  it('cites the UK amending regulations that eased Syria sanctions in April 2025', () => {
    const syria = ukRegimes.find((r) => r.id === 'uk-syria');
    expect(syria?.sources).toContain('https://www.legislation.gov.uk/uksi/2025/507/made');
    expect(syria?.summary).toMatch(/SI 2025\/507/);
  });
});

describe('Syria after the 2025 delisting and the Caesar Act repeal', () => {
  it('tells the Syria card about the UN delisting and the US repeal, citing both', () => {
    const sy = jurisdictions.find((j) => j.id === 'sy');
    const text = sy?.measures.map((m) => m.text).join(' ') ?? '';
    expect(text).toMatch(/2799 \(2025\)/);
    expect(text).toMatch(/Caesar Act repealed in December 2025/);
    expect(sy?.sources).toEqual(expect.arrayContaining(['https://press.un.org/en/2025/sc16214.doc.htm', 'https://www.congress.gov/bill/119th-congress/senate-bill/1071']));
  });

  it('tells the Syria card that the 1267 Committee removed Al-Nusrah Front (HTS) on 27 February 2026', () => {
    const sy = jurisdictions.find((j) => j.id === 'sy');
    const un = sy?.measures.find((m) => m.authority === 'UN')?.text ?? '';
    expect(un).toMatch(/Al-Nusrah Front.*Tahrir al-Sham.*27 February 2026/);
    expect(sy?.sources).toContain('https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list');
  });
});
