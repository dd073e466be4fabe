/**
 * The page fixtures (tests/fixtures/<name>/source.html + expected.json; format in
 * tests/fixtures/README.md) and the comparisons the fixture tests make, with messages that say
 * what differs in words a person can act on.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticlePages, RelatedArticle } from '../utils/extract/types.ts';

export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');

export interface ExpectedRelated {
  title: string;
  url: string;
  source: string | null;
  timeText: string | null;
  hasSummary: boolean;
}

/** expected.json. A field left out is not checked; null means "the page has none". */
export interface ExpectedPage {
  url: string;
  isArticle: boolean;
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl';
  paragraphs?: string[];
  mustNotContain?: string[];
  related?: ExpectedRelated[];
  /**
   * What collectRelated finds alone, from the page's related blocks, where the whole pipeline
   * adds more (an infinite-scroll page's stacked next story); `related` otherwise.
   */
  relatedFromBlocks?: ExpectedRelated[];
  /** Where the story goes on over more pages; null: it is all on this page. */
  pages?: ArticlePages | null;
  removedKinds?: string[];
  /** Snippets that some removed block's text must contain. */
  removedText?: string[];
  /** Pieces of image URLs: each must be the src or in the srcset of an <img> in the content. */
  images?: string[];
  /** CSS selectors that must each match something in the content (`table`, `pre code`). */
  elements?: string[];
  notes: string;
}

export interface FixturePage {
  name: string;
  html: string;
  expected: ExpectedPage;
}

export function loadFixturePages(): FixturePage[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(FIXTURES_DIR, entry.name))
    .filter((dir) => existsSync(join(dir, 'source.html')) && existsSync(join(dir, 'expected.json')))
    .map((dir) => ({
      name: dir.split('/').at(-1)!,
      html: readFileSync(join(dir, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedPage,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Whitespace collapsed and trimmed: how blocks are compared. */
export function normalizeBlock(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The body's blocks: the non-empty lines of textContent, whitespace-normalized. */
export function bodyBlocks(textContent: string): string[] {
  return textContent.split('\n').map(normalizeBlock).filter(Boolean);
}

function shorten(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * What is wrong with `actual` body blocks against `expected`, or null when they match: blocks
 * missing, blocks that should not be there, and the first place the order differs.
 */
export function describeBodyDifference(expected: string[], actual: string[]): string | null {
  const want = expected.map(normalizeBlock);
  if (want.length === actual.length && want.every((block, index) => block === actual[index])) {
    return null;
  }
  const lines: string[] = [];
  const missing = want.filter((block) => !actual.includes(block));
  const extra = actual.filter((block) => !want.includes(block));
  if (missing.length) {
    lines.push(
      `missing from the body (${missing.length}):`,
      ...missing.map((b) => `  - ${shorten(b)}`),
    );
  }
  if (extra.length) {
    lines.push(
      `in the body but not expected (${extra.length}):`,
      ...extra.map((b) => `  + ${shorten(b)}`),
    );
  }
  const common = actual.filter((block) => want.includes(block));
  const order = want.filter((block) => actual.includes(block));
  const firstOff = common.findIndex((block, index) => block !== order[index]);
  if (firstOff >= 0) {
    lines.push(
      `order differs at block ${firstOff + 1}: expected "${shorten(order[firstOff]!)}", got "${shorten(common[firstOff]!)}"`,
    );
  }
  if (lines.length === 0) lines.push('the same blocks, repeated a different number of times');
  return lines.join('\n');
}

/** A date-only expectation matches any value on that day; a date-time one the same instant. */
export function sameTime(expected: string | null, actual: string | null): boolean {
  if (expected === null || actual === null) return expected === actual;
  if (/^\d{4}-\d{2}-\d{2}$/.test(expected)) return actual.startsWith(expected);
  return Date.parse(expected) === Date.parse(actual);
}

/** The fields of a related entry that fixtures pin down. */
export function relatedShape(entry: RelatedArticle): ExpectedRelated {
  return {
    title: entry.title,
    url: entry.url,
    source: entry.source,
    timeText: entry.timeText,
    hasSummary: entry.summary !== null && entry.summary.length > 0,
  };
}

/** The `images` pieces not found in any <img> src or srcset of `content`'s fragment. */
export function missingImages(content: DocumentFragment, pieces: string[]): string[] {
  const sources = [...content.querySelectorAll('img')].flatMap((img) => [
    img.getAttribute('src') ?? '',
    img.getAttribute('srcset') ?? '',
  ]);
  return pieces.filter((piece) => !sources.some((source) => source.includes(piece)));
}
