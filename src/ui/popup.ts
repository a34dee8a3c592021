/**
 * The toolbar popup: the per-site switch with its scope and the rule that
 * applies, the global pause, what this page mentions, the export, and the
 * knowledge base's status with "Update now".
 */
import { h, reconcileChildren } from './dom';
import { CATEGORIES } from '../kb/model';
import type { CardsReply, KbStatusReply, PageSummaryItem, PageSummaryReply, UpdateStatusReply } from '../messaging/protocol';
import { activationFor, normaliseHost, PAUSED_UNTIL_RESUMED, siteOf, switchSite, type Settings, type SiteScope } from '../settings/model';
import { authorityShort, categoryPlural, chipClass, clockTime, describeRule, relativeTime } from './format';
import { getKbStatus, getUpdateStatus, lastCheckOf, updateNow, followUpdate } from './updates';
import { exportFileName, toCsv, toMarkdown, type ExportContext } from '../export/page-export';
import { copyText, saveTextFile } from './files';
import { mirrorNote, pendingDropsSection, type DecisionResult } from './update-decisions';
import { PendingRedraw } from './redraw';
import { OwnWrites } from './own-writes';
import { lapsedTermsNote } from './lapsed-terms';

export interface PopupDeps {
  tab: { id?: number; url?: string; title?: string };
  askTab(msg: unknown): Promise<unknown>;
  askBackground(msg: unknown): Promise<unknown>;
  loadSettings(): Promise<Settings>;
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  watchSettings?(cb: (s: Settings) => void): () => void;
  openOptions(): void;
  now?(): number;
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

/** A host name that wraps after its dots rather than mid-label. */
function breakable(text: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  text.split(/(?<=\.)/).forEach((part, i) => {
    if (i) frag.append(document.createElement('wbr'));
    frag.append(part);
  });
  return frag;
}

function isSummary(v: unknown): v is PageSummaryReply {
  return typeof v === 'object' && v !== null && typeof (v as PageSummaryReply).host === 'string' && Array.isArray((v as PageSummaryReply).items);
}

export async function renderPopup(root: HTMLElement, deps: PopupDeps): Promise<void> {
  const now = () => deps.now?.() ?? Date.now();
  const doc = root.ownerDocument;
  const status = root.querySelector<HTMLElement>('#status') ?? root.appendChild(h('p', { id: 'status', role: 'status' }));
  const say = (text: string) => {
    status.textContent = text;
  };
  root.querySelector('#options-link')?.addEventListener('click', (e) => {
    e.preventDefault();
    deps.openOptions();
  });
  const body = h('div', { id: 'popup-body' });
  root.append(body);

  const askSummary = async (): Promise<PageSummaryReply | null> => {
    try {
      const r = await deps.askTab({ type: 'page-summary' });
      return isSummary(r) ? r : null;
    } catch {
      return null;
    }
  };

  let summary = await askSummary();
  let settings = await deps.loadSettings();
  let kb: KbStatusReply | null = await getKbStatus(deps.askBackground);
  let updates: UpdateStatusReply | null = await getUpdateStatus(deps.askBackground);
  let chosenScope: SiteScope | null = null;

  const draw = () => {
    const focusedId = doc.activeElement && body.contains(doc.activeElement) ? doc.activeElement.id : '';
    const nodes: Node[] = [];
    if (!summary) {
      nodes.push(h('section', { class: 'card protected', id: 'protected' }, h('h2', { text: 'Nothing to show here' }), h('p', { text: protectedReason(deps.tab.url) })));
      nodes.push(keep('pause', pauseInputs(), pauseSection));
    } else {
      const s = summary;
      nodes.push(keptSiteSection(s.host), keep('pause', pauseInputs(), pauseSection), keep('mentions', s, () => mentionsSection(s)));
      if (s.active && s.items.length) nodes.push(keep('export', s.host, exportSection));
    }
    nodes.push(keep('kb', kbInputs(), kbSection));
    reconcileChildren(body, nodes);
    if (focusedId && doc.activeElement?.id !== focusedId) doc.getElementById(focusedId)?.focus();
    root.setAttribute('aria-busy', 'false');
  };
  const redraw = new PendingRedraw(doc, draw);
  const ownWrites = new OwnWrites();

  /** After a change the page re-marks itself; ask until it shows the expected state (or give up quietly). */
  const refreshSummary = async () => {
    await redraw.request();
    const expectActive = summary ? activationFor(summary.host, settings, now()).enabled : false;
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 150));
      const next = await askSummary();
      if (!next) break;
      summary = next;
      if (next.active === expectActive && (!expectActive || next.count > 0 || i >= 6)) break;
    }
    await redraw.request();
  };

  const change = async (fn: (s: Settings) => Settings, message: string) => {
    await redraw.during(async () => {
      try {
        settings = await deps.updateSettings(fn);
        ownWrites.record(settings);
        say(message);
      } catch (err) {
        say(`Not saved: ${err instanceof Error ? err.message : String(err)}.`);
        settings = await deps.loadSettings().catch(() => settings);
      }
    });
    await refreshSummary();
  };

  const siteSection = (h0: string, act: ReturnType<typeof activationFor>, rule: ReturnType<typeof describeRule>) => {
    const scope: SiteScope = chosenScope ?? act.rule?.scope ?? 'site';
    const site = siteOf(h0);

    const box = h('input', { type: 'checkbox', id: 'site-switch', role: 'switch', class: 'switch', 'aria-describedby': 'rule-headline rule' });
    box.checked = act.enabled;
    box.disabled = act.reason === 'paused';
    box.addEventListener('change', () => {
      const on = box.checked;
      const where = scope === 'site' ? `${site} and its subdomains` : h0;
      void change((s) => switchSite(s, h0, scope, on), `Sanctions Lens is ${on ? 'on' : 'off'} for ${where}.`);
    });
    const radio = (value: SiteScope, label: string, hint: Node) => {
      const input = h('input', { type: 'radio', name: 'scope', id: `scope-${value}`, value });
      input.checked = scope === value;
      input.addEventListener('change', () => {
        if (!input.checked) return;
        chosenScope = value;
        say(value === 'site' ? `The switch now applies to ${site} and all its subdomains.` : `The switch now applies to ${h0} only.`);
        draw();
      });
      return h('label', { class: 'scope-option', for: `scope-${value}` }, input, h('span', {}, h('strong', { text: label }), h('small', {}, hint)));
    };
    return h(
      'section',
      { class: `card site state-${rule.state}`, 'aria-labelledby': 'site-label' },
      h(
        'div',
        { class: 'site-head' },
        h('div', { class: 'site-id' }, h('label', { for: 'site-switch', id: 'site-label', class: 'host', text: h0 }), h('p', { class: 'rule-headline', id: 'rule-headline', text: rule.headline })),
        box,
      ),
      h(
        'fieldset',
        { class: 'scope' },
        h('legend', { text: 'The switch applies to' }),
        radio('site', 'Whole site', breakable(`${site} and subdomains`)),
        radio('host', 'This host only', breakable(h0)),
      ),
      h('p', { class: 'rule', id: 'rule', text: rule.source }),
    );
  };

  /**
   * Each section as drawn last time when nothing it shows has changed: a redraw (the page re-marking
   * itself, an update's progress) never swaps a control under the user's key or resets what they chose
   * in it (the export format), and keeps the focus where it was.
   */
  const drawn = new Map<string, { key: string; node: Node }>();
  const keep = (name: string, inputs: unknown, build: () => Node): Node => {
    const key = JSON.stringify(inputs);
    const last = drawn.get(name);
    if (last?.key === key) return last.node;
    const node = build();
    drawn.set(name, { key, node });
    return node;
  };
  const keptSiteSection = (host: string) => {
    const h0 = normaliseHost(host);
    const act = activationFor(h0, settings, now());
    const rule = describeRule(h0, settings, now());
    return keep('site', [h0, chosenScope, act, rule], () => siteSection(h0, act, rule));
  };
  const pauseInputs = () => [settings.pausedUntil > now(), settings.pausedUntil];
  const kbInputs = () => [kb, updates, updates ? relativeTime(lastCheckOf(updates.feeds), now()) : null];

  const pauseSection = () => {
    const paused = settings.pausedUntil > now();
    const row = h('section', { class: 'pause', 'aria-label': 'Pause' });
    if (paused) {
      const until = settings.pausedUntil >= PAUSED_UNTIL_RESUMED ? 'until you resume' : `until ${clockTime(settings.pausedUntil)}`;
      const resume = h('button', { type: 'button', id: 'resume', class: 'primary', text: 'Resume' });
      resume.addEventListener('click', () => void change((s) => ({ ...s, pausedUntil: 0 }), 'Resumed everywhere.'));
      row.append(h('p', { class: 'paused-note', id: 'paused-note', text: `Paused everywhere ${until}.` }), resume);
    } else {
      const always = h('button', { type: 'button', id: 'pause', text: 'Pause everywhere' });
      const hour = h('button', { type: 'button', id: 'pause-hour', text: 'Pause for 1 hour' });
      always.addEventListener('click', () => void change((s) => ({ ...s, pausedUntil: PAUSED_UNTIL_RESUMED }), 'Paused everywhere until you resume.'));
      hour.addEventListener('click', () => void change((s) => ({ ...s, pausedUntil: now() + PAUSE_HOUR_MS }), 'Paused everywhere for one hour.'));
      row.append(always, hour);
    }
    return row;
  };

  const mentionsSection = (s: PageSummaryReply) => {
    const section = h('section', { class: 'mentions', 'aria-labelledby': 'mentions-heading' });
    section.append(
      h('h2', { id: 'mentions-heading' }, 'On this page ', h('span', { id: 'mention-count', class: 'count', 'aria-label': `${s.count} mentions`, text: String(s.count) })),
    );
    if (!s.active) {
      section.append(h('p', { class: 'empty', text: 'Marks are off on this page.' }));
      return section;
    }
    if (!s.items.length) {
      section.append(h('p', { class: 'empty', text: 'No sanctions mentions found on this page.' }));
      return section;
    }
    let n = 0;
    for (const cat of CATEGORIES) {
      const items = s.items.filter((i) => i.category === cat);
      if (!items.length) continue;
      const list = h('ul', { class: 'items' });
      for (const item of [...items].sort((a, b) => b.count - a.count)) list.append(h('li', {}, itemButton(item, n++)));
      const total = items.reduce((a, i) => a + i.count, 0);
      const headingId = `cat-${cat}`;
      section.append(
        h(
          'div',
          { class: `group cat-${cat}`, role: 'group', 'aria-labelledby': headingId },
          h('h3', { id: headingId, class: 'cat' }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), categoryPlural(cat), h('span', { class: 'n', text: ` ${total}` })),
          list,
        ),
      );
    }
    return section;
  };

  const itemButton = (item: PageSummaryItem, i: number) => {
    const auth = item.authorities.map(authorityShort);
    // The accessible name is the visible text plus hidden words that make it a sentence for screen readers.
    const btn = h('button', { type: 'button', class: 'item', id: `item-${i}`, 'data-entity': item.entity, title: 'Show it on the page' });
    btn.append(
      h('span', { class: 'item-name', text: item.name }),
      ...(auth.length ? [h('span', { class: 'visually-hidden', text: ', listed by ' })] : []),
      h('span', { class: 'chips' }, ...auth.map((a) => h('span', { class: chipClass(a), text: a }))),
      h('span', { class: 'visually-hidden', text: ', ' }),
      h('span', { class: 'item-count' }, `×${item.count}`, h('span', { class: 'visually-hidden', text: item.count === 1 ? ' mention' : ' mentions' })),
    );
    btn.addEventListener('click', () => {
      void deps.askTab({ type: 'reveal', entity: item.entity }).then(
        (ok) => say(ok ? `Showing ${item.name} on the page.` : `${item.name} is no longer on the page.`),
        () => say('The page did not answer.'),
      );
    });
    return btn;
  };

  const buildExport = async (s: PageSummaryReply): Promise<ExportContext> => {
    const cards = (await deps.askBackground({
      type: 'cards',
      items: s.items.map((i) => ({ entity: i.entity, text: i.name })),
    })) as CardsReply | null;
    return {
      page: { url: deps.tab.url, title: deps.tab.title, host: s.host },
      generatedAt: new Date(now()).toISOString(),
      kb: kb ? { version: kb.version, sources: kb.sources.map((x) => ({ authority: x.authority, list: x.list, date: x.date })) } : null,
      entities: s.items.map((i, k) => ({ ...i, card: cards?.[k] ?? null })),
    };
  };

  /** Kept while the host is the same: what it exports is the page's summary at the time of the click. */
  const exportSection = () => {
    const format = h('select', { id: 'export-format' }, h('option', { value: 'md', text: 'Markdown' }), h('option', { value: 'csv', text: 'CSV' }));
    const copy = h('button', { type: 'button', id: 'export-copy', text: 'Copy' });
    const save = h('button', { type: 'button', id: 'export-save', text: 'Save file' });
    const produce = async () => {
      const s = summary;
      // The section is drawn only with a summary; the guard keeps the type honest.
      if (!s) throw new Error('export without a page summary');
      const ctx = await buildExport(s);
      const ext = format.value === 'csv' ? 'csv' : 'md';
      return { ext, text: ext === 'csv' ? toCsv(ctx) : toMarkdown(ctx), name: exportFileName(s.host, ctx.generatedAt, ext) } as const;
    };
    copy.addEventListener('click', async () => {
      const out = await produce();
      say((await copyText(doc, out.text)) ? `Copied the ${out.ext === 'csv' ? 'CSV' : 'Markdown'} export.` : 'The clipboard is not available here: use Save file.');
    });
    save.addEventListener('click', async () => {
      const out = await produce();
      saveTextFile(doc, out.name, out.ext === 'csv' ? 'text/csv;charset=utf-8' : 'text/markdown;charset=utf-8', out.text);
      say(`Saved ${out.name}.`);
    });
    return h(
      'section',
      { class: 'export', 'aria-labelledby': 'export-heading' },
      h('h2', { id: 'export-heading', text: 'Export this page’s context' }),
      h('div', { class: 'row' }, h('label', { for: 'export-format', class: 'visually-hidden', text: 'Export format' }), format, copy, save),
    );
  };

  const kbSection = () => {
    const section = h('section', { class: 'kb', 'aria-labelledby': 'kb-heading' }, h('h2', { id: 'kb-heading', text: 'Knowledge base' }));
    if (kb) {
      section.append(h('p', { class: 'kb-version', id: 'kb-version', text: `Version ${kb.version}` }));
      const list = h('ul', { class: 'sources' });
      for (const s of kb.sources)
        list.append(
          h(
            'li',
            {},
            h('span', { class: chipClass(s.authority), text: authorityShort(s.authority) }),
            h('span', { class: 'src-list', text: s.list }),
            h('span', { class: 'src-date', text: s.date }),
            mirrorNote(s),
          ),
        );
      section.append(list);
      const lapsed = lapsedTermsNote(kb);
      if (lapsed) section.append(lapsed);
    } else section.append(h('p', { class: 'empty', text: 'The knowledge base is loading…' }));

    const line = h('p', { class: 'update-line', id: 'update-line' });
    const progress = h('p', { class: 'update-progress', id: 'update-progress', role: 'status' });
    const row = h('div', { class: 'update-row' }, line);
    if (!updates) line.textContent = 'Updates: not available';
    else {
      line.textContent = `Last checked: ${relativeTime(lastCheckOf(updates.feeds), now())}`;
      const btn = h('button', { type: 'button', id: 'update-now', text: updates.running ? 'Updating…' : 'Update now' });
      btn.disabled = updates.running;
      btn.addEventListener('click', () => void startUpdate());
      row.append(btn);
      progress.textContent = updates.running ? (updates.progress ?? 'Updating…') : (updates.lastOutcome ?? '');
    }
    section.append(row, progress);
    const drops = pendingDropsSection(deps.askBackground, updates, onDecision);
    if (drops) section.append(drops);
    return section;
  };

  const onDecision = (r: DecisionResult) => {
    updates = r.status ?? updates;
    kb = r.kb ?? kb;
    say(r.message);
    void redraw.request();
  };

  const onStatus = (s: UpdateStatusReply) => {
    updates = s;
    void redraw.request();
  };
  const startUpdate = async () => {
    const r = await updateNow(deps.askBackground, onStatus);
    if (!r.available) updates = null;
    kb = r.kb ?? kb;
    say(r.message);
    void redraw.request();
  };

  // Changes made elsewhere (options page, keyboard command) show here at once; our own are already drawn.
  deps.watchSettings?.((s) => {
    if (ownWrites.isEcho(s) || JSON.stringify(s) === JSON.stringify(settings)) return;
    settings = s;
    void refreshSummary();
  });

  draw();
  // An update started elsewhere (options page, schedule) is followed here too.
  if (updates?.running) void followUpdate(deps.askBackground, updates, { onStatus }).then(async () => {
    kb = (await getKbStatus(deps.askBackground)) ?? kb;
    void redraw.request();
  });
}
