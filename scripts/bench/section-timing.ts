/**
 * Extraction time for Lector's core and plain Readability on the same pages (each on its own
 * freshly parsed document, HTML parsing excluded), their ratio, and detection time.
 */
import { fixed, median, quantile, table, timingColumns } from './report.ts';
import type { BenchContext, Section, TimedRun } from './section.ts';

function row(label: string, runs: readonly TimedRun[]): string[] {
  const detection = runs.map((entry) => entry.run.detectMs);
  const related = runs.map((entry) => entry.run.relatedMs);
  return [
    label,
    String(runs.length),
    ...timingColumns(
      runs.map((entry) => entry.run.lector.ms),
      runs.map((entry) => entry.run.readability.ms),
    ),
    fixed(median(detection), 1),
    fixed(quantile(detection, 0.95), 1),
    fixed(median(related), 1),
  ];
}

export const timingSection: Section = {
  name: 'Extraction time (ms; HTML parsing excluded) and detection time',
  run(context: BenchContext) {
    if (context.runs.length === 0) {
      context.print('skipped: no pages were run');
      return;
    }
    const rows: string[][] = [
      [
        'pages', 'n', 'Lector med', 'p95', 'max', 'Readability med', 'p95', 'max',
        'ratio of medians', 'median page ratio', 'detect med', 'p95', 'related med',
      ], // prettier-ignore
    ];
    const groups = [...new Set(context.runs.map((entry) => entry.group))];
    for (const group of groups) {
      rows.push(
        row(
          group,
          context.runs.filter((entry) => entry.group === group),
        ),
      );
    }
    rows.push(row('all', context.runs));
    context.print(table(rows));
    context.print('ratio = Lector ÷ Readability (target ≤ 1.2); detection target ≤ 5 ms median.');
    context.print(
      'Lector = readPage whole: detection, metadata, related articles (collectRelated, timed ' +
        'alone as "related"), declutter, Readability, sanitizing.',
    );
  },
};
