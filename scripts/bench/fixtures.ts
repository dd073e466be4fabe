/**
 * The page fixtures (tests/fixtures/<name>/source.html + expected.json, written with the
 * fixtures): what the bench needs from each, read tolerantly so that a new optional field in
 * expected.json never breaks the bench.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEED_PARAGRAPHS, SEED_URL, seedPageHtml } from '../../utils/extract/testing/seed-page.ts';

export interface Fixture {
  name: string;
  file: string;
  url: string;
  /** Whether the page is an article; null when expected.json does not say. */
  isArticle: boolean | null;
  /** The expected body paragraphs ([] when not given). */
  paragraphs: string[];
  /** Strings that must not appear in the body (clutter). */
  clutter: string[];
  /** Seed-style: an aggregator page with clutter and related cards (targets P, R ≥ 0.99). */
  seedStyle: boolean;
}

type Json = Record<string, unknown>;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\n\s*\n/).filter((part) => part.trim());
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

function firstOf(expected: Json, keys: readonly string[]): unknown {
  for (const key of keys) if (expected[key] !== undefined) return expected[key];
  return undefined;
}

function canonicalUrl(html: string): string | null {
  const match =
    html.match(/<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i) ??
    html.match(/<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i);
  return match?.[1] && /^https?:/i.test(match[1]) ? match[1] : null;
}

export function loadFixtures(repo: string): Fixture[] {
  const root = join(repo, 'tests', 'fixtures');
  if (!existsSync(root)) return [];
  const fixtures: Fixture[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const file = join(root, entry.name, 'source.html');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const expectedFile = join(root, entry.name, 'expected.json');
    const expected: Json = existsSync(expectedFile)
      ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Json)
      : {};
    const html = readFileSync(file, 'utf8');
    const url =
      (typeof expected['url'] === 'string' ? expected['url'] : null) ??
      canonicalUrl(html) ??
      pathToFileURL(file).href;
    const isArticle = firstOf(expected, ['isArticle', 'article']);
    fixtures.push({
      name: entry.name,
      file,
      url,
      isArticle: typeof isArticle === 'boolean' ? isArticle : null,
      paragraphs: strings(
        firstOf(expected, ['paragraphs', 'body', 'bodyParagraphs', 'textParagraphs', 'text']),
      ),
      clutter: strings(
        firstOf(expected, ['notInBody', 'clutter', 'absent', 'forbidden', 'mustNotContain']),
      ).flatMap((item) => item.split('\n')),
      seedStyle: expected['seedStyle'] === true || entry.name.startsWith('seed'),
    });
  }
  return fixtures.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The seed page as utils/extract/testing/seed-page.ts renders it: the related cards sit where
 * "the biggest block of text" picks them, which is the trap the seed README describes (plain
 * Readability falls into it there). Written to a temporary file for the bench workers.
 */
export function generatedSeedFixture(): Fixture {
  const file = join(mkdtempSync(join(tmpdir(), 'lector-seed-')), 'source.html');
  writeFileSync(file, seedPageHtml());
  return {
    name: 'seed trap (generated)',
    file,
    url: SEED_URL,
    isArticle: true,
    paragraphs: [...SEED_PARAGRAPHS],
    clutter: [
      'logo', 'Orange background', 'Try Our AI Features', 'No comments yet', 'Related Articles',
      'Associated Press', 'LIMA, Peru (AP)', 'DOWNLOAD THE APP', 'app-store', '12-06-2025',
    ], // prettier-ignore
    seedStyle: true,
  };
}
