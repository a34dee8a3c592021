/** The popup's knowledge-base status: version, each list's date, the last check, "Update now", shrunk lists waiting. */
import { h } from '../dom';
import { authorityShort, chipClass, relativeTime } from '../format';
import { lastCheckOf } from '../updates';
import { mirrorNote, pendingDropsSection } from '../update-decisions';
import type { PopupContext } from './context';

export function kbSection(ctx: PopupContext): () => Node {
  const build = () => {
    const { kb, updates } = ctx.updates;
    const section = h('section', { class: 'kb', 'aria-labelledby': 'kb-heading' }, h('h2', { id: 'kb-heading', text: 'Knowledge base' }));
    if (kb) {
      section.append(h('p', { class: 'kb-version', id: 'kb-version', text: `Version ${kb.version}` }));
      const list = h('ul', { class: 'sources' });
      for (const s of kb.sources)
        list.append(
          h(
            'li',
            {},
            h('span', { class: chipClass(s.authority), text: authorityShort(s.authority) }),
            h('span', { class: 'src-list', text: s.list }),
            h('span', { class: 'src-date', text: s.date }),
            mirrorNote(s),
          ),
        );
      section.append(list);
    } else section.append(h('p', { class: 'empty', text: 'The knowledge base is loading…' }));

    const line = h('p', { class: 'update-line', id: 'update-line' });
    const progress = h('p', { class: 'update-progress', id: 'update-progress', role: 'status' });
    const row = h('div', { class: 'update-row' }, line);
    if (!updates) line.textContent = 'Updates: not available';
    else {
      line.textContent = `Last checked: ${relativeTime(lastCheckOf(updates.feeds), ctx.now())}`;
      const btn = h('button', { type: 'button', id: 'update-now', text: updates.running ? 'Updating…' : 'Update now' });
      btn.disabled = updates.running;
      btn.addEventListener('click', () => void ctx.updates.start());
      row.append(btn);
      progress.textContent = updates.running ? (updates.progress ?? 'Updating…') : (updates.lastOutcome ?? '');
    }
    section.append(row, progress);
    const drops = pendingDropsSection(ctx.deps.askBackground, updates, ctx.updates.onDecision);
    if (drops) section.append(drops);
    return section;
  };
  return () => {
    const { kb, updates } = ctx.updates;
    return ctx.reuseUnlessChanged('kb', [kb, updates, updates ? relativeTime(lastCheckOf(updates.feeds), ctx.now()) : null], build);
  };
}
