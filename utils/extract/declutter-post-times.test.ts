import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { clue, type Clue } from './declutter-clue';
import { DATE_LINE_REASON, withoutPostTimes } from './declutter-post-times';

/** A date-line clue on each `.d` of `html`, and one naming something else on each `.x`. */
function cluesOf(html: string): Clue[] {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  return [...doc.querySelectorAll('.d, .x')].map((element) =>
    element.classList.contains('d')
      ? { ...clue(element, 'other', DATE_LINE_REASON), maxText: 0 }
      : clue(element, 'share-bar', 'buttons to share the page'),
  );
}

const texts = (clues: readonly Clue[]) => clues.map((found) => found.element.textContent);

describe('withoutPostTimes', () => {
  it("keeps a live blog's post times: three or more date lines of one shape, each its own time", () => {
    const clues = cluesOf(
      '<div class="head"><span class="d">2 March 2024 19:02</span></div>' +
        ['22:17', '21:40', '21:05']
          .map((time) => `<div class="meta"><span class="d">2 March 2024 ${time}</span></div>`)
          .join('') +
        '<div class="x">Share</div>',
    );
    expect(texts(withoutPostTimes(clues))).toEqual(['2 March 2024 19:02', 'Share']);
  });

  it('still takes out two date lines, dates without a time, and one line repeated by a template', () => {
    const two = cluesOf(
      '<p><span class="d">Published 2 March 2024 19:02</span></p><p><span class="d">Updated 2 March 2024 21:40</span></p>',
    );
    expect(withoutPostTimes(two)).toEqual(two);
    const dates = cluesOf(
      ['1 March 2024', '2 March 2024', '3 March 2024']
        .map((date) => `<div class="card"><span class="d">${date}</span></div>`)
        .join(''),
    );
    expect(withoutPostTimes(dates)).toEqual(dates);
    const same = cluesOf(
      '<div class="card"><span class="d">2 March 2024 19:02</span></div>'.repeat(3),
    );
    expect(withoutPostTimes(same)).toEqual(same);
  });

  it('reads times of day as sites write them, and not a dotted date', () => {
    for (const time of ['22:17', '9.05am', '10.30 p.m.', '22h17']) {
      const clues = cluesOf(
        [1, 2, 3].map((day) => `<div><span class="d">${day} May ${time}</span></div>`).join(''),
      );
      expect(withoutPostTimes(clues), time).toEqual([]);
    }
    const dotted = cluesOf(
      ['22.05.2025', '23.05.2025', '24.05.2025']
        .map((date) => `<div><span class="d">${date}</span></div>`)
        .join(''),
    );
    expect(withoutPostTimes(dotted)).toEqual(dotted);
  });
});
