import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import {
  hostileHtmlArbitrary,
  hostileHtmlWithoutIsArbitrary,
  htmlSoupArbitrary,
  htmlTreeArbitrary,
  urlArbitrary,
} from '../tests/security/html-arbitrary';
import { canonicalTree, htmlProblems } from '../tests/security/safe-html';
import { SUITE_FUZZ_RUNS as FUZZ_RUNS } from '../tests/security/fuzz-runs';
import { sanitizeArticleContainers, sanitizeArticleHtml, type DomWindow } from './sanitize';

/**
 * Properties of the one sanitizer (security.md rule 2) on generated hostile HTML: whatever goes
 * in, what comes out holds no script-capable element, handler, style or unsafe URL, every link
 * is `noopener noreferrer`, and a second pass changes nothing. The checker looks at the parsed
 * tree (tests/security/safe-html.ts); the last block proves it fires on unsafe output.
 */

/**
 * A jsdom window that is replaced every few hundred calls: jsdom slows down with every document
 * DOMParser makes in one window (1 ms a call at first, 7 ms after 2,000), and the properties make
 * thousands. The sanitizer keeps one DOMPurify per window, so each new window gets a fresh one.
 */
let jsdom = new JSDOM('<!doctype html><body>');
let uses = 0;
function win(): DomWindow {
  if (++uses % 300 === 0) {
    jsdom.window.close();
    jsdom = new JSDOM('<!doctype html><body>');
  }
  return jsdom.window as unknown as DomWindow;
}
afterAll(() => jsdom.window.close());

const clean = (html: string) => sanitizeArticleHtml(html, win());

const problems = (html: string) => htmlProblems(html, win().document);
const canonical = (html: string) => canonicalTree(html, win().document);

/** The HTML as the reader's DOM holds it after insertion. */
function reparsed(html: string): string {
  const holder = win().document.createElement('div');
  holder.innerHTML = html;
  return holder.innerHTML;
}

