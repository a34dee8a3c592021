/**
 * The extension's icons, drawn as SVG in assets/icons and rendered to PNG at
 * build time with resvg (WXT picks up `icon/<size>.png` for the manifest's
 * icons; the toolbar's action icon is set in wxt.config.ts). The small sizes
 * come from a simplified drawing that stays legible at 16 px.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { REPO_ROOT } from './paths';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export const ICON_DIR = resolve(REPO_ROOT, '.cache/icons');
const SOURCES = resolve(REPO_ROOT, 'assets/icons');

function sourceFor(size: number): string {
  return resolve(SOURCES, size <= 32 ? 'icon-small.svg' : 'icon.svg');
}

/** Renders every size whose PNG is missing or older than its SVG; returns the PNG paths by size. */
export function ensureIcons(): Map<number, string> {
  mkdirSync(ICON_DIR, { recursive: true });
  const out = new Map<number, string>();
  for (const size of ICON_SIZES) {
    const svg = sourceFor(size);
    const png = resolve(ICON_DIR, `${size}.png`);
    if (!existsSync(png) || statSync(png).mtimeMs < statSync(svg).mtimeMs) {
      const rendered = new Resvg(readFileSync(svg), { fitTo: { mode: 'width', value: size } }).render();
      writeFileSync(png, rendered.asPng());
    }
    out.set(size, png);
  }
  return out;
}
