import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { prose } from './testing/prose';
import { findFocus } from './focus';

function focusOf(body: string): Element | null {
  const doc = new JSDOM(`<body>${body}</body>`).window.document;
  return findFocus(doc.body, new Set(), doc.querySelector('h1'));
}

describe('the focus', () => {
  it('is the story with the headline when the next story is stacked under it', () => {
    const focus = focusOf(
      `<main><article id="one"><h1>Cooling centres open</h1>${prose('heat', 5)}</article>` +
        `<article id="two"><h2>Bakery wins prize</h2>${prose('bread', 5)}</article></main>`,
    );
    expect(focus?.id).toBe('one');
  });

  it('is not cut to one <article> of a live page whose updates are articles', () => {
    const focus = focusOf(
      `<main id="live"><header><h1>Storm live</h1></header>` +
        `<article><h2>09:00</h2>${prose('wind', 3)}</article><article><h2>09:30</h2>${prose('rain', 3)}</article></main>`,
    );
    // The whole page (null) or the feed: never one update.
    expect(focus?.localName).not.toBe('article');
  });

  it('is not cut by boxes headed with <h1>s beside the story on old templates', () => {
    const focus = focusOf(
      `<div id="page"><div id="story"><h1>Rail money secured</h1>${prose('rail', 5)}</div>` +
        `<div><h1>Weather</h1>${prose('sun', 4)}</div></div>`,
    );
    expect(focus?.id).not.toBe('story');
  });
});
