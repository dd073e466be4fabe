import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { chunkRoots, findStoryChunks } from './split-story';

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

describe('chunkRoots', () => {
  const named = (roots: Element[]): string[] =>
    roots.map((root) => (/^h\d$/.test(root.localName) ? root.textContent! : root.className));

  it("sets each live post's heading beside the post's chunk, not the post's whole box", () => {
    const post = (n: number, heading: string): string =>
      `<div class="post"><a href="#p${n}"><time>7:1${n}PM</time></a><div class="post-body"><h3>${heading}</h3><div class="text"><div class="c">${line(n)}${line(n + 10)}</div></div></div></div>`;
    const doc = new JSDOM(
      `<body><main><h2>Live: the council meeting</h2><article>${post(1, 'The vote is called')}${post(2, 'Recess until two')}</article></main></body>`,
    ).window.document;
    const chunks = [...doc.querySelectorAll('.c')];
    const roots = chunkRoots(chunks, doc.querySelector('main')!, new Set());
    expect(named(roots)).toEqual(['The vote is called', 'c', 'Recess until two', 'c']);
  });

  it('takes a subhead right before a screenful, none in clutter, none from past another chunk', () => {
    const doc = new JSDOM(
      `<body><main><h2>Where the money goes</h2><div class="c">${line(1)}</div><div class="ad"><h2>Sponsored</h2></div><div class="c">${line(2)}</div><h2>What happens next</h2><div><div class="c">${line(3)}</div></div></main></body>`,
    ).window.document;
    const chunks = [...doc.querySelectorAll('.c')];
    const main = doc.querySelector('main')!;
    expect(named(chunkRoots(chunks, main, new Set()))).toEqual([
      'Where the money goes',
      'c',
      'c',
      'What happens next',
      'c',
    ]);
    const subhead = doc.querySelector('h2')!;
    expect(named(chunkRoots(chunks, main, new Set([subhead])))).toEqual([
      'c',
      'c',
      'What happens next',
      'c',
    ]);
  });
});
