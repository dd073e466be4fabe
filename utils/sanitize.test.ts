import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import {
  isHttpUrl,
  sanitizeArticleContainers,
  sanitizeArticleFragments,
  sanitizeArticleHtml,
} from './sanitize';

const clean = (html: string) => sanitizeArticleHtml(html, window);

/** Parse sanitized output back, as the reader does, to assert on the resulting tree. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}`, 'text/html');
}

describe('sanitizeArticleHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', 'onerror'],
    ['<p onclick="alert(1)">x</p>', 'onclick'],
    ['<script>alert(1)</script><p>ok</p>', '<script'],
    ['<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', 'svg'],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', 'math'],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', 'srcdoc'],
    ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', 'meta'],
    ['<a href="https://a.test" referrerpolicy="unsafe-url">x</a>', 'referrerpolicy'],
    ['<a href="JAVASCRIPT:alert(1)">x</a>', 'javascript'],
    ['<a href="java&#9;script:alert(1)">x</a>', 'script:'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', 'data:'],
    ['<form action="https://evil.test"><input name=a></form>', 'form'],
    ['<p style="position:fixed">x</p>', 'style'],
    ['<style>body{display:none}</style><p>x</p>', '<style'],
    ['<template><img src=x onerror=alert(1)></template>', 'template'],
    ['<base href="https://evil.test/">', 'base'],
    ['<link rel=stylesheet href="https://evil.test/x.css">', 'link'],
    ['<a href="https://a.test" ping="https://track.test">x</a>', 'ping'],
    ['<p data-x="1">x</p>', 'data-x'],
    ['<button popovertarget=x>x</button>', 'button'],
  ])('removes the dangerous part of %s', (input, needle) => {
    expect(clean(input).toLowerCase()).not.toContain(needle.toLowerCase());
  });

  it('keeps ordinary article markup', () => {
    const html =
      '<h2>Heading</h2><p>Text with <em>emphasis</em> and <a href="https://example.test/a">a link</a>.</p>' +
      '<figure><img src="https://img.test/a.jpg" alt="A"><figcaption>Caption</figcaption></figure>' +
      '<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table>' +
      '<pre><code>const x = 1;</code></pre><blockquote>quote</blockquote><ul><li>item</li></ul>';
    const doc = parse(clean(html));
    expect(doc.querySelector('h2')?.textContent).toBe('Heading');
    expect(doc.querySelector('figcaption')?.textContent).toBe('Caption');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://img.test/a.jpg');
    expect(doc.querySelector('td')?.textContent).toBe('c');
    expect(doc.querySelector('pre code')?.textContent).toBe('const x = 1;');
    expect(doc.querySelector('li')?.textContent).toBe('item');
  });

  it('opens every link in a new tab without opener or referrer', () => {
    const doc = parse(clean('<a href="https://example.test/" target="_self" rel="opener">x</a>'));
    const link = doc.querySelector('a');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps only http(s) URLs, and data:image only on img src', () => {
    const doc = parse(
      clean(
        '<a href="ftp://x.test/">ftp</a><a href="/relative">rel</a>' +
          '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">' +
          '<video poster="javascript:alert(1)" src="https://v.test/a.mp4"></video>' +
          '<img srcset="https://a.test/1.jpg 1x, javascript:alert(1) 2x" src="https://a.test/1.jpg">' +
          '<img srcset="https://a.test/1.jpg 1x, https://a.test/2.jpg 2x">',
      ),
    );
    const links = doc.querySelectorAll('a');
    expect(links[0]?.hasAttribute('href')).toBe(false);
    expect(links[1]?.hasAttribute('href')).toBe(false);
    const images = doc.querySelectorAll('img');
    expect(images[0]?.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(images[1]?.hasAttribute('srcset')).toBe(false);
    expect(images[2]?.getAttribute('srcset')).toContain('2.jpg');
    expect(doc.querySelector('video')?.hasAttribute('poster')).toBe(false);
  });

  it('turns embedded players into a plain link', () => {
    const doc = parse(
      sanitizeArticleHtml('<iframe src="https://video.test/embed/1"></iframe>', window, {
        embedLabel: 'Watch on {host}',
      }),
    );
    expect(doc.querySelector('iframe')).toBeNull();
    const link = doc.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://video.test/embed/1');
    expect(link?.textContent).toBe('Watch on video.test');
  });

  it('never puts the link for an embed inside another link or a paragraph inside a paragraph', () => {
    const inLink = clean(
      '<a href="https://x.test/"><iframe src="https://video.test/1"></iframe>x</a>',
    );
    expect(inLink).not.toContain('video.test');
    const inParagraph = clean('<p>Watch: <iframe src="https://video.test/2"></iframe></p>');
    expect(inParagraph).toContain('https://video.test/2');
    expect(inParagraph.match(/<p>/g)).toHaveLength(1);
    for (const html of [inLink, inParagraph]) expect(clean(html)).toBe(html);
  });

  it('prefixes ids and names so they cannot clobber the page', () => {
    const doc = parse(
      clean('<img name="getElementById" src="https://a.test/a.png"><p id="body">x</p>'),
    );
    expect(doc.querySelector('img')?.getAttribute('name')).toBe('user-content-getElementById');
    expect(doc.querySelector('p')?.id).toBe('user-content-body');
  });

  it('is idempotent', () => {
    const html =
      '<p id="a">x <a href="https://a.test">y</a></p><img src="https://a.test/i.png" name="n"><iframe src="https://v.test/e"></iframe>';
    const once = clean(html);
    expect(clean(once)).toBe(once);
  });

  it('does not modify the string it is given (no IN_PLACE)', () => {
    const input = '<p onclick="x()">text</p>';
    const copy = `${input}`;
    clean(input);
    expect(input).toBe(copy);
  });
});

describe('sanitizeArticleFragments', () => {
  const fragments = [
    '<p onclick="x()">one</p>',
    '',
    '<img src="javascript:alert(1)"><b>two</b>',
    '<script>bad()</script><i>three</i>',
    '<section><p>a section of its own</p></section><iframe src="https://video.test/v/1"></iframe>',
    '<a href="/relative" id="top">four</a>',
  ];

  it('gives each fragment back, in order, exactly as sanitizing it alone would', () => {
    const batch = sanitizeArticleFragments(fragments, window, { embedLabel: 'Watch on {host}' });
    const alone = fragments.map((html) =>
      html ? sanitizeArticleHtml(html, window, { embedLabel: 'Watch on {host}' }) : '',
    );
    expect(batch).toEqual(alone);
    expect(batch[1]).toBe('');
    expect(batch[2]).not.toContain('javascript:');
    expect(batch[3]).toBe('<i>three</i>');
    expect(batch[4]).toContain('Watch on video.test');
  });

  it('keeps fragments apart even when one tries to close its wrapper', () => {
    const batch = sanitizeArticleFragments(['<p>a</p></section><p>b', '<p>c</p>'], window);
    expect(batch).toEqual([
      sanitizeArticleHtml('<p>a</p></section><p>b', window),
      sanitizeArticleHtml('<p>c</p>', window),
    ]);
  });

  it('does not modify the strings it is given', () => {
    const input = ['<p onclick="x()">one</p>', '<p>two</p>'];
    sanitizeArticleFragments(input, window);
    expect(input).toEqual(['<p onclick="x()">one</p>', '<p>two</p>']);
  });
});

describe('sanitizeArticleContainers', () => {
  /** A container holding `html`, in an inert document as the reading core's working copy is. */
  function container(
    html: string,
    tag = 'div',
    doc = document.implementation.createHTMLDocument(''),
  ) {
    const element = doc.createElement(tag);
    element.innerHTML = html;
    return element;
  }
  const options = { embedLabel: 'Watch on {host}' };
  const fragments = [
    '<p onclick="x()">one</p>',
    '<img src="javascript:alert(1)"><b>two</b>',
    '<script>bad()</script><i>three</i>',
    '<section><p>a section of its own</p></section><iframe src="https://video.test/v/1"></iframe>',
    '<a href="/relative" id="top">four</a><video src="https://v.test/a.mp4" autoplay></video>',
  ];

  it('gives each container back, in order, as sanitizing its markup alone would', () => {
    const out = sanitizeArticleContainers(
      [container(fragments[0]!), null, ...fragments.slice(1).map((html) => container(html))],
      window,
      options,
    );
    expect(out).toEqual([
      sanitizeArticleHtml(fragments[0]!, window, options),
      '',
      ...fragments.slice(1).map((html) => sanitizeArticleHtml(html, window, options)),
    ]);
    expect(out[4]).toContain('Watch on video.test');
  });

  it('cleans what DOM calls made and markup could not say, and the reader gets the same tree', () => {
    const doc = document.implementation.createHTMLDocument('');
    const root = doc.createElement('div');
    const paragraph = root.appendChild(doc.createElement('p'));
    paragraph.append(doc.createElement('div'), 'text');
    paragraph.firstElementChild!.setAttribute('onmouseover', 'alert(1)');
    const link = root.appendChild(doc.createElement('a'));
    link.setAttribute('href', 'JAVASCRIPT:alert(1)');
    link.appendChild(doc.createElement('a')).setAttribute('href', 'https://ok.test/');
    root.appendChild(doc.createElement('td')).textContent = '<img src=x onerror=alert(2)>';
    const markup = root.innerHTML;

    const [out] = sanitizeArticleContainers([root], window);
    expect(out).not.toMatch(/onmouseover|javascript:|<!--/i);
    expect(parse(out!).querySelector('img')).toBeNull();
    expect(out).toContain('&lt;img src=x onerror=alert(2)&gt;');
    // What the reader inserts (the output sanitized again from markup) is what the markup
    // way gives: the tree was checked, and so is the markup it became.
    expect(sanitizeArticleHtml(out!, window)).toBe(sanitizeArticleHtml(markup, window));
  });

  it('drops a comment whose text would close it in markup', () => {
    const doc = document.implementation.createHTMLDocument('');
    const root = doc.createElement('div');
    root.append(doc.createComment('--><img src=x onerror=alert(1)>'), 'after');
    expect(sanitizeArticleContainers([root], window)).toEqual(['after']);
  });

  it('falls back to markup when DOMPurify would remove a container itself', () => {
    const out = sanitizeArticleContainers(
      [container('<p>kept</p>', 'form'), container('<p>next</p>')],
      window,
    );
    expect(out).toEqual(['<p>kept</p>', '<p>next</p>']);
  });

  it("reads elements of another window's documents by their markup", () => {
    const other = new JSDOM('<body>').window.document;
    const out = sanitizeArticleContainers(
      [
        container(
          '<p onclick="x()">one</p><iframe src="https://video.test/v/2"></iframe>',
          'div',
          other,
        ),
      ],
      window,
      options,
    );
    expect(out).toEqual([
      sanitizeArticleHtml(
        '<p onclick="x()">one</p><iframe src="https://video.test/v/2"></iframe>',
        window,
        options,
      ),
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(sanitizeArticleContainers([null, null], window)).toEqual(['', '']);
    expect(sanitizeArticleContainers([], window)).toEqual([]);
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://a.test/', true],
    ['http://a.test/x?y', true],
    ['  https://a.test/', true],
    ['javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['https://a.test/\nx', false],
    ['//a.test/', false],
    ['data:text/html,x', false],
  ])('%s → %s', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});
