/** Naming conventions generate the forms writers use, each tagged with its kind. */
import { describe, expect, it } from 'vitest';
import { conventionalForms } from '../../../src/recognition/conventions';
import type { EntityName } from '../../../src/kb/model';

const countries = new Set(['iran', 'russia', 'venezuela']);
const forms = (name: EntityName, schema: 'Person' | 'Organization') =>
  conventionalForms(name, schema, countries).forms.map((f) => `${f.kind}:${f.tokens.map((t) => t.norm).join(' ')}`);
const strong = (value: string, parts?: EntityName['parts']): EntityName => ({ value, quality: 'strong', kind: 'primary', parts });

describe('conventionalForms', () => {
  it('keeps the first of two Hispanic surnames, and the own surname of a married name', () => {
    expect(forms(strong('GARCIA LOPEZ, Juan Carlos'), 'Person')).toEqual(expect.arrayContaining(['first-surname:juan garcia', 'first-surname:juan carlos garcia']));
    expect(forms(strong('PEREZ DE GOMEZ, Ana Maria'), 'Person')).toEqual(expect.arrayContaining(['own-surname:ana perez']));
  });

  it('leaves a hyphenated or Arabic lineage family name whole', () => {
    expect(forms(strong('HASSAN-POUR, Reza'), 'Person').some((f) => f.startsWith('first-surname'))).toBe(false);
    expect(forms(strong('AL HAMADI, Khalid'), 'Person').some((f) => f.startsWith('first-surname'))).toBe(false);
  });

  it('drops a leading article, a trailing country, a state designator and legal forms in other languages', () => {
    expect(forms(strong('EL CARTEL DEL NORTE'), 'Organization')).toContain('leading-article:cartel del norte');
    expect(forms(strong('BANK SEPAH RUSSIA'), 'Organization')).toContain('trailing-country:bank sepah');
    expect(forms(strong('STATE CORPORATION ALMAZTECH'), 'Organization')).toContain('state-designator:almaztech');
    expect(forms(strong('ALFA TRADE GESELLSCHAFT MIT BESCHRANKTER HAFTUNG'), 'Organization')).toContain('no-legal-form:alfa trade');
    expect(forms(strong('ALFA TRADE SOCIEDAD ANONIMA'), 'Organization')).toContain('no-legal-form:alfa trade');
  });

  it('puts the listed form first', () => {
    expect(forms(strong('BANK SEPAH RUSSIA'), 'Organization')[0]).toBe('listed:bank sepah russia');
  });
});
