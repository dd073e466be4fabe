import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readStory } from './story';
import { findFocus } from './focus';
import { LIMITS } from './limits';
import { SEED_PARAGRAPHS, SEED_TITLE, SEED_URL, seedPageHtml } from './testing/seed-page';

describe('readStory: the right article where related cards carry more text (seed page)', () => {
  it('reads the story even when nothing was recognised as clutter or related', () => {
    const dom = new JSDOM(seedPageHtml(), { url: SEED_URL });
    const doc = dom.window.document;
    const headline = doc.querySelector('h1');
    const story = readStory(doc, {
      pageUrl: SEED_URL,
      baseUrl: SEED_URL,
      title: SEED_TITLE,
      denseScript: false,
      focus: null,
      skip: new Set(),
      mark: new Set(),
      headline,
      limits: LIMITS,
      parser: new dom.window.DOMParser(),
    });
    const lines = story.text.split('\n');
    for (const paragraph of SEED_PARAGRAPHS) expect(lines).toContain(paragraph);
    expect(story.text).not.toContain('LIMA, Peru (AP)');
    expect(story.text).not.toContain('JOHANNESBURG');
  });
});

describe('findFocus', () => {
  it('is the part of the page holding the prose, widened to the headline', () => {
    const prose =
      '<p>' + 'A sentence of the story, long enough to count as prose. '.repeat(4) + '</p>';
    const doc = new JSDOM(
      `<body><nav><a href="/">Home</a></nav><main><div id="story"><h1>T</h1><div id="text">${prose.repeat(6)}</div></div><aside><p>Short.</p></aside></main><footer>© Site</footer></body>`,
    ).window.document;
    const focus = findFocus(doc.body, new Set(), doc.querySelector('h1'));
    // The prose's own <div>, one level up (a standfirst or byline may sit beside it), which
    // already holds the headline: not <main> with its sidebar.
    expect(focus?.id).toBe('story');
    expect(focus?.contains(doc.querySelector('h1'))).toBe(true);
  });

  it('is the whole body when there is no prose', () => {
    const doc = new JSDOM('<body><a href="/">Home</a></body>').window.document;
    expect(findFocus(doc.body, new Set(), null)).toBeNull();
  });
});
