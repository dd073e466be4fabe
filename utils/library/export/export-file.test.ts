import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DomWindow } from '../../sanitize';
import { freshLibrary, sampleInput } from '../test-helpers';

const win = window as DomWindow;

describe('exportFile', () => {
  it('names the file by date and format, and a whole-list export resets the reminder', async () => {
    let now = Date.UTC(2026, 2, 1);
    const { library } = freshLibrary({ now: () => (now += 1000) });
    for (let i = 0; i < 25; i++)
      await library.save(sampleInput({ url: `https://example.com/${i}` }));
    expect(await library.exportReminder.shouldShow()).toBe(true);

    const json = await library.exportFile('lector-json', win);
    expect(json).toMatchObject({ name: 'lector-2026-03-01.json', mimeType: 'application/json' });
    expect(JSON.parse(strFromU8(json.bytes)).articles).toHaveLength(25);
    expect(await library.exportReminder.shouldShow()).toBe(false);

    const markdown = await library.exportFile('markdown', win);
    expect(markdown.name).toBe('lector-2026-03-01.zip');
    expect(Object.keys(unzipSync(markdown.bytes))).toHaveLength(25);
    const bookmarks = await library.exportFile('bookmarks', win);
    expect(strFromU8(bookmarks.bytes).match(/<DT><A /g)).toHaveLength(25);
  });

  it('exports a selection, in the order chosen, as an EPUB without touching the reminder', async () => {
    const { library } = freshLibrary();
    const a = await library.save(sampleInput({ url: 'https://example.com/a', title: 'A' }));
    const b = await library.save(sampleInput({ url: 'https://example.com/b', title: 'B' }));
    const epub = await library.exportFile('epub', win, { ids: [b.id, a.id], title: 'Two' });
    expect(epub).toMatchObject({ mimeType: 'application/epub+zip' });
    expect(epub.name).toMatch(/\.epub$/);
    const nav = strFromU8(unzipSync(epub.bytes)['OEBPS/nav.xhtml']!);
    expect(nav.indexOf('>B<')).toBeLessThan(nav.indexOf('>A<'));
    expect(nav).toContain('<h1>Two</h1>');
  });
});
