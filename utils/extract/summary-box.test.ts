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

  it('is not a list of links', () => {
    const doc = new JSDOM(PAGE.replace(/<li>([^<]*)<\/li>/g, '<li><a href="/x">$1</a></li>')).window
      .document;
    expect(
      findSummaryBox(doc.querySelector('h1')!, doc.getElementById('first')!, new Set()),
    ).toBeNull();
  });
});
