import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { mdPageText, csvCell, CSV_HEADER, exportFileName, exportRows, toCsv, toMarkdown, type ExportContext } from '../../../src/export/page-export';
import type { CardData } from '../../../src/kb/cards';

function card(p: Partial<CardData> & Pick<CardData, 'entity' | 'title' | 'category'>): CardData {
  return { kind: 'Organization', possible: false, known: true, facts: [], listings: [], aliases: [], links: [], candidates: [], asOf: 'UN 2026-05-08', kbVersion: 'kb-1', citation: '', ...p };
}

const ctx: ExportContext = {
  page: { url: 'https://news.example.com/a?b=1', title: 'Ships *and* sanctions', host: 'news.example.com' },
  generatedAt: '2026-05-09T10:00:00.000Z',
  kb: { version: 'kb-1', sources: [{ authority: 'UN', list: 'Consolidated List', date: '2026-05-08' }, { authority: 'OFAC', list: 'SDN', date: '2025-12-24' }] },
  entities: [
    { entity: 'jurisdiction:kp', name: 'North Korea', category: 'jurisdiction', count: 4, authorities: ['UN'], card: card({ entity: 'jurisdiction:kp', title: 'North Korea', category: 'jurisdiction', kind: 'Jurisdiction' }) },
    {
      entity: 'un:KPe.001',
      name: 'Lazarus Group',
      category: 'designated',
      count: 2,
      authorities: ['UN', 'OFAC'],
      card: card({
        entity: 'un:KPe.001',
        title: '=HYPERLINK("http://evil")',
        category: 'designated',
        listings: [
          { authority: 'UN', list: 'Consolidated', programmes: ['DPRK'], since: '2016-03-02', reference: 'KPe.001', link: { label: 'UN', url: 'https://main.un.org/securitycouncil/x' } },
          { authority: 'OFAC', list: 'SDN', programmes: ['DPRK3', 'CYBER2'], since: '2019-09-13', link: { label: 'bad', url: 'http://treasury.gov/x' } },
        ],
        links: [{ label: 'OFAC', url: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=1' }],
      }),
    },
    { entity: 'instrument:unscr-2397', name: 'resolution 2397', category: 'instrument', count: 1, authorities: [], card: null },
  ],
};

describe('export rows', () => {
  it('one row per entity, parties first, with authorities, programmes, since, references and official https links only', () => {
    const rows = exportRows(ctx);
    expect(rows.map((r) => r.category)).toEqual(['Sanctioned party', 'Sanctioned jurisdiction', 'Legal instrument']);
    expect(rows[0]).toMatchObject({
      mentions: 2,
      authorities: 'UN; OFAC',
      programmes: 'DPRK; DPRK3; CYBER2',
      listedSince: 'UN 2016-03-02; OFAC 2019-09-13',
      references: 'UN KPe.001',
      links: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=1 https://main.un.org/securitycouncil/x',
    });
    expect(rows[2]).toMatchObject({ name: 'resolution 2397', kind: '', links: '' });
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(' padded')).toBe('" padded"');
    // A tab or a carriage return first is read as the start of a formula by some spreadsheets too.
    expect(csvCell('\t=1+2')).toBe("'\t=1+2");
    expect(csvCell('\r=1+2')).toBe(`"'\r=1+2"`);
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell(-3)).toBe('-3');
  });

  it('parses back to the same table, with the knowledge base on every row', () => {
    const csv = toCsv(ctx);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { header: false });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(3);
    expect(rows[0][0]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows.map((r) => r[3])).toEqual(['2', '4', '1']);
    for (const r of rows) {
      expect(r[9]).toBe('kb-1');
      expect(r[10]).toBe('UN Consolidated List: 2026-05-08; OFAC SDN: 2025-12-24');
      expect(r[11]).toBe('https://news.example.com/a?b=1');
    }
  });
});

describe('Markdown', () => {
  it('lists every entity under its category with provenance, escaping markup from page and list text', () => {
    const md = toMarkdown(ctx);
    expect(md).toContain('# Sanctions context: Ships \\*and\\* sanctions');
    expect(md).toContain('Page: <https://news.example.com/a?b=1>');
    expect(md).toContain('Knowledge base: kb-1');
    expect(md).toContain('- UN Consolidated List: data as of 2026-05-08');
    expect(md).toContain('3 entities, 7 mentions.');
    expect(md.indexOf('## Sanctioned party')).toBeLessThan(md.indexOf('## Sanctioned jurisdiction'));
    expect(md).toContain('### =HYPERLINK("http://evil")');
    expect(md).toContain('- Programmes: DPRK; DPRK3; CYBER2');
    expect(md).toContain('- Official sources: <https://sanctionssearch.ofac.treas.gov/Details.aspx?id=1>, <https://main.un.org/securitycouncil/x>');
    expect(md).not.toContain('http://treasury.gov');
    expect(md.match(/^### /gm)).toHaveLength(3);
  });

  it('page text cannot form links in the Markdown: link syntax escaped, bare addresses defanged', () => {
    const title = 'Read [this](https://evil.example/x) at https://evil.example or www.evil.example, mail bob@evil.example <https://a.example>';
    const md = toMarkdown({ ...ctx, page: { ...ctx.page, title } });
    const heading = md.split('\n')[0];
    expect(heading).toBe(`# Sanctions context: ${mdPageText(title)}`);
    // Nothing a Markdown viewer would link: no scheme, no www., no e-mail, no unescaped brackets.
    expect(heading).not.toMatch(/https?:\/\/|\bwww\.|\w@\w|(?<!\\)[[<]/);
    expect(heading).toContain('hxxps://evil\\[.\\]example');
    // Ordinary abbreviations stay as they are.
    expect(mdPageText('U.S. and E.U. sanctions')).toBe('U.S. and E.U. sanctions');
  });

  it('says so when the page has nothing', () => {
    expect(toMarkdown({ ...ctx, entities: [] })).toContain('No sanctions mentions on this page.');
  });

  it('names files by host and date', () => {
    expect(exportFileName('news.example.com', ctx.generatedAt, 'csv')).toBe('sanctions-context-news.example.com-2026-05-09.csv');
    expect(exportFileName('a/b:c', ctx.generatedAt, 'md')).toBe('sanctions-context-a_b_c-2026-05-09.md');
  });
});
