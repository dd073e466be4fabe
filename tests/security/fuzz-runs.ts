/**
 * Runs per property in utils/sanitize.property.test.ts; `npm run audit:security` reports their
 * sum as the unit suite's fuzz runs.
 */
export const SUITE_FUZZ_RUNS = {
  trees: 1500,
  soup: 1200,
  idempotent: 600,
  urls: 1200,
  containers: 600,
} as const;
