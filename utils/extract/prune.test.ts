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

  it('keeps a block that holds a post or video the story embeds (Readability kept only those)', () => {
    const root = content(
      `<div><div id="story">${[1, 2, 3, 4].map((n) => `<p>${sentence(n)}</p>`).join('')}</div>` +
        `<div id="post"><h3>Polling claim</h3><iframe src="https://twitter.com/i/web/status/1"></iframe></div></div>`,
    );
    pruneAroundStory(root);
    expect(root.querySelector('#post')).not.toBeNull();
  });

  it('keeps a short post read from its chunk under its own heading, cuts the same words alone', () => {
    const story = [1, 2, 3, 4, 5, 6].map((n) => `<p>${sentence(n)}</p>`).join('');
    const headed = content(
      `<div><div id="one">${story}</div><div id="kick-off"><h3 data-lector-lead="">KICK OFF!</h3><p>Under way</p></div></div>`,
    );
    pruneAroundStory(headed);
    expect(headed.querySelector('#kick-off')).not.toBeNull();
    const bare = content(
      `<div><div id="one">${story}</div><div id="kick-off"><h3>KICK OFF!</h3><p>Under way</p></div></div>`,
    );
    pruneAroundStory(bare);
    expect(bare.querySelector('#kick-off')).toBeNull();
  });

  it('keeps a second part of the story in a sibling block', () => {
    const root = content(
      `<div><div id="one">${[1, 2, 3, 4, 5, 6].map((n) => `<p>${sentence(n)}</p>`).join('')}</div><div id="two"><p>${sentence(7)}</p></div></div>`,
    );
    pruneAroundStory(root);
    expect(root.querySelector('#two')).not.toBeNull();
  });

  it('keeps a paragraph of the story the page wrapped in a box, links and all', () => {
    const root = content(
      `<div>${[1, 2, 3, 4, 5].map((n) => `<p>${sentence(n)}</p>`).join('')}` +
        `<div id="wrapped"><p>Shares of <a href="/q/SMCI.O">Super Micro Computer (SMCI.O)</a> will join the index with <a href="/q/DECK.N">Deckers (DECK.N)</a> on Monday 18 March.</p></div>` +
        `<div id="pointer"><p><a href="/other-story">A headline that is a link to another story on the site</a></p></div>` +
        `<p>${sentence(6)}</p></div>`,
    );
    pruneAroundStory(root);
    expect(root.querySelector('#wrapped')).not.toBeNull();
    // A wrapped line that is a link, and nothing else, is a pointer to another story.
    expect(root.querySelector('#pointer')).toBeNull();
  });

  it('counts an <a> without href (a place mark, not a link) as text', () => {
    const post = (id: string, text: string) =>
      `<div id="${id}"><p><a id="t-${id}">9:09PM Saturday 2 March 2024, live from the O2 Arena</a></p><h3>Track all the winners</h3><p>${text}</p></div>`;
    const story = `<div id="story">${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<p>${sentence(n)}</p>`).join('')}</div>`;
    const marked = content(
      `<div>${story}${post('marked', 'We have a list of the winners here, with every category and every nominee of the night.')}</div>`,
    );
    pruneAroundStory(marked);
    expect(marked.querySelector('#marked')).not.toBeNull();
    const linked = content(
      `<div>${story}${post('linked', 'We have a list of the winners <a href="/list">here, with every category and every nominee of the night</a>.')}</div>`,
    );
    pruneAroundStory(linked);
    expect(linked.querySelector('#linked')).toBeNull();
  });

  it("keeps a live blog's short post whose one sentence is a link, among posts of its shape", () => {
    const post = (id: string, heading: string, text: string) =>
      `<div id="${id}"><p><a href="#${id}">9:0${id.length}PM</a></p><h3>${heading}</h3><p>${text}</p></div>`;
    const root = content(
      `<div>${post('one', 'Raye wins again', `${sentence(1)} ${sentence(2)} ${sentence(3)}`)}` +
        `${post('two', 'The night opens', `${sentence(4)} ${sentence(5)} ${sentence(6)}`)}` +
        `${post('three', 'Track all the winners', 'We have a <a href="/list">list of all the nominees and winners here</a>.')}` +
        `${post('four', 'Backstage', `${sentence(7)} ${sentence(8)} ${sentence(9)}`)}` +
        `<div id="box"><h3>Most read</h3><a href="/a">A headline that is a link to another story elsewhere on the site</a><a href="/b">Another one</a></div></div>`,
    );
    pruneAroundStory(root);
    expect(root.querySelector('#three')).not.toBeNull();
    expect(root.querySelector('#box')).toBeNull();
  });

  it('hands every cut to the given cut function, with why', () => {
    const root = content(
      `<div><div id="story">${[1, 2, 3].map((n) => `<p>${sentence(n)}</p>`).join('')}</div>` +
        `<div id="box"><a href="/a">A headline that is a link to another story elsewhere</a></div><div id="few">Tags</div></div>`,
    );
    const cuts: string[] = [];
    pruneAroundStory(root, (element, kind, reason) => {
      cuts.push(`${element.id} ${kind} ${reason}`);
      element.remove();
    });
    expect(cuts).toEqual([
      'box other a box of links beside the story',
      'few other a few words beside the story',
    ]);
  });
});
