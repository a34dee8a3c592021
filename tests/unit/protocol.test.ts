import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest, parseContentRequest } from '../../src/messaging/protocol';

describe('message validation', () => {
  it('accepts the known shapes and copies only known fields', () => {
    expect(parseBackgroundRequest({ type: 'scan', text: 'North Korea', extra: 1 })).toEqual({ type: 'scan', text: 'North Korea' });
    expect(parseBackgroundRequest({ type: 'card', entity: 'un:KPe.001', text: 'KOMID' })).toEqual({
      type: 'card',
      entity: 'un:KPe.001',
      text: 'KOMID',
      candidates: undefined,
      possible: false,
    });
    expect(parseBackgroundRequest({ type: 'count', count: 3 })).toEqual({ type: 'count', count: 3 });
    expect(parseBackgroundRequest({ type: 'scan', text: 'x', context: { jurisdictions: ['kp'], aboutSanctions: 1, extra: 2 } })).toEqual({
      type: 'scan',
      text: 'x',
      context: { jurisdictions: ['kp'], aboutSanctions: false },
    });
    expect(parseContentRequest({ type: 'reveal', entity: 'jurisdiction:kp' })).toEqual({ type: 'reveal', entity: 'jurisdiction:kp' });
  });
  it('reads lenient fields as the sender meant them, leaving no empty keys', () => {
    expect(parseBackgroundRequest({ type: 'scan', text: 'x', early: true })).toStrictEqual({ type: 'scan', text: 'x', early: true });
    expect(parseBackgroundRequest({ type: 'scan', text: 'x', early: 'yes' })).toStrictEqual({ type: 'scan', text: 'x' });
    expect(parseBackgroundRequest({ type: 'card', entity: 'a', text: 'b', matched: 5 })).toStrictEqual({ type: 'card', entity: 'a', text: 'b', possible: false });
    expect(parseBackgroundRequest({ type: 'card', entity: 'a', text: 'b', matched: 'Kim Jong Un', possible: true })).toStrictEqual({
      type: 'card',
      entity: 'a',
      text: 'b',
      matched: 'Kim Jong Un',
      possible: true,
    });
    expect(parseBackgroundRequest({ type: 'search', query: 'x', filters: { programme: '' } })).toStrictEqual({
      type: 'search',
      query: 'x',
      filters: {},
      withOptions: false,
    });
    expect(parseBackgroundRequest({ type: 'cards', items: [[]] })).toBeNull();
    expect(parseBackgroundRequest({ type: 'scan', text: 'x', context: [] })).toBeNull();
  });
  it('rejects wrong types, oversized fields and unknown messages', () => {
    for (const bad of [
      null,
      'scan',
      [],
      { type: 'scan' },
      { type: 'scan', text: 5 },
      { type: 'scan', text: 'x', context: { jurisdictions: 'kp' } },
      { type: 'scan', text: 'x', context: { jurisdictions: [7] } },
      { type: 'card', entity: 'x'.repeat(301), text: '' },
      { type: 'card', entity: 'a', text: 'b', candidates: 'c' },
      { type: 'card', entity: 'a', text: 'b', candidates: Array(51).fill('c') },
      { type: 'count', count: -1 },
      { type: 'count', count: 1.5 },
      { type: 'set-settings', settings: {} },
      { type: '__proto__' },
    ])
      expect(parseBackgroundRequest(bad), JSON.stringify(bad)).toBeNull();
    expect(parseContentRequest({ type: 'reveal', entity: 7 })).toBeNull();
  });
});
