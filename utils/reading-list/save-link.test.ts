import { describe, expect, it } from 'vitest';
import { freshLibrary, sampleInput } from '../library/test-helpers';
import { saveLinkOnly } from './save-link';

const link = {
  url: 'https://news.example.com/boats?utm_medium=rss',
  title: '  Boats pulled ashore ',
  siteName: 'Example News',
  excerpt: 'Fishermen moved their boats.',
};

describe('saveLinkOnly (a related article from the side panel)', () => {
  it('saves a link-only, unread item with title, address, source and summary', async () => {
    const { library } = freshLibrary();
    const saved = await saveLinkOnly(library, link);
    expect(saved).toMatchObject({
      url: link.url,
      canonicalUrl: 'https://news.example.com/boats',
      title: 'Boats pulled ashore',
      siteName: 'Example News',
      excerpt: 'Fishermen moved their boats.',
      linkOnly: true,
      status: 'unread',
      content: '',
    });
    expect((await library.list()).total).toBe(1);
  });

  it('finds the item by the words of its title', async () => {
    const { library } = freshLibrary();
    await saveLinkOnly(library, link);
    const hits = await library.search('ashore');
    expect(hits.map((hit) => hit.article.title)).toEqual(['Boats pulled ashore']);
  });

  it('leaves a page already saved in full as it is', async () => {
    const { library } = freshLibrary();
    const full = await library.save(sampleInput({ url: 'https://news.example.com/boats' }));
    const again = await saveLinkOnly(library, link);
    expect(again.id).toBe(full.id);
    expect(await library.get(full.id)).toMatchObject({ linkOnly: false, content: full.content });
  });

  it('refuses an address that is not a web page', async () => {
    const { library } = freshLibrary();
    await expect(saveLinkOnly(library, { ...link, url: 'javascript:alert(1)' })).rejects.toThrow(
      /web pages/,
    );
  });
});
