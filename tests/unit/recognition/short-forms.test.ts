/**
 * Short forms and titles (issue #12 item 3) and declined names (item 2):
 * each rule with the cases it must not reach.
 */
import { describe, expect, it } from 'vitest';
import { createLexicon, createRecognizer } from '../../../src/recognition/recognizer';
import { entity, kbOf, lexicon, scanWith, spans } from './helpers';

const baradar = entity('un:TAi.024', 'Person', [
  { value: 'Abdul Ghani BARADAR', quality: 'strong', kind: 'primary', parts: { given: ['Abdul', 'Ghani'], family: 'BARADAR' } },
]);
const rogo = entity('un:SOi.011', 'Person', [
  { value: 'Aboud Rogo Mohammed', quality: 'strong', kind: 'primary' },
  { value: 'Sheikh Aboud ROGO', quality: 'strong', kind: 'alias' },
]);
const wagner = entity('ofac:22543', 'Company', ["PRIVATE MILITARY COMPANY 'WAGNER'", 'WAGNER GROUP']);
const alfa = entity('ofac:900', 'Company', ['OOO TEKHNOPARK MERIDIAN']);
const meridian = entity('ofac:902', 'Company', ['OOO MERIDIAN']);
const fourth = entity('ofac:29066', 'Organization', ['FOURTH DIVISION OF THE SYRIAN ARAB ARMY']);
const infantry = entity('ofac:24811', 'Organization', ['99TH LIGHT INFANTRY DIVISION OF THE BURMESE ARMY']);
const aqah = entity('ofac:901', 'Organization', ['ANSAR AL-HASSAN BRIGADES']);
const putin = entity('ofac:13', 'Person', [
  { value: 'PUTIN, Vladimir Vladimirovich', quality: 'strong', kind: 'primary', parts: { given: ['Vladimir', 'Vladimirovich'], family: 'PUTIN' } },
]);

describe('titles', () => {
  it('reads a listed name without its title, and keeps the title outside the mark', () => {
    expect(spans(scanWith([rogo], 'Police said Aboud Rogo was shot in Mombasa.'))).toEqual(['designated:Aboud Rogo']);
    const m = scanWith([baradar], 'Mullah Abdul Ghani Baradar arrived in Kabul.');
    expect(spans(m)).toEqual(['designated:Abdul Ghani Baradar']);
  });

  it('reads a title and the surname of one listed person, on a page with sanctions context', () => {
    const m = scanWith([baradar], 'UN sanctions on travel were lifted. Mullah Baradar flew to Doha, and Baradar met envoys.');
    expect(spans(m)).toEqual(['designated:Baradar', 'designated:Baradar']);
    expect(m[0].confidence).toBe('possible');
    // The card names the listed name the surname comes from.
    expect(m[0].matched).toBe('baradar');
    expect(m[1].via).toBe('coref');
  });

  it('marks no title alone, no surname after a title on a page with no sanctions context, no "General Motors"', () => {
    expect(scanWith([baradar], 'The Mullah spoke. General Motors rose. President Smith left.')).toEqual([]);
    expect(scanWith([baradar], 'Mullah Baradar flew to Doha for the talks.')).toEqual([]);
    // A modifier is no title by itself ("Vice Baradar"), and lower case is no title.
    expect(scanWith([baradar], 'Sanctions were lifted. Vice Baradar and mullah Baradar.')).toEqual([]);
  });

  it('does not read a courtesy title before a surname, nor take a country for evidence', () => {
    expect(scanWith([baradar], 'UN sanctions were lifted. Mr. Baradar and Prince Baradar.')).toEqual([]);
    const afghan = entity('un:TAi.025', 'Person', [
      { value: 'Abdul Rauf ALIZA', quality: 'strong', kind: 'primary', parts: { given: ['Abdul', 'Rauf'], family: 'ALIZA' } },
    ], { nationality: ['Russia'] });
    const kb = kbOf([afghan]);
    kb.curated.jurisdictions = kb.curated.jurisdictions.map((j) => (j.id === 'ru' ? { ...j, listCountryNames: ['Russia'] } : j));
    const scan = (t: string) => createRecognizer(kb, lexicon).scan(t).filter((m) => m.category === 'designated');
    // A history of Russia that names a General Aliza is not about the listed man...
    expect(scan('In 1788 Russia fought the Turks. General Aliza led the army.')).toEqual([]);
    // ...though the country would do for a weak name of his, and a cue word does for the title and surname.
    expect(scan('In 1788 Russia fought the Turks. General Aliza, who is sanctioned, led the army.').map((m) => m.text)).toEqual(['Aliza']);
  });

  it('does not read a title and a surname that runs on into another name', () => {
    expect(scanWith([baradar], 'Sanctions were lifted. General Baradar Khan spoke.')).toEqual([]);
  });
});

