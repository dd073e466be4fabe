import { describe, expect, it } from 'vitest';
import type { DomWindow } from '../../sanitize';
import { LibraryError } from '../errors';
import { freshLibrary, sampleInput } from '../test-helpers';
import type { SavedArticle } from '../types';
import { sampleFile, textFile, zippedSample } from './test-samples';

const win = window as DomWindow;
const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());

async function importSample(
  file: Parameters<ReturnType<typeof freshLibrary>['library']['importFile']>[0],
) {
  const context = freshLibrary();
  const report = await context.library.importFile(file, win);
  const all = await context.library.all();
  const byUrl = (url: string) => all.find((a) => a.canonicalUrl === url) as SavedArticle;
  return { ...context, report, all, byUrl };
}

describe('Pocket zip (CSV parts)', () => {
  it('keeps titles, tags, status and dates, across parts, with and without a cursor column', async () => {
    const { report, all, byUrl } = await importSample(zippedSample('pocket-zip', 'pocket.zip'));
    expect(report).toMatchObject({ source: 'pocket-csv', added: 7, updated: 0, skipped: [] });
    expect(all).toHaveLength(7);
    const bikes = byUrl('https://www.example.org/2024/utrecht-bikes');
    expect(bikes).toMatchObject({
      title: 'Slow cities, fast bikes: what Utrecht learned',
      // The duplicate in part 2 (another tracking parameter) merged in: tags joined, earlier date.
      tags: ['urbanism', 'cycling', 'favourites'],
      status: 'unread',
      linkOnly: true,
      content: '',
      importedFrom: 'pocket-csv',
    });
    expect(iso(bikes.savedAt)).toBe('2022-04-15T05:20:00.000Z');
    expect(byUrl('https://blog.example.net/quotes')).toMatchObject({
      title: 'A title with "quotes" and a\nline break',
      status: 'archived',
      tags: [],
    });
    expect(byUrl('https://ar.example.com/maqal/1')).toMatchObject({
      title: 'كيف تقرأ أكثر في عام واحد',
      tags: ['قراءة', 'عادات'],
    });
    expect(byUrl('https://zh.example.cn/articles/slow-reading')).toMatchObject({
      title: '中文标题：慢读的艺术',
      status: 'archived',
    });
    expect(byUrl('https://fun.example.com/party').tags).toEqual(['fun', '🎉']);
    expect(byUrl('https://untitled.example.com/no-title').title).toBe(
      'https://untitled.example.com/no-title',
    );
    expect(byUrl('https://www.example.org/older')).toMatchObject({
      status: 'archived',
      tags: ['history'],
    });
  });

  it('reads a single CSV part given on its own', async () => {
    const { report } = await importSample(sampleFile('pocket-zip/part_000001.csv'));
    expect(report).toMatchObject({ source: 'pocket-csv', added: 2 });
  });

  it('a bad line imports nothing and names every bad line', async () => {
    const { library } = freshLibrary();
    const failure = await library
      .importFile(sampleFile('malformed/pocket-missing-url.csv'), win)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LibraryError);
    expect(failure).toMatchObject({ kind: 'import-malformed' });
    const message = (failure as Error).message;
    expect(message).toContain('Nothing was imported from pocket-missing-url.csv');
    expect(message).toContain('Line 14: the URL is missing');
    expect(message).toContain('Line 15: "yesterday" is not a date Lector can read');
    expect(await library.count()).toBe(0);
  });
});

describe('missing columns and odd dates', () => {
  it('a Pocket CSV with only url and time_added: unread, no tags, the URL as title', async () => {
    const { report, byUrl } = await importSample(
      textFile('part.csv', 'url,time_added\r\nhttps://a.example/x,2024-02-29 23:59:59\r\n'),
    );
    expect(report).toMatchObject({ source: 'pocket-csv', added: 1 });
    const article = byUrl('https://a.example/x');
    expect(article).toMatchObject({
      title: 'https://a.example/x',
      tags: [],
      status: 'unread',
      linkOnly: true,
    });
    expect(iso(article.savedAt)).toBe('2024-02-29T23:59:59.000Z');
  });

  it('an Instapaper CSV without Timestamp or Selection: dated at import', async () => {
    const { report, byUrl } = await importSample(
      textFile('instapaper.csv', 'URL,Title,Folder\nhttps://b.example/y,"Y, the letter",Archive\n'),
    );
    expect(report).toMatchObject({ source: 'instapaper', added: 1 });
    expect(byUrl('https://b.example/y')).toMatchObject({
      title: 'Y, the letter',
      status: 'archived',
      highlights: null,
    });
    expect(byUrl('https://b.example/y').savedAt).toBeGreaterThan(Date.UTC(2025, 0, 1));
  });
});

