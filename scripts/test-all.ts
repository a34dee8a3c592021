/**
 * npm test — every check, in order: typecheck, lint (oxlint, type-aware),
 * dead code (knip), unit tests (the layer rule among them), the Chrome and
 * Firefox builds, web-ext lint on the Firefox build, and the E2E suites.
 * Ends with one line "N passed, N failed, N skipped" summing them all.
 * With CI=true nothing may be skipped: the shared data and both browsers are
 * required, and any skipped test fails the run (a suite that skips because
 * its data or browser is missing has tested nothing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './lib/paths';
import { chromiumPath, FIREFOX_EXT_DIR } from './lib/browser';
import { firefoxPath } from './lib/firefox';
import { SOURCES_DIR, CORPUS_DIR } from './lib/paths';

const CI = process.env.CI === 'true' || process.env.CI === '1';

interface Tally { passed: number; failed: number; skipped: number }
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const TMP = resolve(REPO_ROOT, '.tmp');
mkdirSync(TMP, { recursive: true });
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

function run(cmd: string, args: string[], quiet = false): number {
  const res = spawnSync(cmd, args, { cwd: REPO_ROOT, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', encoding: 'utf8' });
  if (quiet && res.status !== 0) process.stdout.write(`${res.stdout ?? ''}${res.stderr ?? ''}`);
  return res.status ?? 1;
}

function check(name: string, ok: boolean): boolean {
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (ok) total.passed++;
  else total.failed++;
  return ok;
}

function vitestSuite(name: string, config: string | null): void {
  const out = resolve(TMP, `${name}.json`);
  rmSync(out, { force: true });
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  if (config) args.push('--config', config);
  const status = run('npx', args);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
      testResults: { status: string; assertionResults: { status: string }[] }[];
    };
    // A file that failed without a failing test (it did not load, or a hook threw) counts as one failure.
    const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
    total.passed += report.numPassedTests;
    total.failed += report.numFailedTests + brokenFiles;
    total.skipped += report.numPendingTests + report.numTodoTests;
    console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
    if (status !== 0 && report.numFailedTests + brokenFiles === 0) check(`${name} exited cleanly`, false);
  } catch {
    check(`${name} produced a report`, false);
  }
}

function lintFirefox(): void {
  const res = spawnSync('npx', ['web-ext', 'lint', '-s', FIREFOX_EXT_DIR, '--output', 'json', '--no-config-discovery'], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
  });
  try {
    const report = JSON.parse(res.stdout) as { summary: { errors: number; warnings: number; notices: number }; errors: unknown[]; warnings: unknown[] };
    const { errors, warnings } = report.summary;
    if (errors || warnings) console.log(JSON.stringify([...report.errors, ...report.warnings], null, 2));
    check(`web-ext lint (firefox): ${errors} errors, ${warnings} warnings`, errors === 0 && warnings === 0);
  } catch {
    console.log(res.stdout, res.stderr);
    check('web-ext lint (firefox) ran', false);
  }
}

const started = Date.now();
if (CI) {
  check(`CI: the shared data is at ${SOURCES_DIR} and ${CORPUS_DIR}`, existsSync(SOURCES_DIR) && existsSync(CORPUS_DIR));
  let chromium = true;
  try {
    chromiumPath();
  } catch {
    chromium = false;
  }
  check('CI: Chromium is installed', chromium);
  check('CI: Firefox ESR is installed', !!firefoxPath());
}
check('typecheck (tsc --noEmit)', run('npx', ['tsc', '--noEmit']) === 0);
check('lint (npm run lint: oxlint, type-aware): 0 findings', run('npm', ['run', '--silent', 'lint'], true) === 0);
check('dead code (npm run knip: unused files, exports, dependencies): 0 findings', run('npm', ['run', '--silent', 'knip'], true) === 0);
vitestSuite('unit', null);
const chromeBuilt = check('build: chrome-mv3', run('npx', ['wxt', 'build'], true) === 0);
const firefoxBuilt = check('build: firefox-mv2', run('npx', ['wxt', 'build', '-b', 'firefox'], true) === 0);
if (firefoxBuilt) lintFirefox();
if (chromeBuilt) vitestSuite('e2e', 'vitest.e2e.config.ts');
else check('e2e (needs the chrome build)', false);
if (firefoxBuilt) vitestSuite('e2e-firefox', 'vitest.firefox.config.ts');
else check('e2e-firefox (needs the firefox build)', false);

if (CI) check(`CI: no test skipped (${total.skipped} skipped)`, total.skipped === 0);

console.log(`\nAll checks in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed ? 1 : 0);
