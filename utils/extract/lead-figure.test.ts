import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { addLeadFigure, findLeadFigure } from './lead-figure';

const PAGE = 'https://news.example/2025/06/12/harbour/';

function page() {
  const win = new JSDOM(
    `<body><article><header>` +
      `<figure><img src="/img/harbour.jpg" alt="The harbour"><figcaption>Boats at dawn. ` +
      `<a class="promo" href="https://agency.example/license">Purchase Licensing Rights</a></figcaption></figure>` +
      `<h1>The harbour reopens</h1></header><p id="start">The harbour reopened on Friday after a month of repairs to the sea wall.</p></article></body>`,
    { url: PAGE },
  ).window;
  const doc = win.document;
  const content = doc.implementation.createHTMLDocument('').createElement('div');
  content.innerHTML = '<div><p>The harbour reopened on Friday after a month of repairs.</p></div>';
  return { win, doc, content };
}

describe('the lead figure', () => {
  it('is put back at the top of the article without what declutter removed inside it', () => {
    const { win, doc, content } = page();
    const figure = findLeadFigure(doc.querySelector('h1')!, doc.querySelector('#start'), new Set());
    expect(figure?.localName).toBe('figure');
    const clutter = new Set([doc.querySelector('.promo')!]);
    const added = addLeadFigure(content, figure!, {
      baseUrl: PAGE,
      parser: new win.DOMParser(),
      clutter,
    });
    expect(added).toBe(true);
    const copy = content.querySelector('figure')!;
    expect(copy.querySelector('img')?.getAttribute('src')).toBe(
      'https://news.example/img/harbour.jpg',
    );
    expect(copy.textContent).toContain('Boats at dawn.');
    expect(copy.textContent).not.toContain('Purchase Licensing Rights');
    // The page itself is unchanged.
    expect(doc.querySelector('.promo')).not.toBeNull();
  });

  it('is not added twice when the article shows its image already', () => {
    const { win, doc, content } = page();
    content.innerHTML = '<div><img src="https://news.example/img/harbour.jpg"><p>Text.</p></div>';
    const figure = findLeadFigure(doc.querySelector('h1')!, doc.querySelector('#start'), new Set());
    expect(addLeadFigure(content, figure!, { baseUrl: PAGE, parser: new win.DOMParser() })).toBe(
      false,
    );
  });
});
