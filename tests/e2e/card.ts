/**
 * The card as the tests see it. Its shadow root is closed: a page cannot
 * reach it, and neither can playwright's selectors. DevTools can: CDP's DOM
 * tree with `pierce` lists closed shadow roots, and a function is run on the
 * root from there (what no page script can do). Nothing in the shipped build
 * helps the tests.
 */
import type { Page } from 'playwright-core';

interface DomNode {
  backendNodeId: number;
  localName: string;
  attributes?: string[];
  shadowRoots?: DomNode[];
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  children?: DomNode[];
  contentDocument?: DomNode;
}

function findHosts(n: DomNode, out: DomNode[]): DomNode[] {
  // The card's host: a page may have taken the plain name (with a root of its own, open): ours is closed.
  if (/^sanctions-lens-popover/.test(n.localName) && n.shadowRoots?.[0]?.shadowRootType === 'closed') out.push(n);
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) findHosts(c, out);
  return out;
}

/**
 * Runs `fn` on the shadow root of the card shown on the page (or in one of
 * its frames); null when no card is shown. `fn` runs in the page's main
 * world, on the root itself, and must return JSON.
 */
export async function inCard<T, A = null>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shown = findHosts(root, []).filter((h) => !(h.attributes ?? []).includes('hidden'));
    const host = shown[0];
    if (!host) return null;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: host.shadowRoots![0].backendNodeId })) as { object: { objectId: string } };
    const r = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn.toString(), arguments: [{ objectId: object.objectId }, { value: arg ?? null }], returnByValue: true, awaitPromise: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string };
    };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value ?? null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The open card's text, or null when none is open. */
export function cardText(page: Page): Promise<string | null> {
  return inCard(page, (root) => root.querySelector('.card')?.textContent ?? null);
}

/** Waits until a card is shown (its `.card` drawn) and returns its text. */
export async function waitForCard(page: Page, timeoutMs = 5_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = await cardText(page);
    if (text !== null) return text;
    if (Date.now() > until) throw new Error('no card was shown');
    await page.waitForTimeout(50);
  }
}

/** Waits until no card is shown. */
export async function waitForNoCard(page: Page, timeoutMs = 2_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await cardText(page)) !== null) {
    if (Date.now() > until) throw new Error('the card is still shown');
    await page.waitForTimeout(50);
  }
}

/** Clicks the centre of the first element matching `selector` in the card, as a user's pointer would. */
export async function clickInCard(page: Page, selector: string): Promise<void> {
  const box = await inCard(
    page,
    (root, sel: string) => {
      const r = root.querySelector(sel)?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    },
    selector,
  );
  if (!box) throw new Error(`${selector} is not in the card`);
  await page.mouse.click(box.x, box.y);
}

/** The open card's box in the viewport, or null when none is open. */
export function cardBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return inCard(page, (root) => {
    const r = root.querySelector('.card')?.getBoundingClientRect();
    return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
  });
}
