import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findStoryChunks } from './split-story';

const line = (n: number): string =>
  `<p>Paragraph number ${n} of the story, which is long enough to be told apart from a caption.</p>`;

describe('findStoryChunks', () => {
  const doc = new JSDOM(
    `<body><main><div class="body-chunk">${line(1)}${line(2)}</div><div class="ad">Ad</div><div class="body-chunk">${line(3)}${line(4)}</div><div class="other">${line(9)}</div></main></body>`,
  ).window.document;
  const main = doc.querySelector('main')!;
  const kept = (...numbers: number[]): string =>
    numbers
      .map(
        (n) =>
          `Paragraph number ${n} of the story, which is long enough to be told apart from a caption.`,
      )
      .join('\n');

  it('finds every container shaped like the ones that hold the kept paragraphs', () => {
    const chunks = findStoryChunks(main, kept(1, 2), new Set());
    expect(chunks?.map((chunk) => chunk.textContent?.match(/number (\d)/g)?.length)).toEqual([
      2, 2,
    ]);
  });

  it('finds nothing when nothing of the same shape was left out', () => {
    expect(findStoryChunks(main, kept(1, 2, 3, 4), new Set())).toBeNull();
  });

  it('leaves out chunks inside clutter', () => {
    const second = doc.querySelectorAll('.body-chunk')[1]!;
    expect(findStoryChunks(main, kept(1, 2), new Set([second]))).toBeNull();
  });
});
