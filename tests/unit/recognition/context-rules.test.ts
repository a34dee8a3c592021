import { describe, expect, it } from 'vitest';
import { createLexicon, createRecognizer } from '../../../src/recognition/recognizer';
import { entity, kbOf, spans } from './helpers';
import type { Designation } from '../../../src/kb/model';

const words = createLexicon({ words: ['ministry', 'defence', 'golden', 'star', 'the', 'of', 'said', 'profits', 'rose'], givenNames: [] });

function recognizer(entities: Designation[]) {
  const kb = kbOf(entities);
  kb.curated.jurisdictions = kb.curated.jurisdictions.map((j) => (j.id === 'kp' ? { ...j, listCountryNames: ['North Korea', "Democratic People's Republic of Korea"] } : j));
  return createRecognizer(kb, words);
}

describe('name parts that many listed people share', () => {
  // Twelve listed people called Ahmad and twelve called Hassan make both common name parts, as the real lists do.
  const crowd = [
    ...Array.from({ length: 12 }, (_, i) => entity(`ofac:a${i}`, 'Person', [`AHMAD, Zarqawi${String.fromCharCode(97 + i)}`])),
    ...Array.from({ length: 12 }, (_, i) => entity(`ofac:h${i}`, 'Person', [`HASSAN, Qurbani${String.fromCharCode(97 + i)}`])),
  ];
  const r = recognizer([...crowd, entity('ofac:1', 'Person', ['HASSAN, Ahmad']), entity('ofac:2', 'Person', ['NASRALLAH, Hassan'])]);

  it('a two-part name made only of common parts is not marked on its own', () => {
    expect(spans(r.scan('Ahmad Hassan scored twice for the home side.'))).toEqual([]);
  });
  it('a name with a distinctive part still is', () => {
    expect(spans(r.scan('Hassan Nasrallah gave a speech.'))).toEqual(['designated:Hassan Nasrallah']);
  });
});

describe('organisation names made of common words need the page to name their jurisdiction', () => {
  const r = recognizer([
    entity('un:KPe.1', 'Organization', ['GOLDEN STAR CO'], { country: ["Democratic People's Republic of Korea"] }),
    entity('ofac:9', 'Organization', ['ALFA LIMITED LIABILITY COMPANY']),
  ]);

  it('is not marked in ordinary news', () => {
    expect(spans(r.scan('Golden Star said profits rose.'))).toEqual([]);
  });
  it('is marked, as a possible match, where the page names the party’s jurisdiction', () => {
    const found = r.scan('In North Korea, Golden Star said profits rose.');
    expect(spans(found)).toEqual(['jurisdiction:North Korea', 'designated:Golden Star']);
    expect(found[1]).toMatchObject({ entity: 'un:KPe.1', confidence: 'possible' });
  });
  it('counts a jurisdiction the rest of the page named, for a block scanned on its own', () => {
    expect(spans(r.scan('Golden Star said profits rose.', { jurisdictions: ['kp'] }))).toEqual(['designated:Golden Star']);
    expect(spans(r.scan('Golden Star said profits rose.', { jurisdictions: ['ir'] }))).toEqual([]);
  });
  it('a word cut from a longer listed name does not match the start of another name', () => {
    expect(spans(r.scan('The new Alfa Romeo was unveiled.'))).toEqual([]);
    expect(spans(r.scan('Alfa, the Moscow firm, was sanctioned.'))).toEqual(['designated:Alfa']);
  });
});

describe('sanctions bodies and instruments among other organisations', () => {
  const r = recognizer([]);
  it('a body name that runs on into "of" another organisation is that other body', () => {
    expect(spans(r.scan('The Security Council of the football federation met.'))).toEqual([]);
    expect(spans(r.scan('The UN Security Council of the United Nations met.'))).toEqual(['body:UN Security Council']);
  });
  it('a name several bodies share needs sanctions context on the page', () => {
    expect(spans(r.scan('The Panel of Experts at the flower show gave gold.'))).toEqual([]);
    expect(spans(r.scan('On North Korea, the Panel of Experts reported.'))).toEqual(['jurisdiction:North Korea', 'body:Panel of Experts']);
  });
});
