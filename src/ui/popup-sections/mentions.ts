/** "On this page": the page's mentions by category, each a button that shows it on the page. */
import { h } from '../dom';
import { CATEGORIES } from '../../kb/model';
import type { PageSummaryItem, PageSummaryReply } from '../../messaging/protocol';
import { authorityShort, categoryPlural, chipClass } from '../format';
import type { PopupContext } from './context';

export function mentionsSection(ctx: PopupContext): (summary: PageSummaryReply) => Node {
  const itemButton = (item: PageSummaryItem, i: number) => {
    const auth = item.authorities.map(authorityShort);
    // The accessible name is the visible text plus hidden words that make it a sentence for screen readers.
    const btn = h('button', { type: 'button', class: 'item', id: `item-${i}`, 'data-entity': item.entity, title: 'Show it on the page' });
    btn.append(
      h('span', { class: 'item-name', text: item.name }),
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
    section.append(
      h('h2', { id: 'mentions-heading' }, 'On this page ', h('span', { id: 'mention-count', class: 'count', 'aria-label': `${s.count} mentions`, text: String(s.count) })),
    );
    if (!s.active) {
      section.append(h('p', { class: 'empty', text: 'Marks are off on this page.' }));
      return section;
    }
    if (!s.items.length) {
      section.append(h('p', { class: 'empty', text: 'No sanctions mentions found on this page.' }));
      return section;
    }
    let n = 0;
    for (const cat of CATEGORIES) {
      const items = s.items.filter((i) => i.category === cat);
      if (!items.length) continue;
      const list = h('ul', { class: 'items' });
      for (const item of [...items].sort((a, b) => b.count - a.count)) list.append(h('li', {}, itemButton(item, n++)));
      const total = items.reduce((a, i) => a + i.count, 0);
      const headingId = `cat-${cat}`;
      section.append(
        h(
          'div',
          { class: `group cat-${cat}`, role: 'group', 'aria-labelledby': headingId },
          h('h3', { id: headingId, class: 'cat' }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), categoryPlural(cat), h('span', { class: 'n', text: ` ${total}` })),
          list,
        ),
      );
    }
    return section;
  };
  return (summary) => ctx.reuseUnlessChanged('mentions', summary, () => build(summary));
}
