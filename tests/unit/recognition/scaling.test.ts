/**
 * The page-wide passes (surnames and other coreference, short forms the page
 * defines, IMO numbers, bodies' short forms) must cost O(text): a page that
 * repeats one name thousands of times must not stall the worker. Work is
 * counted with the scanner's meter, never timed.
 */
import { describe, expect, it } from 'vitest';
import { createScanner, type ScanMeter } from '../../../src/recognition/scanner';
import { buildNameTrie } from '../../../src/recognition/name-trie';
import { createInstrumentCatalogue } from '../../../src/recognition/instruments';
import { entity, kbOf, lexicon } from './helpers';

const kim = entity('un:KPi.2', 'Person', [{ value: 'KIM Yong Chol', quality: 'strong', kind: 'primary' }]);
const komid = entity('un:KPe.1', 'Organization', [
  'KOREA MINING DEVELOPMENT TRADING CORPORATION',
  { value: 'CHANGGWANG SINYONG', quality: 'weak', kind: 'alias' },
]);
const lazarus = entity('ofac:6', 'Organization', ['LAZARUS GROUP', { value: 'HIDDEN COBRA', quality: 'weak', kind: 'alias' }]);
const sierra = entity('ofac:8', 'Vessel', ['SIERRA'], { imoNumber: 'IMO 9522324' });

function meteredScanner() {
  const kb = kbOf([kim, komid, lazarus, sierra]);
  const meter: ScanMeter = { steps: 0 };
  const scanner = createScanner({
    index: buildNameTrie(kb, lexicon),
    instruments: createInstrumentCatalogue(kb.curated.instruments),
    bodies: kb.curated.bodies,
    regimes: kb.curated.regimes,
    meter,
  });
  return { scanner, meter };
}

const UNIT =
  'Kim Yong Chol met officials. Kim said so. Korea Mining Development Trading Corporation (KOMID) denied it; KOMID, ' +
  'also called Changgwang Sinyong, and the Lazarus Group (also HIDDEN COBRA) were named. The tanker SIERRA (IMO 9522324) ' +
  'docked. The 1718 Committee met and the Committee said the Panel of Experts established pursuant to resolution 1874 (2009) and the Panel agreed. ';

describe('the page-wide passes grow linearly with the text', () => {
  it('finds the same mentions in every repetition', () => {
    const { scanner } = meteredScanner();
    const once = scanner.scan(UNIT);
    // Every pass this test measures takes part: surnames, defined acronyms, weak aliases, IMO, body short forms.
    const vias = new Set(once.map((m) => `${m.via}:${m.text}`));
    for (const v of ['coref:Kim', 'coref:KOMID', 'identifier:IMO 9522324', 'coref:Committee', 'coref:Panel']) expect(vias).toContain(v);
    const many = scanner.scan(UNIT.repeat(50));
    expect(many.length).toBe(once.length * 50);
  });

  it('does four times the work for four times the text', () => {
    const { scanner, meter } = meteredScanner();
    const work = (n: number) => {
      meter.steps = 0;
      scanner.scan(UNIT.repeat(n));
      return meter.steps;
    };
    const small = work(250);
    const large = work(1000);
    expect(small).toBeGreaterThan(250);
    // Quadratic passes would do about 16 times the work here.
    expect(large / small).toBeLessThan(4.4);
  });
});
