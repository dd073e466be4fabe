/**
 * Run pages through bench workers (worker.ts), a chunk per process, one process at a time (the
 * timings must not compete with each other for the CPU).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageRun } from './extractors.ts';
import type { WorkerJob } from './worker.ts';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** Pages per worker: small enough for jsdom's leak, large enough to amortise start-up. */
const CHUNK = 60;
const WARMUP = 3;

export interface PoolPage {
  key: string;
  file: string;
  url: string;
}

export type PoolResult = Map<string, PageRun | { error: string }>;

export function runPages(
  pages: readonly PoolPage[],
  onProgress?: (done: number) => void,
): PoolResult {
  const results: PoolResult = new Map();
  const dir = mkdtempSync(join(tmpdir(), 'lector-bench-'));
  try {
    for (let start = 0; start < pages.length; start += CHUNK) {
      const chunk = pages.slice(start, start + CHUNK);
      const job: WorkerJob = { pages: chunk, warmup: Math.min(WARMUP, chunk.length) };
      const jobFile = join(dir, `job-${start}.json`);
      writeFileSync(jobFile, JSON.stringify(job));
      const child = spawnSync(process.execPath, [...process.execArgv, WORKER, jobFile], {
        encoding: 'utf8',
        maxBuffer: 1024 * 1024 * 1024,
      });
      const lines = child.stdout.split('\n').filter((line) => line.trim());
      for (const line of lines) {
        const parsed = JSON.parse(line) as { key: string; run?: PageRun; error?: string };
        results.set(parsed.key, parsed.run ?? { error: parsed.error ?? 'unknown error' });
      }
      for (const page of chunk) {
        if (!results.has(page.key)) {
          const reason =
            child.error?.message ?? (child.stderr.trim().split('\n').pop() || 'worker died');
          results.set(page.key, { error: reason });
        }
      }
      onProgress?.(Math.min(start + CHUNK, pages.length));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
