/**
 * `npm run extract -- <file.html|dir> [...] [--url URL] [--respect-detection]`
 *
 * Runs the reading core (utils/extract/read-page.ts) under jsdom on each page and prints one JSON
 * object per page per line. Directories are read recursively (.html, .htm, .html.gz), all in one
 * process. `extractMs` is the time of `readPage` alone; decoding and parsing the HTML are not in
 * it. A file that cannot be read gives a line with `error`, and the run goes on.
 *
 * Pages are read as "try anyway" (force), so every page has its text; `isArticle` and `reasons`
 * say what detection decided (the reasons in the English words the reader shows). `--respect-detection` reads them as the reader does by default.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readPage } from '../utils/extract/read-page.ts';
import type { DomWindow } from '../utils/sanitize.ts';
import { parseHtml, readHtmlFile } from './lib/html-page.ts';
import { describeReasons } from './lib/reasons.ts';

const PAGE_FILE = /\.(html?|html\.gz|htm\.gz)$/i;

export interface Options {
  paths: string[];
  url: string | null;
  force: boolean;
}

export function parseArguments(argv: readonly string[]): Options {
  const options: Options = { paths: [], url: null, force: true };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--url') options.url = argv[++index] ?? null;
    else if (argument.startsWith('--url=')) options.url = argument.slice('--url='.length);
    else if (argument === '--respect-detection') options.force = false;
    else options.paths.push(argument);
  }
  return options;
}

/** Files to read, in a stable order: directories recursively, files as given. */
export function* pageFiles(paths: readonly string[]): Generator<string> {
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      yield path; // reported as an error line when it is read
      continue;
    }
    if (!isDirectory) {
      yield path;
      continue;
    }
    const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) yield* pageFiles([child]);
      else if (PAGE_FILE.test(entry.name)) yield child;
    }
  }
}

export function extract(file: string, options: Options): Record<string, unknown> {
  const html = readHtmlFile(file);
  // Without --url the page is parsed at its file URL; readPage prefers its canonical / og:url.
  const dom = parseHtml(html, options.url ?? pathToFileURL(resolve(file)).href);
  try {
    const started = performance.now();
    const result = readPage(dom.window.document, options.url, {
      window: dom.window as unknown as DomWindow,
      force: options.force,
    });
    const extractMs = Math.round((performance.now() - started) * 10) / 10;
    return {
      file,
      url: result.url,
      isArticle: result.isArticle,
      reasons: describeReasons(result.reasons),
      failure: result.failure,
      message: result.message,
      title: result.title,
      byline: result.byline,
      siteName: result.siteName,
      publishedTime: result.publishedTime,
      lang: result.lang,
      dir: result.dir,
      excerpt: result.excerpt,
      leadImage: result.leadImage,
      wordCount: result.wordCount,
      readingMinutes: result.readingMinutes,
      textContent: result.textContent,
      content: result.content,
      related: result.related,
      removed: result.removed,
      pages: result.pages,
      extractMs,
    };
  } finally {
    dom.window.close();
  }
}

/**
 * jsdom frees a closed window's memory only once the event loop turns: a loop that never yields
 * keeps every page it read (about 5 MB each), and a large directory ran out of memory.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Extract every page under `paths`, writing one JSON line each; the event loop turns between. */
export async function extractAll(
  options: Options,
  write: (line: string) => void = (line) => process.stdout.write(line),
): Promise<void> {
  for (const file of pageFiles(options.paths)) {
    let line: Record<string, unknown>;
    try {
      line = extract(file, options);
    } catch (error) {
      line = { file, error: error instanceof Error ? error.message : String(error) };
    }
    write(`${JSON.stringify(line)}\n`);
    await yieldToEventLoop();
  }
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  if (options.paths.length === 0) {
    process.stderr.write(
      'usage: npm run extract -- <file.html|dir> [...] [--url URL] [--respect-detection]\n',
    );
    process.exitCode = 2;
    return;
  }
  await extractAll(options);
}

// Run only as a program (`tsx scripts/extract-cli.ts`), not when a test imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  void main();
