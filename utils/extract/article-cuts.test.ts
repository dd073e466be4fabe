import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { articleCuts } from './article-cuts';
import { finishRemovals, type PendingRemoval } from './removals';
import { sanitizeArticleContainers, type DomWindow } from '../sanitize';

function article(html: string) {
  const { window } = new JSDOM(`<body><div id="c">${html}</div></body>`);
  return { window, content: window.document.getElementById('c')! };
}

describe('articleCuts', () => {
  it('cuts a block with its text, the block before it as anchor, and the block itself as copy', () => {
    const { window, content } = article(
      '<div><p>First paragraph.</p><ul><li><p>An item.</p></li></ul><div id="box"><a href="https://x.example/a">Most read: a story</a></div><p>Last.</p></div>',
    );
    const { cut, cuts } = articleCuts(content);
    cut(content.querySelector('#box')!, 'other', 'a box of links beside the story');
    expect(content.querySelector('#box')).toBeNull();
    expect(cuts).toEqual([
      expect.objectContaining({
        kind: 'other',
        reason: 'a box of links beside the story',
        text: 'Most read: a story',
        anchorText: 'An item.',
      }),
    ]);
    const [html] = sanitizeArticleContainers([cuts[0]!.copy], window as unknown as DomWindow);
    expect(html).toMatch(
      /^<div[^>]*><a href="https:\/\/x.example\/a"[^>]*>Most read: a story<\/a><\/div>$/,
    );
  });

  it('anchors a block inside the first one to nothing, and never to its own ancestors', () => {
    const { content } = article('<blockquote><p id="first">Opening line.</p></blockquote>');
    const { cut, cuts } = articleCuts(content);
    cut(content.querySelector('#first')!, 'other', 'why');
    expect(cuts[0]!.anchorText).toBeNull();
  });

  it('cuts a block with no words without logging it; a kind logged without HTML has no copy', () => {
    const { content } = article(
      '<p>Kept.</p><div id="empty"> <span></span> </div><div id="bars">| 0 |</div><nav id="nav">Menu</nav>',
    );
    const { cut, cuts } = articleCuts(content);
    cut(content.querySelector('#empty')!, 'other', 'a few words beside the story');
    cut(content.querySelector('#bars')!, 'other', 'a few words beside the story');
    cut(content.querySelector('#nav')!, 'navigation', 'a menu');
    expect(content.innerHTML).toBe('<p>Kept.</p>');
    expect(cuts).toHaveLength(1);
    expect(cuts[0]).toMatchObject({ text: 'Menu', copy: null, anchorText: 'Kept.' });
  });
});

describe('finishRemovals with article cuts', () => {
  it('numbers page blocks and article cuts together, in reading order', () => {
    const { content } = article('<p>One.</p><p>Two.</p><p id="x">Cut after two.</p><p>Three.</p>');
    const { cut, cuts } = articleCuts(content);
    cut(content.querySelector('#x')!, 'other', 'repeat');
    const page = new JSDOM(
      '<body><p>One.</p><aside>Ad after one</aside><p>Two.</p><p>Three.</p><aside>Ad after three</aside></body>',
    ).window.document;
    const pending = [...page.querySelectorAll('aside')].map((element): PendingRemoval => ({
      element,
      kind: 'advert',
      reason: 'ad',
      text: element.textContent!,
      copy: null,
    }));
    const removed = finishRemovals(pending, 'One.\nTwo.\nThree.', ['', ''], cuts, [
      '<p>Cut after two.</p>',
    ]);
    expect(removed.map((r) => [r.id, r.text, r.anchorText, r.html])).toEqual([
      ['r0', 'Ad after one', 'One.', ''],
      ['r1', 'Cut after two.', 'Two.', '<p>Cut after two.</p>'],
      ['r2', 'Ad after three', 'Three.', ''],
    ]);
  });
});
