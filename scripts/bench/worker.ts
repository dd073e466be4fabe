/**
 * One bench worker process: reads a job file (pages to run), runs both extractors on each page
 * and prints one JSON line per page. The bench runs pages in several short-lived workers because
 * jsdom keeps a few megabytes of every parsed document alive even after `window.close()`: one
 * process for the whole corpus, both extractors, runs out of heap.
 */
import { readFileSync } from 'node:fs';
import { readHtmlFile } from '../lib/html-page.ts';
import { runPage } from './extractors.ts';

export interface WorkerJob {
  pages: { key: string; file: string; url: string }[];
  /** Pages run untimed first, so that the JIT is warm when timing starts. */
  warmup: number;
}

function main(): void {
  const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as WorkerJob;
  const warmup = job.pages.slice(0, job.warmup);
  warmup.forEach((page, index) => runPage(readHtmlFile(page.file), page.url, index));
  job.pages.forEach((page, index) => {
    let line: unknown;
    try {
      line = { key: page.key, run: runPage(readHtmlFile(page.file), page.url, index) };
    } catch (error) {
      line = { key: page.key, error: error instanceof Error ? error.message : String(error) };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  });
}

main();
