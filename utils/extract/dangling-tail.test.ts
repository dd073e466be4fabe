import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { articleCuts } from './article-cuts';
import { dropDanglingTail } from './dangling-tail';

const STORY = '<p>The ferry will run twice a day from June, the harbour board said on Tuesday.</p>';

function tail(html: string): { html: string; logged: string[] } {
  const content = new JSDOM(
    `<body><div id="c">${html}</div></body>`,
  ).window.document.getElementById('c')!;
  const { cut, cuts } = articleCuts(content);
  dropDanglingTail(content, cut);
  return { html: content.innerHTML, logged: cuts.map((one) => one.text) };
}

describe('dropDanglingTail', () => {
  it('takes labels with nothing after them, stray punctuation and a last rule off the end', () => {
    expect(
      tail(`${STORY}<hr><p>Online:</p><p>.</p><div><p><b>Also on the Courier:</b></p> <br></div>`),
    ).toEqual({ html: `${STORY}<div> <br></div>`, logged: ['Online:', 'Also on the Courier:'] });
    expect(tail(`${STORY}<h3>Читайте также：</h3>`).html).toBe(STORY);
  });

  it('leaves an article that ends in its text, a list, a quote or an image', () => {
    for (const html of [
      `${STORY}<p>He said: the ferry will run twice a day from June, and more often in August.</p>`,
      `${STORY}<p>Read more:</p><ul><li><a href="/a">Timetable</a></li></ul>`,
      `${STORY}<p>She added:</p><blockquote>We have waited years for this.</blockquote>`,
      `${STORY}<p>Gallery:</p><figure><img src="/f.jpg" alt="The ferry"></figure>`,
    ]) {
      expect(tail(html).html, html).toBe(html);
    }
  });

  it('only reads the end: a label inside the story stays', () => {
    const html = `<p>Key figures:</p>${STORY}`;
    expect(tail(html).html).toBe(html);
  });
});
