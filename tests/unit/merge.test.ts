import { describe, expect, it } from 'vitest';
import { mergeKey, mergeRecords } from '../../src/kb/build/merge';
import type { ParsedList, SourceRecord } from '../../src/kb/model';

function rec(id: string, authority: 'UN' | 'OFAC' | 'UK', name: string, extra: Partial<SourceRecord> = {}): SourceRecord {
  return {
    id,
    schema: 'Person',
    names: [{ value: name, quality: 'strong', kind: 'primary' }],
    sanctions: [{ authority, list: authority, programs: ['X'], sourceId: id.split(':')[1], sourceUrl: 'https://un.org' }],
    props: {},
    ...extra,
  };
}
function list(authority: 'UN' | 'OFAC' | 'UK', records: SourceRecord[]): ParsedList {
  return { source: { authority, list: authority, title: authority, file: '', date: '2026-01-01', entries: records.length }, records, skipped: {} };
}

describe('mergeRecords', () => {
  it('normalises names for comparison', () => {
    expect(mergeKey('KIM, Jong-Un')).toBe(mergeKey('Kim Jong Un'));
    expect(mergeKey('Gülnara Karimova')).toBe(mergeKey('KARIMOVA, Gulnara'));
  });

  it('merges on a cited UN reference, an IMO number, or a name with a shared birth date; keeps every listing', () => {
    const un = list('UN', [
      rec('un:KPi.001', 'UN', 'RI Chol'),
      rec('un:QDi.002', 'UN', 'Ahmed Example', { props: { birthDate: ['1970-01-01'] } }),
    ]);
    const ofac = list('OFAC', [
      rec('ofac:1', 'OFAC', 'RI, Chol Ho', { props: { unscId: ['KPi.001'] } }),
      rec('ofac:2', 'OFAC', 'EXAMPLE, Ahmed', { props: { birthDate: ['1970-01-01'] } }),
      rec('ofac:3', 'OFAC', 'EXAMPLE, Ahmed', { props: { birthDate: ['1980-05-05'] } }),
      rec('ofac:4', 'OFAC', 'SEA STAR', { schema: 'Vessel', props: { imoNumber: '9522324' } }),
    ]);
    const uk = list('UK', [rec('uk:9', 'UK', 'Sea Star', { schema: 'Vessel', props: { imoNumber: '9522324' } })]);
    const { entities } = mergeRecords([un, ofac, uk]);
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(byId.get('un:KPi.001')?.sourceRecords).toEqual(['un:KPi.001', 'ofac:1']);
    expect(byId.get('un:QDi.002')?.sourceRecords).toEqual(['un:QDi.002', 'ofac:2']);
    expect(byId.get('ofac:3')?.sourceRecords).toEqual(['ofac:3']);
    const vessel = byId.get('ofac:4');
    expect(vessel?.sanctions.map((s) => s.authority)).toEqual(['OFAC', 'UK']);
    expect(vessel?.caption).toBe('SEA STAR');
    expect(entities.length).toBe(4);
  });

  it('does not merge two people who only share a name', () => {
    const { entities } = mergeRecords([list('UN', [rec('un:A', 'UN', 'Ali Hassan')]), list('OFAC', [rec('ofac:B', 'OFAC', 'HASSAN, Ali')])]);
    expect(entities.length).toBe(2);
  });

  it('merges organisations with the same multi-word name across authorities', () => {
    const org = (id: string, a: 'UN' | 'OFAC', n: string) => rec(id, a, n, { schema: 'Organization' });
    const { entities } = mergeRecords([
      list('UN', [org('un:KPe.001', 'UN', 'KOREA MINING DEVELOPMENT TRADING CORPORATION')]),
      list('OFAC', [org('ofac:9345', 'OFAC', 'KOREA MINING DEVELOPMENT TRADING CORPORATION')]),
    ]);
    expect(entities.map((e) => e.sourceRecords)).toEqual([['un:KPe.001', 'ofac:9345']]);
  });
});

describe('mergeRecords never glues apart what a list keeps apart', () => {
  it('does not chain two records of one list together, nor a person with an organisation', () => {
    const un = list('UN', [
      rec('un:X1', 'UN', 'Jang Chol', { props: { birthDate: ['1970'] } }),
      rec('un:X2', 'UN', 'Jang Chol', { props: { birthDate: ['1980'] } }),
      rec('un:E1', 'UN', 'Jang Chol Group', { schema: 'Organization' }),
    ]);
    // One OFAC record cites both UN references and the entity's: only the first link may hold.
    const ofac = list('OFAC', [rec('ofac:9', 'OFAC', 'JANG, Chol', { props: { unscId: ['X1', 'X2', 'E1'] } })]);
    const { entities } = mergeRecords([un, ofac]);
    const groups = entities.map((e) => e.sourceRecords.join('+')).sort();
    expect(groups).toEqual(['un:E1', 'un:X1+ofac:9', 'un:X2']);
  });
});
