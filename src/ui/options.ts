/**
 * The options page: what to mark (categories, authorities), how (style,
 * every mention or the first), where (the default and the site list, with
 * import and export), and the knowledge base's updates (frequency, per-feed
 * status, mirrors). Every change is saved at once and open tabs follow it.
 */
import { h } from './dom';
import { AUTHORITIES, CATEGORIES, type Authority, type Category } from '../kb/model';
import { domainFromInput, UPDATE_INTERVALS, upsertRule, type Settings, type SiteRule, type SiteScope } from '../settings/model';
import { checkImportSize, exportSiteList, mergeSiteLists, parseSiteList, SiteListImportError, type SiteListImport } from '../settings/site-list-io';
import { cleanOverrides, FEED_KEYS, FEED_LABELS, type FeedOverrides } from '../settings/feed-overrides';
import type { KbStatusReply, UpdateStatusReply } from '../messaging/protocol';
import { authorityShort, categoryPlural, chipClass, intervalLabel, relativeTime } from './format';
import { followUpdate, getKbStatus, getUpdateStatus, updateNow } from './updates';
import { saveTextFile } from './files';
import { discardSection, pendingDropsSection, type DecisionResult } from './update-decisions';
import { PendingRedraw } from './redraw';
import { OwnWrites } from './own-writes';

export interface OptionsDeps {
  loadSettings(): Promise<Settings>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  resetSettings(): Promise<Settings>;
  watchSettings?(cb: (s: Settings) => void): () => void;
  askBackground(msg: unknown): Promise<unknown>;
  loadFeedOverrides(): Promise<FeedOverrides>;
  saveFeedOverrides(o: FeedOverrides): Promise<void>;
  now?(): number;
}

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

/** "Imported 3 rules (1 not valid, skipped; refused 1 rule for a public suffix: co.uk)." */
export function importMessage(parsed: SiteListImport): string {
  const notes: string[] = [];
  if (parsed.skipped) notes.push(`${parsed.skipped} not valid, skipped`);
  const ps = parsed.publicSuffixes;
  if (ps.length) notes.push(`refused ${ps.length === 1 ? 'a rule' : `${ps.length} rules`} for a public suffix, which would cover every site under it: ${ps.slice(0, 5).join(', ')}${ps.length > 5 ? '…' : ''}`);
  return `Imported ${parsed.sites.length} ${parsed.sites.length === 1 ? 'rule' : 'rules'}${notes.length ? ` (${notes.join('; ')})` : ''}.`;
}

