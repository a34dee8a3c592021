/**
 * Where Sanctions Lens runs: the default, and the site rules (add, edit in
 * place, remove, import and export as a file).
 */
import { h } from '../dom';
import { domainFromInput, upsertRule, type SiteRule, type SiteScope } from '../../settings/model';
import { checkImportSize, exportSiteList, mergeSiteLists, parseSiteList, SiteListImportError, type SiteListImport } from '../../settings/site-list-io';
import { saveTextFile } from '../files';
import type { OptionsContext, OptionsSection } from './context';
import { radioChoice, settingsSection } from './controls';

/** "Imported 3 rules (1 not valid, skipped; refused 1 rule for a public suffix: co.uk)." */
export function importMessage(parsed: SiteListImport): string {
  const notes: string[] = [];
  if (parsed.skipped) notes.push(`${parsed.skipped} not valid, skipped`);
  const ps = parsed.publicSuffixes;
  if (ps.length) notes.push(`refused ${ps.length === 1 ? 'a rule' : `${ps.length} rules`} for a public suffix, which would cover every site under it: ${ps.slice(0, 5).join(', ')}${ps.length > 5 ? '…' : ''}`);
  return `Imported ${parsed.sites.length} ${parsed.sites.length === 1 ? 'rule' : 'rules'}${notes.length ? ` (${notes.join('; ')})` : ''}.`;
}

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

