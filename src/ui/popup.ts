/**
 * The toolbar popup: what this page mentions, the per-site switch with its
 * scope and the rule that applies, the global pause, and the knowledge
 * base's status.
 */
import { h } from './dom';
import { CATEGORIES, type Category } from '../kb/model';
import { CATEGORY_LABEL } from '../kb/cards';
import type { KbStatusReply, PageSummaryReply } from '../messaging/protocol';
import { activationFor, normaliseHost, siteOf, withSiteSwitch, type Settings, type SiteScope } from '../settings/model';

export interface PopupDeps {
  tab: { id?: number; url?: string };
  askTab(msg: unknown): Promise<unknown>;
  askBackground(msg: unknown): Promise<unknown>;
  loadSettings(): Promise<Settings>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  openOptions(): void;
}

const PAUSE_HOUR_MS = 60 * 60 * 1000;

/** Why a page cannot be read, from its URL, when the content script does not answer. */
export function protectedReason(url: string | undefined): string {
  if (!url) return 'Sanctions Lens cannot read this page.';
  if (/^(chrome|edge|about|moz-extension|chrome-extension|view-source|devtools|resource):/.test(url))
    return 'This is a browser page: extensions are not allowed to read it.';
  if (/^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)/.test(url))
    return 'Browser stores do not allow extensions to read their pages.';
  if (/\.pdf($|[?#])/i.test(url)) return 'PDF files open in the browser’s viewer, which extensions cannot read.';
  if (/^file:/.test(url)) return 'Local files need “Allow access to file URLs” in the extension’s settings.';
  return 'Sanctions Lens is not running on this page yet: reload the page to start it.';
}

function describeRule(host: string, s: Settings): string {
  const act = activationFor(host, s);
  switch (act.reason) {
    case 'paused':
      return s.pausedUntil >= Number.MAX_SAFE_INTEGER
        ? 'Paused everywhere until you resume.'
        : `Paused everywhere until ${new Date(s.pausedUntil).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`;
    case 'site-rule': {
      const r = act.rule!;
      const where = r.scope === 'site' ? `${r.domain} and its subdomains` : `only ${r.domain}`;
      return `${r.enabled ? 'On' : 'Off'} by your rule for ${where}.`;
    }
    case 'default-on':
      return 'On: Sanctions Lens runs on every site you have not switched off.';
    case 'default-off':
      return 'Off: you chose to run only on sites you switch on.';
  }
}

export async function renderPopup(root: HTMLElement, deps: PopupDeps): Promise<void> {
  const status = root.querySelector<HTMLElement>('#status') ?? root.appendChild(h('p', { id: 'status', role: 'status' }));
  root.querySelector('#options-link')?.addEventListener('click', (e) => {
    e.preventDefault();
    deps.openOptions();
  });
  const body = h('div', { id: 'popup-body' });
  root.append(body);

  let summary: PageSummaryReply | null = null;
  try {
    summary = (await deps.askTab({ type: 'page-summary' })) as PageSummaryReply;
  } catch {
    summary = null;
  }

  let settings = await deps.loadSettings();
  const draw = async () => {
    body.replaceChildren();
    if (!summary) {
      body.append(h('p', { class: 'protected', id: 'protected', text: protectedReason(deps.tab.url) }));
    } else {
      body.append(siteSection(summary.host));
      body.append(mentionsSection(summary));
    }
    body.append(pauseSection());
    body.append(await kbSection());
    root.setAttribute('aria-busy', 'false');
  };

  const refreshSummary = async () => {
    // The page applies the change itself; give it a moment, then ask what it shows now.
    await new Promise((r) => setTimeout(r, 150));
    try {
      summary = (await deps.askTab({ type: 'page-summary' })) as PageSummaryReply;
    } catch {
      /* keep the last answer */
    }
    await draw();
  };

  const siteSection = (host: string) => {
    const h0 = normaliseHost(host);
    const act = activationFor(h0, settings);
    const currentScope: SiteScope = act.rule?.scope ?? 'site';
    const box = h('input', { type: 'checkbox', id: 'site-switch', role: 'switch' }) as HTMLInputElement;
    box.checked = act.enabled && act.reason !== 'paused';
    box.disabled = act.reason === 'paused';
    const scopeSite = h('input', { type: 'radio', name: 'scope', id: 'scope-site', value: 'site' }) as HTMLInputElement;
    const scopeHost = h('input', { type: 'radio', name: 'scope', id: 'scope-host', value: 'host' }) as HTMLInputElement;
    scopeSite.checked = currentScope === 'site';
    scopeHost.checked = currentScope === 'host';
    const scope = () => (scopeHost.checked ? 'host' : 'site') as SiteScope;
    box.addEventListener('change', async () => {
      settings = await deps.updateSettings((s) => withSiteSwitch(s, h0, scope(), box.checked));
      status.textContent = box.checked ? `Sanctions Lens is on for ${h0}.` : `Sanctions Lens is off for ${h0}.`;
      await refreshSummary();
    });
    return h(
      'section',
      { class: 'site', 'aria-labelledby': 'site-heading' },
      h('h2', { id: 'site-heading', text: 'This site' }),
      h('div', { class: 'switch-row' }, box, h('label', { for: 'site-switch', id: 'site-label', text: `Mark sanctions mentions on ${h0}` })),
      h(
        'fieldset',
        { class: 'scope' },
        h('legend', { text: 'Applies to' }),
        h('label', {}, scopeSite, ` the whole site (${siteOf(h0)} and subdomains)`),
        h('label', {}, scopeHost, ` only ${h0}`),
      ),
      h('p', { class: 'rule', id: 'rule', text: describeRule(h0, settings) }),
    );
  };

  const mentionsSection = (s: PageSummaryReply) => {
    const section = h('section', { class: 'mentions', 'aria-labelledby': 'mentions-heading' });
    section.append(h('h2', { id: 'mentions-heading' }, 'On this page ', h('span', { id: 'mention-count', class: 'count', text: String(s.count) })));
    if (!s.active) {
      section.append(h('p', { class: 'muted', text: 'Marks are off on this page.' }));
      return section;
    }
    if (!s.items.length) {
      section.append(h('p', { class: 'muted', text: 'No sanctions mentions found on this page.' }));
      return section;
    }
    for (const cat of CATEGORIES) {
      const items = s.items.filter((i) => i.category === cat);
      if (!items.length) continue;
      const list = h('ul', { class: 'items' });
      for (const item of items) {
        const btn = h('button', { type: 'button', class: 'item', 'data-entity': item.entity });
        btn.append(
          h('span', { class: 'item-name', text: item.name }),
          h('span', { class: 'item-meta', text: [item.authorities.join(' · '), `×${item.count}`].filter(Boolean).join('  ') }),
        );
        btn.addEventListener('click', () => void deps.askTab({ type: 'reveal', entity: item.entity }));
        list.append(h('li', {}, btn));
      }
      const n = items.reduce((a, i) => a + i.count, 0);
      section.append(h('h3', { class: `cat cat-${cat}`, text: `${plural(cat)} (${n})` }), list);
    }
    return section;
  };

  const pauseSection = () => {
    const paused = settings.pausedUntil > Date.now();
    const row = h('section', { class: 'pause', 'aria-label': 'Pause' });
    if (paused) {
      const resume = h('button', { type: 'button', id: 'resume', text: 'Resume' });
      resume.addEventListener('click', async () => {
        settings = await deps.updateSettings((s) => ({ ...s, pausedUntil: 0 }));
        status.textContent = 'Resumed.';
        await refreshSummary();
      });
      row.append(resume);
    } else {
      const hour = h('button', { type: 'button', id: 'pause-hour', text: 'Pause for 1 hour' });
      const always = h('button', { type: 'button', id: 'pause', text: 'Pause' });
      hour.addEventListener('click', async () => {
        settings = await deps.updateSettings((s) => ({ ...s, pausedUntil: Date.now() + PAUSE_HOUR_MS }));
        status.textContent = 'Paused for one hour.';
        await refreshSummary();
      });
      always.addEventListener('click', async () => {
        settings = await deps.updateSettings((s) => ({ ...s, pausedUntil: Number.MAX_SAFE_INTEGER }));
        status.textContent = 'Paused until you resume.';
        await refreshSummary();
      });
      row.append(always, hour);
    }
    return row;
  };

  const kbSection = async () => {
    const section = h('section', { class: 'kb', 'aria-labelledby': 'kb-heading' }, h('h2', { id: 'kb-heading', text: 'Knowledge base' }));
    try {
      const kb = (await deps.askBackground({ type: 'kb-status' })) as KbStatusReply;
      section.append(h('p', { class: 'kb-version', text: `Version ${kb.version}` }));
      const list = h('ul', { class: 'sources' });
      for (const s of kb.sources) list.append(h('li', { text: `${s.authority} · ${s.list}: ${s.date} (${s.entries.toLocaleString('en')} entries)` }));
      section.append(list);
    } catch {
      section.append(h('p', { class: 'muted', text: 'The knowledge base is loading…' }));
    }
    return section;
  };

  await draw();
}

function plural(c: Category): string {
  return CATEGORY_LABEL[c].replace(/y$/, 'ie') + 's';
}
