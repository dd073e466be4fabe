import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { dropRepeatedBlocks } from './repeated-blocks';
import { blockText } from './text';

const LEDE =
  'The harbour council voted on Tuesday to close the old fish market for two years while engineers rebuild the sea wall.';
const NEXT =
  'Traders who have sold from the market for generations said they were told of the plan only last week.';

function after(html: string): { root: HTMLElement; lines: string[] } {
  const root = new JSDOM(`<body><div id="c">${html}</div></body>`).window.document.getElementById(
    'c',
  )!;
  dropRepeatedBlocks(root);
  return { root, lines: blockText(root).split('\n').filter(Boolean) };
}

describe('dropRepeatedBlocks', () => {
  it('drops a labelled summary that repeats the paragraph right under it', () => {
    expect(after(`<p>摘 要：${LEDE}</p><p>${LEDE}</p><p>${NEXT}</p>`).lines).toEqual([LEDE, NEXT]);
    expect(after(`<p>Summary: ${LEDE}</p><p>${LEDE}</p><p>${NEXT}</p>`).lines).toEqual([
      LEDE,
      NEXT,
    ]);
    // A summary in words of its own stays.
    const own = `Summary: the market closes for two years while the wall is rebuilt, and traders move.`;
    expect(after(`<p>${own}</p><p>${LEDE}</p>`).lines).toEqual([own, LEDE]);
  });

  it('drops a caption that repeats a paragraph of the story, and keeps the photo', () => {
    const { root, lines } = after(
      `<p>${LEDE}</p><figure><img src="/w.jpg" alt=""><figcaption>${LEDE} (Jo Smith/Daily Bay)</figcaption></figure><p>${NEXT}</p>`,
    );
    expect(lines).toEqual([LEDE, NEXT]);
    expect(root.querySelector('img')).not.toBeNull();
  });

  it('drops a caption set as a paragraph: the story again with the credit after it', () => {
    const caption = `<div><img src="/w.jpg" alt=""><p><span>${LEDE}</span> <span>(Michael Reynolds/EPA)</span></p></div>`;
    expect(after(`<p>${LEDE}</p>${caption}<p>${NEXT}</p>`).lines).toEqual([LEDE, NEXT]);
  });

  it('keeps captions and credits of their own, and short captions however alike', () => {
    const html =
      `<p>${LEDE}</p><figure><img src="/w.jpg" alt=""><figcaption>The wall at high tide (Jo Smith)</figcaption></figure>` +
      `<p>(Credit: AP Photo/Jo Smith)</p><p>The quay.</p><figure><img src="/q.jpg" alt=""><figcaption>The quay.</figcaption></figure>`;
    expect(after(html).lines).toEqual([
      LEDE,
      'The wall at high tide (Jo Smith)',
      '(Credit: AP Photo/Jo Smith)',
      'The quay.',
      'The quay.',
    ]);
  });
});
