import { describe, expect, it } from 'vitest';
import { curatedLayer } from '../../../src/kb/curated';

const curated = curatedLayer();
const regimeOf = (code: string) => curated.programmes.find((p) => p.authority === 'OFAC' && p.code === code)?.regime;

describe('curated records brought to December 2026', () => {
  it('HRIT-SY and FSE-SY stand under their unrevoked orders, not under the Syria programme E.O. 14312 ended', () => {
    for (const code of ['HRIT-SY', 'FSE-SY']) {
      const regime = curated.regimes.find((r) => r.id === regimeOf(code))!;
      expect(regime.status, code).toBe('active');
      expect(regime.listCodes).toContain(code);
    }
    const ended = curated.regimes.find((r) => r.id === 'ofac-syria')!;
    expect(ended.listCodes).not.toContain('HRIT-SY');
    for (const n of ['13606', '13608']) expect(curated.instruments.find((i) => i.id === `us-eo-${n}`)?.revoked).toBeUndefined();
    for (const n of ['13338', '13399', '13460', '13572', '13573', '13582']) expect(curated.instruments.find((i) => i.id === `us-eo-${n}`)?.revoked?.by).toBe('us-eo-14312');
  });

  it('records Council Regulation (EU) 2026/1848 beside Decision (CFSP) 2026/1849', () => {
    const reg = curated.instruments.find((i) => i.id === 'eu-reg-1848-2026')!;
    expect(reg).toMatchObject({ title: 'Council Regulation (EU) 2026/1848', adopted: '2026-07-23', regime: 'eu-russia-833' });
    expect(curated.instruments.find((i) => i.id === 'eu-dec-2026-1849-cfsp')?.adopted).toBe('2026-07-23');
  });
});
