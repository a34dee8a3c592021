import { describe, expect, it } from 'vitest';
import { Container, countsOf, narrowest, startsFrom, writeContainer, type SectionValue } from '../../../src/kb/pack/container';
import { NONE } from '../../../src/kb/pack/strings';
import { unpackLoadedKb } from '../../../src/background/kb-runtime';
import { readPackedKb } from '../../../scripts/lib/kb-files';

describe('narrow integer sections', () => {
  it('stores each array in the narrowest width its values fit', () => {
    expect(narrowest([0, 255])).toBeInstanceOf(Uint8Array);
    expect(narrowest([0, 256])).toBeInstanceOf(Uint16Array);
    expect(narrowest(Uint32Array.of(3, 65_536))).toBeInstanceOf(Uint32Array);
    // An optional id's "none" is the u32 maximum: such an array stays u32 and keeps its meaning.
    expect(narrowest(Uint32Array.of(1, NONE))).toEqual(Uint32Array.of(1, NONE));
  });

  it('gives back the starts it was given as run lengths', () => {
    const starts = [0, 0, 3, 300, 300, 70_000];
    const counts = countsOf(starts);
    expect(counts).toBeInstanceOf(Uint32Array);
    expect(Array.from(startsFrom(counts))).toEqual(starts);
    expect(countsOf([0, 2, 5])).toBeInstanceOf(Uint8Array);
    expect(Array.from(startsFrom(countsOf([0])))).toEqual([0]);
  });

  it('reads u8, u16 and u32 sections back, also from a copy that starts at an odd byte', () => {
    const sections = { a: Uint8Array.of(1, 2, 3), b: Uint16Array.of(1, 65_535, 7), c: Uint32Array.of(70_000, 1) };
    const bytes = writeContainer('core', 'v', {}, sections);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    for (const b of [bytes, shifted.subarray(1)]) {
      const c = new Container(b, 'core', 'core');
      for (const [name, want] of Object.entries(sections)) {
        const got = c.uints(name);
        expect(got.constructor).toBe(want.constructor);
        expect(Array.from(got)).toEqual(Array.from(want));
      }
    }
  });
});

describe('the shipped core file', () => {
  const packed = readPackedKb();
  const core = new Container<Record<string, unknown>>(packed.core, 'core', 'core');
  const values = (name: string): SectionValue => {
    const type = core.header.sections[name].type;
    return type === 'utf8' ? core.text(name) : core.uints(name);
  };

  it('keeps no integer section wider than its values need', () => {
    for (const [name, s] of Object.entries(core.header.sections)) {
      if (s.type !== 'u16' && s.type !== 'u32') continue;
      const v = core.uints(name);
      const max = Array.from(v).reduce((m, x) => Math.max(m, x), 0);
      expect(max, `${name} (${s.type})`).toBeGreaterThan(s.type === 'u16' ? 0xff : 0xffff);
    }
  });

  it('refuses run lengths that do not cover their data', () => {
    const sections: Record<string, SectionValue> = {};
    for (const name of Object.keys(core.header.sections)) sections[name] = values(name);
    for (const name of ['ix.termCount', 'ix.childCount', 'ix.tSurCount']) {
      const bad = Uint32Array.from(core.uints(name));
      bad[0] += 1;
      const rewritten = writeContainer('core', core.header.kbVersion, core.header.meta, { ...sections, [name]: bad });
      expect(() => unpackLoadedKb({ ...packed, core: rewritten }), name).toThrow(new RegExp(`${name.replace('.', '\\.')} covers`));
    }
  });
});
