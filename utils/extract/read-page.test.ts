import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readPage } from './read-page';
import type { DomWindow } from '../sanitize';
import { SEED_PARAGRAPHS, SEED_TITLE, SEED_URL, seedPageHtml } from './testing/seed-page';

function page(html: string, url = SEED_URL): JSDOM {
  return new JSDOM(html, { url });
}

function read(html: string, url: string | null = SEED_URL, force = true) {
  const dom = page(html, url ?? 'https://fallback.example/page');
  return readPage(dom.window.document, url, {
    window: dom.window as unknown as DomWindow,
    force,
  });
}

const ARTICLE = `<!doctype html><html lang="en"><head><title>Council approves plan - Town News</title>
<link rel="canonical" href="https://town.example/2025/06/12/council-approves-plan">
<meta property="og:site_name" content="Town News"></head><body>
<header><a href="/"><img src="/logo.png" alt="Town News logo"></a><nav><a href="/a">A</a> <a href="/b">B</a></nav></header>
<article><h1>Council approves plan</h1><p class="byline">By Jane Doe</p>
${Array.from({ length: 8 }, (_, i) => `<p>The council approved the housing plan on Tuesday after a long debate, and paragraph ${i} says more about it, with commas, details and quotes.</p>`).join('\n')}
</article><footer><p>© Town News</p></footer></body></html>`;

