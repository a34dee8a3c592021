/**
 * A surname refers back to the person the page named in full, but not when
 * it opens someone else's name: "Kim Min Jae" after "Kim Jong Un" is another
 * man (a real regression the mutation audit found: without the guard the
 * footballer was marked as the listed leader).
 */
import { describe, expect, it } from 'vitest';
import { entity, scanWith } from './helpers';

const KJU = entity('un:kpi.33', 'Person', ['KIM, Jong Un']);

describe('a surname refers back, not as the first word of another name', () => {
  it('"Kim" alone, after the full name, is the listed person', () => {
    const ms = scanWith([KJU], 'Kim Jong Un met the delegation. Later, Kim said the talks went well.');
    expect(ms.filter((m) => m.entity === 'un:kpi.33').map((m) => m.text)).toEqual(['Kim Jong Un', 'Kim']);
  });

  it('"Kim Min Jae" after the full name is not', () => {
    const ms = scanWith([KJU], 'Kim Jong Un met the delegation. In Munich, Kim Min Jae scored twice.');
    expect(ms.filter((m) => m.entity === 'un:kpi.33').map((m) => m.text)).toEqual(['Kim Jong Un']);
  });
});
