/**
 * `npm run audit:security`: runs Lector's security suites and prints their counts in one table
 * (issue 5's report): the sanitizer's property tests (fuzz runs), the XSS gate in Chromium
 * (vectors tried / executed), the least-privilege checks, and the huge and changing pages
 * (largest page handled, its time, the longest main-thread task Lector caused in the page).
 *
 * The e2e suites write what they measured to test-results/security/*.json; this script reads
 * those files after the run, so the figures printed are the ones the tests just asserted on.
 * `--report-only` prints the files of the last run without running anything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from './bench/report.ts';
import { SUITE_FUZZ_RUNS } from '../tests/security/fuzz-runs.ts';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const REPORT = resolve(REPO, 'test-results', 'security');

interface XssReport {
  vectors: number;
  pages: number;
  readerOpens: number;
  savedModeOpens: number;
  executions: number;
  canaryRequests: number;
  sectionsShown: number;
  sectionsTried: number;
}

interface BoundsReport {
  huge: { page: string; elements: number; state: string; ms: number; longestTaskMs: number }[];
  dynamic: { page: string; state: string; ms: number }[];
}

function run(label: string, args: string[]): boolean {
  process.stdout.write(`\n== ${label}: npx ${args.join(' ')}\n`);
  const result = spawnSync('npx', args, { cwd: REPO, stdio: 'inherit' });
  return result.status === 0;
}

function readReport<T>(name: string): T | null {
  const file = resolve(REPORT, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

function main(): void {
  const reportOnly = process.argv.includes('--report-only');
  const outcomes: [string, boolean | null][] = [];
  if (!reportOnly) {
    // Stale figures from an earlier run must not pass for this one's.
    for (const name of ['xss.json', 'bounds.json']) rmSync(resolve(REPORT, name), { force: true });
    outcomes.push([
      'sanitizer property tests',
      run('fuzz', ['vitest', 'run', 'utils/sanitize.property.test.ts']),
    ]);
    outcomes.push([
      'XSS gate, least privilege, huge and changing pages (Chromium)',
      run('e2e', [
        'vitest',
        'run',
        '-c',
        'vitest.e2e.config.ts',
        'tests/e2e/xss.e2e.ts',
        'tests/e2e/privilege.e2e.ts',
        'tests/e2e/bounds.e2e.ts',
        'tests/e2e/manifest.e2e.ts',
      ]),
    ]);
  }
  const xss = readReport<XssReport>('xss.json');
  const bounds = readReport<BoundsReport>('bounds.json');
  const fuzzRuns = Object.values(SUITE_FUZZ_RUNS).reduce((sum, runs) => sum + runs, 0);
  const rows: string[][] = [['figure', 'value']];
  rows.push(['sanitizer fuzz runs (property tests)', String(fuzzRuns)]);
  if (xss) {
    rows.push(['XSS vectors tried', `${xss.vectors} (in ${xss.pages} pages)`]);
    rows.push(['XSS vectors executed', String(xss.executions)]);
    rows.push(['canary-host requests from hostile pages', String(xss.canaryRequests)]);
    rows.push(['reader opens / saved-mode opens', `${xss.readerOpens} / ${xss.savedModeOpens}`]);
    rows.push(['removed blocks put back', `${xss.sectionsShown} of ${xss.sectionsTried}`]);
  } else {
    rows.push(['XSS gate', 'no report (test-results/security/xss.json missing)']);
  }
  if (bounds && bounds.huge.length > 0) {
    const largest = [...bounds.huge].sort((a, b) => b.elements - a.elements || b.ms - a.ms)[0]!;
    const longest = Math.max(...bounds.huge.map((page) => page.longestTaskMs));
    rows.push([
      'largest page handled',
      `${largest.page}: ${largest.state} in ${largest.ms} ms (bound 2,000 ms)`,
    ]);
    rows.push([
      'longest main-thread task Lector caused',
      // The longtask observer reports tasks of 50 ms and more only.
      longest === 0 ? 'none of 50 ms or more (bound 100 ms)' : `${longest} ms (bound 100 ms)`,
    ]);
  } else {
    rows.push(['huge pages', 'no report (test-results/security/bounds.json missing)']);
  }
  process.stdout.write(`\n== Security audit\n${table(rows)}\n`);
  if (bounds) {
    const pages = [['page', 'result', 'click → shown', 'longest task']];
    for (const page of bounds.huge)
      pages.push([page.page, page.state, `${page.ms} ms`, `${page.longestTaskMs} ms`]);
    for (const page of bounds.dynamic) pages.push([page.page, page.state, `${page.ms} ms`, '']);
    process.stdout.write(`\n${table(pages)}\n`);
  }
  if (outcomes.length > 0) {
    const suites = [
      ['suite', 'result'],
      ...outcomes.map(([name, ok]) => [name, ok ? 'passed' : 'FAILED']),
    ];
    process.stdout.write(`\n${table(suites)}\n`);
  }
  if (outcomes.some(([, ok]) => ok === false)) process.exitCode = 1;
}

main();
