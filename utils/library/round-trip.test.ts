import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RelatedArticle } from '../extract/types';
import { sanitizeArticleHtml, type DomWindow } from '../sanitize';
import { canonicalizeUrl } from './canonical-url';
import { normalizeTags } from './normalize';
import { freshLibrary } from './test-helpers';
import { IMPORT_SOURCES, type SavedArticle } from './types';

const win = window as DomWindow;

/** Any Unicode (astral planes, RTL, combining marks, controls): every text field gets it. */
const anyText = (maxLength = 60) => fc.string({ unit: 'binary', maxLength });
const nullableText = (maxLength = 60) => fc.option(anyText(maxLength), { nil: null });
const time = fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2150, 0, 1) });

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A body of 1 to 80 paragraphs of any Unicode, with links and emphasis: up to ~50 KB. */
const body = fc
  .array(
    fc.tuple(
      fc.string({ unit: 'grapheme', minLength: 20, maxLength: 600, size: 'max' }),
      fc.constantFrom('p', 'em', 'a', 'h2', 'li'),
    ),
    { minLength: 1, maxLength: 80, size: 'max' },
  )
  .map((blocks) =>
    blocks
      .map(([text, kind]) =>
        kind === 'p' || kind === 'h2'
          ? `<${kind}>${escapeHtml(text)}</${kind}>`
          : kind === 'li'
            ? `<ul><li>${escapeHtml(text)}</li></ul>`
            : kind === 'em'
              ? `<p><em>${escapeHtml(text)}</em> after</p>`
              : `<p><a href="https://example.org/${encodeURIComponent(Array.from(text).slice(0, 10).join(''))}">${escapeHtml(text)}</a></p>`,
      )
      .join(''),
  );

const related: fc.Arbitrary<RelatedArticle> = fc.record({
  title: anyText(),
  url: fc.webUrl(),
  source: nullableText(),
  timeText: nullableText(),
  date: nullableText(),
  summary: nullableText(200),
  thumbnail: fc.option(fc.webUrl(), { nil: null }),
});

const article = (index: number) =>
  fc
    .record({
      slug: anyText(30),
      title: anyText(200),
      byline: nullableText(),
      siteName: nullableText(),
      publishedTime: nullableText(30),
      lang: nullableText(10),
      dir: fc.constantFrom('ltr' as const, 'rtl' as const),
      excerpt: nullableText(300),
      leadImage: fc.option(fc.webUrl(), { nil: null }),
      wordCount: fc.nat(100_000),
      readingMinutes: fc.nat(500),
      related: fc.array(related, { maxLength: 5 }),
      tags: fc.array(anyText(30), { maxLength: 8 }),
      status: fc.constantFrom('unread' as const, 'read' as const, 'archived' as const),
      progress: fc.double({ min: 0, max: 1, noNaN: true }),
      savedAt: time,
      updatedAt: time,
      readAt: fc.option(time, { nil: null }),
      linkOnly: fc.boolean(),
      importedFrom: fc.option(fc.constantFrom(...IMPORT_SOURCES), { nil: null }),
      highlights: nullableText(500),
      html: body,
      textContent: anyText(2000),
    })
    .map(({ slug, html, tags, ...fields }): SavedArticle => {
      const url = `https://example.com/${index}/${encodeURIComponent(slug)}`;
      return {
        ...fields,
        id: `id-${index}-${slug}`,
        url,
        canonicalUrl: canonicalizeUrl(url),
        tags: normalizeTags(tags),
        // What the store holds is sanitizer output; it must survive being sanitized again.
        content: fields.linkOnly ? '' : sanitizeArticleHtml(html, win),
      };
    });

describe('Lector JSON round trip', () => {
  it('1,000 generated articles: export, wipe, import, and nothing is lost', async () => {
    const articles = Array.from(
      { length: 1000 },
      (_, i) => fc.sample(article(i), { numRuns: 1, seed: 4242 + i })[0]!,
    );
    const megabytes = articles.reduce((sum, a) => sum + a.content.length, 0) / 1e6;
    expect(megabytes).toBeGreaterThan(5);

    const first = freshLibrary();
    for (const item of articles) await first.library.restore(item);
    const exported = await first.library.exportFile('lector-json', win);
    await first.db.delete();

    const second = freshLibrary();
    const report = await second.library.importFile(exported, win);
    expect(report).toMatchObject({ source: 'lector-json', added: 1000, updated: 0, skipped: [] });
    const restored = await second.library.all();
    const byId = (a: SavedArticle, b: SavedArticle) => (a.id < b.id ? -1 : 1);
    expect(restored.sort(byId)).toEqual([...articles].sort(byId));

    // And the export of the restored list is the same file, byte for byte.
    const again = await second.library.exportFile('lector-json', win);
    expect(new TextDecoder().decode(again.bytes).replace(/"exportedAt": "[^"]+"/, '')).toBe(
      new TextDecoder().decode(exported.bytes).replace(/"exportedAt": "[^"]+"/, ''),
    );
  }, 240_000);
});