describe('Pocket HTML (ril_export.html)', () => {
  it('reads both lists, tags and dates', async () => {
    const { report, byUrl } = await importSample(sampleFile('ril_export.html.txt'));
    expect(report).toMatchObject({ source: 'pocket-html', added: 5 });
    expect(byUrl('https://www.example.org/essays/attention')).toMatchObject({
      title: 'The attention economy & you',
      tags: ['focus', 'essays'],
      status: 'unread',
    });
    expect(byUrl('https://news.example.com/2018/12/year-in-review').status).toBe('archived');
    expect(byUrl('https://he.example.co.il/article/7')).toMatchObject({
      title: 'מאמר בעברית',
      tags: ['עברית'],
      status: 'archived',
    });
    // No date in the file: the import time.
    expect(byUrl('https://www.example.org/no-date').savedAt).toBeGreaterThan(Date.UTC(2025, 0, 1));
  });
});

describe('Omnivore zip', () => {
  it('imports content (sanitized), labels, state, progress, highlights; skips deleted', async () => {
    const { report, all, byUrl } = await importSample(zippedSample('omnivore-zip', 'omnivore.zip'));
    expect(report).toMatchObject({ source: 'omnivore', added: 3 });
    expect(report.skipped).toEqual([
      { where: 'Entry 4 of metadata_0_to_3.json', problem: 'it was deleted in Omnivore' },
    ]);
    expect(all).toHaveLength(3);
    const quiet = byUrl('https://smallweb.example.org/quiet-web');
    expect(quiet).toMatchObject({
      title: 'The quiet web',
      byline: 'Mia Okafor',
      excerpt: 'Why small sites matter again.',
      tags: ['web', 'essays'],
      status: 'unread',
      progress: 0.4,
      linkOnly: false,
      publishedTime: '2023-05-30T00:00:00.000Z',
      highlights: expect.stringContaining('My note: find more of these.'),
    });
    expect(iso(quiet.savedAt)).toBe('2023-06-01T09:30:00.000Z');
    expect(quiet.content).toContain('personal sites');
    expect(quiet.content).not.toMatch(/onerror|<script|steal|<iframe/);
    expect(quiet.textContent).toBe(
      'Small is beautiful\nThe quiet web is made of personal sites and RSS feeds.\nNobody is tracking you there.\nOpen embedded content on video.example.com',
    );
    expect(quiet.wordCount).toBeGreaterThan(10);
    const archived = byUrl('https://ar.example.com/archived');
    expect(archived).toMatchObject({ status: 'archived', tags: ['عربي'], progress: 1 });
    expect(iso(archived.savedAt)).toBe('2023-01-15T08:00:00.000Z');
    expect(archived.textContent).toBe('هذا نص عربي عن القراءة البطيئة.');
    expect(byUrl('https://example.net/only-a-link')).toMatchObject({ linkOnly: true, content: '' });
  });

  it('a broken metadata file names itself and imports nothing', async () => {
    const { library } = freshLibrary();
    const file = zippedSample('omnivore-zip', 'omnivore.zip', {
      'metadata_4_to_5.json': '[{"title": "no url", "savedAt": "2023-01-01"}, 42]',
    });
    await expect(library.importFile(file, win)).rejects.toThrow(
      /Entry 1 of metadata_4_to_5\.json: the URL is missing\. Entry 2 of metadata_4_to_5\.json: it is not an article record/,
    );
    expect(await library.count()).toBe(0);
  });
});

