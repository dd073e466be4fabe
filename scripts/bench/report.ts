/**
 * Small helpers for the bench's printed tables and statistics.
 */

/** The value at quantile q (0…1) of the values, by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function fixed(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}

/** A plain-text table: the first row is the header; numbers and text are left as given. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, [...cell].length);
    });
  }
  const line = (row: readonly string[]): string =>
    row
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** F1, precision and recall of two extractors side by side, as table cells. */
export function sideBySide(
  lector: { f1: number; precision: number; recall: number },
  readability: { f1: number; precision: number; recall: number },
): string[] {
  return [lector, readability].flatMap((score) => [
    fixed(score.f1),
    fixed(score.precision),
    fixed(score.recall),
  ]);
}

/**
 * Timing columns for Lector beside Readability on the same pages: median, p95 and max of each,
 * the ratio of the medians, and the median of the per-page ratios.
 */
export function timingColumns(lector: readonly number[], readability: readonly number[]): string[] {
  const ratios = lector
    .map((ms, index) => [ms, readability[index]!] as const)
    .filter(([, anchor]) => anchor > 0)
    .map(([ms, anchor]) => ms / anchor);
  return [
    fixed(median(lector), 1),
    fixed(quantile(lector, 0.95), 1),
    fixed(Math.max(...lector), 1),
    fixed(median(readability), 1),
    fixed(quantile(readability, 0.95), 1),
    fixed(Math.max(...readability), 1),
    fixed(median(lector) / median(readability), 2),
    fixed(median(ratios), 2),
  ];
}
