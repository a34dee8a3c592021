/**
 * Reads the open card from outside the page's reach, whatever its shadow
 * root's mode: Chromium's DevTools protocol sees closed shadow roots
 * (DOM.getDocument with pierce), so tests and measurements read the card
 * though its root is closed. Nothing in the shipped build helps them.
 * Chromium only.
 */
import type { Page } from 'playwright-core';

interface DomNode {
  backendNodeId: number;
  localName: string;
  attributes?: string[];
  shadowRoots?: DomNode[];
  children?: DomNode[];
  contentDocument?: DomNode;
}

/** Card hosts in the tree: its own tag, or that tag with a private suffix when a page took the name; frames included. */
function findHosts(n: DomNode, out: DomNode[]): DomNode[] {
  if (/^sanctions-lens-popover/.test(n.localName) && n.shadowRoots?.length) out.push(n);
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) findHosts(c, out);
  return out;
}

/**
 * Runs `fn(shadowRoot, arg)` in the page's main world against the shown
 * card's shadow root (in the page or one of its frames); null when no card is
 * shown. `fn` is serialised: it must not close over anything, and returns JSON.
 */
export async function inCard<T, A = null>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = findHosts(root, []).find((h) => !(h.attributes ?? []).includes('hidden'));
    if (!host) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: host.shadowRoots![0].backendNodeId });
    if (!object.objectId) return null;
    const r = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      // tsx names inner functions with a __name helper the page does not have.
      functionDeclaration: `function (argJson) { var __name = (f) => f; return (${fn.toString()})(this, JSON.parse(argJson)); }`,
      arguments: [{ value: JSON.stringify(arg ?? null) }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (r.exceptionDetails) throw new Error(`inCard: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return (r.result.value ?? null) as T | null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface CardGeometry {
  title: string;
  /** The card's box as shown, and the height its content would take unclipped. */
  height: number;
  contentHeight: number;
  /** Each action button, and whether all of it lies inside both the card's box and the viewport. */
  actions: { label: string; inView: boolean }[];
}

/** The shown card's title, height and whether its action buttons are in view without scrolling. */
export function cardGeometry(page: Page): Promise<CardGeometry | null> {
  return inCard(
    page,
    (root) => {
      const card = root.querySelector<HTMLElement>('.card');
      if (!card) return null;
      const box = card.getBoundingClientRect();
      const inside = (r: DOMRect) =>
        r.width > 0 && r.height > 0 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5 &&
        r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
      const actions = [...root.querySelectorAll<HTMLElement>('.actions button')].map((b) => ({ label: b.textContent ?? '', inView: inside(b.getBoundingClientRect()) }));
      return {
        title: root.querySelector('.title')?.textContent ?? '',
        height: Math.round(box.height),
        contentHeight: Math.round([...card.children].reduce((h, c) => h + (c as HTMLElement).scrollHeight, 0) + 24),
        actions,
      };
    },
    null,
  );
}
