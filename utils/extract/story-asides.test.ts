import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { keepStoryAsides } from './story-asides';
import { readPage } from './read-page';
import type { DomWindow } from '../sanitize';

const PROSE = [
  'The harbour council voted on Tuesday to close the old fish market for two years while engineers rebuild the sea wall.',
  'Traders who have sold from the market for generations said they were told of the plan only last week.',
  'Engineers told the meeting that the wall had moved by four centimetres since the winter storms began.',
  'Work is due to begin in March, and the council says the market will reopen in the spring of 2028.',
  'The council leader said the town would pay for a temporary market on the car park beside the ferry terminal.',
  'Several traders said they would wait to see the temporary stalls before deciding whether to stay on.',
].map((text) => `<p>${text}</p>`);

const FACTS =
  '<aside class="factbox" role="complementary"><h3>The market in numbers</h3><ul><li>42 stalls</li><li>Opened in 1911</li><li>About 3,000 visitors a week</li></ul></aside>';
const LINKS =
  '<aside><h3>More on the harbour</h3><ul><li><a href="/a">Ferry fares to rise by a fifth</a></li><li><a href="/b">Sea wall survey finds cracks</a></li></ul></aside>';

function body(html: string): HTMLElement {
  return new JSDOM(`<body>${html}</body>`).window.document.body;
}

describe('keepStoryAsides', () => {
  it("holds a box of the story's own words among its paragraphs as a <div>", () => {
    const root = body(`${PROSE[0]}${PROSE[1]}${FACTS}${PROSE[2]}${PROSE[3]}`);
    keepStoryAsides(root);
    const box = root.querySelector('.factbox')!;
    expect(box.localName).toBe('div');
    // Readability drops a "complementary" element wherever it stands.
    expect(box.hasAttribute('role')).toBe(false);
    expect(box.textContent).toContain('Opened in 1911');
  });

  it('leaves alone asides of links, pull quotes, one outside the run of paragraphs, a marked one', () => {
    const html =
      `<aside><p>A box before the story with words of its own in it.</p></aside>${PROSE[0]}` +
      `${LINKS}${PROSE[1]}<aside data-lector-clutter>Sign up for the morning briefing today</aside>` +
      `${PROSE[2]}<aside><h3>The wall</h3><p>“The wall had moved by four centimetres since the winter storms”</p></aside>` +
      `${PROSE[4]}<aside><blockquote>A pull quote that says it in words of its own</blockquote></aside>${PROSE[5]}` +
      `${PROSE[3]}<div><aside><p>A box inside a wrapper of its own, words and all.</p></aside></div>`;
    const root = body(html);
    keepStoryAsides(root);
    expect(root.querySelectorAll('aside')).toHaveLength(6);
  });

  it('keeps a fact box in the article readPage returns, which plain Readability drops', () => {
    const doc = new JSDOM(
      `<html lang="en"><head><title>Market to close | Daily Bay</title></head><body><article><h1>Market to close</h1>${PROSE.slice(0, 2).join('')}${FACTS}${PROSE.slice(2).join('')}</article></body></html>`,
      { url: 'https://dailybay.test/news/2026/03/market-to-close-for-two-years' },
    ).window;
    const result = readPage(doc.document, null, {
      window: doc as unknown as DomWindow,
      force: true,
    });
    expect(result.textContent.split('\n')).toEqual([
      PROSE[0]!.slice(3, -4),
      PROSE[1]!.slice(3, -4),
      'The market in numbers',
      '42 stalls',
      'Opened in 1911',
      'About 3,000 visitors a week',
      ...PROSE.slice(2).map((paragraph) => paragraph.slice(3, -4)),
    ]);
  });
});