describe('readPage never mutates the caller\u2019s document (regression)', () => {
  it.each([
    ['the seed page', seedPageHtml()],
    ['an ordinary article', ARTICLE],
    [
      'a page with lazy images and noscript fallbacks',
      `<html><body><article><h1>T</h1><img data-src="/a.jpg" src="data:image/gif;base64,R0lGOD"><noscript><img src="/a.jpg"></noscript>${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>'.repeat(6)}</article></body></html>`,
    ],
  ])('leaves %s exactly as it was (serialized before and after)', (_name, html) => {
    const dom = page(html);
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const result = readPage(doc, null, { window: dom.window as unknown as DomWindow, force: true });
    expect(result.failure).toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readPage on a snapshot parsed by DOMParser (how the reader gets pages)', () => {
  it('reads it with the given window, leaves it untouched, and tolerates a bad URL', () => {
    const { window } = new JSDOM('<p>reader page</p>');
    const doc = new window.DOMParser().parseFromString(seedPageHtml(), 'text/html');
    const before = doc.documentElement.outerHTML;
    const result = readPage(doc, 'not a url', { window: window as unknown as DomWindow });
    expect(result.failure).toBeNull();
    expect(result.textContent.split('\n')).toEqual([...SEED_PARAGRAPHS]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readPage on the seed page (related cards carry more text than the story)', () => {
  const result = read(seedPageHtml(), null, false);

  it('reads exactly the story, once, without the title', () => {
    expect(result.isArticle).toBe(true);
    expect(result.textContent.split('\n')).toEqual([...SEED_PARAGRAPHS]);
    expect(result.title).toBe(SEED_TITLE);
    expect(result.textContent).not.toContain(SEED_TITLE);
  });

  it('keeps every piece of clutter out of the body', () => {
    for (const clutter of [
      'logo',
      'Orange background',
      'Try Our AI Features',
      'No comments yet',
      'Related Articles',
      'Associated Press',
      'DOWNLOAD THE APP',
      '12-06-2025',
    ]) {
      expect(result.textContent).not.toContain(clutter);
      expect(result.content).not.toContain(clutter);
    }
  });

  it('reads the credit line as byline and the day-month-year date', () => {
    expect(result.byline).toBe('CNN');
    expect(result.siteName).toBe('Daily8');
    expect(result.publishedTime).toBe('2025-06-12');
    expect(result.lang).toBe('en');
    expect(result.dir).toBe('ltr');
  });

  it('logs the logo, the promo, the empty comments and the app banner, anchored after the story', () => {
    const kinds = result.removed.map((removal) => removal.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['logo', 'ai-promo', 'empty-comments', 'app-banner']),
    );
    const banner = result.removed.find((removal) => removal.kind === 'app-banner')!;
    expect(banner.anchorText).toBe(SEED_PARAGRAPHS.at(-1));
    expect(banner.html).toContain('https://apps.apple.com/');
    expect(result.removed.map((removal) => removal.id)).toEqual(
      result.removed.map((_, index) => `r${index}`),
    );
  });

  it('logs what it cut from the extracted article too, where a reader can put it back', () => {
    const lede =
      'The harbour council voted on Tuesday to close the old fish market for two years while engineers rebuild the sea wall.';
    const story = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Traders said the closure would cost them a season, and paragraph ${i} goes on about the plan, the money and the wall.</p>`,
    );
    const html = `<!doctype html><html lang="en"><head><title>Fish market to close</title></head><body><article><h1>Fish market to close</h1>
      <p>${lede}</p><figure><img src="https://town.example/market.jpg" alt=""><figcaption>${lede} (Jo Smith/Daily Bay)</figcaption></figure>
      ${story.join('')}</article></body></html>`;
    const result = read(html, 'https://town.example/2025/06/12/fish-market');
    expect(result.textContent.split('\n').filter((line) => line === lede)).toHaveLength(1);
    const caption = result.removed.find((removal) => removal.text.startsWith(lede))!;
    expect(caption).toMatchObject({
      kind: 'other',
      reason: 'a photo caption that repeats a paragraph of the story',
      anchorText: lede,
    });
    expect(caption.html).toBe(`<figcaption>${lede} (Jo Smith/Daily Bay)</figcaption>`);
  });

  it('keeps a live post that is a heading and an AMP tweet, the tweet as a link', () => {
    const post = (id: number, heading: string, body: string) =>
      `<div class="post"><a href="#post-${id}"><amp-timeago datetime="2024-03-02T20:1${id}:00Z">17094</amp-timeago></a>` +
      `<div><h3>${heading}</h3>${body}</div><div><span>Gustaf Kilander</span></div></div>`;
    const paragraphs = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>The former president spoke for an hour in Greensboro, and update ${i} goes on about the rally, the crowd and the caucus results.</p>`,
    ).join('');
    const html = `<!doctype html><html lang="en"><head><title>Trump rally live</title></head><body><article><h1>Trump rally live</h1>
      ${post(1, 'Trump wins Michigan caucuses', paragraphs)}
      ${post(2, 'Trump makes polling claim on election rigging', '<amp-twitter data-tweetid="1764012203022098825" layout="responsive" width="500" height="400"></amp-twitter>')}
      ${post(3, 'Rally crowd waits outside', '<iframe src="http://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fnews.example%2F"></iframe>')}
      </article></body></html>`;
    const result = read(html, 'https://news.example/live/trump-rally');
    expect(result.textContent).toContain('Trump makes polling claim on election rigging');
    expect(result.content).toMatch(
      /<a href="https:\/\/twitter.com\/i\/web\/status\/1764012203022098825"[^>]*>Open embedded content on twitter.com<\/a>/,
    );
    expect(result.content).not.toContain('facebook.com');
  });

  it('counts words and minutes', () => {
    expect(result.wordCount).toBeGreaterThan(200);
    expect(result.wordCount).toBeLessThan(260);
    expect(result.readingMinutes).toBe(1);
  });
});

describe('readPage on an ordinary article', () => {
  it('uses the canonical URL when none is given, drops the site suffix and keeps every paragraph', () => {
    const result = read(ARTICLE, null);
    expect(result.url).toBe('https://town.example/2025/06/12/council-approves-plan');
    expect(result.title).toBe('Council approves plan');
    expect(result.siteName).toBe('Town News');
    expect(result.textContent.split('\n')).toHaveLength(8);
    expect(result.content).not.toMatch(/<script|onerror|style=/i);
  });

  it('prefers the URL the caller gives', () => {
    expect(read(ARTICLE, 'https://town.example/given').url).toBe('https://town.example/given');
  });

  it('shows a typed section break as a rule, not as a line of text', () => {
    const paragraphs = (from: number) =>
      Array.from(
        { length: 4 },
        (_, i) =>
          `<p>The council approved the housing plan on Tuesday, and paragraph ${from + i} says more about it, with commas, details and quotes.</p>`,
      ).join('');
    const html = ARTICLE.replace(
      '</article>',
      `${paragraphs(10)}<h2>___</h2>${paragraphs(20)}<p>The vote was close.<br>___<br>This story was produced with support from a reporting fund.</p></article>`,
    );
    const result = read(html, null);
    expect(result.textContent).not.toMatch(/___/);
    expect(result.textContent).toContain('This story was produced with support');
    expect(result.content.match(/<hr>/g)).toHaveLength(2);
  });

  it('does not extract a page detection rejects unless forced', () => {
    const home = `<html><body>${Array.from({ length: 12 }, (_, i) => `<article><h2><a href="/s/${i}">Story ${i}</a></h2></article>`).join('')}</body></html>`;
    const result = read(home, 'https://town.example/', false);
    expect(result.isArticle).toBe(false);
    expect(result.content).toBe('');
    expect(result.failure).toBeNull();
  });
});

describe('readPage on an old page with no headings at all', () => {
  const story = Array.from(
    { length: 6 },
    (_, i) =>
      `<div style="padding:0 0 5px">The county board met on Wednesday to hear the yearly report on its care contracts, and part ${i} of the report gave figures for every district in turn.</div>`,
  ).join('');
  const comment = (name: string, words: string) =>
    `<div style="background:#e2e2e2"><div><span class="title">Posted by: ${name}</span> <i>on Jan 11, 2012 at 05:42 PM</i></div><br><span class="headlines">${words}</span></div>`;
  const OLD_PAGE = `<html><head><title>County board hears care report</title></head><body>
    <table><tr><td><a href="/"><img src="/logo.gif" alt="Channel 6"></a></td></tr>
    <tr><td><span style="font-size:9pt">Posted: 2:12 PM Jan 11, 2012</span>
    <div style="font-size:18pt">County board hears care report</div>
    <div style="width:90%">${story}
    <hr><p><b>Latest Comments</b></p>
    ${comment('A reader', 'This report will only be used to ask for more money next year, as every year, while nothing at all changes for the families it is meant to help.')}
    ${comment('Another reader', 'The figures for the northern district do not match what the board said last spring, and somebody should ask them why before the vote.')}
    </div></td></tr></table></body></html>`;

  it('takes the line that states the title for the headline, and keeps the comments out', () => {
    const result = read(
      OLD_PAGE,
      'https://channel6.example/news/County_board_hears_care_report_137110613.html',
    );
    expect(result.textContent.split('\n')).toHaveLength(6);
    expect(result.textContent).not.toMatch(/Latest Comments|Posted by|more money/);
    expect(result.removed.map((removal) => removal.kind)).toContain('comments');
  });

  it('puts back the lead photo set between the standfirst and the story, with its caption', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>The council approved the housing plan on Tuesday after a long debate, and paragraph ${i} says more about it, with commas and details.</p>`,
    ).join('');
    const result = read(
      `<html><head><title>Council approves plan</title></head><body><main><article>
      <h1>Council approves plan</h1>
      <p class="dek">After three years of debate the town will build two hundred homes on the old rail yard by the river.</p>
      <div class="meta">By Jane Doe · 12 June 2025</div>
      <figure><img src="/photos/rail-yard-1200.jpg" alt=""><figcaption>The old rail yard, seen from the bridge.</figcaption></figure>
      <div class="body">${paragraphs}</div></article></main></body></html>`,
      'https://town.example/2025/06/12/council-approves-plan',
    );
    expect(result.content).toMatch(/<figure[^>]*>\s*<img[^>]+rail-yard-1200\.jpg/);
    expect(result.textContent.split('\n')[0]).toBe('The old rail yard, seen from the bridge.');
    expect(result.textContent).not.toMatch(/By Jane Doe/);
    // A video player's placeholder (the site's logo, a close button) is no lead photo.
    const player = read(
      `<html><head><title>Council approves plan</title></head><body><main><article>
      <h1>Council approves plan</h1>
      <figure class="player"><img src="/static/logo-white.svg" alt=""><div>✕</div><a>Close</a></figure>
      <div class="body">${paragraphs}</div></article></main></body></html>`,
      'https://town.example/2025/06/12/council-approves-plan',
    );
    expect(player.content).not.toMatch(/<figure|logo-white/);
    expect(player.textContent).not.toMatch(/Close/);
  });
});

describe('readPage on bad input: a clear result, never an exception', () => {
  it('an empty document', () => {
    const result = read('');
    expect(result.failure).toBe('empty');
    expect(result.message).toMatch(/empty/i);
  });

  it('a document without a body', () => {
    const dom = page('<p>x</p>');
    const xml = new dom.window.DOMParser().parseFromString('<root><a>text</a></root>', 'text/xml');
    const result = readPage(xml, 'https://x.example/', {
      window: dom.window as unknown as DomWindow,
    });
    expect(result.failure).toBe('empty');
    expect(result.message).toMatch(/not an HTML page/i);
  });

  it('a page whose only text is clutter', () => {
    const result = read(
      '<html><body><div role="dialog"><p>We use cookies to improve your experience. Accept all cookies?</p></div></body></html>',
    );
    expect(result.failure).toBe('no-content');
    expect(result.message).toBe('Lector found no article text on this page.');
    expect(result.removed.map((removal) => removal.kind)).toEqual(['cookie-notice']);
  });

  it('a window that cannot sanitize: a failure with the reason, not a throw', () => {
    const dom = page(ARTICLE);
    const result = readPage(dom.window.document, null, {
      window: {} as unknown as DomWindow,
      force: true,
    });
    expect(result.failure).toBe('no-content');
    expect(result.message).toMatch(/could not read/i);
  });

  it('a 2,000-deep page: the text is found (the copy starts where the prose is)', () => {
    const deep = `<html><body>${'<div>'.repeat(2000)}<p>${'Deep text here. '.repeat(20)}</p>${'</div>'.repeat(2000)}</body></html>`;
    const result = read(deep);
    expect(result.failure).toBeNull();
    expect(result.textContent).toContain('Deep text here');
  });

  it('text deeper than the cap below the part read is left out, and said so', () => {
    const deep = `<html><body><main>${'<div>'.repeat(300)}<p>${'Deep text here. '.repeat(20)}</p>${'</div>'.repeat(300)}<p>${'Shallow text. '.repeat(40)}</p><p>${'More shallow text. '.repeat(40)}</p></main></body></html>`;
    const dom = page(deep);
    const result = readPage(dom.window.document, SEED_URL, {
      window: dom.window as unknown as DomWindow,
      force: true,
      limits: { maxDepth: 50 },
    });
    expect(result.textContent).not.toContain('Deep text here');
    expect(result.textContent).toContain('Shallow text');
  });

  it('a page over the element cap: its <article> alone is read', () => {
    const filler = '<li><a href="/x">x</a></li>'.repeat(600);
    const html = ARTICLE.replace('<footer>', `<ul>${filler}</ul><footer>`);
    const dom = page(html);
    const result = readPage(dom.window.document, null, {
      window: dom.window as unknown as DomWindow,
      force: true,
      limits: { maxPageElements: 500, maxWorkElements: 100 },
    });
    expect(result.failure).toBeNull();
    expect(result.textContent.split('\n')).toHaveLength(8);
    expect(result.reasons).toContainEqual({ code: 'reduced-page', value: 'article' });
  });

  it('a page over the element cap with no article element: too large, with a message', () => {
    const html = `<html><body>${'<div><span>x</span></div>'.repeat(400)}</body></html>`;
    const dom = page(html);
    const result = readPage(dom.window.document, null, {
      window: dom.window as unknown as DomWindow,
      limits: { maxPageElements: 500 },
    });
    expect(result.failure).toBe('too-large');
    expect(result.message).toMatch(/too large to read safely: it has 80[0-9] elements/);
    // The reason is the failure's code; the details are in the message.
    expect(result.reasons).toEqual([{ code: 'too-large' }]);
  });
});
