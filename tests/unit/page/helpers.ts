import type { Mention } from '../../../src/recognition/types';
import type { PageBackend } from '../../../src/page/page-backend';
import { Popover } from '../../../src/page/popover/popover';

/** A recogniser for tests: every occurrence of the given names, in text order. */
export function fakeBackend(names: Record<string, { entity: string; category: Mention['category'] }>) {
  const counts = { scans: 0, scannedChars: 0, reported: [] as number[] };
  const backend: PageBackend = {
    scan: async (text) => {
      counts.scans++;
      counts.scannedChars += text.length;
      const out: Mention[] = [];
      for (const [name, info] of Object.entries(names)) {
        for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length))
          out.push({ start: i, end: i + name.length, text: name, name, known: true, confidence: 'high', via: 'name', ...info });
      }
      return out.sort((a, b) => a.start - b.start);
    },
    card: async (m) => ({
      entity: m.entity,
      category: 'designated',
      title: m.text,
      kind: 'Test',
      possible: m.possible,
      known: true,
      facts: [],
      listings: [],
      aliases: [],
      links: [],
      candidates: [],
      asOf: 'test list of 2026-01-01',
      kbVersion: 'test',
      citation: m.text,
    }),
    cardUi: async () => ({ Popover }),
    reportCount: (n) => void counts.reported.push(n),
  };
  return { backend, counts };
}

export const NAMES = {
  'North Korea': { entity: 'jurisdiction:kp', category: 'jurisdiction' as const },
  'Lazarus Group': { entity: 'ofac:27307', category: 'designated' as const },
  OFAC: { entity: 'body:ofac', category: 'body' as const },
};

/** Waits for the live-page batch (an animation frame or its timeout fallback) and the async scan. */
export async function settle(ms = 400): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}
