import { describe, expect, it, vi } from 'vitest';
import { freshLibrary, sampleInput } from '../library/test-helpers';
import { saveLinkOnly } from '../reading-list/save-link';
import { createSavedSource } from './saved-source';

const win = window as unknown as Window & typeof globalThis;

describe('the saved source (reader.html?saved=<id>)', () => {
  it('shows the stored copy with its metadata and related list, from the store alone', async () => {
    const { library } = freshLibrary();
    const related = [
      {
        title: 'Next',
        url: 'https://example.com/next',
        source: null,
        timeText: null,
        date: null,
        summary: null,
        thumbnail: null,
      },
    ];
    const saved = await library.save(sampleInput({ related }));
    const source = createSavedSource({ library, id: saved.id, win, leave: vi.fn() });
    const loaded = await source.load({ force: false });
    expect(loaded).toMatchObject({
      ok: true,
      result: {
        isArticle: true,
        failure: null,
        title: 'Quiet streets',
        byline: 'Ana Ruiz',
        siteName: 'Example Times',
        url: saved.url,
        related,
        removed: [],
      },
    });
    expect(loaded.ok && loaded.result.content).toContain('quieter');
    expect(source.article?.id).toBe(saved.id);
  });

  it('sanitizes the stored body again: what the store holds is not trusted', async () => {
    const { library } = freshLibrary();
    const saved = await library.save(sampleInput());
    // Written behind Lector's back (another tool, an older sanitizer).
    await library.context.db.bodies.put({
      id: saved.id,
      content: '<p>Text</p><img src="x" onerror="alert(1)"><script>alert(2)</script>',
      textContent: 'Text',
    });
    const loaded = await createSavedSource({ library, id: saved.id, win, leave: vi.fn() }).load({
      force: false,
    });
    const html = loaded.ok ? loaded.result.content : '';
    expect(html).toContain('<p>Text</p>');
    expect(html).not.toMatch(/onerror|<script/);
  });

  it('gives a link-only item without content', async () => {
    const { library } = freshLibrary();
    const link = await saveLinkOnly(library, { url: 'https://example.com/a', title: 'A' });
    const loaded = await createSavedSource({ library, id: link.id, win, leave: vi.fn() }).load({
      force: false,
    });
    expect(loaded).toMatchObject({ ok: true, result: { title: 'A', content: '' } });
  });

  it('says so when the item is gone, and when the store fails', async () => {
    const { library, db } = freshLibrary();
    const gone = await createSavedSource({ library, id: 'nope', win, leave: vi.fn() }).load({
      force: false,
    });
    expect(gone).toEqual({
      ok: false,
      message: expect.stringMatching(/no longer in your reading list/),
    });
    db.close();
    const closed = await createSavedSource({ library, id: 'nope', win, leave: vi.fn() }).load({
      force: false,
    });
    expect(closed).toEqual({ ok: false, message: expect.stringMatching(/Reload this page/) });
  });

  it('closes through leave()', async () => {
    const { library } = freshLibrary();
    const leave = vi.fn(async () => {});
    await createSavedSource({ library, id: 'x', win, leave }).close();
    expect(leave).toHaveBeenCalledOnce();
  });
});
