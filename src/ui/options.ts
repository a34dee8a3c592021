/**
 * The options page: what to mark (categories, authorities), how (every
 * mention or the first, style), where (the site list and the default), and
 * the knowledge base.
 */
import { h } from './dom';
import { AUTHORITIES, CATEGORIES } from '../kb/model';
import { CATEGORY_LABEL } from '../kb/cards';
import { DEFAULT_SETTINGS, normaliseHost, type Settings, type SiteRule } from '../settings/model';
import type { KbStatusReply } from '../messaging/protocol';

export interface OptionsDeps {
  loadSettings(): Promise<Settings>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  askBackground(msg: unknown): Promise<unknown>;
}

export async function renderOptions(root: HTMLElement, deps: OptionsDeps): Promise<void> {
  const status = root.querySelector<HTMLElement>('#status') ?? root.appendChild(h('p', { id: 'status', role: 'status' }));
  const body = h('div', { id: 'options-body' });
  root.append(body);
  let settings = await deps.loadSettings();
  const save = async (change: (s: Settings) => Settings, message = 'Saved. Open pages update at once.') => {
    settings = await deps.updateSettings(change);
    status.textContent = message;
    draw();
  };

  const checkbox = (id: string, label: string, checked: boolean, onChange: (v: boolean) => void) => {
    const input = h('input', { type: 'checkbox', id }) as HTMLInputElement;
    input.checked = checked;
    input.addEventListener('change', () => onChange(input.checked));
    return h('label', { for: id }, input, ` ${label}`);
  };
  const radio = (name: string, value: string, label: string, checked: boolean, onChange: () => void) => {
    const input = h('input', { type: 'radio', name, value, id: `${name}-${value}` }) as HTMLInputElement;
    input.checked = checked;
    input.addEventListener('change', () => input.checked && onChange());
    return h('label', { for: `${name}-${value}` }, input, ` ${label}`);
  };

  const draw = () => {
    body.replaceChildren(
      h(
        'fieldset',
        { id: 'categories' },
        h('legend', { text: 'What to mark' }),
        ...CATEGORIES.map((c) =>
          checkbox(`cat-${c}`, CATEGORY_LABEL[c], settings.categories[c], (v) =>
            void save((s) => ({ ...s, categories: { ...s.categories, [c]: v } })),
          ),
        ),
      ),
      h(
        'fieldset',
        { id: 'authorities' },
        h('legend', { text: 'Sanctioned parties listed by' }),
        ...AUTHORITIES.map((a) =>
          checkbox(`auth-${a}`, a === 'OFAC' ? 'US (OFAC)' : a, settings.authorities[a], (v) =>
            void save((s) => ({ ...s, authorities: { ...s.authorities, [a]: v } })),
          ),
        ),
      ),
      h(
        'fieldset',
        { id: 'display' },
        h('legend', { text: 'Marks' }),
        radio('display', 'all', 'Every mention', settings.display === 'all', () => void save((s) => ({ ...s, display: 'all' }))),
        radio('display', 'first', 'First mention of each (the others stay findable from the toolbar popup)', settings.display === 'first', () =>
          void save((s) => ({ ...s, display: 'first' })),
        ),
      ),
      h(
        'fieldset',
        { id: 'mode' },
        h('legend', { text: 'Where' }),
        radio('mode', 'all-except', 'On everywhere except the sites I switch off', settings.mode === 'all-except', () =>
          void save((s) => ({ ...s, mode: 'all-except' })),
        ),
        radio('mode', 'only-listed', 'Only on the sites I switch on', settings.mode === 'only-listed', () =>
          void save((s) => ({ ...s, mode: 'only-listed' })),
        ),
      ),
      sitesTable(),
      h('section', { id: 'kb' }, h('h2', { text: 'Knowledge base' }), h('p', { id: 'kb-line', class: 'muted', text: 'Loading…' })),
      resetButton(),
    );
    void deps.askBackground({ type: 'kb-status' }).then(
      (r) => {
        const kb = r as KbStatusReply;
        const line = body.querySelector('#kb-line');
        if (line) line.textContent = `Version ${kb.version}: ${kb.sources.map((s) => `${s.authority} ${s.date}`).join(', ')}`;
      },
      () => undefined,
    );
  };

  const sitesTable = () => {
    const rows = settings.sites.map((r, i) => {
      const remove = h('button', { type: 'button', 'aria-label': `Remove rule for ${r.domain}`, text: 'Remove' });
      remove.addEventListener('click', () => void save((s) => ({ ...s, sites: s.sites.filter((_, j) => j !== i) })));
      return h(
        'tr',
        {},
        h('td', { text: r.domain }),
        h('td', { text: r.scope === 'site' ? 'site and subdomains' : 'this host only' }),
        h('td', { text: r.enabled ? 'on' : 'off' }),
        h('td', {}, remove),
      );
    });
    const domain = h('input', { type: 'text', id: 'new-domain', placeholder: 'example.com', 'aria-label': 'Domain' }) as HTMLInputElement;
    const scope = h('select', { id: 'new-scope', 'aria-label': 'Scope' }, h('option', { value: 'site', text: 'site and subdomains' }), h('option', { value: 'host', text: 'this host only' })) as HTMLSelectElement;
    const enabled = h('select', { id: 'new-enabled', 'aria-label': 'Switch' }, h('option', { value: 'off', text: 'off' }), h('option', { value: 'on', text: 'on' })) as HTMLSelectElement;
    const add = h('button', { type: 'button', id: 'add-site', text: 'Add' });
    add.addEventListener('click', () => {
      const d = normaliseHost(domain.value);
      if (!/^[a-z0-9.-]+$/.test(d) || !d.includes('.')) {
        status.textContent = 'Enter a domain such as example.com.';
        return;
      }
      const rule: SiteRule = { domain: d, scope: scope.value === 'host' ? 'host' : 'site', enabled: enabled.value === 'on' };
      void save((s) => ({ ...s, sites: [...s.sites.filter((r) => !(r.domain === d && r.scope === rule.scope)), rule] }));
    });
    return h(
      'section',
      { id: 'sites' },
      h('h2', { text: 'Site rules' }),
      rows.length
        ? h('table', {}, h('thead', {}, h('tr', {}, h('th', { text: 'Domain' }), h('th', { text: 'Scope' }), h('th', { text: 'Switch' }), h('th', { text: '' }))), h('tbody', {}, ...rows))
        : h('p', { class: 'muted', text: 'No site rules yet. Switch a site off from the toolbar popup, or add one here.' }),
      h('div', { class: 'add-row' }, domain, scope, enabled, add),
    );
  };

  const resetButton = () => {
    const b = h('button', { type: 'button', id: 'reset', text: 'Reset to defaults' });
    b.addEventListener('click', () => void save(() => ({ ...DEFAULT_SETTINGS }), 'Settings reset to defaults.'));
    return h('p', {}, b);
  };

  draw();
  root.setAttribute('aria-busy', 'false');
}
