// @vitest-environment jsdom
/**
 * A card whose data was read from a mirror the user set says so, beside its
 * data date and in its citation; a card from the publishers' data does not.
 */
import { describe, expect, it } from 'vitest';
import { parseUnXml } from '../../../src/kb/parsers/un-xml';
import { assembleKb } from '../../../src/kb/build/assemble';
import { curatedLayer } from '../../../src/kb/curated';
import { KbLookup } from '../../../src/kb/kb-lookup';
import { renderCard, type CardActions } from '../../../src/page/popover/render-card';
import { unXml } from '../updater/harness';

async function cardFor(mirror?: string) {
  const list = await parseUnXml(unXml(3, '2026-05-31'), { file: 'un.xml' });
  const kb = await assembleKb([{ ...list, source: { ...list.source, ...(mirror ? { mirror } : {}) } }], curatedLayer());
  const index = new KbLookup(kb);
  const person = kb.entities[0];
  return index.card(person.id, person.caption)!;
}

const noop: CardActions = { onCopy: () => undefined, onPin: () => undefined, onClose: () => undefined };

describe('cards name mirror data', () => {
  it('flags the data line and adds a note naming the mirror', async () => {
    const card = await cardFor('lists.mirror.example.org');
    expect(card.mirrors).toEqual(['lists.mirror.example.org']);
    expect(card.citation).toContain('UN list of 2026-05-31 (from the mirror lists.mirror.example.org, not the publisher)');
    const el = renderCard(document, card, noop);
    expect(el.querySelector('.as-of.from-mirror')?.textContent).toBe('Data as of UN list of 2026-05-31 (from the mirror lists.mirror.example.org, not the publisher)');
    expect(el.querySelector('.mirror-note')?.textContent).toBe('Read from a mirror set in the options (lists.mirror.example.org), not from the publisher.');
  });

  it('says nothing of mirrors for the publishers’ data', async () => {
    const card = await cardFor();
    expect(card.mirrors).toBeUndefined();
    const el = renderCard(document, card, noop);
    expect(el.querySelector('.as-of')?.textContent).toBe('Data as of UN list of 2026-05-31');
    expect(el.querySelector('.mirror-note')).toBeNull();
  });
});
