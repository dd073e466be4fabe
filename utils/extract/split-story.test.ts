import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { chunkHeadings, findStoryChunks } from './split-story';

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

describe('chunkHeadings', () => {
  const headed = (leads: Map<Element, Element[]>, chunks: Element[]): string[][] =>
    chunks.map((chunk) => (leads.get(chunk) ?? []).map((heading) => heading.textContent!));

  it("gives each live post's chunk the heading set over it in the post's box", () => {
    const post = (n: number, heading: string): string =>
      `<div class="post"><a href="#p${n}"><time>7:1${n}PM</time></a><div class="post-body"><h3>${heading}</h3><div class="text"><div class="c">${line(n)}${line(n + 10)}</div></div></div></div>`;
    const doc = new JSDOM(
      `<body><main><h2>Live: the council meeting</h2><article>${post(1, 'The vote is called')}${post(2, 'Recess until two')}</article></main></body>`,
    ).window.document;
    const chunks = [...doc.querySelectorAll('.c')];
    const leads = chunkHeadings(chunks, doc.querySelector('main')!, new Set());
    expect(headed(leads, chunks)).toEqual([['The vote is called'], ['Recess until two']]);
  });

  it("puts each post's time before its heading, also for a post with no heading", () => {
    const stamp = (n: number): string =>
      `<a href="#p${n}"><time datetime="2024-03-02T19:1${n}:00Z">7:1${n}PM</time></a>`;
    const body = (n: number): string => `<div class="text"><div class="c">${line(n)}</div></div>`;
    const doc = new JSDOM(
      '<body><main><article>' +
        `<div class="post">${stamp(1)}<div class="post-body"><h3>The vote is called</h3>${body(1)}</div></div>` +
        `<div class="post">${stamp(2)}<div class="post-body">${body(2)}</div></div>` +
        `<div class="post"><p>Updated at 7:13PM after the chair read out the result of the vote <time datetime="2024-03-02T19:13:00Z">7:13PM</time></p><div class="post-body"><h3>Recess</h3>${body(3)}</div></div>` +
        '</article></main></body>',
    ).window.document;
    const chunks = [...doc.querySelectorAll('.c')];
    const leads = chunkHeadings(chunks, doc.querySelector('main')!, new Set());
    expect(headed(leads, chunks)).toEqual([
      ['7:11PM', 'The vote is called'],
      ['7:12PM'],
      ['Recess'],
    ]);
  });

  it('takes a subhead right before a screenful, none in clutter, none from past another chunk', () => {
    const doc = new JSDOM(
      `<body><main><h2>Where the money goes</h2><div class="c">${line(1)}</div><div class="ad"><h2>Sponsored</h2></div><div class="c">${line(2)}</div><h2>What happens next</h2><div><div class="c">${line(3)}</div></div></main></body>`,
    ).window.document;
    const chunks = [...doc.querySelectorAll('.c')];
    const main = doc.querySelector('main')!;
    expect(headed(chunkHeadings(chunks, main, new Set()), chunks)).toEqual([
      ['Where the money goes'],
      [],
      ['What happens next'],
    ]);
    const subhead = doc.querySelector('h2')!;
    expect(headed(chunkHeadings(chunks, main, new Set([subhead])), chunks)).toEqual([
      [],
      [],
      ['What happens next'],
    ]);
  });
});
