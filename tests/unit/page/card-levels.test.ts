// @vitest-environment jsdom
/**
 * The card in two levels: the summary (badge, natural name, one line per
 * authority, status, data age, the actions) and the rest folded under "More";
 * and the wording rules (no repeated listed name, no authority twice, natural
 * country names, links kept apart and told apart, a reason's web link as a link).
 */
import { describe, expect, it } from 'vitest';
import { KbLookup } from '../../../src/kb/kb-lookup';
import type { CardData } from '../../../src/kb/cards';
import { renderCard } from '../../../src/page/popover/render-card';
import { naturalCountry } from '../../../src/kb/country-name';
import { entity, kbOf } from '../recognition/helpers';

const noop = { onCopy: () => undefined, onPin: () => undefined, onClose: () => undefined };
const ADDRESS = '0x' + 'a1b2c3d4'.repeat(5);

function kbWithParty() {
  const party = entity('ofac:1', 'Organization', ['CHON MA SAN'], {
    country: ['Korea, North'],
    identifiers: [
      { type: 'Digital Currency Address - ETH', value: ADDRESS },
      { type: 'Digital Currency Address - ETH', value: `${ADDRESS}ff` },
    ],
  });
  party.sanctions = [
    { authority: 'UN', list: 'UN Security Council Consolidated List', programs: ['DPRK'], listingDate: '2017-08-05', sourceId: 'KPe.1', reason: `${'A long narrative. '.repeat(25)}INTERPOL-UN Security Council Special Notice web link:https://www.un.org/securitycouncil/notice`, sourceUrl: 'https://main.un.org/securitycouncil/en/sanctions/1718' },
    { authority: 'OFAC', list: 'SDN', programs: ['DPRK3'], listingDate: '2018-01-01', sourceId: '1', removed: { date: '2025-03-21', by: 'OFAC', how: 'announced', sourceUrl: 'https://ofac.treasury.gov/recent-actions/1' }, sourceUrl: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=1' },
  ];
  const kb = kbOf([party]);
  kb.curated.jurisdictions = kb.curated.jurisdictions.map((j) => (j.id === 'kp' ? { ...j, listCountryNames: ['Korea, North'] } : j));
  return { kb, party };
}

describe('the two-level card', () => {
  const { kb, party } = kbWithParty();
  const card = new KbLookup(kb).card(party.id, 'Chon Ma San')!;
  const root = renderCard(document, card, noop);

  it('shows the summary: badge, natural title, one line per authority with programme and since-date or removal, data age, actions', () => {
    expect(root.querySelector('.badge')?.textContent).toBe('Sanctioned party');
    expect(root.querySelector('.title')?.textContent).toBe('Chon Ma San');
    const lines = [...root.querySelectorAll('.authority-line')].map((l) => l.textContent);
    expect(lines).toEqual(['UNDPRKsince 2017-08-05', 'OFACDPRK3formerly listed: removed 2025-03-21 by OFAC']);
    expect(root.querySelector('.as-of')?.textContent).toMatch(/^Data as of/);
    expect([...root.querySelectorAll('.foot .actions button')].map((b) => b.textContent)).toEqual(['Copy citation', 'Pin', 'Close']);
    // The actions are outside the part that scrolls.
    expect(root.querySelector('.body .actions')).toBeNull();
  });

  it('folds identifiers, reasons and listings under a More button that says it is collapsed, and opens them', () => {
    const toggle = root.querySelector<HTMLButtonElement>('.more-toggle')!;
    const region = root.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(region.hidden).toBe(true);
    expect(region.querySelector('.facts')).not.toBeNull();
    expect(region.querySelector('.listings')).not.toBeNull();
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(region.hidden).toBe(false);
  });

  it('writes a label given several values once, shortens long addresses and gives them a Copy button', () => {
    expect([...root.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Country', 'Digital Currency Address - ETH']);
    const dd = [...root.querySelectorAll('dd')].slice(1);
    expect(dd).toHaveLength(2);
    expect(dd[0].querySelector('.short')?.textContent).toBe(`${ADDRESS.slice(0, 10)}…${ADDRESS.slice(-6)}`);
    let copied = '';
    const withCopy = renderCard(document, card, { ...noop, onCopyValue: (v) => (copied = v) });
    withCopy.querySelector<HTMLButtonElement>('dd .copy-value')!.click();
    expect(copied).toBe(ADDRESS);
  });

  it('shortens a long reason behind "Show all" and makes its trailing web link a link', () => {
    const reason = root.querySelector('.summary-full')!;
    const more = reason.querySelector<HTMLButtonElement>('.show-all')!;
    expect(reason.textContent).not.toContain('web link:');
    expect(reason.querySelector('a')?.getAttribute('href')).toBe('https://www.un.org/securitycouncil/notice');
    expect(reason.querySelector('.web-link')?.textContent).toBe('INTERPOL-UN Security Council Special Notice: ');
    const before = reason.querySelector('.short')!.textContent!.length;
    more.click();
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(reason.querySelector('.short')!.textContent!.length).toBeGreaterThan(before);
  });

  it('keeps a listing’s links apart', () => {
    const row = root.querySelector('.listing-links')!;
    expect(row.textContent).not.toMatch(/noticeOfficial|listingRemoval/);
  });
});

describe('card wording', () => {
  it('does not repeat a listed name that has the title’s words', () => {
    const { kb, party } = kbWithParty();
    expect(new KbLookup(kb).card(party.id, '')!.listedAs).toBeUndefined();
    const other = entity('un:2', 'Person', ['KIM, Jong Un']);
    expect(new KbLookup(kbOf([other])).card(other.id, '')!.listedAs).toBeUndefined();
  });

  it('writes countries as a reader does', () => {
    const { kb, party } = kbWithParty();
    expect(new KbLookup(kb).card(party.id, '')!.facts.find((f) => f.label === 'Country')?.value).toBe('North Korea');
    const none = () => undefined;
    expect(naturalCountry('Iran, Islamic Republic of', none)).toBe('Islamic Republic of Iran');
    expect(naturalCountry('Bahamas, The', none)).toBe('The Bahamas');
    expect(naturalCountry('of Registration Korea, South', none)).toBe('South Korea');
    expect(naturalCountry('China, Hong Kong Special Administrative Region', none)).toBe('China, Hong Kong Special Administrative Region');
  });

  it('names an authority once and tells two links of one publisher apart', () => {
    const card: CardData = {
      entity: 'jurisdiction:kp', category: 'jurisdiction', title: 'North Korea', kind: 'Jurisdiction under sanctions', possible: false, known: true,
      facts: [], aliases: [], candidates: [], asOf: '2026-01-01', kbVersion: 't', citation: '',
      listings: [{ authority: 'UK', list: "UK Democratic People's Republic of Korea sanctions", programmes: [] }],
      links: [
        { label: 'United Nations', url: 'https://main.un.org/securitycouncil/en/sanctions/1718' },
        { label: 'United Nations', url: 'https://press.un.org/en/2017/sc13141.doc.htm' },
      ],
    };
    const root = renderCard(document, card, noop);
    expect(root.textContent).not.toContain('UK UK');
    const labels = [...root.querySelectorAll('.links a')].map((a) => a.textContent);
    expect(new Set(labels).size).toBe(2);
  });
});
