import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRecognizer } from '../../../src/recognition/recognizer';
import { buildLoadedKb, packLoadedKb, unpackLoadedKb } from '../../../src/background/kb-runtime';
import { coreFirstFromFiles, packedFromFiles, type PackedKb } from '../../../src/background/kb-pack';
import { KbRuntime } from '../../../src/background/kb-runtime';
import { readKb, readLexicon, readPackedKb } from '../../../scripts/lib/kb-files';
import { CORPUS_DIR } from '../../../scripts/lib/paths';

const kb = readKb();
const lexicon = readLexicon();
const built = buildLoadedKb(kb, lexicon);
const packed = packLoadedKb(built);
const reference = createRecognizer(kb, lexicon);
const unpacked = unpackLoadedKb(structuredClone(packed));

const SYNTHETIC = [
  'Kim Jong Un met officials of the DPRK; the 1718 Committee and the Panel of Experts reported under resolution 2397 (2017).',
  'OFAC designated the vessel CHON MA SAN (IMO 8660313) and Lazarus Group; North Korea denied it. South Korea protested.',
  'IRAN, RUSSIA AND SYRIA: Hezbollah and the Islamic Revolutionary Guard Corps were named by the Security Council.',
  '',
];
const devDir = resolve(CORPUS_DIR, 'dev');
const devTexts = existsSync(devDir)
  ? readdirSync(devDir).filter((f) => f.endsWith('.json')).map((f) => (JSON.parse(readFileSync(resolve(devDir, f), 'utf8')) as { text: string }).text)
  : [];

describe('packed knowledge base', () => {
  it('finds exactly the mentions createRecognizer finds, on synthetic text', () => {
    for (const t of SYNTHETIC) expect(unpacked.recognizer.scan(t)).toEqual(reference.scan(t));
    expect(unpacked.recognizer.scan(SYNTHETIC[0]).length).toBeGreaterThan(3);
  });

  it.skipIf(!devTexts.length)('finds exactly the mentions createRecognizer finds, on the dev corpus', () => {
    for (const t of devTexts) expect(unpacked.recognizer.scan(t)).toEqual(reference.scan(t));
  });

  it('gives the same cards and authorities as the full KB', () => {
    const ids = reference.scan(SYNTHETIC.join('\n')).map((m) => m.entity);
    for (const id of ['jurisdiction:kp', ...ids, kb.entities[0].id, kb.entities[kb.entities.length - 1].id]) {
      expect(unpacked.index.authoritiesOf(id)).toEqual(built.index.authoritiesOf(id));
      expect(unpacked.index.card(id, 'x')).toEqual(built.index.card(id, 'x'));
    }
    expect(unpacked.kb.version).toBe(kb.version);
    expect(unpacked.kb.entities.length).toBe(kb.entities.length);
  });

  it('ships files that match the bundled kb.json.gz (run npm run kb:build -- --pack-only when not)', () => {
    const shipped = readPackedKb();
    expect(shipped.kb.version).toBe(kb.version);
    const s = unpackLoadedKb(shipped);
    for (const t of SYNTHETIC) expect(s.recognizer.scan(t)).toEqual(reference.scan(t));
  });

  it('packs an unpacked KB without redoing work', () => {
    expect(packLoadedKb(unpacked).core).toBe(unpacked.packed!.core);
  });
});

describe('a cold start answers scans from the core while the details are read', () => {
  it('scans before the details are in; cards, and the runtime\'s get(), wait for them', async () => {
    let deliver!: (bytes: Uint8Array) => void;
    const details = new Promise<Uint8Array>((r) => (deliver = r));
    const runtime = new KbRuntime(async () => unpackLoadedKb(coreFirstFromFiles(packed.core, details)));
    const early = await runtime.forScans();
    expect(early.recognizer.scan(SYNTHETIC[0])).toEqual(reference.scan(SYNTHETIC[0]));
    expect(early.detailsLoaded).toBeInstanceOf(Promise);
    let full = false;
    const got = runtime.get().then((l) => ((full = true), l));
    await new Promise((r) => setTimeout(r, 10));
    expect(full).toBe(false);
    deliver(packed.details);
    const loaded = await got;
    const id = kb.entities[0].id;
    expect(loaded.index.card(id, 'x')).toEqual(built.index.card(id, 'x'));
    expect(loaded.detailsLoaded).toBeUndefined();
    // Once the details are in, the KB can be stored as it is, without packing it again.
    expect(packLoadedKb(loaded).details).toBe(packed.details);
  });

  it('details that turn out corrupt fail the cards with a clear error, and scans go on', async () => {
    const bad = packed.details.slice(0, packed.details.length >> 1);
    const runtime = new KbRuntime(async () => unpackLoadedKb(coreFirstFromFiles(packed.core, Promise.resolve(bad))));
    await expect(runtime.get()).rejects.toThrow(/packed knowledge base \(details\)/);
    expect((await runtime.forScans()).recognizer.scan(SYNTHETIC[0]).length).toBeGreaterThan(3);
  });
});

describe('corrupt or truncated packs are refused', () => {
  const flip = (b: Uint8Array, at: number) => {
    const c = b.slice();
    c[at] ^= 0x55;
    return c;
  };
  const use = (p: PackedKb) => {
    const l = unpackLoadedKb(p);
    l.index.card(kb.entities[0].id, 'x');
  };
  it('rejects a truncated core', () => {
    expect(() => packedFromFiles(packed.core.subarray(0, 10), packed.details)).toThrow(/core.*truncated/);
    expect(() => use({ ...packed, core: packed.core.subarray(0, packed.core.length - 1000) })).toThrow(/core.*truncated/);
  });
  it('rejects a truncated details file', () => {
    expect(() => use({ ...packed, details: packed.details.subarray(0, packed.details.length >> 1) })).toThrow(/details.*truncated/);
  });
  it('rejects corrupt bytes by checksum', () => {
    expect(() => use({ ...packed, core: flip(packed.core, packed.core.length - 5000) })).toThrow(/core.*checksum/);
    expect(() => use({ ...packed, core: flip(packed.core, 20) })).toThrow(/core.*checksum/);
    expect(() => use({ ...packed, details: flip(packed.details, packed.details.length - 5000) })).toThrow(/details.*checksum/);
  });
  it('rejects other data and mixed versions', () => {
    expect(() => packedFromFiles(new TextEncoder().encode('{"format":1,"entities":[]}'), packed.details)).toThrow(/bad magic/);
    expect(() => use({ ...packed, core: packed.details })).toThrow(/holds "details", expected "core"/);
    expect(() => use({ ...packed, kb: { ...packed.kb, version: 'other' } })).toThrow(/versions differ/);
  });
});
