// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { KbLookup } from '../../../src/kb/kb-lookup';
import { renderCard } from '../../../src/page/popover/render-card';
import { createRecognizer } from '../../../src/recognition/recognizer';
import { entity, kbOf, lexicon } from '../recognition/helpers';

const qadhafi = entity('un:LYi.011', 'Person', [
  { value: 'QADHAFI, Muammar Mohammed Abu Minyar', quality: 'strong', kind: 'primary', parts: { given: ['Muammar', 'Mohammed', 'Abu', 'Minyar'], family: 'QADHAFI' } },
]);
const noop = { onCopy: () => undefined, onPin: () => undefined, onClose: () => undefined };

describe('a card for a match found through a variant', () => {
  const kb = kbOf([qadhafi]);
  const recognizer = createRecognizer(kb, lexicon);
  const index = new KbLookup(kb);

  it('names the listed name the page spelling matched', () => {
    const [m] = recognizer.scan('Colonel Muammar Gaddafi ruled Libya.');
    expect(m.text).toBe('Muammar Gaddafi');
    expect(m.via).toBe('variant');
    expect(m.matched).toBe('muammar qadhafi');
    const card = index.card(m.entity, m.name, { possible: m.confidence === 'possible', matched: m.matched });
    expect(card?.matchedName).toBe('QADHAFI, Muammar Mohammed Abu Minyar');
    const root = renderCard(document, card!, noop);
    expect(root.querySelector('.matched')?.textContent).toBe('Matched listed name: QADHAFI, Muammar Mohammed Abu Minyar');
  });

  it('says nothing of a listed name when the page wrote one', () => {
    const [m] = recognizer.scan('Muammar Qadhafi ruled Libya.');
    expect(m.matched).toBeUndefined();
    const card = index.card(m.entity, m.name, { matched: m.matched });
    expect(card?.matchedName).toBeUndefined();
    expect(renderCard(document, card!, noop).querySelector('.matched')).toBeNull();
  });

  it('reads a possible match as possible', () => {
    const card = index.card(qadhafi.id, qadhafi.caption, { possible: true });
    expect(renderCard(document, card!, noop).querySelector('.possible')?.textContent).toMatch(/^Possible match/);
  });
});
