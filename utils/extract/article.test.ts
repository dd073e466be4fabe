import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { loadFixturePages } from '../../tests/fixture-pages.ts';
import { LectorReadability } from './article.ts';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

// Every tag list Readability 0.6.0 asks for, as it writes them (some in upper case).
const TAG_LISTS = [
  ['a'],
  ['h1', 'h2'],
  ['style'],
  ['font'],
  ['br'],
  ['p'],
  ['img', 'picture', 'figure'],
  ['script', 'noscript'],
  ['object', 'embed', 'iframe'],
  ['ul', 'ol'],
  ['SPAN', 'LI', 'TD', 'BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL'],
];

describe('LectorReadability', () => {
  const pages = loadFixturePages();

  it('lists elements by tag exactly as querySelectorAll does', () => {
    const reader = new LectorReadability(parse('<p>x</p>'));
    for (const page of pages) {
      const doc = parse(page.html);
      for (const root of [doc, doc.body]) {
        for (const tags of TAG_LISTS) {
          const walked = reader._getAllNodesWithTag(root, tags);
          const selected = [...root.querySelectorAll(tags.join(','))];
          const same =
            walked.length === selected.length &&
            walked.every((element, index) => element === selected[index]);
          expect(same, `${page.name}: ${tags.join(',')}`).toBe(true);
        }
      }
    }
  });

  it('reads every fixture page exactly as plain Readability does', () => {
    // Images of every sort the lazy-image pass treats apart, in a story long enough to keep.
    const prose = '<p>' + 'A sentence of the story, long enough to count. '.repeat(12) + '</p>';
    const tinyGif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const images = `<html><body><article><h1>Images</h1>${prose}
      <p><img src="/a.jpg"><img src="b.png" class="Lazy-load" data-src="/b-big.png">
      <img src="${tinyGif}" data-src="/c.jpg"><img src=" DA\tTA:image/gif;base64,R0lG" data-original="/d.webp">
      <img src="${tinyGif}"><img data-srcset="/e.jpg 1x, /e2.jpg 2x"><img src="">
      <img src="data:image/svg+xml;base64,PHN2Zz4=" data-src="/f.png"></p>${prose}
      <figure data-src="/g.jpg"><img src="/h.jpg"></figure><figure data-src="/i.jpg"></figure>
      <picture data-src="/j.jpg"></picture>${prose}</article></body></html>`;
    for (const page of [...pages, { name: 'images', html: images }]) {
      const plain = new Readability(parse(page.html)).parse();
      const ours = new LectorReadability(parse(page.html)).parse();
      expect(ours?.content, page.name).toBe(plain?.content);
      expect(ours?.byline, page.name).toBe(plain?.byline);
    }
  });

  it('retries from a rebuilt body exactly as Readability retries from its saved HTML', () => {
    // A threshold no page reaches: every page goes through all four tries.
    const options = { charThreshold: 1_000_000 };
    const short = '<body><div><p>Short text.</p><noscript><img src="a.png"></noscript></div>';
    const messy = '<body><div>a<br><br>b<font>c</font><style>p{}</style><script>1</script></div>';
    for (const [name, html] of [
      ...pages.map((page) => [page.name, page.html] as const),
      ['short', short],
      ['messy', messy],
    ] as const) {
      const plain = new Readability(parse(html), options).parse();
      const doc = parse(html);
      const reader = new LectorReadability(doc, options);
      let restored = 0;
      reader.restoreBody = () => {
        restored++;
        doc.body.replaceChildren(...parse(html).body.childNodes);
      };
      const ours = reader.parse();
      expect(ours?.content, name).toBe(plain?.content);
      expect(ours?.textContent, name).toBe(plain?.textContent);
      expect(restored, name).toBe(3);
      // The body's own innerHTML is back once Readability is done.
      expect(Object.getOwnPropertyDescriptor(doc.body, 'innerHTML'), name).toBeUndefined();
    }
  });

  it('answers the visibility test as Readability does, with or without inline styles', () => {
    const plainTest = (
      Readability.prototype as unknown as { _isProbablyVisible(node: Element): boolean }
    )._isProbablyVisible;
    const reader = new LectorReadability(parse('<p>x</p>'));
    const handMade = parse(`<body>
      <p style="display: none">a</p><p style="visibility:hidden">b</p><p style="color: red">c</p>
      <p hidden>d</p><p hidden="until-found">e</p><p aria-hidden="true">f</p>
      <p aria-hidden="false">g</p><img aria-hidden="true" class="mwe-math-fallback-image-inline">
      <svg aria-hidden="true" class="fallback-image"><g hidden></g><rect></rect></svg>
      <div style="display:none" aria-hidden="true" class="fallback-image">h</div></body>`);
    const docs = [handMade, ...pages.map((page) => parse(page.html))];
    for (const doc of docs) {
      for (const element of doc.querySelectorAll('*')) {
        expect(reader._isProbablyVisible(element), element.outerHTML.slice(0, 80)).toBe(
          Boolean(plainTest.call(reader, element)),
        );
      }
    }
    const answers = [...handMade.body.children].map((element) =>
      reader._isProbablyVisible(element),
    );
    expect(answers).toEqual([false, false, true, false, false, false, true, true, false, false]);
  });

  it('weighs links as Readability does, for every element', () => {
    const plainDensity = (
      Readability.prototype as unknown as { _getLinkDensity(element: Element): number }
    )._getLinkDensity;
    const reader = new LectorReadability(parse('<p>x</p>'));
    const handMade = parse(`<body><div>Some text <a href="#top">top</a> and
      <a href="/x">a link <a href="/y">nested</a></a><span><a>no href</a></span></div>
      <p></p><p><a href="#top">only a link</a></p></body>`);
    for (const doc of [handMade, ...pages.map((page) => parse(page.html))]) {
      for (const element of doc.querySelectorAll('*')) {
        expect(reader._getLinkDensity(element), element.outerHTML.slice(0, 80)).toBe(
          plainDensity.call(reader, element),
        );
      }
    }
    const [text, empty, onlyLink] = [...handMade.body.children];
    expect(reader._getLinkDensity(empty!)).toBe(0);
    expect(reader._getLinkDensity(onlyLink!)).toBeCloseTo(0.3);
    expect(reader._getLinkDensity(text!)).toBeGreaterThan(0);
  });

  it('strips presentational attributes as Readability does', () => {
    const plainClean = (
      Readability.prototype as unknown as { _cleanStyles(element: Element): void }
    )._cleanStyles;
    const reader = new LectorReadability(parse('<p>x</p>'));
    const handMade = `<body><div align="center" bgcolor="red" class="keep" id="k">
      <table width="10" height="20" border="1" cellpadding="2"><tr><td width="5" valign="top">
      a</td><th height="3">b</th></tr></table><img width="4" height="5" hspace="1" src="i.png">
      <hr width="50%" align="left"><pre width="80">c</pre><p width="9" data-x="1">d</p>
      <svg width="6" align="x"><rect width="7" border="0"></rect></svg>
      <span style="color:red" vspace="2">e</span></div></body>`;
    for (const html of [handMade, ...pages.map((page) => page.html)]) {
      const plain = parse(html);
      plainClean.call(reader, plain.body);
      const ours = parse(html);
      reader._cleanStyles(ours.body);
      expect(ours.body.outerHTML).toBe(plain.body.outerHTML);
    }
    const cleaned = parse(handMade);
    reader._cleanStyles(cleaned.body);
    expect(cleaned.querySelector('div')?.getAttributeNames()).toEqual(['class', 'id']);
    expect(cleaned.querySelector('img')?.getAttributeNames()).toEqual(['width', 'height', 'src']);
    expect(cleaned.querySelector('rect')?.getAttribute('border')).toBe('0');
  });

  it("makes links absolute against the copy's <base> as Readability does", () => {
    const story = '<p>' + 'A sentence of the story, long enough to count. '.repeat(12) + '</p>';
    const body = `<body><article>${story}<p><a href="/a">a</a> <a href="#n">n</a>
      <a href="b?c=1">b</a><img src="i.png" srcset="i.png 1x, /j.png 2x"></p>${story}</article>`;
    const heads = [
      '<base href="https://news.test/section/page.html">',
      '<base href="https://news.test/">',
      '<base target="_top"><base href="https://other.test/x/">',
      '<base href="relative/">',
      '<base href="http://[bad">',
      '',
    ];
    for (const head of heads) {
      const html = `<html><head><title>T</title>${head}</head>${body}</html>`;
      const plain = new Readability(parse(html)).parse();
      const doc = parse(html);
      const ours = new LectorReadability(doc).parse();
      expect(ours?.content, head).toBe(plain?.content);
      expect(Object.getOwnPropertyDescriptor(doc, 'baseURI'), head).toBeUndefined();
    }
    const resolved = new LectorReadability(parse(`<head>${heads[0]}</head>${body}`)).parse();
    expect(resolved?.content).toContain('href="https://news.test/section/b?c=1"');
  });

  it('unwraps noscript images as Readability does', () => {
    const prose = '<p>' + 'A sentence of the story, long enough to count. '.repeat(12) + '</p>';
    const html = `<html><body><article>${prose}<p><img alt="no source"><img class="x">
      <img data-lazy="/big.JPG" alt="kept by its value"><img data-srcset="/s.png 2x">
      <img src="/plain.png"></p><p><img src="data:image/gif;base64,R0lG" data-old="1">
      <noscript><img src="/real.jpg" srcset="/real2.jpg 2x"></noscript></p>${prose}
      <p><span><img data-src="/lazy.webp"></span><noscript><img src="/lazy-real.webp"></noscript>
      <img><noscript><p>Not an image</p></noscript></p>${prose}</article></body></html>`;
    const plain = new Readability(parse(html)).parse();
    const ours = new LectorReadability(parse(html)).parse();
    expect(ours?.content).toBe(plain?.content);
    expect(ours?.content).toContain('/real.jpg');
    expect(ours?.content).not.toContain('no source');
    expect(ours?.content).toContain('kept by its value');
  });

  it('finds wrappers without content as Readability does, for every element', () => {
    const plainTest = (
      Readability.prototype as unknown as { _isElementWithoutContent(node: Element): boolean }
    )._isElementWithoutContent;
    const reader = new LectorReadability(parse('<p>x</p>'));
    const handMade = parse(`<body><div> \n </div><div><br><hr></div><div><p><br></p></div>
      <div>&nbsp;<span>\u2003</span></div><div><!-- a comment --></div><div><span></span></div>
      <div><div><div> </div><b>x</b></div></div><section><br> <br></section>
      <div><svg><style><![CDATA[ p {} ]]></style></svg></div><div><img></div></body>`);
    for (const doc of [handMade, ...pages.map((page) => parse(page.html))]) {
      for (const element of doc.querySelectorAll('*')) {
        expect(reader._isElementWithoutContent(element), element.outerHTML.slice(0, 80)).toBe(
          plainTest.call(reader, element),
        );
      }
    }
    const answers = [...handMade.body.children].map((element) =>
      reader._isElementWithoutContent(element),
    );
    expect(answers).toEqual([true, true, true, false, true, false, false, true, false, false]);
  });
});
