/** "On this page": the page's mentions by category, each a button that shows it on the page. */
import { h } from '../dom';
import { CATEGORIES } from '../../kb/model';
import type { PageSummaryItem, PageSummaryReply } from '../../messaging/protocol';
import { authorityShort, categoryPlural, chipClass } from '../format';
import type { PopupContext } from './context';

/** Names shown before "N more": the popup fits in Chrome's 600 px. */
const SHOWN_FIRST = 3;

const NOUNS: Record<string, [string, string]> = {
  designated: ['party', 'parties'],
  jurisdiction: ['jurisdiction', 'jurisdictions'],
  instrument: ['instrument', 'instruments'],
  body: ['body', 'bodies'],
};
function categoryNoun(cat: string, n: number): string {
  return NOUNS[cat]?.[n === 1 ? 0 : 1] ?? cat;
}

export function mentionsSection(ctx: PopupContext): (summary: PageSummaryReply) => Node {
  const itemButton = (item: PageSummaryItem, i: number) => {
    const auth = item.authorities.map(authorityShort);
    // The accessible name is the visible text plus hidden words that make it a sentence for screen readers.
    const btn = h('button', { type: 'button', class: 'item', id: `item-${i}`, 'data-entity': item.entity, title: 'Show it on the page' });
    btn.append(
      h('span', { class: 'item-name', title: item.name, text: item.name }),
      ...(auth.length ? [h('span', { class: 'visually-hidden', text: ', listed by ' })] : []),
      h('span', { class: 'chips' }, ...auth.map((a) => h('span', { class: chipClass(a), text: a }))),
      h('span', { class: 'visually-hidden', text: ', ' }),
      h('span', { class: 'item-count' }, `×${item.count}`, h('span', { class: 'visually-hidden', text: item.count === 1 ? ' mention' : ' mentions' })),
    );
    btn.addEventListener('click', () => {
      void ctx.deps.askTab({ type: 'reveal', entity: item.entity }).then(
        (ok) => ctx.say(ok ? `Showing ${item.name} on the page.` : `${item.name} is no longer on the page.`),
        () => ctx.say('The page did not answer.'),
      );
    });
    return btn;
  };

  const build = (s: PageSummaryReply) => {
    const section = h('section', { class: 'mentions', 'aria-labelledby': 'mentions-heading' });
    const names = s.items.length;
    section.append(
      h(
        'h2',
        { id: 'mentions-heading' },
        'On this page ',
        h('span', { id: 'party-count', class: 'count', 'aria-label': `${names} ${names === 1 ? 'name' : 'names'}`, text: String(names) }),
        h('span', { class: 'mentions-beside' }, ' ', h('span', { id: 'mention-count', text: String(s.count) }), s.count === 1 ? ' mention' : ' mentions'),
      ),
    );
    if (!s.active) {
      section.append(h('p', { class: 'empty', text: 'Marks are off on this page.' }));
      return section;
    }
    if (!s.items.length) {
      section.append(h('p', { class: 'empty', text: 'No sanctions mentions found on this page.' }));
      return section;
    }
    // The most mentioned names first (parties before the rest), the others by category under "N more".
    const ordered = CATEGORIES.flatMap((cat) => s.items.filter((i) => i.category === cat).sort((a, b) => b.count - a.count));
    const top = ordered.slice(0, SHOWN_FIRST);
    let n = 0;
    section.append(
      h('p', { class: 'cat-summary' }, ...CATEGORIES.flatMap((cat) => {
        const k = s.items.filter((i) => i.category === cat).length;
        return k ? [h('span', { class: `cat-count cat-${cat}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), `${k} ${categoryNoun(cat, k)}`)] : [];
      })),
      h('ul', { class: 'items top-items' }, ...top.map((item) => h('li', { class: `cat-${item.category}` }, itemButton(item, n++)))),
    );
    const rest = ordered.slice(SHOWN_FIRST);
    if (rest.length) {
      const more = h('details', { class: 'more-items' }, h('summary', { text: `${rest.length} more, by category` }));
      for (const cat of CATEGORIES) {
        const items = rest.filter((i) => i.category === cat);
        if (!items.length) continue;
        const headingId = `cat-${cat}`;
        more.append(
          h(
            'div',
            { class: `group cat-${cat}`, role: 'group', 'aria-labelledby': headingId },
            h('h3', { id: headingId, class: 'cat' }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), categoryPlural(cat)),
            h('ul', { class: 'items' }, ...items.map((item) => h('li', {}, itemButton(item, n++)))),
          ),
        );
      }
      section.append(more);
    }
    section.append(keyboardHint(ctx.deps.nextMentionShortcut));
    return section;
  };
  return (summary) => ctx.reuseUnlessChanged('mentions', summary, () => build(summary));
}

/** Marks are not tab stops (a page of a hundred names keeps its own): the shortcut that reaches them, said where it is needed. */
function keyboardHint(shortcut: string | undefined): HTMLElement {
  if (shortcut === undefined) return h('p', { class: 'key-hint', hidden: true });
  return shortcut
    ? h('p', { class: 'key-hint', id: 'key-hint' }, h('kbd', { text: shortcut }), ' next mention and its card')
    : h('p', { class: 'key-hint', id: 'key-hint', text: 'Next mention: no shortcut set' });
}
