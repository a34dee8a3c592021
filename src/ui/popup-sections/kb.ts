/** The popup's knowledge-base status: version, each list's date, the last check, "Update now", shrunk lists waiting. */
import { h } from '../dom';
import { authorityShort, chipClass, relativeTime } from '../format';
import { lastCheckOf } from '../updates';
import { coverageOf, UNMARKED_PROVES_NOTHING_SHORT } from '../../kb/coverage';
import type { FeedStatus } from '../../messaging/protocol';
import { mirrorNote, pendingDropsSection } from '../update-decisions';
import { lapsedTermsNote } from '../lapsed-terms';
import type { PopupContext } from './context';

export function kbSection(ctx: PopupContext): () => Node {
  const build = () => {
    const { kb, updates } = ctx.updates;
    const section = h(
      'section',
      { class: 'kb', 'aria-labelledby': 'kb-heading' },
      h('h2', {}, h('span', { id: 'kb-heading', text: 'Knowledge base' }), kb ? h('span', { class: 'kb-version', id: 'kb-version', text: `Version ${kb.version}` }) : null),
    );
    if (kb) {
      // Authority by authority: what is loaded and of what date, and what is not loaded at all.
      const list = h('ul', { class: 'sources coverage-lines' });
      for (const c of coverageOf(kb.sources))
        list.append(
          h(
            'li',
            { class: c.loaded ? 'coverage-loaded' : 'coverage-missing' },
            h('span', { class: chipClass(c.authority), text: authorityShort(c.authority) }),
            h('span', { class: 'src-list', title: c.text, text: c.short }),
            ...kb.sources.filter((s) => s.authority === c.authority).map((s) => mirrorNote(s)),
          ),
        );
      section.append(list, h('p', { class: 'coverage-note', text: UNMARKED_PROVES_NOTHING_SHORT }));
      const lapsed = lapsedTermsNote(kb);
      if (lapsed) section.append(lapsed);
    } else section.append(h('p', { class: 'empty', text: 'The knowledge base is loading…' }));

    const line = h('p', { class: 'update-line', id: 'update-line' });
    const progress = h('p', { class: 'update-progress', id: 'update-progress', role: 'status' });
    const row = h('div', { class: 'update-row' }, line);
    if (!updates) line.append(h('span', { text: 'Updates: not available' }));
    else {
      line.append(h('span', { text: checkLine(updates.feeds, ctx.now()) }));
      const btn = h('button', { type: 'button', id: 'update-now', text: updates.running ? 'Updating…' : 'Update now' });
      btn.disabled = updates.running;
      btn.addEventListener('click', () => void ctx.updates.start());
      row.append(btn);
      progress.textContent = updates.running ? (updates.progress ?? 'Updating…') : (updates.lastOutcome ?? '');
      progress.title = progress.textContent;
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

/** "Last checked: 2 hours ago"; before the first check, when it comes ("First check of the publishers: in 1 minute"). */
function checkLine(feeds: FeedStatus[], now: number): string {
  const last = lastCheckOf(feeds);
  if (last !== null) return `Last checked: ${relativeTime(last, now)}`;
  const next = Math.min(...feeds.map((f) => f.nextCheck ?? Infinity));
  return Number.isFinite(next) ? `First check of the publishers: ${relativeTime(next, now)}` : 'Not checked at the publishers yet';
}
