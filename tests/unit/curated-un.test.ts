import { describe, expect, it } from 'vitest';
import { unBodies, unRegimes, unResolutions, unResolutionUrl } from '../../src/kb/curated/un';

const UN_LIST_TYPES = ['Al-Qaida', 'CAR', 'DPRK', 'DRC', 'GB', 'Haiti', 'Iran', 'Iraq', 'Libya', 'Somalia', 'SouthSudan', 'Sudan', 'Taliban', 'Yemen'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UN_HOST = /(^|\.)un\.org$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const instrumentIds = new Set(unResolutions.map((r) => r.id));
const regimeIds = new Set(unRegimes.map((r) => r.id));
const bodyIds = new Set(unBodies.map((b) => b.id));

describe('curated UN layer: identity', () => {
  it('has unique ids within and across arrays', () => {
    const all = [...unRegimes.map((r) => r.id), ...unResolutions.map((r) => r.id), ...unBodies.map((b) => b.id)];
    const dupes = all.filter((id, i) => all.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('names resolutions consistently', () => {
    for (const r of unResolutions) {
      expect(r.kind).toBe('unscr');
      expect(r.id).toBe(`unscr-${r.number}`);
      expect(r.number).toMatch(/^\d{1,4}$/);
      expect(r.title).toBe(`Security Council resolution ${r.number} (${r.year})`);
    }
  });

  it('names regimes and bodies by the expected pattern', () => {
    for (const r of unRegimes) {
      expect(r.id).toMatch(/^un-\d+$/);
      expect(r.authority).toBe('UN');
    }
    for (const b of unBodies) expect(b.id).toMatch(/^(unsc|un-[a-z0-9-]+)$/);
  });
});

describe('curated UN layer: references resolve', () => {
  it('resolution regimes point at known regimes', () => {
    const broken = unResolutions.filter((r) => r.regime !== undefined && !regimeIds.has(r.regime)).map((r) => r.id);
    expect(broken).toEqual([]);
  });

  it('regime committee, panel, establishedBy and latest resolve', () => {
    const broken: string[] = [];
    for (const r of unRegimes) {
      if (r.committee && !bodyIds.has(r.committee)) broken.push(`${r.id}.committee=${r.committee}`);
      if (r.panel && !bodyIds.has(r.panel)) broken.push(`${r.id}.panel=${r.panel}`);
      if (r.latest && !instrumentIds.has(r.latest)) broken.push(`${r.id}.latest=${r.latest}`);
      if (r.establishedBy.length === 0) broken.push(`${r.id}.establishedBy empty`);
      for (const e of r.establishedBy) if (!instrumentIds.has(e)) broken.push(`${r.id}.establishedBy=${e}`);
    }
    expect(broken).toEqual([]);
  });

  it('committees and panels point at the right kind of body', () => {
    for (const r of unRegimes) {
      if (r.committee) expect(unBodies.find((b) => b.id === r.committee)?.kind).toBe('committee');
      if (r.panel) expect(['panel', 'monitoring-team']).toContain(unBodies.find((b) => b.id === r.panel)?.kind);
    }
  });

  it('body regimes resolve', () => {
    const broken = unBodies.filter((b) => b.regime !== undefined && !regimeIds.has(b.regime)).map((b) => b.id);
    expect(broken).toEqual([]);
  });

  it('latest is never older than the establishing resolution', () => {
    const year = new Map(unResolutions.map((r) => [r.id, r.year ?? 0]));
    for (const r of unRegimes) {
      if (!r.latest) continue;
      const first = Math.min(...r.establishedBy.map((e) => year.get(e) ?? 0));
      expect(year.get(r.latest) ?? 0, r.id).toBeGreaterThanOrEqual(first);
    }
  });
});

describe('curated UN layer: coverage', () => {
  it('has at least 14 regimes whose list codes cover every UN_LIST_TYPE', () => {
    expect(unRegimes.length).toBeGreaterThanOrEqual(14);
    const codes = new Set(unRegimes.flatMap((r) => r.listCodes));
    expect(UN_LIST_TYPES.filter((c) => !codes.has(c))).toEqual([]);
    // A list code belongs to exactly one regime, or lookups from the XML would be ambiguous.
    const owners = unRegimes.flatMap((r) => r.listCodes);
    expect(owners.length).toBe(new Set(owners).size);
  });

  it('has at least 130 resolutions', () => {
    expect(unResolutions.length).toBeGreaterThanOrEqual(130);
  });

  it('includes the whole DPRK series and the Panel renewals', () => {
    const dprk = [1695, 1718, 1874, 2087, 2094, 2270, 2321, 2356, 2371, 2375, 2397, 1928, 1985, 2050, 2141, 2207, 2276, 2345, 2407, 2464, 2515, 2569, 2627, 2680];
    const missing = dprk.filter((n) => !instrumentIds.has(`unscr-${n}`));
    expect(missing).toEqual([]);
    for (const n of dprk) expect(unResolutions.find((r) => r.id === `unscr-${n}`)?.regime).toBe('un-1718');
  });

  it('includes the core Iran, ISIL/Al-Qaida and humanitarian instruments', () => {
    for (const n of [1696, 1737, 1747, 1803, 1835, 1929, 2231, 1267, 1333, 1390, 1526, 1617, 1735, 1822, 1904, 1989, 2083, 2161, 2199, 2253, 2368, 2610, 2734, 1988, 2255, 2664, 1730]) {
      expect(instrumentIds.has(`unscr-${n}`), `unscr-${n}`).toBe(true);
    }
  });

  it('records the DPRK panel as ended with the 2024 veto', () => {
    const p = unBodies.find((b) => b.id === 'un-1718-panel');
    expect(p?.status).toBe('ended');
    expect(p?.statusNote).toMatch(/30 April 2024/);
    expect(p?.statusNote).toMatch(/veto/);
  });

  it('keeps the Security Council entry matchable', () => {
    const sc = unBodies.find((b) => b.id === 'unsc');
    expect(sc?.acronyms).toEqual(['UNSC']);
    expect(sc?.aliases).toEqual(expect.arrayContaining(['Security Council', 'UN Security Council', 'U.N. Security Council', 'United Nations Security Council']));
  });
});

describe('curated UN layer: dates, votes and links', () => {
  it('has valid ISO dates whose year matches the resolution year', () => {
    for (const r of unResolutions) {
      expect(r.year, r.id).toBeGreaterThanOrEqual(1946);
      if (r.adopted === undefined) continue;
      expect(isRealDate(r.adopted), `${r.id} ${r.adopted}`).toBe(true);
      expect(Number(r.adopted.slice(0, 4)), r.id).toBe(r.year);
    }
    for (const r of unRegimes) if (r.ended !== undefined) expect(isRealDate(r.ended), r.id).toBe(true);
  });

  it('gives every resolution a real adoption date in its own year', () => {
    const undated = unResolutions.filter((r) => r.adopted === undefined).map((r) => r.id);
    expect(undated).toEqual([]);
    for (const r of unResolutions) {
      expect(isRealDate(r.adopted!), `${r.id} ${r.adopted}`).toBe(true);
      expect(Number(r.adopted!.slice(0, 4)), r.id).toBe(r.year);
      expect(r.adopted! <= new Date().toISOString().slice(0, 10), `${r.id} ${r.adopted} is in the future`).toBe(true);
    }
  });

  it('gives a vote for nearly every resolution', () => {
    // Left out only where no in-favour/against/abstention count of 15 exists: 918 (1994) was adopted
    // without a vote, 1483 (2003) was 14-0-0 with Syria not participating, and no count was found for 2036 (2012)
    // or for 2819 (2026), whose adopted text was not read.
    const noVote = unResolutions.filter((r) => r.vote === undefined).map((r) => r.id).sort();
    expect(noVote).toEqual(['unscr-1483', 'unscr-2036', 'unscr-2819', 'unscr-918']);
  });

  it('numbers resolutions in date order', () => {
    const dated = unResolutions.filter((r) => r.adopted).sort((a, b) => Number(a.number) - Number(b.number));
    for (let i = 1; i < dated.length; i++) {
      expect(dated[i].adopted! >= dated[i - 1].adopted!, `${dated[i - 1].id} -> ${dated[i].id}`).toBe(true);
    }
  });

  it('writes votes as yes-no-abstain adding up to 15', () => {
    for (const r of unResolutions) {
      if (r.vote === undefined) continue;
      const m = /^(\d+)-(\d+)-(\d+)$/.exec(r.vote);
      expect(m, `${r.id} ${r.vote}`).not.toBeNull();
      const [yes, no, abst] = m!.slice(1).map(Number);
      expect(yes + no + abst, r.id).toBe(15);
      expect(yes, r.id).toBeGreaterThanOrEqual(9);
    }
  });

  it('links every official text and body page on un.org over https', () => {
    for (const r of unResolutions) {
      const u = new URL(r.url);
      expect(u.protocol, r.id).toBe('https:');
      expect(UN_HOST.test(u.hostname), r.url).toBe(true);
      expect(r.url).toBe(unResolutionUrl(r.number, r.year!));
    }
    for (const b of unBodies) {
      const u = new URL(b.url);
      expect(u.protocol, b.id).toBe('https:');
      expect(UN_HOST.test(u.hostname), b.url).toBe(true);
    }
  });

  it('cites at least one https source for every record', () => {
    for (const rec of [...unRegimes, ...unResolutions, ...unBodies]) {
      expect(rec.sources.length, rec.id).toBeGreaterThan(0);
      for (const s of rec.sources) expect(new URL(s).protocol, `${rec.id} ${s}`).toBe('https:');
    }
  });

  it('gives ended regimes and bodies a reason to be ended', () => {
    for (const r of unRegimes) expect(r.summary.length, r.id).toBeGreaterThan(10);
    for (const b of unBodies.filter((x) => x.status === 'ended')) expect(b.summary.length + (b.statusNote ?? '').length, b.id).toBeGreaterThan(10);
  });
});

describe('curated UN layer: resolutions adopted since mid-2025', () => {
  const byId = new Map(unResolutions.map((r) => [r.id, r]));
  const regime = (id: string) => unRegimes.find((r) => r.id === id);

  it.each([
    ['unscr-2799', 'un-1267', '2025-11-06', '14-0-1'],
    ['unscr-2763', 'un-1988', '2024-12-13', '15-0-0'],
    ['unscr-2806', 'un-2713', '2025-12-12', '15-0-0'],
    ['unscr-2816', 'un-1988', '2026-02-12', '15-0-0'],
  ])('records %s for %s, adopted %s by %s', (id, regimeId, adopted, vote) => {
    const r = byId.get(id);
    expect(r?.regime).toBe(regimeId);
    expect(r?.adopted).toBe(adopted);
    expect(r?.vote).toBe(vote);
  });

  it('says who resolution 2799 (2025) removed from the ISIL (Da\'esh) and Al-Qaida list', () => {
    expect(byId.get('unscr-2799')?.summary).toMatch(/al-Sharaa/);
    expect(byId.get('unscr-2799')?.summary).toMatch(/Khattab/);
  });

  it('points each regime at its newest renewal or amendment', () => {
    expect(regime('un-1267')?.latest).toBe('unscr-2799');
    expect(regime('un-1988')?.latest).toBe('unscr-2816');
    expect(regime('un-2713')?.latest).toBe('unscr-2806');
  });

  it('dates the Al-Shabaab measures and Panel, and the Taliban Monitoring Team, by their newest resolutions', () => {
    expect(byId.get('unscr-2806')?.summary).toMatch(/30 November 2026/);
    expect(byId.get('unscr-2806')?.summary).toMatch(/31 December 2026/);
    expect(unBodies.find((b) => b.id === 'un-2713-panel')?.statusNote).toMatch(/2806 \(2025\)/);
    expect(byId.get('unscr-2816')?.summary).toMatch(/17 February 2027/);
    expect(unBodies.find((b) => b.id === 'un-1267-monitoring-team')?.statusNote).toMatch(/2816 \(2026\)/);
  });

  it('records Libya resolution 2819 (2026) as the newest Libya renewal, without end dates or a vote it did not read', () => {
    const r = byId.get('unscr-2819');
    expect(r?.adopted).toBe('2026-04-14');
    expect(r?.year).toBe(2026);
    expect(r?.regime).toBe('un-1970');
    expect(r?.vote).toBeUndefined();
    expect(r?.summary).not.toMatch(/2027/);
    expect(r?.url).toBe('https://docs.un.org/en/S/RES/2819(2026)');
    expect(r?.sources).toContain('https://zoek.officielebekendmakingen.nl/trb-2026-45.xml');
    expect(regime('un-1970')?.latest).toBe('unscr-2819');
    expect(unBodies.find((b) => b.id === 'un-1970-panel')?.statusNote).toMatch(/2819 \(2026\)/);
  });

  it('words each renewal whose end date has passed as what that resolution did, not as the measures now in force', () => {
    const stale = /\bruns? (the measures )?to\b|measures run to/;
    for (const id of ['un-2140', 'un-1533', 'un-2127', 'un-1591', 'un-2206', 'un-2713', 'un-1970']) {
      expect(regime(id)?.summary, id).not.toMatch(stale);
    }
    expect(regime('un-2206')?.summary).toMatch(/2781 \(2025\).*31 May 2026/);
    expect(regime('un-2127')?.summary).toMatch(/2789 \(2025\).*31 July 2026/);
    expect(regime('un-1591')?.summary).toMatch(/12 October 2026/);
  });

  it('cites the Netherlands Treaty Series copies that give the adoption dates of 2744, 2700 and 2791', () => {
    expect(byId.get('unscr-2744')?.sources).toContain('https://zoek.officielebekendmakingen.nl/trb-2024-108.xml');
    expect(byId.get('unscr-2700')?.sources).toContain('https://zoek.officielebekendmakingen.nl/trb-2023-135.html');
    expect(byId.get('unscr-2791')?.sources).toContain('https://zoek.officielebekendmakingen.nl/trb-2025-74.html');
  });

  it('cites the UN press release for the 2799 delisting', () => {
    expect(byId.get('unscr-2799')?.sources).toContain('https://press.un.org/en/2025/sc16214.doc.htm');
  });
});
