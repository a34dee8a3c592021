// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { h, reconcileChildren } from '../../../src/ui/dom';

describe('reconcileChildren', () => {
  it('keeps a node that stays where it was, with its focus, and replaces the rest', () => {
    const parent = h('div');
    document.body.append(parent);
    const kept = h('input', { type: 'checkbox', id: 'kept' });
    parent.append(kept, h('p', { text: 'old 1' }), h('p', { text: 'old 2' }), h('p', { text: 'old 3' }));
    kept.focus();
    let removedKept = false;
    new MutationObserver((records) => {
      for (const r of records) if ([...r.removedNodes].includes(kept)) removedKept = true;
    }).observe(parent, { childList: true });
    reconcileChildren(parent, [kept, h('p', { text: 'new 1' })]);
    expect([...parent.childNodes].map((n) => (n === kept ? 'kept' : n.textContent))).toEqual(['kept', 'new 1']);
    expect(document.activeElement).toBe(kept);
    return Promise.resolve().then(() => expect(removedKept).toBe(false));
  });

  it('moves a kept node to its new place and empties a parent given nothing', () => {
    const parent = h('div');
    const a = h('p', { text: 'a' });
    const b = h('p', { text: 'b' });
    parent.append(a, b);
    reconcileChildren(parent, [b, a]);
    expect([...parent.childNodes]).toEqual([b, a]);
    reconcileChildren(parent, []);
    expect(parent.childNodes.length).toBe(0);
  });
});
