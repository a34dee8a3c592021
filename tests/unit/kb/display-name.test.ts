import { describe, expect, it } from 'vitest';
import { displayName, readingOrder, titleCaseName } from '../../../src/kb/display-name';
import type { Designation } from '../../../src/kb/model';

const party = (caption: string, schema: Designation['schema'], props: Designation['props'] = {}) => ({ caption, schema, props });

describe('displayName: titles in reading order and case', () => {
  it('reads a family-first listing family name first when the party is tied to Korea or China, given name first otherwise', () => {
    expect(displayName(party('KIM, Jong Un', 'Person', { country: ['Korea, North'] }))).toBe('Kim Jong Un');
    expect(displayName(party('KIM JONG SIK', 'Person', { nationality: ['Democratic People’s Republic of Korea'] }))).toBe('Kim Jong Sik');
    expect(displayName(party('AL-JAWLANI, Abu Muhammad', 'Person'))).toBe('Abu Muhammad al-Jawlani');
    expect(displayName(party('BIN LADEN, Sa\'ad', 'Person'))).toBe("Sa'ad bin Laden");
    expect(displayName(party('Sergey Viktorovich LAVROV', 'Person'))).toBe('Sergey Viktorovich Lavrov');
  });

  it('title-cases vessels and organisations, keeping legal forms, acronyms, Roman numerals and small words', () => {
    expect(displayName(party('CHON MA SAN', 'Vessel'))).toBe('Chon Ma San');
    expect(displayName(party('DIAMOND II', 'Vessel'))).toBe('Diamond II');
    expect(displayName(party('AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT', 'Organization'))).toBe('Al-Nusrah Front for the People of the Levant');
    expect(displayName(party('STROYTRANSGAZ OJSC', 'Company'))).toBe('Stroytransgaz OJSC');
    expect(displayName(party('OOO VOLGA GROUP', 'Company'))).toBe('OOO Volga Group');
    expect(displayName(party('FMF GENERAL TRADING LLC', 'Company'))).toBe('FMF General Trading LLC');
    expect(displayName(party('ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)', 'Organization'))).toBe('Islamic Revolutionary Guard Corps (IRGC)');
    expect(displayName(party('CENTRO COMERCIAL Y HABITACIONAL LOMAS, S.A. DE C.V.', 'Company'))).toBe('Centro Comercial y Habitacional Lomas, S.A. de C.V.');
    expect(displayName(party('KOREA MINING DEVELOPMENT TRADING CORPORATION', 'Company'))).toBe('Korea Mining Development Trading Corporation');
  });

  it('leaves names already in mixed case, digits and non-Latin scripts as listed', () => {
    expect(titleCaseName('Hay’at Tahrir al-Sham', false)).toBe('Hay’at Tahrir al-Sham');
    expect(titleCaseName('1425 BRICKELL AVENUE 64E LLC', false)).toBe('1425 Brickell Avenue 64E LLC');
    expect(titleCaseName('Сергей ЛАВРОВ', true)).toBe('Сергей Лавров');
    expect(titleCaseName('جبهة النصرة', false)).toBe('جبهة النصرة');
    expect(titleCaseName("O'BRIEN, SHA'BAN", true)).toBe("O'Brien, Sha'ban");
  });

  it('turns only a single "FAMILY, Given" comma form around', () => {
    expect(readingOrder('KIM, Jong Un', false)).toBe('Jong Un KIM');
    expect(readingOrder('KIM, Jong Un', true)).toBe('KIM Jong Un');
    expect(readingOrder('A, B, C', false)).toBe('A, B, C');
  });
});