describe('sanitizeArticleHtml on generated hostile HTML', () => {
  it('leaves nothing unsafe in well-formed hostile trees', () => {
    fc.assert(
      fc.property(htmlTreeArbitrary, (html) => {
        expect(problems(clean(html))).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS.trees },
    );
  });

  it('leaves nothing unsafe in tag soup (mutation XSS: raw text, foreign content, comments)', () => {
    fc.assert(
      fc.property(htmlSoupArbitrary, (html) => {
        expect(problems(clean(html))).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS.soup },
    );
  });

  it('is idempotent: sanitizing its own output gives the same tree', () => {
    fc.assert(
      fc.property(hostileHtmlArbitrary, (html) => {
        const once = clean(html);
        expect(canonical(clean(once))).toBe(canonical(once));
      }),
      { numRuns: FUZZ_RUNS.idempotent },
    );
  });

  it('is idempotent to the byte, `is` attributes aside, when its output parses back as itself', () => {
    fc.assert(
      fc.property(hostileHtmlWithoutIsArbitrary, (html) => {
        const once = clean(html);
        // Markup the HTML parser re-nests (`<h2><h1>` once a forbidden wrapper between them is
        // gone) is re-nested by the next parse; the tree property above covers that case.
        fc.pre(reparsed(once) === once);
        expect(clean(once)).toBe(once);
      }),
      { numRuns: FUZZ_RUNS.idempotent },
    );
  });

  it("the reading core's way (elements, not markup) leaves nothing unsafe either", () => {
    fc.assert(
      fc.property(htmlTreeArbitrary, htmlSoupArbitrary, (tree, soup) => {
        const w = win();
        const doc = w.document.implementation.createHTMLDocument('');
        const containers = [tree, soup].map((html) => {
          const holder = doc.createElement('div');
          holder.innerHTML = html;
          return holder;
        });
        const out = sanitizeArticleContainers(containers, w);
        expect(out.flatMap(problems)).toEqual([]);
        // The reader sanitizes again from the markup before inserting: still nothing unsafe.
        expect(out.map(clean).flatMap(problems)).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS.containers },
    );
  });

  it('drops an embed whose http(s) URL does not parse, instead of throwing', () => {
    expect(clean('<iframe src="https://video.test:99999/embed"></iframe><p>x</p>')).toBe(
      '<p>x</p>',
    );
  });

  it('reads text with "<" beside a comment and no element (DOMPurify removes its own root)', () => {
    expect(clean('Use &lt;b&gt; for bold<!-- note -->')).toBe('Use &lt;b&gt; for bold');
  });

  it('re-nested markup (a forbidden wrapper between two headings) is safe after any parse', () => {
    const once = clean('<h2><animate><h1>a</h1></animate></h2>');
    expect(problems(once)).toEqual([]);
    expect(problems(clean(once))).toEqual([]);
  });

  // KNOWN, harmless (found by the property above): DOMPurify empties `is` instead of removing
  // it, and HTML serialization writes an element's `is` value back even when the attribute is
  // gone (the spec's rule for customized built-ins), so the string changes between passes while
  // the tree does not. An `is` names no custom element in the reader, which defines none.
  it.fails('is not byte-idempotent on an `is` attribute after an id (known, harmless)', () => {
    const once = clean('<p id="a" is="x-y">t</p>');
    expect(clean(once)).toBe(once);
  });

  it('keeps only http(s) in URL attributes, and data:image only on <img src>', () => {
    const sites = [
      (url: string) => `<a href="${url}">x</a>`,
      (url: string) => `<img src="${url}">`,
      (url: string) => `<img srcset="${url} 1x, https://a.test/b.png 2x">`,
      (url: string) => `<video poster="${url}" src="${url}"></video>`,
      (url: string) => `<blockquote cite="${url}">q</blockquote>`,
      (url: string) => `<map><area href="${url}"></map>`,
      (url: string) => `<picture><source srcset="${url}"></picture>`,
    ];
    fc.assert(
      fc.property(urlArbitrary, fc.constantFrom(...sites), (url, site) => {
        expect(problems(clean(site(url.replace(/"/g, '&quot;'))))).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS.urls },
    );
  });
});

describe('the checker (negative control)', () => {
  it.each([
    ['<script>alert(1)</script>', 'forbidden element'],
    ['<img src="x" onerror="alert(1)">', 'handler onerror'],
    ['<p style="color:red">x</p>', 'attribute style'],
    ['<iframe srcdoc="x"></iframe>', 'attribute srcdoc'],
    [
      '<a href="https://a.test" referrerpolicy="unsafe-url" rel="noopener noreferrer">x</a>',
      'referrerpolicy',
    ],
    ['<a href="java&#9;script:alert(1)" rel="noopener noreferrer">x</a>', 'href='],
    ['<a href="https://a.test/">x</a>', 'without rel'],
    ['<a href="https://a.test/" rel="noopener">x</a>', 'without rel'],
    ['<img src="data:text/html,x">', 'src='],
    ['<a href="data:image/png;base64,AAAA" rel="noopener noreferrer">x</a>', 'href='],
    ['<img srcset="https://a.test/1.png 1x, javascript:alert(1) 2x">', 'srcset has'],
    ['<svg><a xlink:href="https://a.test/">x</a></svg>', 'not an HTML element'],
    ['<math><mi>x</mi></math>', 'forbidden element'],
    ['<template><img src=x onerror=alert(1)></template>', 'handler onerror'],
    ['<meta http-equiv="refresh" content="0;url=https://a.test/">', 'forbidden element'],
    ['<form><input></form>', 'forbidden element'],
    ['<p data-x="1">x</p>', 'attribute data-x'],
    ['<p is="x-evil">x</p>', 'attribute is'],
  ])('finds the problem in %s', (html, expected) => {
    expect(problems(html).join('\n')).toContain(expected);
  });

  it('finds unsafe output when the sanitizer does nothing (the generators produce hostile HTML)', () => {
    const found = fc.check(
      fc.property(hostileHtmlArbitrary, (html) => problems(html).length === 0),
      { numRuns: 200, seed: 1 },
    );
    expect(found.failed).toBe(true);
  });

  it('passes ordinary article markup as it is', () => {
    const html =
      '<h2>Title</h2><p>Text <a href="https://a.test/" target="_blank" rel="noopener noreferrer">link</a></p>' +
      '<img src="https://a.test/a.png" alt="a"><img src="data:image/png;base64,AAAA">';
    expect(problems(html)).toEqual([]);
    expect(problems(clean(html))).toEqual([]);
  });
});
