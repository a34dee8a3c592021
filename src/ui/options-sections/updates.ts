/** The options page's "Updates": how often to check, each official list's state, "Update now", the updater's questions. */
import { h } from '../dom';
import { UPDATE_INTERVALS } from '../../settings/model';
import type { UpdateStatusReply } from '../../messaging/protocol';
import { authorityShort, chipClass, intervalLabel, relativeTime } from '../format';
import { discardSection, pendingDropsSection } from '../update-decisions';
import type { OptionsContext, OptionsSection } from './context';
import { settingsSection } from './controls';
import { feedOutcomeHead } from '../feed-outcome';

export function updatesSection(ctx: OptionsContext, mirrorsForm: OptionsSection): OptionsSection {
  const feedsTable = (updates: UpdateStatusReply) =>
    h(
      'table',
      { id: 'feeds' },
      h('caption', { class: 'visually-hidden', text: 'Official lists' }),
      h('thead', {}, h('tr', {}, ...['List', 'Data as of', 'Entries', 'Last check', 'Last change', 'Next check', 'Status'].map((t) => h('th', { scope: 'col', text: t })))),
      h(
        'tbody',
        {},
        ...updates.feeds.map((f) =>
          h(
            'tr',
            { 'data-feed': f.feed },
            h('th', { scope: 'row' }, h('span', { class: chipClass(f.authority), text: authorityShort(f.authority) }), ` ${f.title}`),
            h('td', { text: f.dataDate ? `${f.dataDate}${f.mirror ? ` (mirror ${f.mirror})` : f.servedBy ? ` (served by ${f.servedBy})` : ''}` : '—' }),
            h('td', { text: f.entries === null ? '—' : f.entries.toLocaleString('en') }),
            h('td', { text: relativeTime(f.lastCheck, ctx.now()) }),
            h('td', { text: relativeTime(f.lastChange, ctx.now()) }),
            h('td', { text: f.nextCheck === null ? '—' : relativeTime(f.nextCheck, ctx.now()) }),
            h('td', { class: f.lastError ? 'error' : 'ok', text: feedOutcomeHead(f) }),
          ),
        ),
      ),
    );

  /** The updater's questions to the user: shrunk lists to apply or not, and discarding the downloads. */
  const updaterDecisions = (updates: UpdateStatusReply): Node[] => {
    const ask = ctx.deps.askBackground;
    const drops = pendingDropsSection(ask, updates, ctx.updates.onDecision);
    return [...(drops ? [drops] : []), discardSection(ask, ctx.updates.onDecision)];
  };

  return () => {
    const { kb, updates } = ctx.updates;
    const freq = h('select', { id: 'update-interval' }, ...UPDATE_INTERVALS.map((hrs) => h('option', { value: String(hrs), text: intervalLabel(hrs) })));
    freq.value = String(ctx.settings.updateIntervalHours);
    freq.addEventListener('change', () => {
      const v = Number(freq.value);
      void ctx.save((s) => ({ ...s, updateIntervalHours: v }), `Updates: ${intervalLabel(v).toLowerCase()}.`);
    });
    const children: Node[] = [
      h('div', { class: 'field' }, h('label', { for: 'update-interval', text: 'Check the official lists' }), freq),
      h('p', { class: 'hint', id: 'kb-line', text: kb ? `Knowledge base in use: version ${kb.version}` : 'The knowledge base is loading…' }),
    ];
    if (!updates) children.push(h('p', { class: 'empty', id: 'updates-na', text: 'Updates: not available in this build. The bundled lists are used.' }));
    else {
      const btn = h('button', { type: 'button', id: 'update-now', class: 'primary', text: updates.running ? 'Updating…' : 'Update now' });
      btn.disabled = updates.running;
      btn.addEventListener('click', () => void ctx.updates.start());
      children.push(
        h('div', { class: 'table-wrap' }, feedsTable(updates)),
        h('div', { class: 'update-row' }, btn, h('p', { id: 'update-progress', role: 'status', text: updates.running ? (updates.progress ?? 'Updating…') : (updates.lastOutcome ?? '') })),
      );
    }
    if (updates) children.push(...updaterDecisions(updates));
    children.push(mirrorsForm());
    return settingsSection('updates', 'Updates', 'Sanctions Lens downloads the official lists itself and checks them before use. Nothing about your reading is sent.', ...children);
  };
}
