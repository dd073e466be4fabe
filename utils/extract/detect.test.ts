import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect.ts';
import type { Detection } from './types.ts';

/** The reasons' codes, in order. */
const codes = (detection: Detection) => detection.reasons.map((reason) => reason.code);

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const SENTENCE =
  'The council met on Thursday to weigh a plan for the river crossing, which has been closed ' +
  'since the spring floods damaged two of its piers and left the town without its main road.';

/** `count` paragraphs of ordinary English prose. */
function prose(count: number): string {
  return Array.from({ length: count }, (_, i) => `<p>${i + 1}. ${SENTENCE}</p>`).join('\n');
}

function articlePage(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Story</title>${head}</head><body>
    <header><a href="/"><img alt="logo" src="/logo.png"></a>
      <nav><a href="/world/">World</a> <a href="/business/">Business</a></nav></header>
    <main>${body}</main>
    <footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer></body></html>`;
}

/** A grid of story teasers: linked headline plus a one-line summary each. */
function teasers(count: number, prefix = 'story'): string {
  return Array.from(
    { length: count },
    (_, i) => `<div class="card"><h3><a href="/world/2025/06/${prefix}-number-${i}-about-the-river">
      Story ${i} about the river crossing</a></h3><p>A short summary of story ${i}, one line.</p></div>`,
  ).join('\n');
}

const ARTICLE_URL =
  'https://www.example-news.test/world/2025/06/12/river-crossing-closed-after-floods';

describe('detectArticle: articles', () => {
  it('accepts a plain article and says why, strongest reason first', () => {
    const doc = parse(articlePage(`<article><h1>River crossing</h1>${prose(6)}</article>`));
    const result = detectArticle(doc, ARTICLE_URL);
    expect(result.isArticle).toBe(true);
    expect(result.reasons[0]).toEqual({ code: 'text', value: 6 });
    // The URL's evidence is one signal: its reasons stay together, in this order.
    const url = codes(result).indexOf('url-date');
    expect(codes(result).slice(url, url + 2)).toEqual(['url-date', 'url-slug']);
  });

  it('accepts a Chinese article of short paragraphs that Readability’s check misses', () => {
    const paragraphs = [
      '昨日下午，市政府召开新闻发布会，通报了今年汛期以来全市防汛工作的总体情况。',
      '据介绍，受连续强降雨影响，城区多条道路出现积水，部分老旧小区一度停电。',
      '相关部门已组织抢修队伍连夜作业，目前供电和交通已基本恢复正常。',
      '气象部门提醒，未来三天仍有阵雨天气，市民出行请注意安全。',
      '市防汛办表示，将继续加强巡查，及时发布预警信息。',
      '对于受灾较重的区域，民政部门已启动临时救助程序。',
    ];
    const doc = parse(
      `<html lang="zh"><body><div class="top"><a href="/">首页</a></div><div id="content">
       <h1>本市防汛工作情况通报</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}
       </div></body></html>`,
    );
    expect(isProbablyReaderable(parse(doc.documentElement.outerHTML))).toBe(false);
    const result = detectArticle(doc, 'http://news.example.test/2012/0117/c12345.html');
    expect(result.isArticle).toBe(true);
  });

  it('reads JSON-LD in @graph and arrays, and says which type it found', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'X' },
        { '@type': ['ReportageNews'], headline: 'A' },
      ],
    });
    const doc = parse(
      articlePage(prose(1), `<script type="application/ld+json">${graph}</script>`),
    );
    const result = detectArticle(doc, 'https://x.test/story');
    expect(result.reasons).toContainEqual({ code: 'jsonld-article', value: 'ReportageNews' });

    const list = JSON.stringify([{ '@type': 'http://schema.org/BlogPosting', headline: 'B' }]);
    const second = parse(
      articlePage(prose(1), `<script type="application/ld+json">${list}</script>`),
    );
    expect(detectArticle(second, 'https://x.test/story').reasons).toContainEqual({
      code: 'jsonld-article',
      value: 'BlogPosting',
    });
  });

  it('survives malformed JSON-LD and still reads the type it names', () => {
    const broken = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A",,';
    const doc = parse(
      articlePage(
        prose(2),
        `<script type="application/ld+json">${broken}</script>
         <script type="application/ld+json">not json at all</script>
         <script type="application/ld+json"></script>`,
      ),
    );
    const result = detectArticle(doc, 'https://x.test/story');
    expect(result.isArticle).toBe(true);
    expect(result.reasons).toContainEqual({ code: 'jsonld-malformed', value: 'NewsArticle' });
  });

  it('accepts a paywalled teaser that the page declares an article', () => {
    const head = `<meta property="og:type" content="article">
      <script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>`;
    const body = `<article><h1>Inside the port deal</h1><p>${SENTENCE}</p>
      <div class="paywall"><p>Subscribe to keep reading.</p></div></article>`;
    expect(detectArticle(parse(articlePage(body, head)), ARTICLE_URL).isArticle).toBe(true);
  });

  it('accepts a story whose headline links to itself (a permalink)', () => {
    const body = `<article><h1><a href="${ARTICLE_URL}">River crossing</a></h1>${prose(5)}</article>`;
    expect(detectArticle(parse(articlePage(body)), ARTICLE_URL).isArticle).toBe(true);
  });

  it('accepts an article with a related-stories grid beside it', () => {
    const body = `<article>${prose(7)}</article><section><h2>Related</h2>${teasers(8)}</section>`;
    expect(detectArticle(parse(articlePage(body)), ARTICLE_URL).isArticle).toBe(true);
  });

  it('accepts text held in <br>-separated blocks and in a page-wide <form>', () => {
    const text = Array.from({ length: 6 }, () => SENTENCE).join('<br><br>');
    const doc = parse(`<body><form action="/x"><table><tr><td class="txt">${text}</td></tr></table>
      </form></body>`);
    expect(detectArticle(doc, 'https://x.test/news/show.aspx?id=123456').isArticle).toBe(true);
  });
});

describe('detectArticle: not articles', () => {
  it('rejects a home page of teasers', () => {
    const doc = parse(
      articlePage(
        `<h1>Example News</h1>${teasers(24)}`,
        '<meta property="og:type" content="website">',
      ),
    );
    const result = detectArticle(doc, 'https://www.example-news.test/');
    expect(result.isArticle).toBe(false);
    expect(codes(result)).toContain('url-home');
  });

  it('rejects search results, even with a paragraph of text per result', () => {
    const results = Array.from(
      { length: 10 },
      (_, i) =>
        `<h3><a href="/2025/06/result-${i}-about-floods-in-town">Result ${i}</a></h3><p>${SENTENCE}</p>`,
    ).join('');
    const result = detectArticle(
      parse(articlePage(`<h1>Results for “floods”</h1><div class="results">${results}</div>`)),
      'https://www.example-news.test/search?q=floods',
    );
    expect(result.isArticle).toBe(false);
    expect(codes(result)[0]).toBe('url-search');
  });

  it('rejects a section front', () => {
    const doc = parse(articlePage(`<h1>World</h1>${teasers(15)}`));
    const result = detectArticle(doc, 'https://www.example-news.test/world/');
    expect(result.isArticle).toBe(false);
    expect(result.reasons).toContainEqual({ code: 'url-section', value: '/world/' });
  });

  it('rejects a feed of <article> cards, whatever the URL', () => {
    const cards = Array.from(
      { length: 6 },
      (_, i) => `<article><h2><a href="/2025/06/post-${i}-on-gardening-in-spring">Post ${i}</a></h2>
        <p>${SENTENCE}</p><a href="/2025/06/post-${i}-on-gardening-in-spring">Read more</a></article>`,
    ).join('');
    const result = detectArticle(parse(articlePage(cards)), 'https://blog.example.test/journal');
    expect(result.isArticle).toBe(false);
    expect(result.reasons).toContainEqual({ code: 'feed', value: 6 });
  });

  it('rejects a login page', () => {
    const doc =
      parse(`<body><div id="app"><h1>Sign in</h1><form><label>Email <input type="email"></label>
      <label>Password <input type="password"></label><button>Sign in</button></form>
      <p>Forgot your password?</p></div></body>`);
    const result = detectArticle(doc, 'https://app.example.test/login');
    expect(result.isArticle).toBe(false);
    expect(codes(result)).toContain('password');
  });

  it('rejects a tag page and says so', () => {
    const result = detectArticle(parse(articlePage(teasers(6))), 'https://x.test/tag/floods/');
    expect(result).toMatchObject({ isArticle: false });
    expect(codes(result)[0]).toBe('url-listing');
  });

  it('rejects JSON-LD that says the page is a collection', () => {
    const head = '<script type="application/ld+json">{"@type":"CollectionPage"}</script>';
    const result = detectArticle(parse(articlePage(teasers(4), head)), 'https://x.test/topics');
    expect(result.isArticle).toBe(false);
    expect(result.reasons).toContainEqual({ code: 'jsonld-listing', value: 'CollectionPage' });
  });
});

describe('detectArticle: bad input and purity', () => {
  it('does not change the document', () => {
    const doc = parse(articlePage(`<article>${prose(4)}</article>${teasers(5)}`));
    const before = doc.documentElement.outerHTML;
    detectArticle(doc, ARTICLE_URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    ['an empty document', ''],
    ['a body with nothing in it', '<html><body></body></html>'],
    ['plain text', 'just some words'],
  ])('gives a verdict for %s', (_name, html) => {
    const result = detectArticle(parse(html), ARTICLE_URL);
    expect(result.isArticle).toBe(false);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('copes with a 1,200-deep page and a bad URL', () => {
    const deep = '<div>'.repeat(1200) + prose(3) + '</div>'.repeat(1200);
    expect(() => detectArticle(parse(deep), 'not a url')).not.toThrow();
  });
});
