import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { prose } from './testing/prose';
import { findStory } from './focus';
import { withStories } from './related';
import { readStackedStories, stackedStoryUrl } from './stacked-stories';
import { readPage } from './read-page';
import type { DomWindow } from '../sanitize';

const PAGE = 'https://news.test/2025/06/12/cooling-centres/';

const page = (html: string) => new JSDOM(html, { url: PAGE }).window;

function firstArticle(html: string): Element {
  return page(`<body>${html}</body>`).document.querySelector('article')!;
}

describe('where a stacked story lives', () => {
  it('is the link in its headline', () => {
    const story = firstArticle(
      `<article data-url="/elsewhere/"><h1><a href="/2025/06/12/bakery/">Bakery wins</a></h1></article>`,
    );
    expect(stackedStoryUrl(story, PAGE)?.href).toBe('https://news.test/2025/06/12/bakery/');
  });

  it('is an address attribute of its <article> when the headline has no link', () => {
    for (const attribute of [
      'data-url',
      'data-href',
      'data-story-url',
      'data-permalink',
      'itemid',
    ]) {
      const story = firstArticle(
        `<article ${attribute}="/2025/06/12/bakery/"><h1>Bakery wins</h1></article>`,
      );
      expect(stackedStoryUrl(story, PAGE)?.href, attribute).toBe(
        'https://news.test/2025/06/12/bakery/',
      );
    }
  });

  it('is what a <link> or <meta> inside it states', () => {
    const microdata = firstArticle(
      `<article><meta itemprop="url" content="https://news.test/2025/06/12/bakery/"><h1>Bakery wins</h1></article>`,
    );
    expect(stackedStoryUrl(microdata, PAGE)?.href).toBe('https://news.test/2025/06/12/bakery/');
    const canonical = firstArticle(
      `<article><link rel="canonical" href="/2025/06/12/bakery/"><h1>Bakery wins</h1></article>`,
    );
    expect(stackedStoryUrl(canonical, PAGE)?.href).toBe('https://news.test/2025/06/12/bakery/');
  });

  it('is not an address attribute that names something else (an image, a video)', () => {
    const story = firstArticle(
      `<article data-image-url="/img/bakery.jpg" data-video-src="/v/bakery.mp4"><h1>Bakery wins</h1></article>`,
    );
    expect(stackedStoryUrl(story, PAGE)).toBeNull();
  });

  it('is nowhere when it says nothing, or only something that is no web address', () => {
    expect(
      stackedStoryUrl(firstArticle(`<article><h1>Bakery wins</h1></article>`), PAGE),
    ).toBeNull();
    const script = firstArticle(
      `<article data-url="javascript:alert(1)"><h1>Bakery wins</h1></article>`,
    );
    expect(stackedStoryUrl(script, PAGE)).toBeNull();
  });
});

describe('stacked stories as related entries', () => {
  const stream = (second: string) =>
    page(
      `<html lang="en"><body><main>` +
        `<article data-url="/2025/06/12/cooling-centres/"><h1>County opens cooling centres</h1>${prose('heat', 5)}</article>` +
        second +
        `</main></body></html>`,
    );

  it('are read from the stories stacked beside the story, with the site as their source and their lede as summary', () => {
    const win = stream(
      `<article data-url="/2025/06/12/bakery/"><h1>Valley bakery wins national award</h1>` +
        `<p>A family bakery on Main Street has won the national sourdough prize, beating two hundred entries.</p>` +
        `${prose('bread', 4)}<p>${'A much longer closing paragraph of the story, '.repeat(6)}</p></article>`,
    );
    const { focus, stackedWith } = findStory(
      win.document.body,
      new Set(),
      win.document.querySelector('h1'),
    );
    expect(focus?.querySelector('h1')?.textContent).toBe('County opens cooling centres');
    const [read, ...more] = readStackedStories(stackedWith, {
      base: PAGE,
      now: new Date('2025-06-12T12:00:00Z'),
      pageUrl: PAGE,
      siteName: 'Valley Times',
    });
    expect(more).toEqual([]);
    expect(read!.entry).toMatchObject({
      title: 'Valley bakery wins national award',
      url: 'https://news.test/2025/06/12/bakery/',
      source: 'Valley Times',
      summary:
        'A family bakery on Main Street has won the national sourdough prize, beating two hundred entries.',
    });
  });

  it('leave out a story without an address, and one at the page’s own', () => {
    const win = stream(
      `<article><h1>No address here</h1>${prose('bread', 5)}</article>` +
        `<article data-url="${PAGE}"><h1>The page itself again</h1>${prose('rain', 5)}</article>`,
    );
    const { stackedWith } = findStory(
      win.document.body,
      new Set(),
      win.document.querySelector('h1'),
    );
    expect(stackedWith).toHaveLength(2);
    const context = { base: PAGE, now: new Date(), pageUrl: PAGE, siteName: null };
    expect(readStackedStories(stackedWith, context)).toEqual([]);
  });

  it('take their place in page order among the related blocks, once', () => {
    const doc = page(
      `<body><aside id="before"></aside><article id="next"><aside id="inside"></aside></article><footer id="after"></footer></body>`,
    ).document;
    const entry = (url: string, summary: string | null = null) => ({
      title: url,
      url,
      source: null,
      timeText: null,
      date: null,
      summary,
      thumbnail: null,
    });
    const found = {
      related: [
        entry('https://news.test/a'),
        entry('https://news.test/b'),
        entry('https://news.test/c'),
      ],
      anchors: ['#before', '#inside', '#after'].map((id) => doc.querySelector(id)!),
    };
    const next = doc.querySelector('#next')!;
    expect(
      withStories(found, [{ entry: entry('https://news.test/next'), element: next }]).map(
        (related) => related.url,
      ),
    ).toEqual([
      'https://news.test/a',
      'https://news.test/next',
      'https://news.test/b',
      'https://news.test/c',
    ]);
    // A story the blocks list already keeps its place and gains what it lacked.
    const merged = withStories(found, [
      { entry: entry('https://news.test/c', 'Its first paragraph.'), element: next },
    ]);
    expect(merged.map((related) => related.url)).toEqual([
      'https://news.test/a',
      'https://news.test/b',
      'https://news.test/c',
    ]);
    expect(merged[2]!.summary).toBe('Its first paragraph.');
    expect(found.related[2]!.summary).toBeNull();
  });
});

describe('the whole read of an infinite-scroll page', () => {
  it('reads the story with the headline and offers the next one beside it', () => {
    const win = page(
      `<html lang="en"><head><title>County opens cooling centres</title>` +
        `<meta property="og:site_name" content="Valley Times"></head><body><main>` +
        `<article><h1>County opens cooling centres</h1>${prose('heat', 6)}</article>` +
        `<article data-href="/2025/06/12/bakery/"><h1>Valley bakery wins national award</h1>${prose('bread', 6)}</article>` +
        `</main></body></html>`,
    );
    const result = readPage(win.document, PAGE, { window: win as unknown as DomWindow });
    expect(result.textContent).toContain('about heat');
    expect(result.textContent).not.toContain('about bread');
    expect(result.related.map(({ title, url, source }) => ({ title, url, source }))).toEqual([
      {
        title: 'Valley bakery wins national award',
        url: 'https://news.test/2025/06/12/bakery/',
        source: 'Valley Times',
      },
    ]);
  });
});