export async function renderOptions(root: HTMLElement, deps: OptionsDeps): Promise<void> {
  const now = () => deps.now?.() ?? Date.now();
  const doc = root.ownerDocument;
  const status = root.querySelector<HTMLElement>('#status') ?? root.appendChild(h('p', { id: 'status', role: 'status' }));
  const say = (text: string, isError = false) => {
    status.textContent = text;
    status.classList.toggle('error', isError);
  };
  const body = h('div', { id: 'options-body' });
  root.append(body);
  /** The rule a row's inputs describe, or null (the domain field flagged and focused) when the domain is not one. */
  const ruleFromInputs = (domain: HTMLInputElement, scope: HTMLSelectElement, on: HTMLSelectElement): SiteRule | null => {
    const d = domainFromInput(domain.value);
    if (!d) {
      domain.setAttribute('aria-invalid', 'true');
      say('Enter a domain such as example.com.', true);
      domain.focus();
      return null;
    }
    return { domain: d, scope: scope.value === 'host' ? 'host' : 'site', enabled: on.value === 'on' };
  };

  let settings = await deps.loadSettings();
  let overrides = await deps.loadFeedOverrides();
  let kb: KbStatusReply | null = await getKbStatus(deps.askBackground);
  let updates: UpdateStatusReply | null = await getUpdateStatus(deps.askBackground);
  let editing: number | null = null;
  let invalidMirrors: string[] = [];

  const ownWrites = new OwnWrites();
  /** Saves, then redraws once no other save is pending; resolves after that redraw (callers then move the focus). */
  const save = async (change: (s: Settings) => Settings, message = 'Saved. Open tabs follow at once.') => {
    await redraw.during(async () => {
      try {
        settings = await deps.updateSettings(change);
        ownWrites.record(settings);
        say(message);
      } catch (err) {
        say(`Not saved: ${err instanceof Error ? err.message : String(err)}. The page shows the settings in use.`, true);
        settings = await deps.loadSettings().catch(() => settings);
      }
    });
    await redraw.request();
  };

  const toggle = (id: string, label: string, hint: string, checked: boolean, onChange: (v: boolean) => void) => {
    const input = h('input', { type: 'checkbox', id, role: 'switch', class: 'switch', 'aria-describedby': `${id}-hint` });
    input.checked = checked;
    input.addEventListener('change', () => onChange(input.checked));
    return h('div', { class: 'toggle-row' }, h('div', { class: 'toggle-text' }, h('label', { for: id, text: label }), h('p', { class: 'hint', id: `${id}-hint`, text: hint })), input);
  };
  const radio = (name: string, value: string, label: string, hint: string | Node, checked: boolean, onChange: () => void) => {
    const input = h('input', { type: 'radio', name, value, id: `${name}-${value}` });
    input.checked = checked;
    input.addEventListener('change', () => input.checked && onChange());
    return h('label', { class: 'choice', for: `${name}-${value}` }, input, h('span', {}, h('strong', { text: label }), typeof hint === 'string' ? h('small', { text: hint }) : hint));
  };
  const card = (id: string, title: string, intro: string | null, ...children: Node[]) =>
    h('section', { class: 'card', id, 'aria-labelledby': `${id}-heading` }, h('h2', { id: `${id}-heading`, text: title }), intro ? h('p', { class: 'intro', text: intro }) : null, ...children);

  const draw = () => {
    const focusedId = doc.activeElement && body.contains(doc.activeElement) ? doc.activeElement.id : '';
    body.replaceChildren(whatSection(), authoritiesSection(), lookSection(), whereSection(), updatesSection(), resetSection());
    if (focusedId) doc.getElementById(focusedId)?.focus();
  };
  const redraw = new PendingRedraw(doc, draw);

  const whatSection = () =>
    card(
      'categories',
      'What to mark',
      null,
      ...CATEGORIES.map((c) =>
        toggle(`cat-${c}`, categoryPlural(c), CATEGORY_HINT[c], settings.categories[c], (v) =>
          void save((s) => ({ ...s, categories: { ...s.categories, [c]: v } }), `${categoryPlural(c)} ${v ? 'are marked' : 'are no longer marked'}.`),
        ),
      ),
    );

  const authoritiesSection = () =>
    card(
      'authorities',
      'Sanctioned parties listed by',
      'A party is marked when at least one of the authorities you keep on lists it. Jurisdictions, instruments and bodies are not filtered here.',
      ...AUTHORITIES.map((a) =>
        toggle(`auth-${a}`, authorityShort(a), AUTHORITY_LABEL[a], settings.authorities[a], (v) =>
          void save((s) => ({ ...s, authorities: { ...s.authorities, [a]: v } }), `${AUTHORITY_LABEL[a]} ${v ? 'on' : 'off'}.`),
        ),
      ),
    );

  const sample = (style: 'fill' | 'underline') =>
    h('small', { class: 'sample' }, 'North Korea and the ', h('span', { class: `sample-mark sample-${style}`, text: 'Lazarus Group' }));

  const lookSection = () =>
    card(
      'look',
      'How marks look',
      null,
      h(
        'fieldset',
        { id: 'style' },
        h('legend', { text: 'Style' }),
        radio('style', 'fill', 'Highlight', sample('fill'), settings.markStyle === 'fill', () => void save((s) => ({ ...s, markStyle: 'fill' }))),
        radio('style', 'underline', 'Underline only', sample('underline'), settings.markStyle === 'underline', () => void save((s) => ({ ...s, markStyle: 'underline' }))),
      ),
      h(
        'fieldset',
        { id: 'display' },
        h('legend', { text: 'Which mentions' }),
        radio('display', 'all', 'Every mention', 'Each time a name appears', settings.display === 'all', () => void save((s) => ({ ...s, display: 'all' }))),
        radio('display', 'first', 'First mention only', 'Later mentions stay quiet; the toolbar popup still lists them', settings.display === 'first', () =>
          void save((s) => ({ ...s, display: 'first' })),
        ),
      ),
      h(
        'fieldset',
        { id: 'jurisdictions' },
        h('legend', { text: 'Countries under sanctions' }),
        radio('jurisdictions', 'with-context', 'Only on pages about sanctions', 'A cricket score or a recipe that names Iran stays unmarked', settings.jurisdictions === 'with-context', () =>
          void save((s) => ({ ...s, jurisdictions: 'with-context' })),
        ),
        radio('jurisdictions', 'everywhere', 'On every page', 'Each sanctioned country wherever it is named', settings.jurisdictions === 'everywhere', () =>
          void save((s) => ({ ...s, jurisdictions: 'everywhere' })),
        ),
      ),
    );

  const whereSection = () =>
    card(
      'where',
      'Where Sanctions Lens runs',
      null,
      h(
        'fieldset',
        { id: 'mode' },
        h('legend', { text: 'By default' }),
        radio('mode', 'on', 'On everywhere except the sites I switch off', 'Recommended', settings.siteDefault === 'on', () =>
          void save((s) => ({ ...s, siteDefault: 'on' }), 'On everywhere except the sites you switch off.'),
        ),
        radio('mode', 'off', 'Only on the sites I switch on', 'Nothing is read until you switch a site on', settings.siteDefault === 'off', () =>
          void save((s) => ({ ...s, siteDefault: 'off' }), 'Only on the sites you switch on.'),
        ),
      ),
      sitesTable(),
    );

  const scopeSelect = (id: string, value: SiteScope, label: string) => {
    const sel = h('select', { id, 'aria-label': label }, h('option', { value: 'site', text: 'Site and subdomains' }), h('option', { value: 'host', text: 'This host only' }));
    sel.value = value;
    return sel;
  };
  const switchSelect = (id: string, enabled: boolean, label: string) => {
    const sel = h('select', { id, 'aria-label': label }, h('option', { value: 'off', text: 'Off' }), h('option', { value: 'on', text: 'On' }));
    sel.value = enabled ? 'on' : 'off';
    return sel;
  };

  const sitesTable = () => {
    const rows = settings.sites.map((r, i) => {
      if (editing === i) {
        const domain = h('input', { type: 'text', id: `edit-domain-${i}`, value: r.domain, 'aria-label': 'Domain', spellcheck: 'false', autocomplete: 'off' });
        const scope = scopeSelect(`edit-scope-${i}`, r.scope, 'Scope');
        const on = switchSelect(`edit-enabled-${i}`, r.enabled, 'Switch');
        const ok = h('button', { type: 'button', id: `save-${i}`, class: 'primary', text: 'Save' });
        const cancel = h('button', { type: 'button', id: `cancel-${i}`, text: 'Cancel' });
        const commit = () => {
          const rule = ruleFromInputs(domain, scope, on);
          if (!rule) return;
          editing = null;
          void save((s) => ({ ...s, sites: upsertRule(s.sites, rule, r) }), `Rule for ${rule.domain} saved.`).then(() => doc.getElementById(`edit-${i}`)?.focus());
        };
        ok.addEventListener('click', commit);
        domain.addEventListener('keydown', (e) => e.key === 'Enter' && commit());
        cancel.addEventListener('click', () => {
          editing = null;
          draw();
          doc.getElementById(`edit-${i}`)?.focus();
        });
        return h('tr', { class: 'editing' }, h('td', {}, domain), h('td', {}, scope), h('td', {}, on), h('td', { class: 'actions' }, ok, cancel));
      }
      const edit = h('button', { type: 'button', id: `edit-${i}`, 'aria-label': `Edit the rule for ${r.domain}`, text: 'Edit' });
      const remove = h('button', { type: 'button', id: `remove-${i}`, class: 'danger', 'aria-label': `Remove the rule for ${r.domain}`, text: 'Remove' });
      edit.addEventListener('click', () => {
        editing = i;
        draw();
        doc.getElementById(`edit-domain-${i}`)?.focus();
      });
      remove.addEventListener('click', () => {
        void save((s) => ({ ...s, sites: s.sites.filter((_, j) => j !== i) }), `Rule for ${r.domain} removed.`).then(() =>
          (doc.getElementById(`remove-${i}`) ?? doc.getElementById('new-domain'))?.focus(),
        );
      });
      return h(
        'tr',
        {},
        h('td', { class: 'domain', text: r.domain }),
        h('td', { text: r.scope === 'site' ? 'Site and subdomains' : 'This host only' }),
        h('td', {}, h('span', { class: `pill ${r.enabled ? 'pill-on' : 'pill-off'}`, text: r.enabled ? 'On' : 'Off' })),
        h('td', { class: 'actions' }, edit, remove),
      );
    });

    const domain = h('input', { type: 'text', id: 'new-domain', placeholder: 'example.com', 'aria-label': 'Domain to add', spellcheck: 'false', autocomplete: 'off' });
    const scope = scopeSelect('new-scope', 'site', 'Scope of the new rule');
    const enabled = switchSelect('new-enabled', settings.siteDefault === 'off', 'Switch for the new rule');
    const add = h('button', { type: 'button', id: 'add-site', class: 'primary', text: 'Add rule' });
    const addRule = () => {
      const rule = ruleFromInputs(domain, scope, enabled);
      if (!rule) return;
      void save((s) => ({ ...s, sites: upsertRule(s.sites, rule) }), `Rule for ${rule.domain} added.`).then(() => doc.getElementById('new-domain')?.focus());
    };
    add.addEventListener('click', addRule);
    domain.addEventListener('keydown', (e) => e.key === 'Enter' && addRule());

    const exportBtn = h('button', { type: 'button', id: 'export-sites', text: 'Export…' });
    exportBtn.addEventListener('click', () => {
      saveTextFile(doc, 'sanctions-lens-sites.json', 'application/json', exportSiteList(settings.siteDefault, settings.sites));
      say(`Exported ${settings.sites.length} ${settings.sites.length === 1 ? 'rule' : 'rules'}.`);
    });
    // The file input stays out of the tab order; the Import button opens it.
    const file = h('input', { type: 'file', id: 'import-sites', accept: 'application/json,.json', class: 'visually-hidden', tabindex: '-1', 'aria-label': 'Site rules file to import' });
    file.addEventListener('change', async () => {
      const f = file.files?.[0];
      if (!f) return;
      try {
        checkImportSize(f.size);
        const parsed = parseSiteList(await f.text());
        await save((s) => ({ ...s, sites: mergeSiteLists(s.sites, parsed.sites) }), importMessage(parsed));
      } catch (err) {
        say(err instanceof SiteListImportError ? err.message : 'The file could not be read.', true);
      }
    });
    const importBtn = h('button', { type: 'button', id: 'import-button', text: 'Import…' });
    importBtn.addEventListener('click', () => file.click());

    return h(
      'div',
      { class: 'sites', id: 'sites' },
      h('h3', { text: 'Site rules' }),
      h('p', { class: 'hint', text: 'A rule for a site covers all its subdomains; a rule for a host covers that host only and wins over a site rule.' }),
      rows.length
        ? h(
            'table',
            { id: 'sites-table' },
            h('caption', { class: 'visually-hidden', text: 'Site rules' }),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Domain' }), h('th', { scope: 'col', text: 'Applies to' }), h('th', { scope: 'col', text: 'Switch' }), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: 'Actions' })))),
            h('tbody', {}, ...rows),
          )
        : h('p', { class: 'empty', id: 'no-sites', text: 'No site rules yet. Switch a site from the toolbar popup, or add one here.' }),
      h('div', { class: 'add-row', role: 'group', 'aria-label': 'Add a rule' }, domain, scope, enabled, add),
      h('div', { class: 'io-row' }, importBtn, file, exportBtn, h('span', { class: 'hint', text: 'JSON file; imported rules replace rules for the same domain and scope.' })),
    );
  };

  const updatesSection = () => {
    const freq = h('select', { id: 'update-interval' }, ...UPDATE_INTERVALS.map((hrs) => h('option', { value: String(hrs), text: intervalLabel(hrs) })));
    freq.value = String(settings.updateIntervalHours);
    freq.addEventListener('change', () => {
      const v = Number(freq.value);
      void save((s) => ({ ...s, updateIntervalHours: v }), `Updates: ${intervalLabel(v).toLowerCase()}.`);
    });
    const children: (Node | null)[] = [
      h('div', { class: 'field' }, h('label', { for: 'update-interval', text: 'Check the official lists' }), freq),
      h('p', { class: 'hint', id: 'kb-line', text: kb ? `Knowledge base in use: version ${kb.version}` : 'The knowledge base is loading…' }),
    ];
    if (!updates) children.push(h('p', { class: 'empty', id: 'updates-na', text: 'Updates: not available in this build. The bundled lists are used.' }));
    else {
      const table = h(
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
              h('td', { text: relativeTime(f.lastCheck, now()) }),
              h('td', { text: relativeTime(f.lastChange, now()) }),
              h('td', { text: f.nextCheck === null ? '—' : relativeTime(f.nextCheck, now()) }),
              h('td', { class: f.lastError ? 'error' : 'ok', text: f.lastError ?? 'OK' }),
            ),
          ),
        ),
      );
      const btn = h('button', { type: 'button', id: 'update-now', class: 'primary', text: updates.running ? 'Updating…' : 'Update now' });
      btn.disabled = updates.running;
      btn.addEventListener('click', () => void startUpdate());
      children.push(
        h('div', { class: 'table-wrap' }, table),
        h('div', { class: 'update-row' }, btn, h('p', { id: 'update-progress', role: 'status', text: updates.running ? (updates.progress ?? 'Updating…') : (updates.lastOutcome ?? '') })),
      );
    }
    children.push(...updaterDecisions(), mirrorsForm());
    return card('updates', 'Updates', 'Sanctions Lens downloads the official lists itself and checks them before use. Nothing about your reading is sent.', ...children.filter((c): c is Node => !!c));
  };

  /** The updater's questions to the user: shrunk lists to apply or not, and discarding the downloads. */
  const updaterDecisions = (): Node[] => {
    if (!updates) return [];
    const onDecision = (r: DecisionResult) => {
      updates = r.status ?? updates;
      kb = r.kb ?? kb;
      say(r.message);
      void redraw.request();
    };
    const drops = pendingDropsSection(deps.askBackground, updates, onDecision);
    return [...(drops ? [drops] : []), discardSection(deps.askBackground, onDecision)];
  };

  const mirrorsForm = () => {
    const defaults = new Map((updates?.feeds ?? []).map((f) => [f.feed, f]));
    const inputs = FEED_KEYS.map((k) => {
      const input = h('input', { type: 'url', id: `mirror-${k}`, value: overrides[k] ?? '', placeholder: defaults.get(k)?.url ?? 'Official address', spellcheck: 'false', autocomplete: 'off' });
      if (invalidMirrors.includes(k)) input.setAttribute('aria-invalid', 'true');
      return { k, input, row: h('div', { class: 'field' }, h('label', { for: `mirror-${k}`, text: defaults.get(k)?.title ?? FEED_LABELS[k] }), input) };
    });
    const saveBtn = h('button', { type: 'button', id: 'save-mirrors', text: 'Save mirrors' });
    saveBtn.addEventListener('click', async () => {
      const { overrides: clean, invalid } = cleanOverrides(Object.fromEntries(inputs.map(({ k, input }) => [k, input.value])));
      invalidMirrors = invalid;
      if (invalid.length) {
        say(`Not saved: a mirror must be an https:// address (${invalid.map((k) => FEED_LABELS[k as keyof typeof FEED_LABELS] ?? k).join(', ')}).`, true);
        draw();
        return;
      }
      await redraw.during(async () => {
        try {
          await deps.saveFeedOverrides(clean);
          overrides = clean;
          say(Object.keys(clean).length ? 'Mirrors saved: the next update uses them.' : 'Mirrors cleared: the official addresses are used.');
        } catch (err) {
          say(`Mirrors not saved: ${err instanceof Error ? err.message : String(err)}.`, true);
        }
      });
      void redraw.request();
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

  const resetSection = () => {
    // Two presses: the first arms the button in place (no redraw, so focus stays), leaving it disarms.
    let armed = false;
    const b = h('button', { type: 'button', id: 'reset', class: 'danger', text: 'Reset to defaults' });
    const arm = (on: boolean) => {
      armed = on;
      b.textContent = on ? 'Press again to reset everything' : 'Reset to defaults';
      b.classList.toggle('solid', on);
    };
    b.addEventListener('click', async () => {
      if (!armed) {
        arm(true);
        say('Press the button again to reset all settings, including your site rules.');
        return;
      }
      arm(false);
      await redraw.during(async () => {
        try {
          settings = await deps.resetSettings();
          ownWrites.record(settings);
          say('Settings reset to defaults.');
        } catch (err) {
          say(`Not reset: ${err instanceof Error ? err.message : String(err)}.`, true);
        }
      });
      void redraw.request();
    });
    b.addEventListener('blur', () => armed && arm(false));
    return card('reset-section', 'Reset', 'Back to the defaults: every category and authority on, highlights on every mention, on everywhere, no site rules.', b);
  };

  const onStatus = (s: UpdateStatusReply) => {
    updates = s;
    void redraw.request();
  };
  const startUpdate = async () => {
    const r = await updateNow(deps.askBackground, onStatus);
    if (!r.available) updates = null;
    kb = r.kb ?? kb;
    say(r.message, !r.available);
    void redraw.request();
  };

  // A change made elsewhere (the popup, a keyboard command) shows here at once; this page's own are drawn by save.
  deps.watchSettings?.((s) => {
    if (ownWrites.isEcho(s) || JSON.stringify(s) === JSON.stringify(settings)) return;
    settings = s;
    void redraw.request();
  });

  draw();
  const version = root.querySelector('#kb-version-head');
  if (version && kb) version.textContent = `Knowledge base ${kb.version}`;
  root.setAttribute('aria-busy', 'false');
  if (updates?.running) void followUpdate(deps.askBackground, updates, { onStatus });
}
