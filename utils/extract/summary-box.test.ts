import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { addSummaryBox, findSummaryBox } from './summary-box';

const PAGE = `<body><h1>Storm live</h1><div><h2>Key points</h2><ul>
<li>Winds of up to 90mph recorded overnight on the coast</li><li>Rail lines closed until at least midday</li></ul></div>
<div id="feed"><p id="first">The first update of the day says what happened and where, at some length.</p></div></body>`;

describe('summary box', () => {
  it('is found between the headline and the story, with its heading, and added once', () => {
    const doc = new JSDOM(PAGE).window.document;
    const box = findSummaryBox(doc.querySelector('h1')!, doc.getElementById('first')!, new Set());
    expect(box?.map((element) => element.localName)).toEqual(['h2', 'ul']);
    const content = new JSDOM('<div><div><p>Story.</p></div></div>').window.document.body
      .firstElementChild!;
    expect(addSummaryBox(content, box!, 'https://x.example/')).toBe(true);
    expect(content.textContent).toMatch(/^Key points/);
    expect(addSummaryBox(content, box!, 'https://x.example/')).toBe(false);
  });

  it('is found beside the story in one container, and added when the story quotes its points', () => {
    const doc = new JSDOM(`<body><h1>Rates hit demand</h1><div class="row"><div class="points">
      <ul><li>Rates rose to 7.04% from 6.98% last week</li><li>Refinancing fell 7% in the week</li></ul></div>
      <p id="first">Higher rates continue to weigh on demand from buyers and owners alike, lenders say.</p>
      <p>Rates rose to 7.04% from 6.98% last week, the highest level since the start of the year.</p></div></body>`)
      .window.document;
    const box = findSummaryBox(doc.querySelector('h1')!, doc.getElementById('first')!, new Set());
    expect(box?.map((element) => element.localName)).toEqual(['ul']);
    const story = doc.querySelector('.row')!.cloneNode(true) as Element;
    story.querySelector('.points')!.remove();
    const content = doc.createElement('div');
    content.append(story);
    expect(addSummaryBox(content, box!, 'https://x.example/')).toBe(true);
    expect(content.querySelectorAll('li')).toHaveLength(2);
  });

  it("is not a list holding the page's tools, however long a script in it makes its text", () => {
    const doc = new JSDOM(`<body><h1>State of emergency extended</h1><ul id="options">
      <li><a id="comment" href="/comments.php?id=1">Leave a comment on this story (4)</a></li>
      <li><script>function share() { var u = location.href, t = document.title; window.open('https://facebook.example/sharer.php?u=' + encodeURIComponent(u) + '&t=' + encodeURIComponent(t), 'sharer', 'toolbar=0,status=0,width=626,height=436'); return false; }</script>
      <a id="share" href="https://facebook.example/share.php">Share this story on Facebook</a></li></ul>
      <p id="first">The president extended the state of emergency in the city until the end of January.</p></body>`)
      .window.document;
    const headline = doc.querySelector('h1')!;
    const first = doc.getElementById('first')!;
    const clutter = new Set([doc.getElementById('comment')!, doc.getElementById('share')!]);
    expect(findSummaryBox(headline, first, clutter)).toBeNull();
  });

  it('is not a list of links', () => {
    const doc = new JSDOM(PAGE.replace(/<li>([^<]*)<\/li>/g, '<li><a href="/x">$1</a></li>')).window
      .document;
    expect(
      findSummaryBox(doc.querySelector('h1')!, doc.getElementById('first')!, new Set()),
    ).toBeNull();
  });
});
