// @vitest-environment jsdom
/**
 * The card's shadow root is closed and held by the popover alone; a click on
 * a card link is followed only to an official https address, checked at the
 * click (whatever changed the link after the card was drawn).
 */
import { describe, expect, it } from 'vitest';
import { Popover } from '../../../src/page/popover/popover';
import { parseUnXml } from '../../../src/kb/parsers/un-xml';
import { assembleKb } from '../../../src/kb/build/assemble';
import { curatedLayer } from '../../../src/kb/curated';
import { KbLookup } from '../../../src/kb/kb-lookup';
import { unXml } from '../updater/harness';

async function shownPopover(): Promise<{ popover: Popover; root: ShadowRoot }> {
  const list = await parseUnXml(unXml(3, '2026-05-31'), { file: 'un.xml' });
  const kb = await assembleKb([list], curatedLayer());
  const person = kb.entities[0];
  const card = new KbLookup(kb).card(person.id, person.caption)!;
  const anchor = document.createElement('mark');
  anchor.textContent = person.caption;
  document.body.append(anchor);
  const popover = new Popover(document);
  popover.show(anchor, card, { onCopy: () => undefined, onPin: () => undefined, onClose: () => undefined }, { keyboardHint: false });
  // The test reads the popover's own field, as only the content script can.
  return { popover, root: (popover as unknown as { shadow: ShadowRoot }).shadow };
}

describe('the card popover', () => {
  it('keeps its shadow root closed: the page sees the host and nothing in it', async () => {
    const { popover, root } = await shownPopover();
    expect(popover.host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(root.querySelector('.card')).not.toBeNull();
    popover.destroy();
  });

  it('follows an official link and refuses one that was rewritten to another site', async () => {
    const { popover, root } = await shownPopover();
    const a = root.querySelector<HTMLAnchorElement>('a.link')!;
    expect(a.href).toMatch(/^https:\/\/[^/]*un\.org\//);
    const click = () => {
      const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      a.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(click()).toBe(false);
    a.href = 'https://un.org.evil.example/listing';
    expect(click()).toBe(true);
    a.href = 'http://www.un.org/listing';
    expect(click()).toBe(true);
    popover.destroy();
  });
});