describe('surnames the list does not mark', () => {
  const jawlani = entity('ofac:15945', 'Person', [
    { value: 'AL-JAWLANI, Abu Muhammad', quality: 'strong', kind: 'primary', parts: { given: ['Abu', 'Muhammad'], family: 'AL-JAWLANI' } },
    { value: 'Ahmed al-Sharaa', quality: 'strong', kind: 'alias' },
  ]);
  const soloviev = entity('ofac:34377', 'Person', [{ value: 'Yuri Soloviev', quality: 'strong', kind: 'primary' }]);

  it('takes a last part joined to an Arabic article for the family name', () => {
    const m = scanWith([jawlani], 'President Ahmed al-Sharaa spoke. Al-Sharaa, and later Sharaa, left.');
    expect(spans(m)).toEqual(['designated:Ahmed al-Sharaa', 'designated:Al-Sharaa', 'designated:Sharaa']);
    expect(m[2].via).toBe('coref');
  });

  it('guesses no family name from a plain given-and-family order', () => {
    expect(spans(scanWith([soloviev], 'Yuri Soloviev danced. Soloviev bowed.'))).toEqual(['designated:Yuri Soloviev']);
  });
});

describe('organisation short forms', () => {
  it('reads a lower-case generic head after a capitalised name, not the head alone', () => {
    expect(spans(scanWith([wagner], 'the Wagner group said'))).toEqual(['designated:Wagner group']);
    expect(scanWith([wagner], 'the group said the company was sanctioned')).toEqual([]);
    expect(scanWith([wagner], 'the wagner group said')).toEqual([]);
    // The designator is no legal form: without it the name is someone else's ("Wieland Wagner").
    expect(scanWith([wagner], 'The opera was staged by Wieland Wagner, who was sanctioned by critics.')).toEqual([]);
  });

  it('reorders a designator and spells it out or abbreviates it', () => {
    for (const text of ['PMC Wagner', 'Wagner PMC', 'Wagner Private Military Company', 'Private Military Company Wagner']) {
      const m = scanWith([wagner], `${text} was sanctioned.`);
      expect(spans(m), text).toEqual([`designated:${text}`]);
      expect(m[0].entity).toBe('ofac:22543');
    }
    // A one-word name is weak alone; with its designator, on either side and in any spelling, it is the party.
    for (const text of ['Meridian LLC', 'LLC Meridian', 'Meridian OOO', 'OOO Meridian', 'Meridian Limited Liability Company']) {
      const m = scanWith([meridian], `${text} signed a deal.`);
      expect(spans(m), text).toEqual([`designated:${text}`]);
      if (text !== 'OOO Meridian') expect(m[0].matched, text).toBe(text.toLowerCase());
    }
    expect(scanWith([meridian], 'Meridian signed a deal.')).toEqual([]);
    // A longer name needs no designator: it is found without one, and the index holds no reordered copies of it.
    expect(spans(scanWith([alfa], 'Tekhnopark Meridian LLC was sanctioned.'))).toEqual(['designated:Tekhnopark Meridian']);
  });

  it('reads a numbered unit by its other ordinal spelling and with qualifiers left out or added', () => {
    const syria = 'Syria: the US sanctioned';
    for (const text of ['Fourth Division', '4th Division', '4th Armoured Division', 'Fourth Armored Division']) {
      const m = scanWith([fourth], `${syria} the ${text} of Maher al-Assad.`);
      expect(spans(m).filter((s) => s.startsWith('designated')), text).toEqual([`designated:${text}`]);
      // A form with words the listed name does not have names the listed name on its card.
      if (text !== 'Fourth Division') expect(m.find((x) => x.category === 'designated')?.matched, text).toBeDefined();
    }
    expect(spans(scanWith([infantry], 'Troops of the 99th Division, Burma, were sanctioned'))).toContain('designated:99th Division');
    expect(spans(scanWith([infantry], 'the 99th Light Infantry Division was sanctioned'))).toEqual(['designated:99th Light Infantry Division']);
  });

  it('keeps the kind of unit, and needs the country for a name of common words', () => {
    // A unit of another kind is another unit.
    expect(scanWith([fourth], 'Syria: the US sanctioned the Fourth Brigade.').filter((m) => m.category === 'designated')).toEqual([]);
    // A qualifier is left out only between the number and the kind.
    expect(scanWith([fourth], 'Syria: the US sanctioned the Fourth Armoured.').filter((m) => m.category === 'designated')).toEqual([]);
    // Football's Fourth Division on a page with no Syria is no sanctioned unit: its words are common ones.
    const english = createLexicon({ words: ['fourth', 'division', 'the', 'of'], givenNames: [] });
    const scan = (t: string) => createRecognizer(kbOf([fourth]), english).scan(t);
    expect(scan('Their club was relegated to the Fourth Division.')).toEqual([]);
    // An ordinal in digits is as common as in words.
    expect(scan('Their club was relegated to the 4th Division.')).toEqual([]);
    expect(spans(scan('In Syria, the 4th Division was sanctioned.'))).toContain('designated:4th Division');
  });

  it('carries an acronym the page defines for the rest of the page', () => {
    const m = scanWith([aqah], 'The Ansar al-Hassan Brigades (AQAH) were sanctioned. Later, AQAH denied it; aqah is not it.');
    expect(spans(m)).toEqual(['designated:Ansar al-Hassan Brigades', 'designated:AQAH', 'designated:AQAH']);
    expect(m[2].via).toBe('coref');
  });
});

