/**
 * Chromium, with the built extension (.output/chrome-mv3): toolbar click → reader painted, on the
 * seed fixture and on a 10,000-element page, and the longest main-thread task Lector causes in
 * the visited page (a `longtask` observer there). The anchor, measured in the same browser: plain
 * Readability run in the page itself (what a reader that extracts in the page would cost it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, launchLector, type Lector } from '../../tests/e2e/browser.ts';
import { startServer } from '../../tests/e2e/server.ts';
import { ARTICLE_PAINTED_MARK } from '../../utils/reader/performance-marks.ts';
import { largeNewsPage } from './generated-pages.ts';
import type { Section } from './section.ts';
import { median, quantile, table } from './report.ts';

const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Installed in every visited page before its own scripts: records long tasks. */
const LONGTASK_OBSERVER = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

interface Sample {
  clickToPaintMs: number;
  longestTaskMs: number;
}

async function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (from) =>
      Math.max(
        0,
        ...(
          (window as unknown as { __longTasks: { start: number; duration: number }[] })
            .__longTasks ?? []
        )
          .filter((task) => task.start + task.duration >= from)
          .map((task) => task.duration),
      ),
    since,
  );
}

/** One toolbar click on a fresh tab of `url`: milliseconds to the article painted in the reader. */
async function clickToPaint(lector: Lector, url: string): Promise<Sample> {
  const page = await lector.open(url);
  await page.waitForTimeout(300); // let the page settle, as a person would read a moment first
  const pageNow = await page.evaluate(() => performance.now());
  let clickedAt = Date.now();
  const frame = await lector.openReader(page, { beforeClick: () => (clickedAt = Date.now()) });
  await frame.waitForFunction(
    (mark: string) => performance.getEntriesByName(mark).length > 0,
    ARTICLE_PAINTED_MARK,
    {
      timeout: 30_000,
      polling: 10,
    },
  );
  const paintedAt = await frame.evaluate(
    (mark: string) => performance.timeOrigin + performance.getEntriesByName(mark)[0]!.startTime,
    ARTICLE_PAINTED_MARK,
  );
  await page.waitForTimeout(200); // a task still running at paint time is reported when it ends
  const longestTaskMs = await longestTaskSince(page, pageNow);
  await page.close();
  return { clickToPaintMs: paintedAt - clickedAt, longestTaskMs };
}

/**
 * The anchor: plain Readability parsing a clone of the page, in the page's own main thread. It
 * runs from a <script> element, as page code would: work started over the DevTools protocol is
 * not reported as a long task.
 */
async function readabilityInPage(lector: Lector, url: string, source: string): Promise<Sample> {
  const page = await lector.open(url);
  await page.waitForTimeout(300);
  const pageNow = await page.evaluate(() => performance.now());
  await page.addScriptTag({
    content: `${source}
      const started = performance.now();
      new Readability(document.cloneNode(true)).parse();
      window.__readabilityMs = performance.now() - started;`,
  });
  const elapsed =
    (await page.evaluate(
      () => (window as unknown as { __readabilityMs: number }).__readabilityMs,
    )) ?? NaN;
  await page.waitForTimeout(200);
  const longestTaskMs = await longestTaskSince(page, pageNow);
  await page.close();
  return { clickToPaintMs: elapsed, longestTaskMs };
}

export const chromiumSection: Section = {
  name: 'Chromium: toolbar click to reader painted, and the visited page’s main thread',
  async run({ repo, quick, print }) {
    const extensionDir = process.env.LECTOR_EXT_DIR ?? resolve(repo, '.output', 'chrome-mv3');
    if (!existsSync(resolve(extensionDir, 'manifest.json')) || !existsSync(CHROMIUM)) {
      print('skipped: needs the built extension (npm run build:chrome) and Debian’s chromium.');
      return;
    }
    const readabilitySource = readFileSync(
      createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'),
      'utf8',
    );
    const server = await startServer();
    server.route('/large', largeNewsPage(10_000));
    const lector = await launchLector({ extensionDir });
    await lector.context.addInitScript({ content: LONGTASK_OBSERVER });
    try {
      const runs = quick ? 5 : 15;
      const pages = [
        { name: 'seed fixture', path: '/fixtures/seed-daily8/' },
        { name: '10,000-element page', path: '/large' },
      ];
      const rows: string[][] = [];
      for (const { name, path } of pages) {
        const lectorSamples: Sample[] = [];
        const anchorSamples: Sample[] = [];
        for (let i = 0; i < runs; i++) {
          // A unique URL per tab: the harness finds the tab to click by its URL.
          lectorSamples.push(await clickToPaint(lector, `${server.origin}${path}?run=${i}`));
          anchorSamples.push(
            await readabilityInPage(
              lector,
              `${server.origin}${path}?anchor=${i}`,
              readabilitySource,
            ),
          );
        }
        const paintTimes = lectorSamples.map((s) => s.clickToPaintMs);
        const paint = { median: median(paintTimes), p95: quantile(paintTimes, 0.95) };
        const anchor = { median: median(anchorSamples.map((s) => s.clickToPaintMs)) };
        const longest = Math.max(...lectorSamples.map((s) => s.longestTaskMs));
        const anchorLongest = Math.max(...anchorSamples.map((s) => s.longestTaskMs));
        rows.push([
          name,
          ms(paint.median),
          ms(paint.p95),
          ms(anchor.median),
          (paint.median / anchor.median).toFixed(2),
          longest ? ms(longest) : '< 50 ms',
          anchorLongest ? ms(anchorLongest) : '< 50 ms',
        ]);
      }
      print(
        table([
          [
            'page',
            'click→painted median',
            'p95',
            'Readability in page (median)',
            'ratio',
            'longest page task, Lector',
            'longest page task, Readability in page',
          ],
          ...rows,
        ]),
      );
      print(
        `(${runs} runs each. Long tasks are those over 50 ms, as the browser reports them. Targets: ` +
          'click→painted median < 150 ms on the seed fixture; no page task over 100 ms on the ' +
          '10,000-element page.)',
      );
    } finally {
      await lector.close();
      await server.close();
    }
  },
};
