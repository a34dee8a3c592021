/** The options page's sections on what is marked and how marks look. */
import { h } from '../dom';
import { AUTHORITIES, CATEGORIES, type Authority, type Category } from '../../kb/model';
import { authorityShort, categoryPlural } from '../format';
import { coverageOf } from '../../kb/coverage';
import type { OptionsContext, OptionsSection } from './context';
import { radioChoice, settingsSection, switchRow } from './controls';

const CATEGORY_HINT: Record<Category, string> = {
  designated: 'People, companies, vessels and aircraft on the UN, US, EU or UK lists',
  jurisdiction: 'Countries and regions under a sanctions regime, such as North Korea or Crimea',
  instrument: 'Resolutions, executive orders, regulations and acts, such as “resolution 2397”',
  body: 'Committees, panels and agencies, such as the 1718 Committee or OFAC',
};

const AUTHORITY_LABEL: Record<Authority, string> = {
  UN: 'United Nations Security Council',
  OFAC: 'United States (OFAC)',
  EU: 'European Union',
  UK: 'United Kingdom',
};

export function categoriesSection(ctx: OptionsContext): OptionsSection {
  return () =>
    settingsSection(
      'categories',
      'What to mark',
      null,
      ...CATEGORIES.map((c) =>
        switchRow(`cat-${c}`, categoryPlural(c), CATEGORY_HINT[c], ctx.settings.categories[c], (v) =>
          void ctx.save((s) => ({ ...s, categories: { ...s.categories, [c]: v } }), `${categoryPlural(c)} ${v ? 'are marked' : 'are no longer marked'}.`),
        ),
      ),
    );
}

export function authoritiesSection(ctx: OptionsContext): OptionsSection {
  return () => {
    const coverage = ctx.updates.kb ? coverageOf(ctx.updates.kb.sources) : null;
    return settingsSection(
      'authorities',
      'Sanctioned parties listed by',
      'A party is marked when at least one of the authorities you keep on lists it. Jurisdictions, instruments and bodies are not filtered here.',
      ...AUTHORITIES.map((a) => {
        // What is loaded for the authority, so a switch is never taken for data that is not there.
        const held = coverage?.find((c) => c.authority === a);
        const hint = held ? `${AUTHORITY_LABEL[a]}: ${held.loaded ? held.text : 'no list loaded yet, so nothing is marked for it until an update brings one'}` : AUTHORITY_LABEL[a];
        const row = switchRow(`auth-${a}`, authorityShort(a), hint, ctx.settings.authorities[a], (v) =>
          void ctx.save((s) => ({ ...s, authorities: { ...s.authorities, [a]: v } }), `${AUTHORITY_LABEL[a]} ${v ? 'on' : 'off'}.`),
        );
        if (held && !held.loaded) {
          row.classList.add('no-data');
          row.querySelector('label')?.append(' ', h('span', { class: 'pill pill-off', text: 'No data yet' }));
        }
        return row;
      }),
    );
  };
}

const sample = (style: 'fill' | 'underline') =>
  h('small', { class: 'sample' }, 'North Korea and the ', h('span', { class: `sample-mark sample-${style}`, text: 'Lazarus Group' }));

export function lookSection(ctx: OptionsContext): OptionsSection {
  return () => {
    const { settings, save } = ctx;
    return settingsSection(
      'look',
      'How marks look',
      null,
      h(
        'fieldset',
        { id: 'style' },
        h('legend', { text: 'Style' }),
        radioChoice('style', 'fill', 'Highlight', sample('fill'), settings.markStyle === 'fill', () => void save((s) => ({ ...s, markStyle: 'fill' }))),
        radioChoice('style', 'underline', 'Underline only', sample('underline'), settings.markStyle === 'underline', () => void save((s) => ({ ...s, markStyle: 'underline' }))),
      ),
      h(
        'fieldset',
        { id: 'display' },
        h('legend', { text: 'Repeated names' }),
        radioChoice('display', 'first', 'First mention stands out', 'Later mentions get a light underline and still open their card', settings.display === 'first', () =>
          void save((s) => ({ ...s, display: 'first' })),
        ),
        radioChoice('display', 'all', 'Every mention alike', 'Each time a name appears it is highlighted', settings.display === 'all', () => void save((s) => ({ ...s, display: 'all' }))),
      ),
      h(
        'fieldset',
        { id: 'jurisdictions' },
        h('legend', { text: 'Countries under sanctions' }),
        radioChoice('jurisdictions', 'with-context', 'Only on pages about sanctions', 'A cricket score or a recipe that names Iran stays unmarked', settings.jurisdictions === 'with-context', () =>
          void save((s) => ({ ...s, jurisdictions: 'with-context' })),
        ),
        radioChoice('jurisdictions', 'everywhere', 'On every page', 'Each sanctioned country wherever it is named', settings.jurisdictions === 'everywhere', () =>
          void save((s) => ({ ...s, jurisdictions: 'everywhere' })),
        ),
      ),
    );
  };
}
