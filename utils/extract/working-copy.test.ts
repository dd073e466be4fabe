import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { CLUTTER_MARK, makeWorkingCopy, refillWorkingCopy } from './working-copy';

const LIMITS = { maxWorkElements: 1000, maxDepth: 50 };

function source(body: string): Document {
  return new JSDOM(`<html lang="pl" dir="ltr"><body>${body}</body></html>`, {
    url: 'https://x.example/a/b',
  }).window.document;
}

describe('makeWorkingCopy', () => {
  it('copies the body without scripts, styles, SVG, hidden parts, style and on* attributes', () => {
    const doc = source(
      '<p style="color:red" onclick="x()" class="k" data-src="/i.jpg">Text</p><script>bad()</script><style>p{}</style><svg><text>s</text></svg><div hidden>h</div><div style="display: none">n</div><!-- c --><p>More</p>',
    );
    const copy = makeWorkingCopy(doc, {
      baseUrl: 'https://x.example/',
      title: 'T',
      limits: LIMITS,
    });
    expect(copy.doc.body.innerHTML).toBe('<p class="k" data-src="/i.jpg">Text</p><p>More</p>');
    expect(copy.doc.title).toBe('T');
    expect(copy.doc.documentElement.getAttribute('lang')).toBe('pl');
    expect(copy.doc.baseURI).toBe('https://x.example/');
  });

  it('copies the chunks one after another, each opening with the headings it leads with', () => {
    const doc = source(
      '<div class="post"><h3 class="t">Kick-off</h3><div class="c"><p>Under way.</p></div></div><div class="post"><div class="c"><p>A goal.</p></div></div><aside>Ad</aside>',
    );
    const [first, second] = [...doc.querySelectorAll('.c')];
    const copy = makeWorkingCopy(doc, {
      baseUrl: 'https://x.example/',
      title: 'T',
      roots: [first!, second!],
      leads: new Map([[first!, [doc.querySelector('h3')!]]]),
      limits: LIMITS,
    });
    expect(copy.doc.body.innerHTML).toBe(
      '<div class="c"><h3 class="t" data-lector-lead="">Kick-off</h3><p>Under way.</p></div><div class="c"><p>A goal.</p></div>',
    );
    expect(copy.elements).toBe(5);
  });

  it('leaves out tracking pixels, not a lazy image behind a one-pixel placeholder', () => {
    const doc = source(
      '<p>Text<img src="https://count.example/p.gif" width="1" height="1" alt=""></p>' +
        '<p><img src="/blank.gif" data-src="/photo.jpg" width="1" height="1" alt="Photo"><img src="/chart.png" width="600" height="1" alt="Rule"></p>',
    );
    const copy = makeWorkingCopy(doc, {
      baseUrl: 'https://x.example/',
      title: 'T',
      limits: LIMITS,
    });
    expect([...copy.doc.body.querySelectorAll('img')].map((img) => img.alt)).toEqual([
      'Photo',
      'Rule',
    ]);
  });

  it('spaces a row of fields set side by side, and leaves words split in tags alone', () => {
    const doc = source(
      '<div class="meta"><span>Jane Doe</span><span>2 March 2024 22:17</span><a href="/t">Politics</a></div>' +
        '<div class="spaced"><span>A</span> <span>B</span></div>' +
        '<p><span>Hel</span><span>lo</span></p><div>Own text <b>bold</b><i>ly</i></div>',
    );
    const copy = makeWorkingCopy(doc, {
      baseUrl: 'https://x.example/',
      title: 'T',
      limits: LIMITS,
    });
    const texts = [...copy.doc.body.children].map((element) => element.textContent);
    expect(texts).toEqual([
      'Jane Doe 2 March 2024 22:17 Politics',
      'A B',
      'Hello',
      'Own text boldly',
    ]);
  });

  it('leaves out text set out of sight for screen readers only, and keeps what only moves', () => {
    const hint =
      'border:0;clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px';
    const doc = source(
      `<p>The CAC 40 <a href="/q/FCHI">(.FCHI)<span style="${hint}">, opens new tab</span></a> is flat.</p>` +
        '<h2 style="position: absolute; clip: rect(1px, 1px, 1px, 1px)">Story body</h2>' +
        '<p style="position:absolute;top:0">Pinned but seen</p><p style="clip:rect(0 0 0 0)">Clip alone does nothing</p>',
    );
    const copy = makeWorkingCopy(doc, {
      baseUrl: 'https://x.example/',
      title: 'T',
      limits: LIMITS,
    });
    expect(copy.doc.body.textContent).toBe(
      'The CAC 40 (.FCHI) is flat.Pinned but seenClip alone does nothing',
    );
  });

  it("leaves out what the common stylesheets' screen-reader classes hide, unless shown again", () => {
    const doc = source(
      '<p>Continue reading<span class="screen-reader-text"> "Harbour wall"</span></p>' +
        '<p><span class="sr-only">Swipe left below to view more authors</span>Authors</p>' +
        '<h2 class="visually-hidden">Story</h2><p class="sr-only-focusable">Kept</p>' +
        '<p><span class="sr-only md:not-sr-only">Sections</span></p>',
    );
    const copy = makeWorkingCopy(doc, {
      baseUrl: 'https://x.example/',
      title: 'T',
      limits: LIMITS,
    });
    expect(copy.doc.body.textContent).toBe('Continue readingAuthorsKeptSections');
  });

  it('leaves out whitespace that only lays out blocks, and keeps every space that shows', () => {
    const doc = source(
      '\n<div>\n  <p>a <b>b</b> <i>c</i></p>\n  <p>d</p>\n</div>\n' +
        '<li> <a href="/x">e</a> </li><pre> <code> f </code>\n</pre>' +
        '<p>&nbsp;</p><div>\u00a0<p>g</p> <span>h</span> <p>i</p><!-- c --> </div><span>\n<p>j</p> </span>',
    );
    const copy = makeWorkingCopy(doc, { baseUrl: 'https://x.example/', title: '', limits: LIMITS });
    expect(copy.doc.body.innerHTML).toBe(
      '<div><p>a <b>b</b> <i>c</i></p><p>d</p></div>' +
        '<li> <a href="/x">e</a> </li><pre> <code> f </code>\n</pre>' +
        '<p>&nbsp;</p><div>&nbsp;<p>g</p> <span>h</span> <p>i</p> </div><span>\n<p>j</p> </span>',
    );
  });

  it('keeps form controls (Readability weighs their text)', () => {
    const doc = source('<form><select><option>One</option></select><textarea>t</textarea></form>');
    const copy = makeWorkingCopy(doc, { baseUrl: 'https://x.example/', title: '', limits: LIMITS });
    expect(copy.doc.querySelectorAll('select, option, textarea')).toHaveLength(3);
  });

  it('copies only the root, leaves out skipped blocks and marks marked ones with all their elements', () => {
    const doc = source(
      '<div id="r"><p>keep</p><aside id="s"><p>skip</p></aside><div id="m"><p>mark</p></div></div><p>outside</p>',
    );
    const copy = makeWorkingCopy(doc, {
      baseUrl: 'https://x.example/',
      title: '',
      root: doc.getElementById('r'),
      skip: new Set([doc.getElementById('s')!]),
      mark: new Set([doc.getElementById('m')!]),
      limits: LIMITS,
    });
    expect(copy.doc.body.textContent).toBe('keepmark');
    // The block, its paragraph, and the span that holds its text.
    expect(copy.doc.querySelectorAll(`[${CLUTTER_MARK}]`)).toHaveLength(3);
    expect(copy.doc.querySelector(`span[${CLUTTER_MARK}]`)?.textContent).toBe('mark');
  });

  it('leaves out what is deeper than the cap and stops at the element budget', () => {
    const deep = source(`${'<div>'.repeat(80)}<p>deep</p>${'</div>'.repeat(80)}<p>shallow</p>`);
    const cut = makeWorkingCopy(deep, { baseUrl: 'https://x.example/', title: '', limits: LIMITS });
    expect(cut.depthCut).toBe(true);
    expect(cut.doc.body.textContent).toBe('shallow');
    const wide = source('<p>x</p>'.repeat(50));
    const over = makeWorkingCopy(wide, {
      baseUrl: 'https://x.example/',
      title: '',
      limits: { maxWorkElements: 10, maxDepth: 50 },
    });
    expect(over.overBudget).toBe(true);
    // What was copied before the stop is attached, in order.
    expect(over.doc.body.innerHTML).toBe('<p>x</p>'.repeat(10));
    const nested = source('<div><section><p>a</p><p>b</p><p>c</p></section><p>d</p></div>');
    const stopped = makeWorkingCopy(nested, {
      baseUrl: 'https://x.example/',
      title: '',
      limits: { maxWorkElements: 4, maxDepth: 50 },
    });
    expect(stopped.doc.body.innerHTML).toBe('<div><section><p>a</p><p>b</p></section></div>');
  });

  it('never touches the source document', () => {
    const doc = source('<p style="x" onclick="y">a</p><script>z</script>');
    const before = doc.documentElement.outerHTML;
    makeWorkingCopy(doc, { baseUrl: 'https://x.example/', title: 'T', limits: LIMITS });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('refills a cut-up copy in the same <body> with what it first held', () => {
    const doc = source(
      '<div id="r"><p>one <b>two</b></p>\n  <aside id="s">skip</aside><ul><li>three</li></ul></div><p>out</p>',
    );
    const options = {
      baseUrl: 'https://x.example/',
      title: 'T',
      root: doc.getElementById('r'),
      skip: new Set([doc.getElementById('s')!]),
      limits: LIMITS,
    };
    const copy = makeWorkingCopy(doc, options);
    const body = copy.doc.body;
    const first = body.innerHTML;
    body.querySelector('ul')!.remove();
    body.firstElementChild!.append(copy.doc.createElement('hr'));
    refillWorkingCopy(copy.doc, doc, options);
    expect(copy.doc.body).toBe(body);
    expect(body.innerHTML).toBe(first);
    expect(first).toBe('<div id="r"><p>one <b>two</b></p><ul><li>three</li></ul></div>');
  });
});
