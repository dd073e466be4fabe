import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { addStandfirst, findStandfirst } from './standfirst';

const DESCRIPTION =
  'Ryan Grim speaks to Stuart Reid about his new book, “The Lumumba Plot: The Secret History of the CIA.”';

function page(body: string): Document {
  return new JSDOM(`<body>${body}</body>`).window.document;
}

describe('findStandfirst', () => {
  it('finds the line under the headline that says what the description says', () => {
    const doc = page(
      '<h1>Fatal Neutrality</h1><p class="k">PODCAST</p><p class="x">Ryan Grim speaks to Stuart Reid about his new book, “The Lumumba Plot.”</p><p>Story…</p>',
    );
    expect(findStandfirst(doc.querySelector('h1')!, DESCRIPTION)).toBe(
      'Ryan Grim speaks to Stuart Reid about his new book, “The Lumumba Plot.”',
    );
  });

  it('takes nothing that disagrees with the description, or without one', () => {
    const doc = page(
      '<h1>T</h1><p>An entirely different sentence about the weather in town today.</p>',
    );
    expect(findStandfirst(doc.querySelector('h1')!, DESCRIPTION)).toBeNull();
    expect(findStandfirst(doc.querySelector('h1')!, null)).toBeNull();
  });

  it('takes no copy of the summary that the page keeps hidden', () => {
    const line = 'Ryan Grim speaks to Stuart Reid about his new book, “The Lumumba Plot.”';
    for (const hidden of ['style="display: none"', 'hidden']) {
      const doc = page(
        `<h1>Fatal Neutrality</h1><div ${hidden}><div class="intro"><p>${line}</p></div></div><p>Story…</p>`,
      );
      expect(findStandfirst(doc.querySelector('h1')!, DESCRIPTION)).toBeNull();
    }
  });
});

describe('addStandfirst', () => {
  it('puts it first unless the article already has it', () => {
    const doc = page('<div><div class="page"><p>Body.</p></div></div>');
    const content = doc.body.firstElementChild!;
    expect(addStandfirst(content, 'A standfirst that is long enough.', 'Body.')).toBe(true);
    expect(content.textContent).toBe('A standfirst that is long enough.Body.');
    expect(addStandfirst(content, 'A standfirst that is long enough.', content.textContent!)).toBe(
      false,
    );
  });

  it('is held by the article when it only adds a label or a dateline before the same words', () => {
    const story =
      'German and British health officials issued conflicting messages on Friday about the risk.';
    for (const copy of [`BERLIN — ${story}`, `摘 要：${story}`]) {
      const doc = page(`<div><div class="page"><p>${story}</p><p>More.</p></div></div>`);
      const content = doc.body.firstElementChild!;
      expect(addStandfirst(content, copy, content.textContent!)).toBe(false);
      expect(content.textContent).toBe(`${story}More.`);
    }
  });

  it('is added when only the end of its sentence comes back in the story', () => {
    const standfirst =
      'The paper championed a new style at a time when silence was more plausible than a world awash in personal truths.';
    const story = 'Then, silence was far more plausible than a world awash in personal truths.';
    const doc = page(`<div><div class="page"><p>${story}</p></div></div>`);
    const content = doc.body.firstElementChild!;
    expect(addStandfirst(content, standfirst, content.textContent!)).toBe(true);
  });
});
