import { describe, expect, it } from 'vitest';
import { createLibrary } from '../library';
import { freshLibrary, sampleInput } from '../test-helpers';

async function seeded() {
  const context = freshLibrary();
  const { library } = context;
  const streets = await library.save(sampleInput());
  const tokyo = await library.save(
    sampleInput({
      url: 'https://news.example.jp/tokyo',
      title: '東京の図書館',
      siteName: '例ニュース',
      textContent: '東京都立図書館は読書の楽しさを伝える。',
      lang: 'ja',
    }),
  );
  const cafe = await library.save(
    sampleInput({
      url: 'https://example.fr/cafe',
      title: 'Le café de la gare',
      textContent: 'Un résumé des cafés parisiens et de leur histoire.',
      lang: 'fr',
    }),
  );
  const arabic = await library.save(
    sampleInput({
      url: 'https://example.ae/maktaba',
      title: 'مَكْتَبَة المدينة',
      textContent: 'القراءة في المكتبة العامة',
      dir: 'rtl',
    }),
  );
  return { ...context, streets, tokyo, cafe, arabic };
}

const ids = (hits: { article: { id: string } }[]) => hits.map((hit) => hit.article.id);

describe('search', () => {
  it('finds by a word of the body, as you type (prefix), and forgives typos', async () => {
    const { library, streets } = await seeded();
    expect(ids(await library.search('quieter'))).toEqual([streets.id]);
    expect(ids(await library.search('quie'))).toEqual([streets.id]);
    expect(ids(await library.search('streats'))).toEqual([streets.id]);
    expect(await library.search('   ')).toEqual([]);
    // Shorter than 4 letters: an exact word, not a prefix (a 3-letter prefix is too costly).
    expect(await library.search('qui')).toEqual([]);
    expect(await library.search('zzzqqq')).toEqual([]);
  });

  it('ignores accents both ways', async () => {
    const { library, cafe } = await seeded();
    expect(ids(await library.search('resume cafes'))).toEqual([cafe.id]);
    expect(ids(await library.search('CAFÉ'))).toEqual([cafe.id]);
  });

  it('finds CJK words inside unspaced text, and Arabic without vowel marks', async () => {
    const { library, tokyo, arabic } = await seeded();
    expect(ids(await library.search('図書館'))).toEqual([tokyo.id]);
    expect(ids(await library.search('読書'))).toEqual([tokyo.id]);
    expect(ids(await library.search('東'))).toEqual([tokyo.id]);
    expect((await library.search('図書館'))[0]!.terms).toEqual(['図書', '書館']);
    expect(ids(await library.search('مكتبة'))).toEqual([arabic.id]);
  });

  it('follows saves, updates, tag changes and deletes', async () => {
    const { library, streets, cafe } = await seeded();
    expect(await library.search('bicycles')).toEqual([]);
    await library.save(sampleInput({ textContent: 'Now with bicycles.' }));
    expect(ids(await library.search('bicycles'))).toEqual([streets.id]);
    expect(await library.search('quieter')).toEqual([]);
    await library.setTags(cafe.id, ['voyage']);
    expect(ids(await library.search('voyage'))).toEqual([cafe.id]);
    await library.delete(cafe.id);
    expect(await library.search('voyage')).toEqual([]);
  });

  it('sees writes made by another page (another library over the same database)', async () => {
    const { db, library } = await seeded();
    await library.search('warm up');
    const otherPage = createLibrary(db);
    await otherPage.save(
      sampleInput({ url: 'https://example.com/owls', title: 'Owls', textContent: 'Night birds.' }),
    );
    expect((await library.search('owls')).map((hit) => hit.article.title)).toEqual(['Owls']);
  });

  it('persists its index, trims the change log, and a new page loads the snapshot', async () => {
    const { db, library, cafe } = await seeded();
    await library.searchIndex.persist();
    expect(await db.changes.count()).toBe(0);
    const otherPage = createLibrary(db);
    expect(ids(await otherPage.search('gare'))).toEqual([cafe.id]);
    // A page whose index is older than the trimmed log reloads the snapshot.
    await otherPage.save(sampleInput({ url: 'https://example.com/moths', title: 'Moths' }));
    await otherPage.searchIndex.persist();
    expect((await library.search('moths')).map((hit) => hit.article.title)).toEqual(['Moths']);
  });

  it('a stale snapshot format is rebuilt from the bodies', async () => {
    const { db, library, cafe } = await seeded();
    await library.searchIndex.persist();
    const stored = await db.meta.get('search-index');
    await db.meta.put({ key: 'search-index', value: { ...(stored!.value as object), format: -1 } });
    expect(ids(await createLibrary(db).search('gare'))).toEqual([cafe.id]);
  });

  it('persists only when the snapshot is far enough behind', async () => {
    const { db, library } = await seeded();
    expect(await library.searchIndex.persistIfStale(5)).toBe(false);
    await library.save(sampleInput({ url: 'https://example.com/one-more', title: 'One more' }));
    expect(await library.searchIndex.persistIfStale(5)).toBe(true);
    expect(await db.changes.count()).toBe(0);
    expect(await library.searchIndex.persistIfStale(1)).toBe(false);
  });

  it('quickSearch finds titles by every typed word, ignoring case and accents, with no index', async () => {
    const { library, cafe, tokyo } = await seeded();
    expect((await library.quickSearch('CAFE gare')).map((a) => a.id)).toEqual([cafe.id]);
    expect((await library.quickSearch('図書')).map((a) => a.id)).toEqual([tokyo.id]);
    expect(await library.quickSearch('café zzz')).toEqual([]);
    expect(await library.quickSearch('  ')).toEqual([]);
    // Kept until the next write, then read again.
    await library.save(sampleInput({ url: 'https://example.com/gare-2', title: 'Une autre gare' }));
    expect((await library.quickSearch('gare')).map((a) => a.title)).toEqual([
      'Le café de la gare',
      'Une autre gare',
    ]);
    await library.searchIndex.persist();
    await library.delete(cafe.id);
    expect((await library.quickSearch('gare')).map((a) => a.title)).toEqual(['Une autre gare']);
  });

  it('a save made while the index is being rebuilt is found afterwards', async () => {
    const { db, library } = await seeded();
    const otherPage = createLibrary(db);
    const rebuilding = library.searchIndex.rebuild();
    await otherPage.save(
      sampleInput({ url: 'https://example.com/during', title: 'Written during' }),
    );
    await rebuilding;
    expect((await library.search('during')).map((hit) => hit.article.title)).toEqual([
      'Written during',
    ]);
  });
});