export function whereSection(ctx: OptionsContext): OptionsSection {
  const { doc } = ctx;
  /** The row open for editing, by index in the site list. */
  let editing: number | null = null;

  /** The rule a row's inputs describe, or null (the domain field flagged and focused) when the domain is not one. */
  const ruleFromInputs = (domain: HTMLInputElement, scope: HTMLSelectElement, on: HTMLSelectElement): SiteRule | null => {
    const d = domainFromInput(domain.value);
    if (!d) {
      domain.setAttribute('aria-invalid', 'true');
      ctx.say('Enter a domain such as example.com.', true);
      domain.focus();
      return null;
    }
    return { domain: d, scope: scope.value === 'host' ? 'host' : 'site', enabled: on.value === 'on' };
  };

  const editingRow = (r: SiteRule, i: number) => {
    const domain = h('input', { type: 'text', id: `edit-domain-${i}`, value: r.domain, 'aria-label': 'Domain', spellcheck: 'false', autocomplete: 'off' });
    const scope = scopeSelect(`edit-scope-${i}`, r.scope, 'Scope');
    const on = switchSelect(`edit-enabled-${i}`, r.enabled, 'Switch');
    const ok = h('button', { type: 'button', id: `save-${i}`, class: 'primary', text: 'Save' });
    const cancel = h('button', { type: 'button', id: `cancel-${i}`, text: 'Cancel' });
    const commit = () => {
      const rule = ruleFromInputs(domain, scope, on);
      if (!rule) return;
      editing = null;
      void ctx.save((s) => ({ ...s, sites: upsertRule(s.sites, rule, r) }), `Rule for ${rule.domain} saved.`).then(() => doc.getElementById(`edit-${i}`)?.focus());
    };
    ok.addEventListener('click', commit);
    domain.addEventListener('keydown', (e) => e.key === 'Enter' && commit());
    cancel.addEventListener('click', () => {
      editing = null;
      ctx.draw();
      doc.getElementById(`edit-${i}`)?.focus();
    });
    return h('tr', { class: 'editing' }, h('td', {}, domain), h('td', {}, scope), h('td', {}, on), h('td', { class: 'actions' }, ok, cancel));
  };

  const ruleRow = (r: SiteRule, i: number) => {
    const edit = h('button', { type: 'button', id: `edit-${i}`, 'aria-label': `Edit the rule for ${r.domain}`, text: 'Edit' });
    const remove = h('button', { type: 'button', id: `remove-${i}`, class: 'danger', 'aria-label': `Remove the rule for ${r.domain}`, text: 'Remove' });
    edit.addEventListener('click', () => {
      editing = i;
      ctx.draw();
      doc.getElementById(`edit-domain-${i}`)?.focus();
    });
    remove.addEventListener('click', () => {
      void ctx.save((s) => ({ ...s, sites: s.sites.filter((_, j) => j !== i) }), `Rule for ${r.domain} removed.`).then(() =>
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
  };

  const addRow = () => {
    const domain = h('input', { type: 'text', id: 'new-domain', placeholder: 'example.com', 'aria-label': 'Domain to add', spellcheck: 'false', autocomplete: 'off' });
    const scope = scopeSelect('new-scope', 'site', 'Scope of the new rule');
    const enabled = switchSelect('new-enabled', ctx.settings.siteDefault === 'off', 'Switch for the new rule');
    const add = h('button', { type: 'button', id: 'add-site', class: 'primary', text: 'Add rule' });
    const addRule = () => {
      const rule = ruleFromInputs(domain, scope, enabled);
      if (!rule) return;
      void ctx.save((s) => ({ ...s, sites: upsertRule(s.sites, rule) }), `Rule for ${rule.domain} added.`).then(() => doc.getElementById('new-domain')?.focus());
    };
    add.addEventListener('click', addRule);
    domain.addEventListener('keydown', (e) => e.key === 'Enter' && addRule());
    return h('div', { class: 'add-row', role: 'group', 'aria-label': 'Add a rule' }, domain, scope, enabled, add);
  };

  const fileRow = () => {
    const exportBtn = h('button', { type: 'button', id: 'export-sites', text: 'Export…' });
    exportBtn.addEventListener('click', () => {
      const { siteDefault, sites } = ctx.settings;
      saveTextFile(doc, 'sanctions-lens-sites.json', 'application/json', exportSiteList(siteDefault, sites));
      ctx.say(`Exported ${sites.length} ${sites.length === 1 ? 'rule' : 'rules'}.`);
    });
    // The file input stays out of the tab order; the Import button opens it.
    const file = h('input', { type: 'file', id: 'import-sites', accept: 'application/json,.json', class: 'visually-hidden', tabindex: '-1', 'aria-label': 'Site rules file to import' });
    file.addEventListener('change', () => {
      void (async () => {
        const f = file.files?.[0];
        if (!f) return;
        try {
          checkImportSize(f.size);
          const parsed = parseSiteList(await f.text());
          await ctx.save((s) => ({ ...s, sites: mergeSiteLists(s.sites, parsed.sites) }), importMessage(parsed));
        } catch (err) {
          ctx.say(err instanceof SiteListImportError ? err.message : 'The file could not be read.', true);
        }
      })();
    });
    const importBtn = h('button', { type: 'button', id: 'import-button', text: 'Import…' });
    importBtn.addEventListener('click', () => file.click());
    return h('div', { class: 'io-row' }, importBtn, file, exportBtn, h('span', { class: 'hint', text: 'JSON file; imported rules replace rules for the same domain and scope.' }));
  };

  const sitesTable = () => {
    const rows = ctx.settings.sites.map((r, i) => (editing === i ? editingRow(r, i) : ruleRow(r, i)));
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
      addRow(),
      fileRow(),
    );
  };

  return () =>
    settingsSection(
      'where',
      'Where Sanctions Lens runs',
      null,
      h(
        'fieldset',
        { id: 'mode' },
        h('legend', { text: 'By default' }),
        radioChoice('mode', 'on', 'On everywhere except the sites I switch off', 'Recommended', ctx.settings.siteDefault === 'on', () =>
          void ctx.save((s) => ({ ...s, siteDefault: 'on' }), 'On everywhere except the sites you switch off.'),
        ),
        radioChoice('mode', 'off', 'Only on the sites I switch on', 'Nothing is read until you switch a site on', ctx.settings.siteDefault === 'off', () =>
          void ctx.save((s) => ({ ...s, siteDefault: 'off' }), 'Only on the sites you switch on.'),
        ),
      ),
      sitesTable(),
    );
}
