import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { pruneAroundStory } from './prune';

const sentence = (n: number): string =>
  `This is sentence number ${n} of the story, long enough to count as a sentence of running text.`;

function content(html: string): Element {
  return new JSDOM(`<body><div id="c">${html}</div></body>`).window.document.getElementById('c')!;
}

describe('pruneAroundStory', () => {
  it('cuts link boxes and sentence-less blocks beside the story, keeps the story whole', () => {
    const root = content(
      `<div><div id="story"><h2>Sub</h2><p>${sentence(1)}</p><p>Short line.</p><ul><li>Item</li></ul><p>${sentence(2)}</p></div>` +
        `<div id="box"><h3>Most read</h3><a href="/a">A headline that is a link to another story elsewhere on the site</a><a href="/b">Another one</a></div>` +
        `<div id="jobs">Jobs Search Keywords</div><figure><img src="x.jpg"><figcaption>Caption</figcaption></figure></div>`,
    );
    pruneAroundStory(root);
    expect(root.querySelector('#box')).toBeNull();
    expect(root.querySelector('#jobs')).toBeNull();
    expect(root.querySelector('figure')).not.toBeNull();
    expect(root.querySelector('#story')!.children).toHaveLength(5);
  });

  it('keeps a second part of the story in a sibling block', () => {
    const root = content(
      `<div><div id="one">${[1, 2, 3, 4, 5, 6].map((n) => `<p>${sentence(n)}</p>`).join('')}</div><div id="two"><p>${sentence(7)}</p></div></div>`,
    );
    pruneAroundStory(root);
    expect(root.querySelector('#two')).not.toBeNull();
  });
});
