import { afterEach, describe, expect, it } from 'vitest';
import { findArticleRoot } from '../extract/large-page';
import { LIMITS } from '../extract/limits';
import { flattenShadowTemplates } from './flatten-shadow';
import { walkPageNow } from './page-walk';
import { captureSnapshot, captureSnapshotInSlices, parseSnapshot } from './snapshot';
import { articleRootOf } from './snapshot-html';

/**
 * The snapshot's handling of shadow roots, same-origin frames and huge pages. jsdom has no
 * Element.getHTML, so the page side of shadow roots is proved in Chromium
 * (tests/e2e/bounds.e2e.ts); here, the reader side (flattening) and everything else.
 */
afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

const flat = (html: string) => {
  const doc = new DOMParser().parseFromString(`<body>${html}`, 'text/html');
  flattenShadowTemplates(doc);
  return doc.body.innerHTML;
};

describe('flattenShadowTemplates', () => {
  it('puts the shadow tree in its host, the host’s children in their slots', () => {
    expect(
      flat(
        '<x-story><template shadowrootmode="open"><h1><slot name="title">Untitled</slot></h1>' +
          '<div class="body"><slot></slot></div><footer><slot name="none">no footer</slot></footer>' +
          '</template><span slot="title">The harbour</span><p>One.</p><p>Two.</p></x-story>',
      ),
    ).toBe(
      '<x-story><h1><span slot="title">The harbour</span></h1><div class="body"><p>One.</p><p>Two.</p></div>' +
        '<footer>no footer</footer></x-story>',
    );
  });

  it('handles shadow trees inside shadow trees, and leaves plain templates alone', () => {
    expect(
      flat(
        '<x-page><template shadowrootmode="open"><main><x-card><template shadowrootmode="open">' +
          '<article><slot></slot></article></template><p>Inner text.</p></x-card></main></template></x-page>' +
          '<template><p>not shown</p></template>',
      ),
    ).toBe(
      '<x-page><main><x-card><article><p>Inner text.</p></article></x-card></main></x-page>' +
        '<template><p>not shown</p></template>',
    );
  });

  it('is what parseSnapshot does: the core reads shadow content as the page showed it', () => {
    const doc = parseSnapshot(
      {
        html: '<body><x-app><template shadowrootmode="open"><article><p>Shadow story.</p></article></template></x-app></body>',
        url: 'https://a.test/',
      },
      window,
    );
    expect(doc.querySelector('x-app > article > p')?.textContent).toBe('Shadow story.');
    expect(doc.querySelector('template')).toBeNull();
  });
});

describe('captureSnapshot', () => {
  const story =
    '<article><h1>Framed</h1>' +
    '<p>A long paragraph of the framed story.</p>'.repeat(20) +
    '</article>';

  function shellWithFrame(): HTMLIFrameElement {
    document.body.innerHTML = '<header>Shell</header><iframe id="f"></iframe><footer>f</footer>';
    const frame = document.getElementById('f') as HTMLIFrameElement;
    frame.contentDocument!.body.innerHTML = story;
    return frame;
  }

  it('puts a same-origin frame’s body in place of its <iframe> when the page is a thin shell', () => {
    shellWithFrame();
    const { html } = captureSnapshot(document);
    expect(html).toContain(
      `<header>Shell</header><div class="lector-frame">${story}</div><footer>f</footer>`,
    );
    expect(html).not.toContain('<iframe');
  });

  it('leaves a frame alone when the page around it holds more text', () => {
    shellWithFrame();
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: 'x'.repeat(5_000) }),
    );
    expect(captureSnapshot(document).html).toContain('<iframe id="f"></iframe>');
  });

  it('finds open shadow roots, nested ones too, and counts elements (the page walk)', () => {
    document.body.innerHTML = '<div id="a"></div><p>p</p>';
    const outer = document.getElementById('a')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<section><span id="b"></span></section>';
    const inner = outer.getElementById('b')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<em>deep</em>';
    document.body.append(document.createElement('div'));
    document.body.lastElementChild!.attachShadow({ mode: 'closed' }).innerHTML = '<b>closed</b>';
    const parts = walkPageNow(document);
    expect(parts.shadowRoots).toEqual([outer, inner]);
    // html, head, body, div, p, div + section, span + em
    expect(parts.elements).toBe(9);
  });

  it('changes nothing in the page', () => {
    shellWithFrame();
    const before = document.documentElement.outerHTML;
    const frameBefore = (document.getElementById('f') as HTMLIFrameElement).contentDocument!
      .documentElement.outerHTML;
    captureSnapshot(document);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(
      (document.getElementById('f') as HTMLIFrameElement).contentDocument!.documentElement
        .outerHTML,
    ).toBe(frameBefore);
  });
});

describe('captureSnapshotInSlices', () => {
  it('gives the same snapshot as captureSnapshot', async () => {
    document.body.innerHTML = '<p>story</p>'.repeat(50);
    const sliced = await captureSnapshotInSlices(document);
    expect('html' in sliced && sliced.html).toBe(captureSnapshot(document).html);
  });

  const filler = '<div><span>x</span></div>'.repeat(8_000);

  it('sends a page over the core’s element cap as the core reads it: head facts and article', async () => {
    document.head.innerHTML =
      '<title>Big</title><meta name="author" content="A. Writer"><style>p{}</style><script>var x</script>' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script><link rel="canonical" href="https://a.test/big">';
    document.body.innerHTML = `<nav>${filler}</nav><article><h1>Big</h1><p>The story.</p></article>`;
    const snapshot = await captureSnapshotInSlices(document);
    expect('html' in snapshot && snapshot.html).toBe(
      '<!DOCTYPE html><html><head><title>Big</title><meta name="author" content="A. Writer">' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
        '<link rel="canonical" href="https://a.test/big"></head>' +
        '<body><article><h1>Big</h1><p>The story.</p></article></body></html>',
    );
  });

  it('refuses a page over the cap with no article element small enough, with the core’s message', async () => {
    document.body.innerHTML = `<main>${filler}<p>text</p></main>`;
    const refused = await captureSnapshotInSlices(document);
    expect(refused).toEqual({
      tooLarge: true,
      elements: 16_005,
      message: expect.stringMatching(
        /^This page is too large to read safely: it has 16,005 elements/,
      ),
    });
    // captureSnapshot sends it whole: the core then says the same.
    expect(captureSnapshot(document).html).toContain('<p>text</p>');
  });
});

describe('articleRootOf (the page-side choice) stays in step with the core’s findArticleRoot', () => {
  it.each([
    ['one article', '<article><h1>T</h1><p>a</p><p>b</p></article>'],
    [
      'teasers around the story',
      '<article><p>teaser</p></article><main><article><h1>T</h1><p>a</p><p>b</p></article></main><article><p>x</p><p>y</p><p>z</p></article>',
    ],
    [
      'role and itemprop',
      '<div role="main"><p>a</p></div><div itemprop="articleBody"><p>a</p><p>b</p></div>',
    ],
    [
      'a candidate too large',
      `<main><p>a</p>${'<i></i>'.repeat(8_100)}</main><article><p>b</p></article>`,
    ],
    ['none with paragraphs', '<article><div>no paragraph</div></article>'],
  ])('%s', (_label, body) => {
    document.body.innerHTML = body;
    const pageChoice = articleRootOf(document, walkPageNow(document).articleCandidates);
    expect(pageChoice).toBe(findArticleRoot(document, LIMITS));
  });
});
