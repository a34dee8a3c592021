/** A tiny element builder for the extension's own pages: text goes in as text, never as HTML. */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | boolean | number>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/**
 * Makes `parent`'s children exactly `nodes`, leaving in place every node that
 * is already where it belongs. A control kept this way keeps its focus and
 * any key the user is pressing on it: a checkbox toggles on Space's keyup,
 * which is lost if the element was swapped after the keydown.
 */
export function reconcileChildren(parent: Element, nodes: Node[]): void {
  nodes.forEach((node, i) => {
    const current = parent.childNodes[i] ?? null;
    if (current !== node) parent.insertBefore(node, current);
  });
  while (parent.childNodes.length > nodes.length) parent.lastChild?.remove();
}