describe('Instapaper CSV', () => {
  it('maps folders to status or tags and keeps selections as highlights', async () => {
    const { report, byUrl } = await importSample(sampleFile('instapaper-export.csv'));
    expect(report).toMatchObject({ source: 'instapaper', added: 5 });
    expect(byUrl('https://www.example.com/long-read')).toMatchObject({
      title: 'The long read, in three parts',
      status: 'unread',
      highlights: '> This is the sentence I highlighted, with a comma.',
    });
    expect(byUrl('https://www.example.com/archived-one').status).toBe('archived');
    expect(byUrl('https://research.example.edu/paper')).toMatchObject({
      title: 'Paper: "Attention" revisited',
      tags: ['Research'],
      highlights: '> Line one\n> line two',
    });
    expect(byUrl('https://ar.example.com/instapaper').title).toBe('مقالة عربية طويلة');
    expect(byUrl('https://www.example.com/starred')).toMatchObject({
      tags: ['Starred'],
      status: 'unread',
    });
  });

  it('an unclosed quote names its line and imports nothing', async () => {
    const { library } = freshLibrary();
    await expect(
      library.importFile(sampleFile('malformed/instapaper-open-quote.csv'), win),
    ).rejects.toThrow(/Line 3: a quoted field is not closed/);
    expect(await library.count()).toBe(0);
  });
});

describe('Netscape bookmarks', () => {
  it('reads links, dates, tags, TOREAD and descriptions; skips non-web bookmarks', async () => {
    const { report, byUrl } = await importSample(sampleFile('bookmarks.html.txt'));
    expect(report).toMatchObject({ source: 'bookmarks', added: 3 });
    expect(report.skipped.map((s) => s.where)).toEqual([
      'Entry 2 ("A bookmarklet")',
      'Entry 3 ("Recently visited")',
    ]);
    expect(byUrl('https://www.example.com/recipes/bread')).toMatchObject({
      title: 'Bread & butter <basics>',
      tags: ['food', 'baking'],
      excerpt: 'Sourdough in five steps.',
    });
    expect(iso(byUrl('https://www.example.com/recipes/bread').savedAt)).toBe(
      '2017-07-14T02:41:40.000Z',
    );
    expect(byUrl('https://zh.example.cn/%E4%B9%A6/1')).toMatchObject({
      title: '一本好书',
      status: 'unread',
    });
    expect(byUrl('https://www.example.com/done').status).toBe('read');
  });
});

describe('merging into an existing list', () => {
  it('never takes anything away, and fills a link-only article with imported content', async () => {
    const { library } = freshLibrary();
    const saved = await library.save(
      sampleInput({
        url: 'https://smallweb.example.org/quiet-web',
        tags: ['mine'],
        content: '<p>kept</p>',
      }),
    );
    await library.importFile(sampleFile('pocket-zip/part_000001.csv'), win);
    const report = await library.importFile(zippedSample('omnivore-zip', 'omnivore.zip'), win);
    expect(report).toMatchObject({ added: 2, updated: 1 });
    const merged = await library.get(saved.id);
    expect(merged).toMatchObject({
      content: '<p>kept</p>',
      tags: ['mine', 'web', 'essays'],
      progress: 0.4,
    });
    expect(merged!.savedAt).toBeLessThan(saved.savedAt);
  });
});

describe('a link-only import', () => {
  it('gets its content the next time the page is saved with Lector, keeping what the import set', async () => {
    const { library, byUrl } = await importSample(zippedSample('pocket-zip', 'pocket.zip'));
    const imported = byUrl('https://blog.example.net/quotes');
    expect(imported.linkOnly).toBe(true);
    const saved = await library.save(
      sampleInput({
        url: 'https://blog.example.net/quotes#intro',
        content: '<p>Now with text</p>',
        textContent: 'Now with text',
      }),
    );
    expect(saved).toMatchObject({
      id: imported.id,
      linkOnly: false,
      content: '<p>Now with text</p>',
      status: 'archived',
      savedAt: imported.savedAt,
      importedFrom: 'pocket-csv',
    });
  });
});

describe('format detection', () => {
  it('refuses an unknown file with a message that lists what Lector reads', async () => {
    const { library } = freshLibrary();
    await expect(
      library.importFile(sampleFile('malformed/unknown.txt'), win),
    ).rejects.toMatchObject({
      kind: 'import-unknown-format',
      message: expect.stringMatching(/does not recognise unknown\.txt.*Instapaper/),
    });
    await expect(
      library.importFile(textFile('x.zip', 'PK\u0003\u0004garbage'), win),
    ).rejects.toThrow(/x\.zip is a damaged zip file/);
    await expect(library.importFile(textFile('a.json', '{"hello": 1}'), win)).rejects.toThrow(
      /not a Lector export/,
    );
  });
});
