/**
 * The search page: one box, filters, results ranked best first as you type,
 * and the full card of a result on click. Everything it shows comes from the
 * background worker's search; nothing typed leaves the machine.
 */
import { h } from './dom';
import { arrowKeysBetween } from './list-keys';
import { renderCard } from '../page/popover/render-card';
import { POPOVER_CSS } from '../page/popover/popover.css';
import type { CardData } from '../kb/cards';
import type { SearchReply } from '../messaging/protocol';
import { RESULT_TYPES, type FilterOptions, type ResultType, type SearchFilters, type SearchResult } from '../search/types';

export interface SearchPageDeps {
  askBackground(msg: unknown): Promise<unknown>;
  /** The query a launcher handed over, or the one this tab had before a reload (entrypoints/search/main.ts). */
  initialQuery: string;
  /** A result whose card opens at once, as the popup's results ask. */
  initialOpen?: string;
  /** Keeps the query for a reload of this tab, in step with the box (never in the address, which the history keeps). */
  rememberQuery?(query: string): void;
  copyText?(text: string): Promise<void>;
}

export const TYPE_LABEL: Record<ResultType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
  jurisdiction: 'Jurisdiction',
  instrument: 'Legal instrument',
  regime: 'Regime',
  body: 'Sanctions body',
};

export const WHY_LABEL: Record<SearchResult['why'], string> = {
  exact: 'exact name',
  variant: 'name variant',
  transliteration: 'transliteration',
  'other script': 'other script',
  'similar spelling': 'similar spelling',
  partial: 'partial',
};

function isSearchReply(v: unknown): v is SearchReply {
  return typeof v === 'object' && v !== null && Array.isArray((v as SearchReply).results);
}

function isCard(v: unknown): v is CardData {
  return typeof v === 'object' && v !== null && typeof (v as CardData).entity === 'string' && Array.isArray((v as CardData).listings);
}

/** Card styles are written for a floating popover; on this page the card sits in the flow. */
const IN_PAGE_CARD_CSS = `${POPOVER_CSS}
:host { position: static !important; width: auto !important; }
.card { width: auto; max-width: none; max-height: none; box-shadow: none; }`;

function select(id: string, label: string, options: { value: string; text: string }[]): { wrap: HTMLElement; el: HTMLSelectElement } {
  const el = h('select', { id });
  el.append(h('option', { value: '', text: 'any' }), ...options.map((o) => h('option', { value: o.value, text: o.text })));
  const wrap = h('label', { class: 'filter', for: id }, h('span', { text: label }), el);
  return { wrap, el };
}

/** One compact row: name, type, authorities and score on one line; why it matched and the programmes on the next. */
export function resultRow(r: SearchResult): HTMLElement {
  const programmes = r.programmes.slice(0, 3).join(' · ') + (r.programmes.length > 3 ? ` +${r.programmes.length - 3}` : '');
  const button = h(
    'button',
    { type: 'button', class: 'result', 'data-entity': r.entity, 'data-card': r.card },
    h(
      'span',
      { class: 'result-head' },
      h('strong', { class: 'result-name', text: r.name }),
      h('span', { class: 'result-type', text: TYPE_LABEL[r.type] }),
      ...r.authorities.map((a) => h('span', { class: 'chip', text: a })),
      h(
        'span',
        { class: `result-score${r.likely ? ' likely' : ''}` },
        r.likely ? h('span', { class: 'likely-badge', text: 'likely match' }) : null,
        h('span', { text: `score ${r.score}` }),
      ),
    ),
    h(
      'span',
      { class: 'result-why' },
      `${WHY_LABEL[r.why]}: `,
      h('q', { text: r.matched }),
      programmes ? h('span', { class: 'result-programmes', text: ` · ${programmes}` }) : null,
    ),
  );
  return h('li', {}, button);
}

/** The rows of a reply: the results near the best, then the weaker ones folded under one button. */
export function resultRows(results: SearchResult[]): HTMLElement[] {
  const strong = results.filter((r) => !r.weaker);
  const weaker = results.filter((r) => r.weaker);
  const rows = strong.map(resultRow);
  if (!weaker.length) return rows;
  const more = h('button', { type: 'button', class: 'weaker-toggle', 'aria-expanded': 'false', text: `${weaker.length} weaker match${weaker.length === 1 ? '' : 'es'}` });
  const li = h('li', { class: 'weaker' }, more);
  more.addEventListener('click', () => {
    const rest = weaker.map(resultRow);
    li.replaceWith(...rest);
    rest[0]?.querySelector<HTMLButtonElement>('button.result')?.focus();
  });
  return [...rows, li];
}

/** "12 results, 1 likely match", counting the rows shown (weaker matches are folded), or that nothing matched. */
function resultCountText(results: readonly SearchResult[], query: string): string {
  if (!results.length) return `Nothing in the lists matches “${query.trim()}”.`;
  const likely = results.filter((r) => r.likely).length;
  const shown = results.filter((r) => !r.weaker).length;
  return `${shown} result${shown === 1 ? '' : 's'}${likely ? `, ${likely} likely match${likely === 1 ? '' : 'es'}` : ''}`;
}

