/** "Reset to defaults", armed by a first press. */
import { h } from '../dom';
import type { OptionsContext, OptionsSection } from './context';
import { settingsSection } from './controls';

export function resetSection(ctx: OptionsContext): OptionsSection {
  return () => {
    // Two presses: the first arms the button in place (no redraw, so focus stays), leaving it disarms.
    let armed = false;
    const b = h('button', { type: 'button', id: 'reset', class: 'danger', text: 'Reset to defaults' });
    const arm = (on: boolean) => {
      armed = on;
      b.textContent = on ? 'Press again to reset everything' : 'Reset to defaults';
      b.classList.toggle('solid', on);
    };
    b.addEventListener('click', () => {
      void (async () => {
        if (!armed) {
          arm(true);
          ctx.say('Press the button again to reset all settings, including your site rules.');
          return;
        }
        arm(false);
        await ctx.reset();
      })();
    });
    b.addEventListener('blur', () => armed && arm(false));
    return settingsSection('reset-section', 'Reset', 'Back to the defaults: every category and authority on, highlights on every mention, on everywhere, no site rules.', b);
  };
}
