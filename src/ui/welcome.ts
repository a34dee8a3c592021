/**
 * The page opened once, on install: what gets marked and how it looks, where
 * the data comes from and how old it is (authority by authority, with what is
 * not loaded), how to switch a site off, and the keyboard shortcuts as the
 * browser has them set.
 */
import { h } from './dom';
import type { KbStatusReply } from '../messaging/protocol';
import { coverageOf, UNMARKED_PROVES_NOTHING } from '../kb/coverage';

export interface Shortcut {
  name: string;
  description: string;
  /** As the browser shows it ("Alt+Shift+N"); empty when the user has none set. */
  shortcut: string;
}

export interface WelcomeDeps {
  kb: KbStatusReply | null;
  shortcuts: Shortcut[];
  /** Where the browser lets the user change shortcuts, said in words (its pages cannot be linked). */
  shortcutSettings: string;
  openOptions(): void;
  searchUrl: string;
}

const SAMPLES: { category: string; label: string; text: string; what: string }[] = [
  { category: 'designated', label: 'Sanctioned parties', text: 'Lazarus Group', what: 'people, companies, groups, vessels and aircraft on the UN, US, EU or UK lists' },
  { category: 'jurisdiction', label: 'Sanctioned jurisdictions', text: 'North Korea', what: 'countries and regions under sanctions programmes, on pages about sanctions' },
  { category: 'instrument', label: 'Legal instruments', text: 'resolution 2397', what: 'Security Council resolutions, executive orders, acts, EU regulations and packages' },
  { category: 'body', label: 'Sanctions bodies', text: '1718 Committee', what: 'committees, panels of experts, OFAC, OFSI and the like' },
];

/** What a shortcut is for, said the way the welcome page says it. */
const SHORTCUT_USE: Record<string, string> = {
  'next-mention': 'Go to the next marked name and open its card (marks are not in the Tab order, so a page with a hundred names keeps its own tab stops).',
  'toggle-site': 'Switch Sanctions Lens off, or on again, for the site you are on.',
};

export function renderWelcome(root: HTMLElement, deps: WelcomeDeps): void {
  const section = (id: string, title: string, ...children: (Node | string)[]) =>
    h('section', { class: 'card welcome-section', 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title`, text: title }), ...children);

  const samples = h(
    'ul',
    { class: 'welcome-samples' },
    ...SAMPLES.map((s) =>
      h('li', {}, h('span', { class: `sample-mark sample-fill welcome-mark cat-${s.category}`, text: s.text }), ' ', h('strong', { text: s.label }), `: ${s.what}.`),
    ),
  );
  const marked = section(
    'marked',
    'What gets marked',
    h('p', { text: 'On the pages you read, Sanctions Lens marks names from the sanctions lists and the texts around them. Hover a mark, or focus it, for a card: who lists it, under which programme, since when, and how old the data is.' }),
    samples,
    h('p', { text: 'The first mention of each name stands out; later ones get a light underline (the options can mark every mention alike).' }),
    h('p', { class: 'welcome-private', text: 'Nothing you read leaves your machine: the page text goes only to the extension’s own background worker.' }),
  );

  const coverage = deps.kb ? coverageOf(deps.kb.sources) : [];
  const data = section(
    'data',
    'Where the data comes from',
    h('p', { text: 'Official lists bundled with the extension, and newer copies from the publishers as the extension finds them (every 12 hours unless the options say otherwise). In use now:' }),
    deps.kb
      ? h(
          'ul',
          { class: 'coverage' },
          ...coverage.map((c) => h('li', { class: c.loaded ? 'coverage-loaded' : 'coverage-missing' }, h('strong', { text: `${c.authority}: ` }), c.text)),
        )
      : h('p', { class: 'muted', text: 'The knowledge base is still loading.' }),
    h('p', { class: 'coverage-note', text: UNMARKED_PROVES_NOTHING }),
  );

  const sites = section(
    'sites',
    'Switching a site off',
    h('p', { text: 'Click the Sanctions Lens button in the toolbar and turn off “On this site”. Under the switch you can choose whether the rule covers the whole site or only that host. The options page lists your site rules and can start with every site off instead.' }),
  );

  const keys = section(
    'keys',
    'Keyboard',
    h(
      'dl',
      { class: 'shortcuts' },
      ...deps.shortcuts.flatMap((s) => [
        h('dt', {}, s.shortcut ? h('kbd', { text: s.shortcut }) : h('span', { class: 'muted', text: 'no shortcut set' })),
        h('dd', { text: SHORTCUT_USE[s.name] ?? s.description }),
      ]),
      h('dt', {}, h('kbd', { text: 'Escape' })),
      h('dd', { text: 'Close an open card. Tab moves into a card opened from the keyboard.' }),
    ),
    h('p', { class: 'muted', text: deps.shortcutSettings }),
  );

  const options = h('button', { type: 'button', class: 'primary', text: 'Open the options' });
  options.addEventListener('click', () => deps.openOptions());
  const next = h('p', { class: 'welcome-next' }, options, ' ', h('a', { href: deps.searchUrl, text: 'Look up a name' }));

  root.replaceChildren(
    h('header', { class: 'page-head' }, h('h1', {}, h('span', { class: 'logo', 'aria-hidden': 'true' }), 'Welcome to Sanctions Lens'), h('p', { class: 'tagline', text: 'Sanctions context for the news you read, from official lists, on your machine.' })),
    marked,
    data,
    sites,
    keys,
    next,
  );
  root.removeAttribute('aria-busy');
}
