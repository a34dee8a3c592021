/**
 * The options page: what to mark (categories, authorities), how (style,
 * every mention or the first), where (the default and the site list, with
 * import and export), and the knowledge base's updates (frequency, per-feed
 * status, mirrors). Every change is saved at once and open tabs follow it.
 * This module conducts; each section is a module of options-sections/.
 */
import { h } from './dom';
import type { Settings } from '../settings/model';
import { PendingRedraw } from './redraw';
import { OwnWrites } from './own-writes';
import { UpdateTracker } from './update-tracker';
import type { OptionsContext, OptionsDeps } from './options-sections/context';
import { authoritiesSection, categoriesSection, lookSection } from './options-sections/marking';
import { whereSection } from './options-sections/sites';
import { updatesSection } from './options-sections/updates';
import { mirrorsForm } from './options-sections/mirrors';
import { resetSection } from './options-sections/reset';

export async function renderOptions(root: HTMLElement, deps: OptionsDeps): Promise<void> {
  const doc = root.ownerDocument;
  const status = root.querySelector<HTMLElement>('#status') ?? root.appendChild(h('p', { id: 'status', role: 'status' }));
  const say = (text: string, isError = false) => {
    status.textContent = text;
    status.classList.toggle('error', isError);
  };
  const body = h('div', { id: 'options-body' });
  root.append(body);

  let settings = await deps.loadSettings();
  const overrides = await deps.loadFeedOverrides();
  const updates = await UpdateTracker.load(deps.askBackground, say, () => void redraw.request());
  const ownWrites = new OwnWrites();

  const draw = () => {
    const focusedId = doc.activeElement && body.contains(doc.activeElement) ? doc.activeElement.id : '';
    body.replaceChildren(...sections.map((section) => section()));
    if (focusedId) doc.getElementById(focusedId)?.focus();
  };
  const redraw = new PendingRedraw(doc, draw);

  /** Writes settings while redraws wait, then redraws once no other write is pending. */
  const write = async (attempt: () => Promise<Settings>, done: string, failed: (err: string) => string, reread: boolean) => {
    await redraw.during(async () => {
      try {
        settings = await attempt();
        ownWrites.record(settings);
        say(done);
      } catch (err) {
        say(failed(err instanceof Error ? err.message : String(err)), true);
        if (reread) settings = await deps.loadSettings().catch(() => settings);
      }
    });
  };

  const ctx: OptionsContext = {
    doc,
    deps,
    get settings() {
      return settings;
    },
    updates,
    redraw,
    now: () => deps.now?.() ?? Date.now(),
    say,
    save: async (change, message = 'Saved. Open tabs follow at once.') => {
      await write(() => deps.updateSettings(change), message, (err) => `Not saved: ${err}. The page shows the settings in use.`, true);
      await redraw.request();
    },
    reset: async () => {
      await write(() => deps.resetSettings(), 'Settings reset to defaults.', (err) => `Not reset: ${err}.`, false);
      void redraw.request();
    },
    draw: () => draw(),
  };
  const sections = [
    categoriesSection(ctx),
    authoritiesSection(ctx),
    lookSection(ctx),
    whereSection(ctx),
    updatesSection(ctx, mirrorsForm(ctx, overrides)),
    resetSection(ctx),
  ];

  // A change made elsewhere (the popup, a keyboard command) shows here at once; this page's own are drawn by save.
  deps.watchSettings?.((s) => {
    if (ownWrites.isEcho(s) || JSON.stringify(s) === JSON.stringify(settings)) return;
    settings = s;
    void redraw.request();
  });

  draw();
  const version = root.querySelector('#kb-version-head');
  if (version && updates.kb) version.textContent = `Knowledge base ${updates.kb.version}`;
  root.setAttribute('aria-busy', 'false');
  void updates.followRunning();
}
