/**
 * The search box at the top of the toolbar popup: the best few results as
 * you type, each opening its card on the search page; Enter opens the search
 * page with every result. Self-contained: the popup's other sections do not
 * know about it.
 */
import { h } from './dom';
import { arrowKeysBetween } from './list-keys';
import { TYPE_LABEL } from './search';
import type { SearchReply } from '../messaging/protocol';

export interface PopupSearchDeps {
  askBackground(msg: unknown): Promise<unknown>;
  /** Opens the search page on `query`, with `open`'s card shown when given. */
  openSearchPage(query: string, open?: string): void;
}

const POPUP_RESULTS = 5;

export function mountPopupSearch(after: Element, deps: PopupSearchDeps): HTMLFormElement {
  const input = h('input', {
    type: 'search',
    id: 'popup-search',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Look up a name…',
    'aria-controls': 'popup-search-results',
  });
  const list = h('ul', { id: 'popup-search-results', class: 'popup-search-results', 'aria-label': 'Best matches' });
  const form = h(
    'form',
    { role: 'search', class: 'popup-search', 'aria-label': 'Look up a name in the lists' },
    h('label', { for: 'popup-search', class: 'visually-hidden', text: 'Look up a name in the lists' }),
    input,
    list,
  );
  after.after(form);
  let seq = 0;
  input.addEventListener('input', () => {
    void (async () => {
      const mine = ++seq;
      const query = input.value;
      if (!query.trim()) {
        list.removeAttribute('aria-busy');
        list.replaceChildren();
        return;
      }
      // Busy until the answer to the newest query is shown: earlier answers may be on screen meanwhile.
      list.setAttribute('aria-busy', 'true');
      const reply = (await deps.askBackground({ type: 'search', query, filters: {}, limit: POPUP_RESULTS }).catch(() => null)) as SearchReply | null;
      if (mine !== seq) return;
      list.removeAttribute('aria-busy');
      if (!reply || !Array.isArray(reply.results)) {
        list.replaceChildren(h('li', { class: 'empty', text: 'Search is not available right now.' }));
        return;
      }
      list.replaceChildren(
        ...(reply.results.length
          ? reply.results.map((r) => {
              const b = h(
                'button',
                { type: 'button', class: 'popup-result', 'data-entity': r.entity },
                h('strong', { text: r.name }),
                h('span', { class: 'hint', text: ` ${TYPE_LABEL[r.type]}${r.authorities.length ? ` · ${r.authorities.join(' ')}` : ''}${r.likely ? ' · likely match' : ''}` }),
              );
              b.addEventListener('click', () => deps.openSearchPage(query, r.entity));
              return h('li', {}, b);
            })
          : [h('li', { class: 'empty', text: 'No match in the lists.' })]),
      );
    })();
  });
  arrowKeysBetween(input, list, 'button');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) deps.openSearchPage(input.value);
  });
  return form;
}
