import { describe, expect, it } from 'vitest';
import { readPage } from '../../extract/read-page';
import type { DomWindow } from '../../sanitize';
import type { ImportDraft } from './draft';
import { articleFromDraft } from './merge';

const win = window as DomWindow;

function draftWith(content: string): ImportDraft {
  return {
    where: 'Entry 1',
    url: 'https://news.example.com/2024/05/story',
    title: 'A story',
    tags: [],
    status: 'unread',
    savedAt: 0,
    content,
  };
}

// The same article body in Chinese, Thai and English, with a table and a list, so that word
// splitting, reading speed and block separation all have something to differ on.
const BODY = [
  '<p>城市的夜晚越来越安静，年轻人开始在周末去郊外骑自行车，看看山，喝一杯茶。这种慢生活正在改变城市居民的习惯，也改变了附近村庄的经济。</p>',
  '<p>ผู้คนในเมืองเริ่มออกไปปั่นจักรยานในชนบทช่วงสุดสัปดาห์ และร้านกาแฟเล็ก ๆ ก็เปิดตามทางมากขึ้น</p>',
  '<table><tr><th>Year</th><th>Riders</th></tr><tr><td>2023</td><td>1,200</td></tr></table>',
  '<ul><li>Quiet roads</li><li>Tea houses on the hills</li></ul>',
  '<p>Local councils have started to build cycle paths between the villages and the station, and the weekend trains now carry bicycles without a ticket.</p>',
].join('');

describe('articleFromDraft', () => {
  it('counts words, reading time and text exactly as the reader does for the same body', () => {
    const page = document.implementation.createHTMLDocument('A story');
    page.body.innerHTML = `<article><h1>A story</h1>${BODY}</article>`;
    const read = readPage(page, 'https://news.example.com/2024/05/story', {
      force: true,
      window: win,
    });
    const imported = articleFromDraft(draftWith(BODY), 'lector-json', { id: 'a', now: 1 }, win);

    expect(read.textContent).toContain('Year Riders\n2023 1,200');
    expect(imported.textContent).toBe(read.textContent);
    expect(imported.wordCount).toBe(read.wordCount);
    expect(imported.readingMinutes).toBe(read.readingMinutes);
    expect(imported.wordCount).toBeGreaterThan(60);
  });

  it('has no text and no words for a link-only item', () => {
    const imported = articleFromDraft(draftWith(''), 'lector-json', { id: 'a', now: 1 }, win);
    expect(imported).toMatchObject({ textContent: '', wordCount: 0, readingMinutes: 0 });
  });
});
