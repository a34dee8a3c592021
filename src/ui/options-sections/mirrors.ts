/** "Mirrors (advanced)": another address per official list, checked to be https before it is saved. */
import { h } from '../dom';
import { cleanOverrides, FEED_KEYS, FEED_LABELS, type FeedOverrides } from '../../settings/feed-overrides';
import type { OptionsContext, OptionsSection } from './context';

export function mirrorsForm(ctx: OptionsContext, saved: FeedOverrides): OptionsSection {
  let overrides = saved;
  /** Feeds whose typed address was refused, flagged until the next save. */
  let invalidMirrors: string[] = [];

  return () => {
    const defaults = new Map((ctx.updates.updates?.feeds ?? []).map((f) => [f.feed, f]));
    const inputs = FEED_KEYS.map((k) => {
      const input = h('input', { type: 'url', id: `mirror-${k}`, value: overrides[k] ?? '', placeholder: defaults.get(k)?.url ?? 'Official address', spellcheck: 'false', autocomplete: 'off' });
      if (invalidMirrors.includes(k)) input.setAttribute('aria-invalid', 'true');
      return { k, input, row: h('div', { class: 'field' }, h('label', { for: `mirror-${k}`, text: defaults.get(k)?.title ?? FEED_LABELS[k] }), input) };
    });
    const saveBtn = h('button', { type: 'button', id: 'save-mirrors', text: 'Save mirrors' });
    saveBtn.addEventListener('click', () => {
      void (async () => {
        const { overrides: clean, invalid } = cleanOverrides(Object.fromEntries(inputs.map(({ k, input }) => [k, input.value])));
        invalidMirrors = invalid;
        if (invalid.length) {
          ctx.say(`Not saved: a mirror must be an https:// address (${invalid.map((k) => FEED_LABELS[k as keyof typeof FEED_LABELS] ?? k).join(', ')}).`, true);
          ctx.draw();
          return;
        }
        await ctx.redraw.during(async () => {
          try {
            await ctx.deps.saveFeedOverrides(clean);
            overrides = clean;
            ctx.say(Object.keys(clean).length ? 'Mirrors saved: the next update uses them.' : 'Mirrors cleared: the official addresses are used.');
          } catch (err) {
            ctx.say(`Mirrors not saved: ${err instanceof Error ? err.message : String(err)}.`, true);
          }
        });
        void ctx.redraw.request();
      })();
    });
    return h(
      'details',
      { class: 'mirrors', id: 'mirrors', ...(Object.keys(overrides).length || invalidMirrors.length ? { open: true } : {}) },
      h('summary', { text: 'Mirrors (advanced)' }),
      h('p', { class: 'hint', text: 'Fetch a list from another address, for example a mirror inside your organisation. Leave empty to use the official address.' }),
      ...inputs.map((i) => i.row),
      saveBtn,
    );
  };
}
