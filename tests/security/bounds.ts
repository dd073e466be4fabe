import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Shape } from './huge-pages.ts';

/**
 * The reading core on a generated huge page in Node, with a hard stop: the page is parsed in a
 * child process (jsdom's cost, not counted), then the core gets `limitMs`; past that the child is
 * killed and the run counts as over the bound.
 */
export interface CoreRun {
  parsedMs: number;
  /** The core's time, or null when it was stopped at the limit. */
  readMs: number | null;
  failure: string | null;
  message: string | null;
  firstParagraph: string | null;
}

const CHILD = resolve(import.meta.dirname, 'bounds-child.ts');

export function runCore(shape: Shape, elements: number, limitMs: number): Promise<CoreRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, shape, String(elements)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const run: CoreRun = {
      parsedMs: 0,
      readMs: null,
      failure: null,
      message: null,
      firstParagraph: null,
    };
    let timer: NodeJS.Timeout | null = null;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
        const line = JSON.parse(buffer.slice(0, end)) as Partial<CoreRun>;
        buffer = buffer.slice(end + 1);
        Object.assign(run, line);
        // The clock for the core starts once the page is parsed (plus a margin for the pipe).
        if (line.parsedMs !== undefined)
          timer = setTimeout(() => child.kill('SIGKILL'), limitMs + 300);
      }
    });
    child.on('error', fail);
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      done(run);
    });
  });
}