describe('declined names', () => {
  it('reaches the base name from Polish, Lithuanian and transliterated Russian case endings', () => {
    for (const text of ['Władimirowi Putinowi', 'Władimira Putina', 'Vladimiro Putino', 'Vladimirui Putinui', 'Vladimirom Putinym', 'Władimirem Putinem']) {
      const m = scanWith([putin], `Sankcje wobec ${text} ogłoszono.`);
      expect(spans(m), text).toEqual([`designated:${text}`]);
      expect(m[0].matched, text).toBe('vladimir putin');
    }
  });

  it('reaches the base name when each declined part also has a stem that is another listed name', () => {
    // Vladimirov and Sergeyev are listed surnames: "Władimirowi" and "Siergiejowi" each have two stems that
    // reach the name trie, and only the next part decides. "Ławrow" writes Russian в as Polish w.
    const vladimirov = entity('ofac:v', 'Person', [{ value: 'VLADIMIROV, Ivan', quality: 'strong', kind: 'primary' }]);
    const sergeyev = entity('ofac:s', 'Person', [{ value: 'SERGEEV, Oleg', quality: 'strong', kind: 'primary' }]);
    const lavrov = entity('ofac:l', 'Person', [{ value: 'LAVROV, Sergei', quality: 'strong', kind: 'primary' }]);
    const all = [putin, vladimirov, sergeyev, lavrov];
    for (const [text, matched] of [
      ['Władimirowi Putinowi', 'vladimir putin'],
      ['Siergiejowi Ławrowowi', 'sergei lavrov'],
      ['Siergieja Ławrowa', 'sergei lavrov'],
      ['Siergiej Ławrow', 'sergei lavrov'],
    ]) {
      const m = scanWith(all, `Sankcje wobec ${text} ogłoszono.`);
      expect(spans(m), text).toEqual([`designated:${text}`]);
      expect(m[0].matched, text).toBe(matched);
    }
    expect(spans(scanWith(all, 'Sankcje wobec Władimirowa Iwana.'))).toEqual(['designated:Władimirowa Iwana']);
  });

  it('takes no party when two stems of one declined name reach different parties', () => {
    const putinov = entity('ofac:p2', 'Person', [{ value: 'PUTINOV, Vladimir', quality: 'strong', kind: 'primary' }]);
    // "Putinowi" is the dative of Putin and of Putinow alike.
    expect(scanWith([putin, putinov], 'Sankcje wobec Władimirowi Putinowi ogłoszono.')).toEqual([]);
    // Spelled as the other one is listed, it is that one.
    const m = scanWith([putin, putinov], 'Sankcje wobec Władimira Putinowa.');
    expect(m.map((x) => `${x.text} ${x.entity}`)).toEqual(['Władimira Putinowa ofac:p2']);
  });

  it('lets a declined surname refer back to a name given in full', () => {
    const m = scanWith([putin], 'Vladimir Putin spoke. Sankcje wobec Putinowi i Putinem.');
    expect(spans(m)).toEqual(['designated:Vladimir Putin', 'designated:Putinowi', 'designated:Putinem']);
  });

  it('does not decline a lone word, a lower-case word or a stem that is too short', () => {
    // A declined surname alone, before the page names the person, is not the person.
    expect(scanWith([putin], 'Sankcje wobec Putinowi ogłoszono.')).toEqual([]);
    // A common noun: lower case.
    expect(scanWith([putin], 'Vladimir Putin spoke; putinowi i putinem.').map((m) => m.text)).toEqual(['Vladimir Putin']);
  });
});
