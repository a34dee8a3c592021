/**
 * The layer rule (README, "Layout"): a module imports only from its own floor
 * or the floors below it, and no two files import each other, directly or
 * round a circle. Read from the source's own import, export-from and
 * dynamic-import statements (type-only ones too: a type import up a floor is
 * still a dependency on that floor's design).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecifiers } from './source-imports';

const ROOT = resolve(__dirname, '../../..');

/** Floors from the ground up; a folder under src/ (or entrypoints/) and the floor it stands on. */
const FLOORS: readonly (readonly string[])[] = [
  ['src/shared'],
  ['src/kb'],
  ['src/recognition', 'src/search', 'src/export', 'src/messaging'],
  ['src/settings'],
  ['src/background', 'src/page'],
  ['src/updater', 'src/ui'],
  ['entrypoints'],
];

function floorOf(file: string): number {
  const i = FLOORS.findIndex((folders) => folders.some((f) => file === f || file.startsWith(`${f}/`)));
  return i;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** A relative import's target file, repo-relative; null for a package or a non-source file (css, json, assets). */
function resolveImport(from: string, spec: string, files: Set<string>): string | null {
  if (!spec.startsWith('.')) return null;
  const base = relative(ROOT, resolve(ROOT, dirname(from), spec)).split('\\').join('/');
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (files.has(candidate)) return candidate;
  return null;
}

/** Every file's imports of other source files: static, type-only, export-from and import(). */
function importGraph(): Map<string, string[]> {
  const files = [...sourceFiles('src'), ...sourceFiles('entrypoints')];
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const specifiers = importSpecifiers(readFileSync(join(ROOT, file), 'utf8'));
    const targets = specifiers.map((s) => resolveImport(file, s, known)).filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Each circle once, as the files in import order with the first repeated at the end. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}

describe('layers', () => {
  const graph = importGraph();

  it('reads the imports (the rule is not met by reading nothing)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/page/controller.ts')).toContain('src/page/page-marks.ts');
  });

  it('every source file stands on a floor', () => {
    const homeless = [...graph.keys()].filter((f) => floorOf(f) < 0);
    expect(homeless, `files in no floor of FLOORS (add their folder to the README's layer table and to this test): ${homeless.join(', ')}`).toEqual([]);
  });

  it('no import points up a floor', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph)
      for (const target of targets)
        if (floorOf(target) > floorOf(file)) upward.push(`${file} (floor ${floorOf(file)}) imports ${target} (floor ${floorOf(target)})`);
    expect(upward, `imports up a floor:\n${upward.join('\n')}`).toEqual([]);
  });

  it('no files import each other round a circle', () => {
    const found = circles(graph).map((c) => c.join(' → '));
    expect(found, `import circles:\n${found.join('\n')}`).toEqual([]);
  });
});

describe('reading imports', () => {
  it('finds every form of import and none in comments, strings or regular expressions', () => {
    const src = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "export * from './d';",
      "import './e.css';",
      "const f = () => import('./f');",
      "type G = typeof import('./g');",
      "// import { x } from './not-1';",
      "/* export * from './not-2'; */",
      "const s = \"import('./not-3')\";",
      "const t = `from './not-4' ${'}'} import('./not-5')`;",
      "const r = /from '.\\/not-6'/;",
      "const q = 4 / 2; import { h } from './h';",
    ].join('\n');
    expect(importSpecifiers(src)).toEqual(['./a', '../b', './c', './d', './e.css', './f', './g', './h']);
  });
});
