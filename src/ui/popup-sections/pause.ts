/** The popup's global pause: for an hour or until resumed, and "Resume". */
import { h } from '../dom';
import { PAUSED_UNTIL_RESUMED } from '../../settings/model';
import { clockTime } from '../format';
import type { PopupContext } from './context';

const PAUSE_HOUR_MS = 60 * 60 * 1000;

export function pauseSection(ctx: PopupContext): () => Node {
  const build = () => {
    const { pausedUntil } = ctx.settings;
    const row = h('section', { class: 'pause', 'aria-label': 'Pause' });
    if (pausedUntil > ctx.now()) {
      const until = pausedUntil >= PAUSED_UNTIL_RESUMED ? 'until you resume' : `until ${clockTime(pausedUntil)}`;
      const resume = h('button', { type: 'button', id: 'resume', class: 'primary', text: 'Resume' });
      resume.addEventListener('click', () => void ctx.change((s) => ({ ...s, pausedUntil: 0 }), 'Resumed everywhere.'));
      row.append(h('p', { class: 'paused-note', id: 'paused-note', text: `Paused everywhere ${until}.` }), resume);
    } else {
      const always = h('button', { type: 'button', id: 'pause', text: 'Pause everywhere' });
      const hour = h('button', { type: 'button', id: 'pause-hour', text: 'Pause for 1 hour' });
      always.addEventListener('click', () => void ctx.change((s) => ({ ...s, pausedUntil: PAUSED_UNTIL_RESUMED }), 'Paused everywhere until you resume.'));
      hour.addEventListener('click', () => void ctx.change((s) => ({ ...s, pausedUntil: ctx.now() + PAUSE_HOUR_MS }), 'Paused everywhere for one hour.'));
      row.append(always, hour);
    }
    return row;
  };
  return () => ctx.reuseUnlessChanged('pause', [ctx.settings.pausedUntil > ctx.now(), ctx.settings.pausedUntil], build);
}
