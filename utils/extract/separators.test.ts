import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { drawBreaks, isBreakText } from './separators';

const ONE =
  'The council voted on Tuesday to close the old fish market while the sea wall is rebuilt.';
const TWO = 'This story was produced with support from a regional reporting fund.';

function drawn(html: string): string {
  const root = new JSDOM(`<body><div id="c">${html}</div></body>`).window.document.getElementById(
    'c',
  )!;
  drawBreaks(root);
  return root.innerHTML;
}

describe('isBreakText', () => {
  it('takes three or more break marks, spaced or not, and nothing else', () => {
    for (const text of [
      '___',
      '* * *',
      '*****',
      '———',
      '###',
      '- - - - -',
      ' ~~~ ',
      '•••',
      '===',
    ]) {
      expect(isBreakText(text), text).toBe(true);
    }
    for (const text of ['__', '—', '...', '…', '* * * Update', '1-2-3', '', '   ']) {
      expect(isBreakText(text), text).toBe(false);
    }
  });
});

describe('drawBreaks', () => {
  it('draws a paragraph or heading that is only a break as a rule', () => {
    expect(drawn(`<p>${ONE}</p><h2>___</h2><p>${TWO}</p>`)).toBe(`<p>${ONE}</p><hr><p>${TWO}</p>`);
    expect(drawn(`<p>${ONE}</p><p class="c"><strong>*****</strong></p><p>${TWO}</p>`)).toBe(
      `<p>${ONE}</p><hr><p>${TWO}</p>`,
    );
    expect(drawn(`<p>${ONE}</p><div><p>###</p></div>`)).toBe(`<p>${ONE}</p><div><hr></div>`);
  });

  it('splits a paragraph at a break line between <br>s, with the rule between its halves', () => {
    expect(drawn(`<p>${ONE}<br>___<br>${TWO}</p>`)).toBe(`<p>${ONE}</p><hr><p>${TWO}</p>`);
    expect(drawn(`<p class="x" id="a">${ONE}<br> <b>* * *</b> <br>${TWO}<br>${ONE}</p>`)).toBe(
      `<p class="x" id="a">${ONE}</p><hr><p class="x">${TWO}<br>${ONE}</p>`,
    );
    expect(drawn(`<p>${ONE}<br>___</p>`)).toBe(`<p>${ONE}</p><hr>`);
    // Two breaks in one paragraph: three paragraphs.
    expect(drawn(`<p>${ONE}<br>___<br>${TWO}<br>___<br>${ONE}</p>`)).toBe(
      `<p>${ONE}</p><hr><p>${TWO}</p><hr><p>${ONE}</p>`,
    );
  });

  it('leaves dashes that are part of a line, a table, a list, code or a quote', () => {
    const kept = [
      `<p>${ONE} --- ${TWO}</p>`,
      `<p>${ONE}<br>--- ${TWO}</p>`,
      `<p>${ONE} <b>***</b> ${TWO}</p>`,
      `<table><tbody><tr><td>---</td><td>4</td></tr></tbody></table>`,
      `<ul><li>***</li></ul>`,
      `<pre>-----\nfn main()\n-----</pre>`,
      `<blockquote><p>***</p></blockquote>`,
      `<p>...</p>`,
      `<p><img src="a.png" alt="">***</p>`,
    ];
    for (const html of kept) expect(drawn(html), html).toBe(html);
  });
});
