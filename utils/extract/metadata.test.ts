import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { normalizeLang, readMetadata } from './metadata';

const URL = 'https://news.example/2025/06/12/story';
/** An address with no date in it, which would otherwise decide an ambiguous date. */
const UNDATED = 'https://news.example/local/fair-opens';

function metadata(head: string, body = '', htmlAttributes = '', url = URL) {
  const doc = new JSDOM(`<html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`, {
    url,
  }).window.document;
  return readMetadata(doc, url);
}

describe('readMetadata', () => {
  it('reads JSON-LD first: headline, authors, publisher, date, image, body', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        {
          '@type': 'NewsArticle',
          headline: 'Council approves plan',
          author: [{ '@type': 'Person', name: 'Jane Doe' }, { name: 'John Roe' }],
          publisher: { '@type': 'Organization', name: 'Example News' },
          datePublished: '2025-06-12T09:30:00+02:00',
          image: { url: '/img/lead.jpg' },
          articleBody: 'The council approved it.',
        },
      ],
    };
    const result = metadata(
      `<title>Council approves plan | Example News</title><script type="application/ld+json">${JSON.stringify(ld)}</script><script type="application/ld+json">{ broken</script>`,
    );
    expect(result).toMatchObject({
      title: 'Council approves plan',
      byline: 'Jane Doe, John Roe',
      siteName: 'Example News',
      publishedTime: '2025-06-12T09:30:00+02:00',
      leadImage: 'https://news.example/img/lead.jpg',
      jsonLdBody: 'The council approved it.',
    });
  });

  it('falls back to <meta> tags, in any case', () => {
    const result = metadata(
      '<meta PROPERTY="og:title" content="Plan approved"><meta property="og:site_name" content="Town News"><meta name="author" content="By Ann Lee"><meta property="article:published_time" content="2025-06-12"><meta property="og:image" content="https://cdn.example/a.jpg"><meta name="description" content="  The plan   was approved. ">',
    );
    expect(result).toMatchObject({
      title: 'Plan approved',
      siteName: 'Town News',
      byline: 'Ann Lee',
      publishedTime: '2025-06-12',
      leadImage: 'https://cdn.example/a.jpg',
      excerpt: 'The plan was approved.',
    });
  });

  it('reads the credit line under the headline when the page states nothing else', () => {
    const result = metadata(
      '<title>Story - Daily8</title>',
      '<h1>Story</h1><div><span>CNN</span><span>12-06-2025</span></div><p>Text.</p>',
    );
    expect(result.byline).toBe('CNN');
    expect(result.publishedTime).toBe('2025-06-12');
  });

  it('reads a byline on a line of its own above the date line, without the site after the name', () => {
    const result = metadata(
      '<title>Postos ampliam horário | Jornal da Serra</title><meta property="og:site_name" content="Jornal da Serra">',
      '<h1>Postos ampliam horário</h1><div><p>Por Ana Souza, Jornal da Serra — Caxias do Sul</p>' +
        '<p><time datetime="2025-06-12T10:30:00-03:00">12/06/2025 10h30</time> · Atualizado há 2 horas</p></div><p>Text.</p>',
    );
    expect(result.byline).toBe('Ana Souza');
    expect(result.publishedTime).toBe('2025-06-12T10:30:00-03:00');
  });

  it.each([
    [
      'By David Finkelstein&nbsp;&nbsp;<a href="https://paper.example">Los Angeles Times</a>',
      'David Finkelstein',
    ],
    ['By <a href="/authors/jane">Jane Doe</a>', 'Jane Doe'],
    [
      'Par <a href="/a">Claire Martin</a> et <a href="/b">Paul Roux</a>',
      'Claire Martin et Paul Roux',
    ],
    ['By <a href="/a">Jane Doe</a>, <a href="/b">John Roe</a>', 'Jane Doe, John Roe'],
  ])('reads the name on the line %j as %j (an outlet linked after it apart)', (line, name) => {
    const result = metadata(
      '<title>Story</title>',
      `<h1>Story</h1><div><p>${line}</p><p>12 June 2025</p></div><p>Text.</p>`,
    );
    expect(result.byline).toBe(name);
  });

  it('looks for the date line under the line that shows the title when no heading does', () => {
    const archive = 'https://news.example/story';
    const page = new JSDOM(
      '<html><head><title>Water rates rise - Courier</title></head><body>' +
        '<h1>Courier</h1><ul><li>Water rates rise</li><li>Other story</li></ul>' +
        '<p>Today 03/01/2024</p>' +
        '<div class="title">Water rates rise</div><div>Source: Agency | 09/11/11-15:21</div>' +
        '<p>The board voted on Monday to raise the rates by a tenth.</p></body></html>',
      { url: archive },
    ).window.document;
    // The list beside the story names it too; the date line is the one under the story's own.
    expect(readMetadata(page, archive).publishedTime).toBe('2011-11-09');
  });

  it('takes no byline that is the headline, and no breadcrumb arrows before the title', () => {
    const result = metadata(
      '<title>〉 〉Winter skin care tips</title><meta name="author" content="Winter skin care tips">',
      '<div>Home 〉 Health</div><p>Text of the story, long enough to read as one.</p>',
    );
    expect(result.title).toBe('Winter skin care tips');
    expect(result.byline).toBeNull();
  });

  it('reads an ambiguous slash date on an "en" page as the page writes its other dates', () => {
    // "Posted 06/12/2025" on a page marked just "en", an older story's date beside it.
    const posted = (older: string, head = '') =>
      metadata(
        `<title>Fair opens</title>${head}`,
        `<h1>Fair opens</h1><p>Posted 06/12/2025</p><p>Story text.</p><p><a href="/a">Older story</a> ${older}</p>`,
        'lang="en"',
        UNDATED,
      );
    expect(posted('05/28/2025').publishedTime).toBe('2025-06-12');
    expect(posted('28/05/2025').publishedTime).toBe('2025-12-06');
    // No other date to go by: og:locale says which English; the page's language stays "en".
    const located = posted('', '<meta property="og:locale" content="en_US">');
    expect(located.publishedTime).toBe('2025-06-12');
    expect(located.lang).toBe('en');
    expect(posted('').publishedTime).toBe('2025-12-06');
  });

  it('reads language and direction from the page, and leaves direction open when unsaid', () => {
    expect(metadata('', '', 'lang="ar" dir="rtl"')).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(metadata('<meta property="og:locale" content="es_ES">')).toMatchObject({
      lang: 'es-ES',
      dir: null,
    });
    expect(metadata('<meta http-equiv="content-language" content="pl">').lang).toBe('pl');
  });

  it('drops bylines that are profile links', () => {
    expect(
      metadata('<meta name="author" content="https://facebook.com/someone">').byline,
    ).toBeNull();
  });
});

describe('normalizeLang', () => {
  it('turns locales into BCP 47 tags and refuses anything else', () => {
    expect(normalizeLang('en_US')).toBe('en-US');
    expect(normalizeLang(' zh-Hant-TW ')).toBe('zh-Hant-TW');
    expect(normalizeLang('english please')).toBeNull();
    expect(normalizeLang('')).toBeNull();
  });
});
