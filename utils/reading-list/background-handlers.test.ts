import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshLibrary } from '../library/test-helpers';
import { createMessageListener } from '../messaging/dispatch';
import type { SenderInfo } from '../messaging/guard';
import { fixtureResult } from '../reader/testing/fixture-result';
import { articleData } from './article-data';
import { readingListHandlers } from './background-handlers';
import { requestSave } from './save-intent';
import { saveLinkOnly } from './save-link';

const self = { id: 'lector-id', baseUrl: 'chrome-extension://lector-id/' };
const fromReader: SenderInfo = {
  id: 'lector-id',
  url: 'chrome-extension://lector-id/reader.html',
  tab: { id: 7 },
  frameId: 3,
};
const fromPage: SenderInfo = { id: 'lector-id', url: 'https://news.test/a', tab: { id: 7 } };

function setup() {
  const { library, db } = freshLibrary();
  const listen = createMessageListener(
    readingListHandlers(() => library),
    self,
  );
  return { library, db, listen };
}

const article = articleData(fixtureResult());

beforeEach(() => fakeBrowser.reset());

describe('reader-bg-save', () => {
  it('saves the article with all its metadata and the related list', async () => {
    const { library, listen } = setup();
    const related = [
      {
        title: 'Boats',
        url: 'https://news.example.com/boats',
        source: 'Example News',
        timeText: '1 hour ago',
        date: null,
        summary: null,
        thumbnail: null,
      },
    ];
    const answer = await listen(
      { type: 'reader-bg-save', article: { ...article, related } },
      fromReader,
    );
    expect(answer).toMatchObject({ ok: true, saved: { filled: false } });
    const saved = await library.getByUrl(article.url);
    expect(saved).toMatchObject({
      title: 'The harbour flooded overnight',
      byline: 'Ana Pereira',
      siteName: 'Example News',
      publishedTime: '2025-06-12',
      content: article.content,
      related,
      status: 'unread',
      linkOnly: false,
    });
    expect(saved?.savedAt).toBeGreaterThan(0);
  });

  it('saving again updates the same item', async () => {
    const { library, listen } = setup();
    await listen({ type: 'reader-bg-save', article }, fromReader);
    await listen(
      { type: 'reader-bg-save', article: { ...article, title: 'New title' } },
      fromReader,
    );
    const { items, total } = await library.list();
    expect(total).toBe(1);
    expect(items[0]?.title).toBe('New title');
  });

  it('answers a failed write with the library message for the reader to show', async () => {
    const { db, listen } = setup();
    db.close();
    const answer = (await listen({ type: 'reader-bg-save', article }, fromReader)) as {
      ok: boolean;
      message: string;
    };
    expect(answer.ok).toBe(false);
    expect(answer.message).toMatch(/reading list/i);
  });

  it('refuses a malformed article and a sender that is not Lector', async () => {
    const { library, listen } = setup();
    const bad = { ...article, content: 42 };
    expect(await listen({ type: 'reader-bg-save', article: bad }, fromReader)).toMatchObject({
      ok: false,
    });
    const extra = { ...article, script: 'x' };
    expect(await listen({ type: 'reader-bg-save', article: extra }, fromReader)).toMatchObject({
      ok: false,
    });
    const notWeb = { ...article, url: 'javascript:alert(1)' };
    expect(await listen({ type: 'reader-bg-save', article: notWeb }, fromReader)).toMatchObject({
      ok: false,
    });
    expect(await listen({ type: 'reader-bg-save', article }, fromPage)).toMatchObject({
      ok: false,
    });
    expect(await library.count()).toBe(0);
  });
});

describe('reader-bg-sync', () => {
  it('says an unsaved page is not saved, and gives the reader its tab', async () => {
    const { listen } = setup();
    expect(await listen({ type: 'reader-bg-sync', url: article.url, article }, fromReader)).toEqual(
      { ok: true, tabId: 7, saved: null, saveRequested: false },
    );
  });

  it('fills in a link-only item with the article just read', async () => {
    const { library, listen } = setup();
    const link = await saveLinkOnly(library, {
      url: `${article.url}?utm_source=feed`,
      title: 'Harbour',
      siteName: 'Example News',
      excerpt: 'A summary',
    });
    const answer = await listen({ type: 'reader-bg-sync', url: article.url, article }, fromReader);
    expect(answer).toMatchObject({ ok: true, saved: { id: link.id, filled: true } });
    const filled = await library.get(link.id);
    expect(filled).toMatchObject({ linkOnly: false, content: article.content });
  });

  it('leaves an unchanged saved copy alone, and keeps the reader data when it changed', async () => {
    const { library, listen } = setup();
    const saved = await library.save(article);
    await library.setStatus(saved.id, 'archived');
    const save = vi.spyOn(library, 'save');
    await listen({ type: 'reader-bg-sync', url: article.url, article }, fromReader);
    expect(save).not.toHaveBeenCalled();
    const changed = { ...article, content: '<p>Corrected.</p>' };
    await listen({ type: 'reader-bg-sync', url: article.url, article: changed }, fromReader);
    expect(await library.get(saved.id)).toMatchObject({
      content: '<p>Corrected.</p>',
      status: 'archived',
    });
  });

  it('hands over a fresh save request from the context menu or command, once', async () => {
    const { listen } = setup();
    await requestSave(7);
    const first = await listen({ type: 'reader-bg-sync', url: article.url, article }, fromReader);
    expect(first).toMatchObject({ saveRequested: true });
    const second = await listen({ type: 'reader-bg-sync', url: article.url, article }, fromReader);
    expect(second).toMatchObject({ saveRequested: false });
  });

  it('ignores a stale request', async () => {
    const { listen } = setup();
    await requestSave(7, Date.now() - 10 * 60_000);
    expect(
      await listen({ type: 'reader-bg-sync', url: article.url, article }, fromReader),
    ).toMatchObject({ saveRequested: false });
  });

  it('without an article, still says whether the page is saved', async () => {
    const { library, listen } = setup();
    const saved = await library.save(article);
    expect(
      await listen({ type: 'reader-bg-sync', url: article.url, article: null }, fromReader),
    ).toMatchObject({ saved: { id: saved.id } });
  });
});
