/**
 * Search ranking on the real bundled knowledge base (assets/kb/kb.json.gz,
 * committed): spellings news use, other scripts, names being typed, and
 * look-alikes of unlisted people.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readKb, readLexicon } from '../../../scripts/lib/kb-files';
import { SearchIndex } from '../../../src/search/search-index';
import type { SearchResult } from '../../../src/search/types';

let index: SearchIndex;
beforeAll(() => {
  const kb = readKb();
  index = new SearchIndex({ entities: kb.entities, curated: kb.curated, lexicon: readLexicon() });
}, 60_000);

const top = (q: string, n = 1, opts = {}): SearchResult[] => index.search(q, { limit: n, ...opts });
const rank = (q: string, ref: string): number => index.search(q, { limit: 50 }).findIndex((r) => r.refs.includes(ref) || r.entity === ref);

describe('spellings of listed names', () => {
  it('Gadhafi / Qaddafi / Kadhafi / Gaddafi with the given name find Muammar Qadhafi first, as a likely match', () => {
    for (const q of ['Muammar Gadhafi', 'Muammar Qaddafi', 'Muammar Kadhafi', 'Muammar Gaddafi']) {
      const [r] = top(q);
      expect(r.refs, q).toContain('OFAC:12606');
      expect(r.likely, q).toBe(true);
    }
  });
  it('a surname alone finds the family but no one of them as likely', () => {
    const results = top('Gadhafi', 10);
    expect(results.length).toBeGreaterThan(3);
    expect(results.every((r) => /[QGK]AD+H?AF+I/i.test(r.name))).toBe(true);
    expect(results.every((r) => !r.likely && r.why === 'partial')).toBe(true);
  });
  it('a spelling two edits away is found, and says why', () => {
    const r = top('Usama bin Ladin')[0];
    expect(r.refs).toContain('OFAC:6365');
    const osama = top('Osama bin Laden')[0];
    expect(osama.refs).toContain('OFAC:6365');
    expect(osama.matched).toMatch(/LADEN/i);
  });
  it('name order and a dropped patronymic are variants, not partial matches', () => {
    const r = top('Vladimir Putin')[0];
    expect(r.refs).toContain('OFAC:35096');
    expect(r.why).toBe('variant');
    expect(r.likely).toBe(true);
    expect(top('Lavrov Sergei')[0].refs).toContain('OFAC:35233');
  });
  it('the listed name itself is exact', () => {
    const r = top('Kim Jong Un')[0];
    expect(r.name).toBe('Kim Jong Un');
    expect(r.listed).toBe('KIM, Jong Un');
    expect(r.why).toBe('exact');
    expect(r.score).toBe(100);
  });
  it('a name in its original script is found and marked as such', () => {
    const r = top('عبدالخالق الحوثي')[0];
    expect(r.refs).toContain('UN:YEi.001');
    expect(r.why).toBe('other script');
  });
  it('Cyrillic is romanised with the recogniser light keys and meets the Latin listing', () => {
    for (const [q, ref] of [['Владимир Путин', 'OFAC:35096'], ['Сергей Лавров', 'OFAC:35233']]) {
      const r = top(q)[0];
      expect(r.refs, q).toContain(ref);
      expect(r.why, q).toBe('other script');
      expect(r.likely, q).toBe(true);
    }
  });
  it('Hangul is read syllable by syllable into the lists\' Latin syllables: 김정은 is Kim Jong Un', () => {
    const [r] = top('김정은');
    expect(r.refs).toContain('OFAC:20157');
    expect(r.why).toBe('other script');
  });
});

describe('as you type', () => {
  it('a half-typed surname already puts the party near the top, as partial', () => {
    const results = top('Muammar Qadh', 5);
    expect(results.map((r) => r.refs).flat()).toContain('OFAC:12606');
    expect(results[0].why).toBe('partial');
    expect(results[0].likely).toBe(false);
  });
  it('the full name ranks higher than its prefix', () => {
    expect(top('Lazarus Group')[0].score).toBeGreaterThan(top('Lazarus Gro')[0].score);
    expect(top('Lazarus Group')[0].refs).toContain('OFAC:27307');
  });
});

describe('look-alikes of unlisted people', () => {
  it('share parts with listed names but never come out likely', () => {
    for (const q of ['Kim Jong Il', 'John Smith', 'Sergei Ivanov Petrovsky', 'Ahmed Hassan Ali', 'Maria Lavrova Smith']) {
      const likely = top(q, 10).filter((r) => r.likely);
      expect(likely.map((r) => r.name), q).toEqual([]);
    }
  });
  it('numbers are not fuzzy: the 1518 Committee is not offered for 1718', () => {
    const results = top('1718 Committee', 10);
    expect(results[0].entity).toMatch(/^body:.*1718/);
    // Another committee may share the word "committee", never the number.
    expect(results.filter((r) => /1518/.test(r.matched)).every((r) => r.why === 'partial' && r.score < 50)).toBe(true);
  });
});

describe('curated records', () => {
  it('jurisdictions, instruments, bodies and regimes are found by their names and citations', () => {
    expect(top('North Korea')[0].entity).toBe('jurisdiction:kp');
    expect(top('resolution 2397')[0].entity).toBe('instrument:unscr-2397');
    expect(top('OFAC')[0].entity).toBe('body:ofac');
    const regimes = top('North Korea', 10, { type: 'regime' });
    expect(regimes.length).toBeGreaterThan(0);
    expect(regimes.every((r) => r.type === 'regime' && r.card !== r.entity)).toBe(true);
  });
});

describe('jurisdictions in other languages', () => {
  it('are found by the names the recogniser marks on pages in those languages', () => {
    for (const q of ['Nordkorea', 'Corée du Nord', 'Северная Корея', 'كوريا الشمالية', '북한']) expect(top(q)[0]?.entity, q).toBe('jurisdiction:kp');
    expect(top('Irán')[0]?.entity).toBe('jurisdiction:ir');
  });
});

describe('filters', () => {
  it('type, authority, programme and country narrow the results', () => {
    const vessels = top('star', 20, { type: 'vessel' });
    expect(vessels.length).toBeGreaterThan(0);
    expect(vessels.every((r) => r.type === 'vessel')).toBe(true);
    const un = top('Qadhafi', 20, { authority: 'UN' });
    expect(un.length).toBeGreaterThan(0);
    expect(un.every((r) => r.authorities.includes('UN'))).toBe(true);
    const prog = top('Kim', 20, { programme: 'DPRK3' });
    expect(prog.every((r) => r.programmes.includes('DPRK3'))).toBe(true);
    const kp = top('Kim', 20, { country: 'kp' });
    expect(kp.length).toBeGreaterThan(3);
    expect(top('Qadhafi', 20, { country: 'kp' })).toEqual([]);
  });
  it('offers the authorities, programmes and countries there are', () => {
    const kb = readKb();
    const o = index.filterOptions(kb.curated);
    expect(o.authorities).toEqual(expect.arrayContaining(['UN', 'OFAC', 'UK']));
    const ofac = o.programmes.find((g) => g.authority === 'OFAC');
    expect(ofac?.choices.map((c) => c.value)).toContain('SDGT');
    // Codes spelled two ways are one choice, and a choice has a human label.
    const values = o.programmes.flatMap((g) => g.choices.map((c) => c.value.toLowerCase().replace(/[^a-z0-9|]/g, '')));
    for (const v of values) expect(v.split('|').every((c) => c === v.split('|')[0])).toBe(true);
    expect(ofac?.choices.find((c) => c.value === 'SDGT')?.label).not.toBe('SDGT');
    expect(o.countries.map((c) => c.id)).toContain('kp');
  });
});

describe('bad input', () => {
  it('empty, punctuation-only and huge queries give no results and no error', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  ?!… ')).toEqual([]);
    expect(index.search('a'.repeat(100_000)).length).toBeLessThanOrEqual(50);
    expect(rank('<img src=x onerror=alert(1)>', 'x')).toBe(-1);
  });
});

describe('naming conventions a reader uses', () => {
  const first = (q: string) => top(q)[0];
  it('a name run together is cut where both halves are listed', () => {
    expect(first('AlisherUsmanov').refs).toContain('OFAC:35283');
    expect(first('alisherusmanov').refs).toContain('OFAC:35283');
  });
  it('initials stand for the given names and count less than the names written out', () => {
    expect(first('Путин В. В.').refs).toContain('OFAC:35096');
    expect(first('V. Putin').refs).toContain('OFAC:35096');
    expect(first('Vladimir Putin').score).toBeGreaterThan(first('V. Putin').score);
  });
  it('a legal form in any of its synonyms finds the party itself, not a subsidiary', () => {
    for (const q of ['OAO Gazprom', 'PJSC Gazprom', 'Open Joint Stock Company Gazprom']) {
      expect(first(q).refs, q).toContain('OFAC:17250');
      expect(top(q, 10).filter((r) => r.likely).map((r) => r.refs[0]), q).toEqual(['OFAC:17250']);
    }
  });
  it('a title before the name costs nothing', () => {
    expect(first('Präsident Putin').score).toBe(first('Putin').score);
    expect(first('President Maduro').refs).toContain('OFAC:22790');
  });
  it('a short given name finds the listed one it begins, below the full spelling', () => {
    expect(first('nick maduro').refs).toContain('OFAC:22790');
    expect(first('nicolas maduro').score).toBeGreaterThan(first('nick maduro').score);
  });
  it('a second surname may be dropped', () => {
    expect(first('Nicolas Maduro')).toMatchObject({ likely: true, refs: expect.arrayContaining(['OFAC:22790']) });
  });
  it('other scripts: Arabic, Hebrew and kana readings reach the Latin name', () => {
    for (const q of ['بوتين', 'פוטין', 'プーチン', 'ولادیمیر پوتین']) expect(first(q).refs, q).toContain('OFAC:35096');
  });
  it('two common name words are never likely, nor a vessel name unless the query says vessel', () => {
    expect(top('mohamed salem', 10).filter((r) => r.likely)).toEqual([]);
    const vessel = top('Forest', 10).find((r) => r.type === 'vessel');
    if (vessel) expect(vessel.likely).toBe(false);
  });
});

describe('ranking', () => {
  it('a surname alone puts the party the family is listed around first', () => {
    expect(top('gaddafi')[0].refs).toContain('OFAC:12606');
  });
  it('results far below the best are marked weaker', () => {
    const results = top('resolution 2397', 50);
    expect(results[0].entity).toBe('instrument:unscr-2397');
    expect(results.slice(1).length).toBeGreaterThan(0);
    expect(results.slice(1).every((r) => r.weaker)).toBe(true);
  });
});
