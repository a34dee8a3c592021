/**
 * The popup's site switch: on or off for this site or host, the scope the
 * switch applies to, and the rule that decides; or, on a page the extension
 * cannot read, why.
 */
import { h } from '../dom';
import { activationFor, normaliseHost, siteOf, switchSite, type SiteScope } from '../../settings/model';
import { describeRule } from '../format';
import type { PopupContext } from './context';

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

export function protectedSection(url: string | undefined): HTMLElement {
  return h('section', { class: 'card protected', id: 'protected' }, h('h2', { text: 'Nothing to show here' }), h('p', { text: protectedReason(url) }));
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

/** The scope and the rule, folded under the switch: open once the user opened it in this popup. */
let scopeOpen = false;
function scopeFold(label: string, ...content: Node[]): HTMLElement {
  const fold = h('details', { class: 'scope-fold', id: 'scope-fold' }, h('summary', { id: 'scope-toggle', text: label }), ...content);
  fold.open = scopeOpen;
  fold.addEventListener('toggle', () => (scopeOpen = fold.open));
  return fold;
}

export function siteSection(ctx: PopupContext): (pageHost: string) => Node {
  /** The scope the user picked in this popup, over the one the rule in force has. */
  let chosenScope: SiteScope | null = null;

  const build = (host: string, activation: ReturnType<typeof activationFor>, rule: ReturnType<typeof describeRule>) => {
    const scope: SiteScope = chosenScope ?? activation.rule?.scope ?? 'site';
    const site = siteOf(host);

    const box = h('input', { type: 'checkbox', id: 'site-switch', role: 'switch', class: 'switch', 'aria-describedby': 'rule-headline rule' });
    box.checked = activation.enabled;
    box.disabled = activation.reason === 'paused';
    box.addEventListener('change', () => {
      const on = box.checked;
      const where = scope === 'site' ? `${site} and its subdomains` : host;
      void ctx.change((s) => switchSite(s, host, scope, on), `Sanctions Lens is ${on ? 'on' : 'off'} for ${where}.`);
    });
    const radio = (value: SiteScope, label: string, hint: Node) => {
      const input = h('input', { type: 'radio', name: 'scope', id: `scope-${value}`, value });
      input.checked = scope === value;
      input.addEventListener('change', () => {
        if (!input.checked) return;
        chosenScope = value;
        ctx.say(value === 'site' ? `The switch now applies to ${site} and all its subdomains.` : `The switch now applies to ${host} only.`);
        ctx.draw();
      });
      return h('label', { class: 'scope-option', for: `scope-${value}` }, input, h('span', {}, h('strong', { text: label }), h('small', {}, hint)));
    };
    return h(
      'section',
      { class: `card site state-${rule.state}`, 'aria-labelledby': 'site-label' },
      h(
        'div',
        { class: 'site-head' },
        h('div', { class: 'site-id' }, h('label', { for: 'site-switch', id: 'site-label', class: 'host', text: host }), h('p', { class: 'rule-headline', id: 'rule-headline', text: rule.headline })),
        box,
      ),
      scopeFold(
        scope === 'site' ? `Applies to the whole site` : 'Applies to this host only',
        h(
          'fieldset',
          { class: 'scope' },
          h('legend', { text: 'The switch applies to' }),
          radio('site', 'Whole site', breakable(`${site} and subdomains`)),
          radio('host', 'This host only', breakable(host)),
        ),
        h('p', { class: 'rule', id: 'rule', text: rule.source }),
      ),
    );
  };

  return (pageHost) => {
    const host = normaliseHost(pageHost);
    const activation = activationFor(host, ctx.settings, ctx.now());
    const rule = describeRule(host, ctx.settings, ctx.now());
    return ctx.reuseUnlessChanged('site', [host, chosenScope, activation, rule], () => build(host, activation, rule));
  };
}
