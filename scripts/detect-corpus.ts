/**
 * How often detectArticle calls a corpus page an article (every corpus page is one), by set and
 * language, next to Readability's isProbablyReaderable; the pages it misses, with its reasons; and
 * how long it takes (median / p95 in this process, HTML parsing excluded).
 *
 *   npx tsx scripts/detect-corpus.ts [../shared/corpus] [--misses]
 *
 * Skips with a message where the corpus is absent. Each page is parsed twice so that neither
 * check runs on a document the other has already walked (jsdom creates node wrappers on first
 * touch, and the first walk pays for them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isProbablyReaderable } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../utils/extract/detect.ts';
import { describeReasons } from './lib/reasons.ts';

interface Truth {
  id: string;
  url: string;
  lang?: string;
}

const args = process.argv.slice(2);
const root = resolve(args.find((arg) => !arg.startsWith('--')) ?? join('..', 'shared', 'corpus'));
const showMisses = args.includes('--misses');

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

function open(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

const ourTimes: number[] = [];
const theirTimes: number[] = [];
for (const set of ['fundus-eval', 'daniel-multilingual']) {
  const truthFile = join(root, set, 'truth.jsonl');
  if (!existsSync(truthFile)) {
    console.log(`${set}: skipped (no ${truthFile})`);
    continue;
  }
  const counts = new Map<string, { pages: number; ours: number; readerable: number }>();
  for (const line of readFileSync(truthFile, 'utf8').trim().split('\n')) {
    const truth = JSON.parse(line) as Truth;
    const html = gunzipSync(readFileSync(join(root, set, 'pages', `${truth.id}.html.gz`))).toString(
      'utf8',
    );
    const ours = open(html, truth.url);
    let start = performance.now();
    const detection = detectArticle(ours, truth.url);
    ourTimes.push(performance.now() - start);
    const theirs = open(html, truth.url);
    start = performance.now();
    const readerable = isProbablyReaderable(theirs);
    theirTimes.push(performance.now() - start);
    ours.defaultView?.close();
    theirs.defaultView?.close();

    const lang = truth.lang ?? 'en';
    const count = counts.get(lang) ?? { pages: 0, ours: 0, readerable: 0 };
    count.pages += 1;
    if (detection.isArticle) count.ours += 1;
    if (readerable) count.readerable += 1;
    counts.set(lang, count);
    if (showMisses && !detection.isArticle) {
      const why = describeReasons(detection.reasons).join('; ');
      console.log(`  miss ${truth.id} ${truth.url}\n       ${why}`);
    }
  }
  for (const [lang, count] of counts) {
    const share = (n: number) => `${n}/${count.pages} (${((100 * n) / count.pages).toFixed(1)}%)`;
    console.log(
      `${set} ${lang}: detectArticle ${share(count.ours)}, isProbablyReaderable ${share(count.readerable)}`,
    );
  }
}
if (ourTimes.length > 0) {
  const ms = (values: number[]) =>
    `median ${percentile(values, 0.5).toFixed(2)} ms, p95 ${percentile(values, 0.95).toFixed(2)} ms`;
  console.log(`time: detectArticle ${ms(ourTimes)}; isProbablyReaderable ${ms(theirTimes)}`);
}
