import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../extract/types';
import type { SaveInput } from './save';
import { LibraryError } from './errors';
import { freshLibrary, sampleInput } from './test-helpers';

describe('save', () => {
  it('takes what the reading core returns, as it is', () => {
    // A compile-time contract: a ReadResult is a SaveInput.
    const fits = (result: ReadResult): SaveInput => result;
    expect(fits).toBeTypeOf('function');
  });

  it('stores the article with its body, metadata and a canonical URL', async () => {
    const { library } = freshLibrary();
    const saved = await library.save(sampleInput());
    expect(saved).toMatchObject({
      id: 'a00001',
      url: 'https://example.com/2026/01/quiet-streets?utm_source=feed#comments',
      canonicalUrl: 'https://example.com/2026/01/quiet-streets',
      title: 'Quiet streets',
      status: 'unread',
      progress: 0,
      linkOnly: false,
      readAt: null,
    });
    expect(await library.get(saved.id)).toEqual(saved);
    expect(saved).not.toHaveProperty('titleSort');
  });

  it('updates, never duplicates, when the same canonical URL is saved again', async () => {
    const { library } = freshLibrary();
    const first = await library.save(sampleInput({ tags: ['cities'] }));
    await library.setProgress(first.id, 0.4);
    const again = await library.save(
      sampleInput({
        url: 'https://EXAMPLE.com/2026/01/quiet-streets?fbclid=zz',
        title: 'Quiet streets (updated)',
        content: '<p>New text</p>',
        textContent: 'New text',
        tags: ['walking', 'Cities'],
      }),
    );
    expect(await library.count()).toBe(1);
    expect(again.id).toBe(first.id);
    expect(again.savedAt).toBe(first.savedAt);
    expect(again.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(again).toMatchObject({ title: 'Quiet streets (updated)', content: '<p>New text</p>' });
    expect(again.progress).toBe(0.4);
    expect(again.tags).toEqual(['cities', 'walking']);
  });

  it('keys a page by the canonical address it states: other addresses of it update, not duplicate', async () => {
    const { library } = freshLibrary();
    const canonicalUrl = 'https://example.com/2026/01/quiet-streets';
    const first = await library.save(
      sampleInput({ url: 'https://example.com/2026/01/quiet-streets?ref=home', canonicalUrl }),
    );
    const amp = await library.save(
      sampleInput({
        url: 'https://amp.example.com/2026/01/quiet-streets',
        canonicalUrl,
        title: 'Quiet streets (AMP)',
      }),
    );
    expect(await library.count()).toBe(1);
    expect(amp).toMatchObject({ id: first.id, canonicalUrl, title: 'Quiet streets (AMP)' });
    expect((await library.getByUrl('https://amp.example.com/x', canonicalUrl))?.id).toBe(first.id);
  });

  it('moves an item saved under another address to the canonical key when the page names it', async () => {
    const { library } = freshLibrary();
    const linkUrl = 'https://example.com/s/quiet-streets?from=related';
    const early = await library.save(sampleInput({ url: linkUrl, title: 'From a related card' }));
    const canonicalUrl = 'https://example.com/2026/01/quiet-streets';
    const read = await library.save(sampleInput({ url: linkUrl, canonicalUrl }));
    expect(await library.count()).toBe(1);
    expect(read).toMatchObject({ id: early.id, canonicalUrl, title: 'Quiet streets' });
    expect((await library.getByUrl(canonicalUrl))?.id).toBe(early.id);
  });

  it('finds a saved page by any of its URLs', async () => {
    const { library } = freshLibrary();
    const saved = await library.save(sampleInput());
    const found = await library.getByUrl('https://example.com/2026/01/quiet-streets#top');
    expect(found?.id).toBe(saved.id);
    expect(await library.getByUrl('https://example.com/other')).toBeUndefined();
  });

  it('refuses non-web addresses with a readable error', async () => {
    const { library } = freshLibrary();
    const failure = library.save(sampleInput({ url: 'javascript:alert(1)' }));
    await expect(failure).rejects.toBeInstanceOf(LibraryError);
    await expect(failure).rejects.toThrow(/http or https/);
  });
});

async function threeArticles() {
  const context = freshLibrary();
  const { library } = context;
  const zebra = await library.save(
    sampleInput({ url: 'https://b.example/zebra', title: 'Zebra crossings', siteName: 'Beta' }),
  );
  const apple = await library.save(
    sampleInput({ url: 'https://a.example/apple', title: 'Éclairs and apples', siteName: 'Alpha' }),
  );
  const mango = await library.save(
    sampleInput({ url: 'https://c.example/mango', title: 'mango season', siteName: null }),
  );
  return { ...context, zebra, apple, mango };
}

describe('list', () => {
  it('sorts newest, oldest, by title and by site', async () => {
    const { library } = await threeArticles();
    const titles = async (sort: 'newest' | 'oldest' | 'title' | 'site') =>
      (await library.list({ sort })).items.map((a) => a.title);
    expect(await titles('newest')).toEqual([
      'mango season',
      'Éclairs and apples',
      'Zebra crossings',
    ]);
    expect(await titles('oldest')).toEqual([
      'Zebra crossings',
      'Éclairs and apples',
      'mango season',
    ]);
    expect(await titles('title')).toEqual([
      'Éclairs and apples',
      'mango season',
      'Zebra crossings',
    ]);
    // "c.example" (no site name) sorts among the names.
    expect(await titles('site')).toEqual(['Éclairs and apples', 'Zebra crossings', 'mango season']);
  });

  it('filters by status, site and tag, and pages with offset and limit', async () => {
    const { library, zebra, apple, mango } = await threeArticles();
    await library.setStatus(zebra.id, 'archived');
    await library.setStatus(apple.id, 'read');
    await library.setTags(mango.id, ['fruit', ' summer  reading ']);
    await library.setTags(apple.id, ['fruit']);
    expect((await library.list({ filter: 'unread' })).items.map((a) => a.id)).toEqual([mango.id]);
    expect((await library.list({ filter: 'archived' })).items.map((a) => a.id)).toEqual([zebra.id]);
    expect((await library.list({ site: 'c.example' })).items.map((a) => a.id)).toEqual([mango.id]);
    expect((await library.list({ tag: 'fruit', sort: 'oldest' })).items.map((a) => a.id)).toEqual([
      apple.id,
      mango.id,
    ]);
    expect((await library.list({ tag: 'fruit', filter: 'read' })).total).toBe(1);
    const page = await library.list({ sort: 'oldest', offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, items: [{ id: apple.id }] });
    expect(await library.count('unread')).toBe(1);
    expect(await library.tags()).toEqual([
      { name: 'fruit', count: 2 },
      { name: 'summer reading', count: 1 },
    ]);
    expect(await library.sites()).toEqual([
      { name: 'Alpha', count: 1 },
      { name: 'Beta', count: 1 },
      { name: 'c.example', count: 1 },
    ]);
  });

  it('never returns bodies in the list', async () => {
    const { library } = await threeArticles();
    const { items } = await library.list();
    for (const item of items) {
      expect(item).not.toHaveProperty('content');
      expect(item).not.toHaveProperty('textContent');
    }
  });
});

describe('status and progress', () => {
  it('marks read at the end, stamps readAt once, clears it when unread', async () => {
    const { library } = freshLibrary();
    const saved = await library.save(sampleInput());
    expect(await library.setProgress(saved.id, 0.5)).toMatchObject({
      status: 'unread',
      progress: 0.5,
    });
    const finished = await library.setProgress(saved.id, 1.4);
    expect(finished).toMatchObject({ status: 'read', progress: 1 });
    expect(finished.readAt).toEqual(expect.any(Number));
    expect((await library.setStatus(saved.id, 'archived')).readAt).toBe(finished.readAt);
    expect((await library.setStatus(saved.id, 'unread')).readAt).toBeNull();
    expect((await library.setProgress(saved.id, Number.NaN)).progress).toBe(0);
  });

  it('rejects an unknown id with not-found', async () => {
    const { library } = freshLibrary();
    await expect(library.setStatus('nope', 'read')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('delete and undo', () => {
  it('returns the whole article, and restore puts it back exactly', async () => {
    const { library, zebra } = await threeArticles();
    await library.setTags(zebra.id, ['x']);
    const before = await library.get(zebra.id);
    const deleted = await library.delete(zebra.id);
    expect(deleted).toEqual(before);
    expect(await library.get(zebra.id)).toBeUndefined();
    expect(await library.count()).toBe(2);
    await library.restore(deleted);
    expect(await library.get(zebra.id)).toEqual(before);
  });

  it('undo wins over a copy saved again meanwhile', async () => {
    const { library, zebra } = await threeArticles();
    const deleted = await library.delete(zebra.id);
    await library.save(sampleInput({ url: zebra.url, title: 'resaved' }));
    await library.restore(deleted);
    expect(await library.count()).toBe(3);
    expect((await library.getByUrl(zebra.url))?.id).toBe(zebra.id);
  });
});