export async function renderSearchPage(root: HTMLElement, deps: SearchPageDeps): Promise<void> {
  const doc = root.ownerDocument;
  const input = h('input', {
    type: 'search',
    id: 'q',
    name: 'q',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'e.g. Gadhafi, Lazarus Group, North Korea, resolution 2397',
    'aria-describedby': 'search-help',
    'aria-controls': 'results',
  });
  input.value = deps.initialQuery;
  const type = select('f-type', 'Type', RESULT_TYPES.map((t) => ({ value: t, text: TYPE_LABEL[t] })));
  const authority = select('f-authority', 'Authority', []);
  const programme = select('f-programme', 'Programme', []);
  const country = select('f-country', 'Country', []);
  const form = h(
    'form',
    { role: 'search', class: 'search-form', 'aria-label': 'Look up a name' },
    h('label', { for: 'q', class: 'search-label', text: 'Name, alias, jurisdiction, resolution or body' }),
    input,
    h('p', { id: 'search-help', class: 'hint', text: 'Results appear as you type. Down arrow moves to the results; Enter opens a card; Escape closes it.' }),
    h('fieldset', { class: 'filters' }, h('legend', { text: 'Filters' }), type.wrap, authority.wrap, programme.wrap, country.wrap),
  );
  const count = h('p', { id: 'result-count', role: 'status', class: 'result-count' });
  const list = h('ol', { id: 'results', class: 'results', 'aria-label': 'Results, best first' });
  const cardPanel = h('section', { id: 'card-panel', class: 'card-panel', 'aria-label': 'Card', hidden: true });
  root.append(form, h('div', { class: 'search-body' }, h('div', { class: 'results-col' }, count, list), cardPanel));

  let options: FilterOptions | undefined;
  let seq = 0;
  let lastButton: HTMLButtonElement | null = null;

  const fillOptions = (o: FilterOptions) => {
    options = o;
    authority.el.append(...o.authorities.map((a) => h('option', { value: a, text: a })));
    programme.el.append(
      ...o.programmes.map((g) => h('optgroup', { label: g.authority }, ...g.choices.map((c) => h('option', { value: c.value, text: c.label })))),
    );
    country.el.append(...o.countries.map((c) => h('option', { value: c.id, text: c.name })));
  };

  const filters = (): SearchFilters => {
    const f: SearchFilters = {};
    if (type.el.value) f.type = type.el.value as ResultType;
    if (authority.el.value) f.authority = authority.el.value;
    if (programme.el.value) f.programme = programme.el.value;
    if (country.el.value) f.country = country.el.value;
    return f;
  };

  const closeCard = () => {
    cardPanel.hidden = true;
    cardPanel.replaceChildren();
    list.querySelectorAll('[aria-expanded="true"]').forEach((b) => b.setAttribute('aria-expanded', 'false'));
    lastButton?.focus();
  };

  const openCard = async (cardId: string, name: string, from: HTMLButtonElement | null) => {
    lastButton = from;
    const card = await deps.askBackground({ type: 'card', entity: cardId, text: name }).catch(() => null);
    if (!isCard(card)) {
      cardPanel.hidden = false;
      cardPanel.replaceChildren(h('p', { class: 'empty', text: 'This card could not be loaded.' }));
      return;
    }
    list.querySelectorAll('[aria-expanded="true"]').forEach((b) => b.setAttribute('aria-expanded', 'false'));
    from?.setAttribute('aria-expanded', 'true');
    const host = h('div', { class: 'card-host' });
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = IN_PAGE_CARD_CSS;
    const el = renderCard(doc, card, {
      onCopy: (c) => void deps.copyText?.(c.citation),
      onPin: () => undefined,
      onClose: closeCard,
    });
    // Pinning means nothing on a page where the card stays until closed.
    el.querySelector('.pin')?.remove();
    el.tabIndex = -1;
    el.setAttribute('role', 'region');
    el.setAttribute('aria-labelledby', 'sl-card-title');
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') closeCard();
    });
    shadow.append(style, el);
    cardPanel.replaceChildren(host);
    cardPanel.hidden = false;
    el.focus();
  };

  const run = async () => {
    const query = input.value;
    deps.rememberQuery?.(query);
    const mine = ++seq;
    if (!query.trim()) {
      list.replaceChildren();
      count.textContent = '';
      if (!options) {
        // Asks the worker for the filter choices, which also readies the search index before the first keystroke.
        count.textContent = 'Getting the lists ready…';
        const r = await deps.askBackground({ type: 'search', query: '', filters: {}, withOptions: true }).catch(() => null);
        if (isSearchReply(r) && r.options && !options) fillOptions(r.options);
        if (mine === seq) count.textContent = '';
      }
      return;
    }
    count.textContent = 'Searching…';
    root.setAttribute('aria-busy', 'true');
    let reply: unknown;
    try {
      reply = await deps.askBackground({ type: 'search', query, filters: filters(), limit: 50, withOptions: !options });
    } catch (err) {
      reply = null;
      if (mine === seq) count.textContent = `Search failed: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (mine !== seq) return;
    root.removeAttribute('aria-busy');
    if (!isSearchReply(reply)) {
      if (!count.textContent?.startsWith('Search failed')) count.textContent = 'Search is not available right now.';
      return;
    }
    if (reply.options && !options) fillOptions(reply.options);
    list.replaceChildren(...resultRows(reply.results));
    count.textContent = resultCountText(reply.results, query);
    root.dataset.results = String(reply.results.length);
  };

  input.addEventListener('input', () => void run());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    list.querySelector<HTMLButtonElement>('button.result')?.focus();
  });
  for (const s of [type.el, authority.el, programme.el, country.el]) s.addEventListener('change', () => void run());

  arrowKeysBetween(input, list, 'button.result');
  list.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('button.result');
    if (b?.dataset.card) void openCard(b.dataset.card, b.querySelector('.result-name')?.textContent ?? '', b);
  });

  await run();
  if (deps.initialOpen) {
    const b = [...list.querySelectorAll<HTMLButtonElement>('button.result')].find((x) => x.dataset.entity === deps.initialOpen || x.dataset.card === deps.initialOpen) ?? null;
    await openCard(b?.dataset.card ?? deps.initialOpen, b?.querySelector('.result-name')?.textContent ?? deps.initialQuery, b);
  } else input.focus();
}
