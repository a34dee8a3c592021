// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectPageText } from '../../../src/page/visible-text';
import { applyMarks } from '../../../src/page/marker';
import { SpliceLedger } from '../../../src/page/splice-ledger';
import type { Mention } from '../../../src/recognition/types';

function mentionsOf(text: string, names: string[]): Mention[] {
  const out: Mention[] = [];
  for (const name of names)
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
      out.push({ start: i, end: i + name.length, text: name, name, entity: `e:${name}`, category: 'designated', known: true, confidence: 'high', via: 'name' });
  return out.sort((a, b) => a.start - b.start);
}

function mark(root: Element, ledger: SpliceLedger, names: string[]) {
  const page = collectPageText(root);
  return applyMarks(page, mentionsOf(page.text, names), { ledger });
}

describe('SpliceLedger', () => {
  it('undo gives back the same text nodes with their own text, and nothing else', () => {
    document.body.innerHTML = '<p id="p">North Korea and the Lazarus Group met <b>OFAC</b>.</p><p>Lazarus Group</p>';
    const before = document.body.innerHTML;
    const nodes = [...document.body.querySelectorAll('p, b')].flatMap((e) => [...e.childNodes]);
    const ledger = new SpliceLedger();
    expect(mark(document.body, ledger, ['North Korea', 'Lazarus Group', 'OFAC']).length).toBe(4);
    expect(document.body.innerHTML).not.toBe(before);
    ledger.restoreAll();
    expect(document.body.innerHTML).toBe(before);
    const after = [...document.body.querySelectorAll('p, b')].flatMap((e) => [...e.childNodes]);
    // Same node objects, in the same places: a framework holding references to them sees no difference.
    expect(after.length).toBe(nodes.length);
    after.forEach((n, i) => expect(n).toBe(nodes[i]));
  });

  it('unwinds a second pass that split text the first pass had split off', () => {
    document.body.innerHTML = '<p>North Korea, then Lazarus Group.</p>';
    const before = document.body.innerHTML;
    const ledger = new SpliceLedger();
    mark(document.body, ledger, ['North Korea']);
    mark(document.body, ledger, ['Lazarus Group']);
    expect(document.querySelectorAll('mark').length).toBe(2);
    ledger.restoreAll();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('p')!.childNodes.length).toBe(1);
  });

  it('when the page rewrites its own text node, discard removes exactly the stale pieces', () => {
    document.body.innerHTML = '<p>Report: <span>North Korea</span> <i>x</i> is sanctioned by OFAC today.</p>';
    const p = document.querySelector('p')!;
    const owned = p.childNodes[2] as Text; // " " before <i>
    const tail = p.childNodes[4] as Text; // " is sanctioned by OFAC today."
    const ledger = new SpliceLedger();
    mark(document.body, ledger, ['North Korea', 'OFAC']);
    expect(ledger.has(tail)).toBe(true);
    // What React does on an update: new text on the node it created.
    tail.data = ' was named by the UN.';
    ledger.discard(tail);
    expect(p.textContent).toBe('Report: North Korea x was named by the UN.');
    expect(p.querySelectorAll('mark').length).toBe(1);
    expect(owned.isConnected).toBe(true);
  });
});
