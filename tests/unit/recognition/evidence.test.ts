import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../../src/recognition/recognizer';
import { cuePositions, CUE_NEAR_CHARS } from '../../../src/recognition/evidence';
import { entity, kbOf, lexicon, spans } from './helpers';

function recognizer() {
  const kb = kbOf([
    entity('ofac:htc', 'Organization', ['IRAN AIRCRAFT MANUFACTURING INDUSTRIAL COMPANY', 'HTC'], { country: ['Iran'] }),
    entity('ofac:carvana', 'Organization', ['CARVANA COMPANY']),
    entity('ofac:lavrov', 'Person', ['LAVROV, Sergei Viktorovich']),
  ]);
  kb.curated.jurisdictions = kb.curated.jurisdictions.map((j) => (j.id === 'ir' ? { ...j, listCountryNames: ['Iran'] } : j));
  return createRecognizer(kb, lexicon);
}

describe('weak designated strings need evidence on the page', () => {
  const r = recognizer();
  it('an acronym that is also a phone maker is not marked alone', () => {
    expect(spans(r.scan('HTC unveiled the HTC One X with a new camera.'))).toEqual([]);
    expect(spans(r.scan('Shares of Carvana rose 14 per cent.'))).toEqual([]);
  });
  it('is marked where the page gives the full name', () => {
    expect(spans(r.scan('Iran Aircraft Manufacturing Industrial Company builds drones. HTC also repairs helicopters.'))).toEqual([
      'designated:Iran Aircraft Manufacturing Industrial Company',
      'designated:HTC',
    ]);
  });
  it('is marked where the page names a jurisdiction the party is tied to', () => {
    expect(spans(r.scan('HTC, a helicopter maker in Iran, expanded.'))).toEqual(['designated:HTC', 'jurisdiction:Iran']);
  });
  it('is marked beside a sanctions cue word, not far from one', () => {
    expect(spans(r.scan('The US Treasury sanctioned HTC on Tuesday.'))).toEqual(['designated:HTC']);
    expect(spans(r.scan('Washington designated Carvana.'))).toEqual(['designated:Carvana']);
    const far = `Sanctions were in the news. ${'The weather was mild. '.repeat(Math.ceil(CUE_NEAR_CHARS / 20))}HTC unveiled a phone.`;
    expect(spans(r.scan(far))).toEqual([]);
  });
  it('is marked on a sanctions page that names another party in full', () => {
    const far = `Sanctions were in the news. ${'The weather was mild. '.repeat(20)}Sergei Lavrov met HTC staff.`;
    expect(spans(r.scan(far))).toEqual(['designated:Sergei Lavrov', 'designated:HTC']);
  });
  it('counts evidence the rest of the page showed, for a block scanned on its own', () => {
    expect(spans(r.scan('HTC said.', { designated: ['ofac:htc'] }))).toEqual(['designated:HTC']);
    expect(spans(r.scan('HTC said.', { designated: ['ofac:carvana'] }))).toEqual([]);
    expect(spans(r.scan('HTC said.', { jurisdictions: ['ir'] }))).toEqual(['designated:HTC']);
  });
  it('bonds and baseball are not sanctions words', () => {
    expect(cuePositions('Treasury yields rose; the designated hitter homered.')).toEqual([]);
    expect(cuePositions('the Treasury said; sanctions; blacklisted; an asset freeze; listed by the UN').length).toBe(5);
    expect(spans(r.scan('Treasury yields rose as HTC shares fell.'))).toEqual([]);
  });
});

describe('jurisdictions need sanctions context on the page', () => {
  const r = recognizer();
  it('a country in a football score is not marked by default', () => {
    expect(spans(r.scan('Iran beat Japan 2-1 in the Asian Cup quarter-final.'))).toEqual([]);
  });
  it('is marked everywhere when the reader asks for it', () => {
    expect(spans(r.scan('Iran beat Japan 2-1.', { jurisdictionsEverywhere: true }))).toEqual(['jurisdiction:Iran']);
  });
  it('is marked on a page about sanctions, or one that names a listed party', () => {
    expect(spans(r.scan('New sanctions on Iran were announced.'))).toEqual(['jurisdiction:Iran']);
    expect(spans(r.scan('Iran beat Japan 2-1.', { aboutSanctions: true }))).toEqual(['jurisdiction:Iran']);
    expect(spans(r.scan('Sergei Lavrov flew to Iran.'))).toEqual(['designated:Sergei Lavrov', 'jurisdiction:Iran']);
  });
});
