/**
 * Reads the open card from outside the page's reach, whatever its shadow
 * root's mode: Chromium's DevTools protocol sees closed shadow roots
 * (DOM.describeNode with pierce), so tests and measurements keep working when
 * the card's root is closed. Chromium only (Firefox tests read the card through
 * their own means).
 */
import type { Page } from 'playwright-core';

/** Hosts the card may live under: its own tag, or that tag with a private suffix when a page took the name. */
const HOST_TEST = `(el) => el.localName === 'sanctions-lens-popover' || el.localName.startsWith('sanctions-lens-popover-')`;

/**
 * Runs `fn(shadowRoot, arg)` in the page against the shown card's shadow root;
 * null when no card is shown. `fn` is serialised: it must not close over anything.
 */
export async function inCard<A, T>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg: A): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // The host is found in the page (its element is not hidden by the shadow root's mode).
    const host = await cdp.send('Runtime.evaluate', {
      expression: `[...document.documentElement.children].find((el) => (${HOST_TEST})(el) && !el.hidden) ?? null`,
    });
    const hostId = host.result.objectId;
    if (!hostId) return null;
    const { node } = await cdp.send('DOM.describeNode', { objectId: hostId, pierce: true, depth: 1 });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
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
    return r.result.value as T;
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
