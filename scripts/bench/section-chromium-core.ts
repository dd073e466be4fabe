/**
 * Extraction time in Chromium, where the extension runs the core: Lector's readPage and plain
 * Readability on the corpus pages, both in one blank page of the same browser, each on its own
 * document parsed there (parsing excluded). jsdom (the timing section) prices DOM access far
 * above a browser's, so the two runtimes weigh the core's parts differently: both are printed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../tests/e2e/browser.ts';
import { loadCorpus, readCorpusHtml } from './corpus.ts';
import type { CoreTimes } from './chromium-core-entry.ts';
import { median, table, timingColumns } from './report.ts';
import type { BenchContext, Section } from './section.ts';

async function bundle(repo: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(repo, 'scripts/bench/chromium-core-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** Plain Readability plus what the issue asks of every reader, each timed like the anchor. */
const REFERENCES: readonly (readonly [keyof CoreTimes, string])[] = [
  [
    'readabilitySanitized',
    'Readability with its HTML then sanitized (the least a reader on plain Readability must do ' +
      'before showing it)',
  ],
  [
    'readabilityCopySanitized',
    'the same on a copy of the page (the core must leave the page it reads unchanged)',
  ],
];

function row(label: string, times: readonly CoreTimes[]): string[] {
  return [
    label,
    String(times.length),
    ...timingColumns(
      times.map((time) => time.lector),
      times.map((time) => time.readability),
    ),
  ];
}

export const chromiumCoreSection: Section = {
  name: 'Extraction time in Chromium (ms; HTML parsing excluded)',
  async run({ repo, quick, corpusRoot, print }: BenchContext) {
    const pages = loadCorpus(corpusRoot);
    if (!pages) {
      print(`skipped: no corpus at ${corpusRoot}`);
      return;
    }
    if (!existsSync(CHROMIUM)) {
      print(`skipped: needs Chromium at ${CHROMIUM} (Debian's chromium, or CHROMIUM_PATH)`);
      return;
    }
    const chosen = quick ? pages.filter((_, index) => index % 4 === 0) : pages;
    const script = await bundle(repo);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const bySet = new Map<string, CoreTimes[]>();
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>Lector bench</title><body>');
      await page.addScriptTag({ content: script });
      for (const [index, corpusPage] of chosen.entries()) {
        const times = await page.evaluate(
          ({ html, url, lectorFirst }) =>
            (
              globalThis as unknown as {
                lectorBench: { timePage(h: string, u: string, f: boolean): CoreTimes };
              }
            ).lectorBench.timePage(html, url, lectorFirst),
          { html: readCorpusHtml(corpusPage), url: corpusPage.url, lectorFirst: index % 2 === 0 },
        );
        bySet.set(corpusPage.set, [...(bySet.get(corpusPage.set) ?? []), times]);
      }
    } finally {
      await browser.close();
    }
    print(
      table([
        [
          'pages', 'n', 'Lector med', 'p95', 'max', 'Readability med', 'p95', 'max',
          'ratio of medians', 'median page ratio',
        ], // prettier-ignore
        ...[...bySet].map(([set, times]) => row(set, times)),
        row('all', [...bySet.values()].flat()),
      ]),
    );
    print(
      'Same browser, same page, each extractor on its own freshly parsed document, the better of ' +
        'two runs each. Lector = readPage whole (detection, metadata, related articles, declutter, ' +
        'Readability on the working copy, sanitizing).',
    );
    const all = [...bySet.values()].flat();
    const readabilityMedian = median(all.map((time) => time.readability));
    const lector = all.map((time) => time.lector);
    for (const [name, label] of REFERENCES) {
      const reference = all.map((time) => time[name]);
      // The same columns as the table's, with the reference as the anchor.
      const [, , , referenceMedian, , , ratioOfMedians, medianPageRatio] = timingColumns(
        lector,
        reference,
      );
      const overReadability = (median(reference) / readabilityMedian).toFixed(2);
      print(
        `Reference, not the target's anchor: ${label} takes ${referenceMedian} ms median ` +
          `(${overReadability}× Readability's); Lector ÷ that: ${ratioOfMedians}× ` +
          `(median page ${medianPageRatio}×).`,
      );
    }
  },
};
