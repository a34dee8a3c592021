// @vitest-environment jsdom
/**
 * The search page's DOM logic under jsdom with a scripted background: rows
 * built as text, the latest keystroke's answer wins over a slower earlier
 * one, filters go into the request, and a failing background is said.
 */
import { describe, expect, it } from 'vitest';
import { renderSearchPage } from '../../../src/ui/search';
import type { SearchResult } from '../../../src/search/types';

const row = (name: string, extra: Partial<SearchResult> = {}): SearchResult => ({
  entity: `ofac:${name}`, card: `ofac:${name}`, name, type: 'person', authorities: ['OFAC'], programmes: ['SDGT'], refs: [`OFAC:${name}`],
  matched: name, why: 'exact', score: 100, likely: true, ...extra,
});
const tick = () => new Promise((r) => setTimeout(r, 0));

function setup(answer: (msg: { type: string; query?: string; filters?: object }) => Promise<unknown>) {
  document.body.innerHTML = '<main id="app"></main>';
  const root = document.getElementById('app')!;
  const sent: { type: string; query?: string; filters?: object }[] = [];
  const deps = {
    askBackground: (m: unknown) => {
      sent.push(m as (typeof sent)[number]);
      return answer(m as (typeof sent)[number]);
    },
    initialQuery: '',
  };
  return { root, sent, deps };
}

const type = async (text: string) => {
  const input = document.getElementById('q') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await tick();
};

describe('the search page', () => {
  it('shows hostile names as text and the latest answer only', async () => {
    let slow: (v: unknown) => void = () => undefined;
    const { root, deps } = setup(async (m) => {
      if (m.query === 'a') return new Promise((r) => (slow = r));
      if (m.query === 'ab') return { kbVersion: 'v', results: [row('<img src=x onerror=alert(1)>')] };
      return { kbVersion: 'v', results: [], options: { authorities: ['UN'], programmes: [{ authority: 'UN', choices: [{ value: 'DPRK', label: 'Democratic People’s Republic of Korea (DPRK)' }] }], countries: [{ id: 'kp', name: 'North Korea' }] } };
    });
    await renderSearchPage(root, deps);
    await type('a');
    await type('ab');
    slow({ kbVersion: 'v', results: [row('stale')] });
    await tick();
    const names = [...root.querySelectorAll('.result-name')].map((n) => n.textContent);
    expect(names).toEqual(['<img src=x onerror=alert(1)>']);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('#result-count')?.textContent).toBe('1 result, 1 likely match');
    expect([...root.querySelectorAll('#f-country option')].map((o) => o.textContent)).toEqual(['any', 'North Korea']);
  });

  it('sends the chosen filters and says when the background fails', async () => {
    const { root, sent, deps } = setup(async (m) => {
      if (m.query === 'boom') throw new Error('worker gone');
      return { kbVersion: 'v', results: [], options: { authorities: ['UN'], programmes: [], countries: [] } };
    });
    await renderSearchPage(root, deps);
    (document.getElementById('f-type') as HTMLSelectElement).value = 'vessel';
    (document.getElementById('f-authority') as HTMLSelectElement).value = 'UN';
    await type('star');
    expect(sent.at(-1)).toMatchObject({ type: 'search', query: 'star', filters: { type: 'vessel', authority: 'UN' } });
    expect(root.querySelector('#result-count')?.textContent).toBe('Nothing in the lists matches “star”.');
    await type('boom');
    expect(root.querySelector('#result-count')?.textContent).toBe('Search failed: worker gone');
  });
});
