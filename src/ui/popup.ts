/**
 * The toolbar popup: the per-site switch with its scope and the rule that
 * applies, the global pause, what this page mentions, the export, and the
 * knowledge base's status with "Update now". This module conducts; each
 * section is a module of popup-sections/.
 */
import { h, reconcileChildren } from './dom';
import type { PageSummaryReply } from '../messaging/protocol';
import { activationFor, type Settings } from '../settings/model';
import { PendingRedraw } from './redraw';
import { OwnWrites } from './own-writes';
import { UpdateTracker } from './update-tracker';
import type { PopupContext, PopupDeps } from './popup-sections/context';
import { protectedSection, siteSection } from './popup-sections/site';
import { pauseSection } from './popup-sections/pause';
import { mentionsSection } from './popup-sections/mentions';
import { exportSection } from './popup-sections/export';
import { kbSection } from './popup-sections/kb';

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
  const updates = await UpdateTracker.load(deps.askBackground, say, () => void redraw.request());
  const ownWrites = new OwnWrites();
  const drawn = new Map<string, { key: string; node: Node }>();

  const draw = () => {
    const focusedId = doc.activeElement && body.contains(doc.activeElement) ? doc.activeElement.id : '';
    const nodes: Node[] = [];
    if (!summary) nodes.push(protectedSection(deps.tab.url), sections.pause());
    else {
      const s = summary;
      // What the page holds comes first; the switch, its scope and the pause follow.
      nodes.push(sections.mentions(s), sections.site(s.host), sections.pause());
      if (s.active && s.items.length) nodes.push(sections.export(s.host));
    }
    nodes.push(sections.kb());
    reconcileChildren(body, nodes);
    if (focusedId && doc.activeElement?.id !== focusedId) doc.getElementById(focusedId)?.focus();
    root.setAttribute('aria-busy', 'false');
  };
  const redraw = new PendingRedraw(doc, draw);

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

  const ctx: PopupContext = {
    doc,
    deps,
    get settings() {
      return settings;
    },
    get summary() {
      return summary;
    },
    updates,
    now,
    say,
    change: async (fn: (s: Settings) => Settings, message: string) => {
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
    },
    draw: () => draw(),
    reuseUnlessChanged: (name, inputs, build) => {
      const key = JSON.stringify(inputs);
      const last = drawn.get(name);
      if (last?.key === key) return last.node;
      const node = build();
      drawn.set(name, { key, node });
      return node;
    },
  };
  const sections = {
    site: siteSection(ctx),
    pause: pauseSection(ctx),
    mentions: mentionsSection(ctx),
    export: exportSection(ctx),
    kb: kbSection(ctx),
  };

  // Changes made elsewhere (options page, keyboard command) show here at once; our own are already drawn.
  deps.watchSettings?.((s) => {
    if (ownWrites.isEcho(s) || JSON.stringify(s) === JSON.stringify(settings)) return;
    settings = s;
    void refreshSummary();
  });

  draw();
  // An update started elsewhere (options page, schedule) is followed here too.
  void updates.followRunning().then(async (followed) => {
    if (followed) await updates.reloadKb();
  });
}
