/**
 * Every page fixture, twice over:
 * - detection and related-article collection on their own (utils/extract/detect.ts and
 *   related.ts), which run now;
 * - the whole pipeline, readPage (utils/extract/read-page.ts): body text block by block,
 *   metadata, related list, removed log, no clutter in the body, the input document unchanged.
 *   These run when read-page.ts exists.
 * Expectations are each fixture's expected.json, written from what a reader wants from the page
 * (format: tests/fixtures/README.md).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { describeReasons } from '../scripts/lib/reasons.ts';
import { detectArticle } from '../utils/extract/detect.ts';
import { collectRelated } from '../utils/extract/related.ts';
import type { readPage as ReadPage } from '../utils/extract/read-page.ts';
import type { ReadResult } from '../utils/extract/types.ts';
import {
  bodyBlocks,
  describeBodyDifference,
  loadFixturePages,
  missingImages,
  relatedShape,
  sameTime,
  type FixturePage,
} from './fixture-pages.ts';

const pages = loadFixturePages();

function open(page: FixturePage): JSDOM {
  // A page's own scripts never run; jsdom's console stays quiet about the page's CSS.
  return new JSDOM(page.html, { url: page.expected.url, virtualConsole: new VirtualConsole() });
}

describe('fixtures exist', () => {
  it('there are the seed page and at least 20 more', () => {
    expect(pages.map((page) => page.name)).toContain('seed-daily8');
    expect(pages.length).toBeGreaterThanOrEqual(21);
  });
});

describe.each(pages)('$name: detection and related articles', (page) => {
  const { expected } = page;

  it(`is ${expected.isArticle ? '' : 'not '}an article`, () => {
    const detection = detectArticle(open(page).window.document, expected.url);
    const why = describeReasons(detection.reasons).join('; ');
    expect(detection.isArticle, why).toBe(expected.isArticle);
    expect(detection.reasons.length).toBeGreaterThan(0);
  });

  it.runIf(expected.related !== undefined)('lists the related articles', () => {
    const { related } = collectRelated(open(page).window.document, expected.url);
    expect(related.map(relatedShape)).toEqual(expected.relatedFromBlocks ?? expected.related);
  });
});

const READ_PAGE = join(import.meta.dirname, '..', 'utils', 'extract', 'read-page.ts');
let pipeline: { readPage: typeof ReadPage } | null = null;
let pipelineError: unknown = null;
if (existsSync(READ_PAGE)) {
  try {
    pipeline = await import('../utils/extract/read-page.ts');
  } catch (error) {
    // Reported by the test below, so detection and related tests above still run.
    pipelineError = error;
  }
}

describe('the pipeline', () => {
  it.runIf(pipelineError !== null)('loads (read-page.ts exists)', () => {
    throw pipelineError;
  });
});

describe.skipIf(!pipeline).each(pages)('$name: readPage', (page) => {
  const { expected } = page;
  let result: ReadResult | undefined;
  let unchanged = false;

  /** Read the page once per fixture; every test below looks at the same result. */
  const read = (): ReadResult => {
    if (result) return result;
    const dom = open(page);
    const before = dom.serialize();
    result = pipeline!.readPage(dom.window.document, expected.url);
    unchanged = dom.serialize() === before;
    return result;
  };

  it('leaves the input document unchanged', () => {
    read();
    expect(unchanged).toBe(true);
  });

  it('judges the page as the fixture says', () => {
    const why = describeReasons(read().reasons).join('; ');
    expect(read().isArticle, why).toBe(expected.isArticle);
  });

  it.runIf(expected.paragraphs !== undefined)('has exactly the expected body blocks', () => {
    const actual = bodyBlocks(read().textContent);
    const difference = describeBodyDifference(expected.paragraphs!, actual);
    expect(difference, difference ?? '').toBeNull();
  });

  it.runIf(expected.mustNotContain !== undefined)('keeps clutter out of the body', () => {
    const text = read().textContent;
    const found = expected.mustNotContain!.filter((clutter) => text.includes(clutter));
    expect(found, `clutter in the body: ${found.join(' | ')}`).toEqual([]);
  });

  it('reads the metadata', () => {
    const actual = read();
    // Every field is compared before failing, so one run shows all that differ.
    const wrong: string[] = [];
    for (const field of ['title', 'byline', 'siteName', 'lang', 'dir'] as const) {
      if (expected[field] !== undefined && actual[field] !== expected[field]) {
        wrong.push(
          `${field}: expected ${JSON.stringify(expected[field])}, got ${JSON.stringify(actual[field])}`,
        );
      }
    }
    if (
      expected.publishedTime !== undefined &&
      !sameTime(expected.publishedTime, actual.publishedTime)
    ) {
      wrong.push(`publishedTime: expected ${expected.publishedTime}, got ${actual.publishedTime}`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it.runIf(expected.related !== undefined)('lists the related articles', () => {
    expect(read().related.map(relatedShape)).toEqual(expected.related);
  });

  it.runIf(expected.pages !== undefined)('says which page of the story this is', () => {
    expect(read().pages).toEqual(expected.pages);
  });

  it.runIf(expected.images !== undefined || expected.elements !== undefined)(
    'keeps the images, tables, code and figures in the content',
    () => {
      const content = JSDOM.fragment(read().content);
      const images = missingImages(content, expected.images ?? []);
      expect(images, `images missing from the content: ${images.join(', ')}`).toEqual([]);
      const elements = (expected.elements ?? []).filter(
        (selector) => !content.querySelector(selector),
      );
      expect(elements, `nothing in the content matches: ${elements.join(', ')}`).toEqual([]);
    },
  );

  it('logs as removed nothing the article shows', () => {
    const shown = new Set(read().textContent.split('\n'));
    const both = read()
      .removed.filter((removal) => !removal.text.endsWith('…') && shown.has(removal.text))
      .map((removal) => `${removal.kind}: ${removal.text}`);
    expect(both, `removed, and shown anyway:\n${both.join('\n')}`).toEqual([]);
  });

  it.runIf(expected.removedKinds !== undefined || expected.removedText !== undefined)(
    'logs what it removed',
    () => {
      const removed = read().removed;
      const kinds = new Set(removed.map((removal) => removal.kind));
      const missingKinds = (expected.removedKinds ?? []).filter(
        (kind) => !kinds.has(kind as never),
      );
      const log = removed.map((removal) => `${removal.kind}: ${removal.text}`).join('\n');
      expect(missingKinds, `kinds not in the removed log; the log was:\n${log}`).toEqual([]);
      const missingText = (expected.removedText ?? []).filter(
        (snippet) => !removed.some((removal) => removal.text.includes(snippet)),
      );
      expect(missingText, `snippets not in any removed block; the log was:\n${log}`).toEqual([]);
    },
  );
});
