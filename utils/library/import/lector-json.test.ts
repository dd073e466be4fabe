import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DomWindow } from '../../sanitize';
import { EXPORTED_FIELDS, exportLectorJson } from '../export/lector-json';
import { hostileArticle } from '../export/fixtures';
import { freshLibrary } from '../test-helpers';
import { textFile } from './test-samples';

const win = window as DomWindow;
const exportOf = (articles = [hostileArticle()]) =>
  JSON.parse(exportLectorJson(articles, Date.UTC(2026, 0, 1))) as {
    version: number;
    articles: Record<string, unknown>[];
  };

describe('Lector JSON import', () => {
  it('names the article and the field that is wrong, and imports nothing', async () => {
    const file = exportOf([
      hostileArticle(),
      hostileArticle({ id: 'h2', url: 'https://example.com/2' }),
    ]);
    file.articles[1]!.status = 'finished';
    file.articles[1]!.savedAt = 'last week';
    delete file.articles[1]!.tags;
    const { library } = freshLibrary();
    const failure = library.importFile(textFile('backup.json', JSON.stringify(file)), win);
    await expect(failure).rejects.toThrow(
      'Article 2: "tags" should be a list of texts. Article 2: "status" should be "unread", "read" or "archived". Article 2: "savedAt" should be an ISO 8601 date',
    );
    expect(await library.count()).toBe(0);
  });

  it('refuses a file from a newer Lector, saying to update', async () => {
    const file = exportOf();
    file.version = 2;
    const { library } = freshLibrary();
    await expect(
      library.importFile(textFile('new.json', JSON.stringify(file)), win),
    ).rejects.toThrow(/made by a newer Lector \(format version 2\); update Lector/);
  });

  it('sanitizes the content again (a hand-edited file)', async () => {
    const file = exportOf();
    file.articles[0]!.content = '<p>ok</p><img src=x onerror=alert(1)><script>alert(2)</script>';
    const { library } = freshLibrary();
    await library.importFile(textFile('edited.json', JSON.stringify(file)), win);
    const [article] = await library.all();
    expect(article!.content).toBe('<p>ok</p><img loading="lazy" decoding="async">');
  });

  it('restores over an article with the same page, keeping one per canonical URL', async () => {
    const { library } = freshLibrary();
    const mine = await library.save({
      url: hostileArticle().url,
      title: 'Mine',
      content: '',
      textContent: '',
    });
    const report = await library.importFile(
      textFile('b.json', exportLectorJson([hostileArticle()], 0)),
      win,
    );
    expect(report).toMatchObject({ added: 0, updated: 1 });
    expect(await library.count()).toBe(1);
    expect(await library.get(mine.id)).toBeUndefined();
    expect((await library.get('h1'))?.title).toBe(hostileArticle().title);
  });

  it('is documented: docs/export-format.md describes every field the file writes', () => {
    const doc = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'docs', 'export-format.md'),
      'utf8',
    );
    for (const field of EXPORTED_FIELDS)
      expect(doc).toMatch(new RegExp(`^\\| \`${field}\` +\\|`, 'm'));
  });
});
