import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readDateline } from './visible-date';

function dateline(body: string, urlDate: string | null = null) {
  const doc = new JSDOM(`<body>${body}</body>`).window.document;
  const headline = doc.querySelector('.headline');
  const elements = {
    h1s: [...doc.querySelectorAll('h1')],
    times: [...doc.querySelectorAll('time')],
  };
  return readDateline(doc, elements, { urlDate }, headline);
}

describe('readDateline', () => {
  it('takes the date nearest the headline, above it rather than in the list under the story', () => {
    expect(
      dateline(
        '<div><a href="/health">Health</a></div><div>27.11.2011 23:17</div><p>Photo caption</p>' +
          '<h1 class="headline">Juice colours tell what they are good for</h1>' +
          '<div>' +
          '<p>A sentence of the story.</p>'.repeat(5) +
          '</div>' +
          '<h3>See also</h3><p>03.11.2011 17:40 <a href="/x">Older story</a></p>',
      ).date,
    ).toBe('2011-11-27');
  });

  it('reads the publication date from a line that gives the update first', () => {
    const body = (line: string) =>
      `<h1 class="headline">Harbour market to close</h1><p>${line}</p>` +
      '<p>A sentence of the story.</p>'.repeat(5);
    expect(dateline(body('Updated 6 March 2026 · Published 5 March 2026')).date).toBe('2026-03-05');
    expect(dateline(body('Aktualisiert 06.03.2026 | Veröffentlicht 05.03.2026')).date).toBe(
      '2026-03-05',
    );
    expect(dateline(body('Published 5 March 2026 · Updated 6 March 2026')).date).toBe('2026-03-05');
  });

  it('passes over scripts and lone separators when measuring which date is nearer', () => {
    expect(
      dateline(
        '<div>Saturday, 14/01/2012</div><div><a href="/rss">RSS</a></div><div>Column</div>' +
          '<h1 class="headline">A mission from Sweden</h1>' +
          '<h4><script>share.add({title: "x"})</script> | <a href="#">Print</a> | 29/12/2011 | By Anna</h4>',
      ).date,
    ).toBe('2011-12-29');
  });

  it('reads the source before the date as a part of its own, not with what follows the date', () => {
    expect(
      dateline(
        '<h1 class="headline">Fears over staff</h1><div>By <a href="/people/1">Eileen Goodwin</a> on Tue, 17 Jan 2012<span> <a href="/news/dunedin">News: Dunedin</a></span></div>',
      ),
    ).toEqual({ date: '2012-01-17', source: 'Eileen Goodwin' });
  });

  it('does not give the headline as the source when it shares the date line', () => {
    expect(
      dateline(
        '<div><h1 class="headline">Panther leaves hospital</h1><span>26/12/2011</span></div>',
      ),
    ).toEqual({ date: '2011-12-26', source: null });
  });

  it("does not take the date of the site's notice that a short story's scan reaches", () => {
    const notice =
      '<td>© Region Centre 2004-2011<br>Registered as a news agency on 04 March 2009<br><a href="/about">About</a></td>';
    expect(
      dateline(`<h1 class="headline">A month against AIDS</h1><p>The month began.</p>${notice}`)
        .date,
    ).toBeNull();
  });

  it("falls back to the address's date before a <time> elsewhere, and never to the footer", () => {
    const sidebar = '<aside><time datetime="2013-04-10T09:30:00">09:30</time></aside>';
    const story = '<p>A line of the story.</p>'.repeat(45);
    expect(
      dateline(`<h1 class="headline">Warm air</h1>${story}${sidebar}`, '2012-01-06').date,
    ).toBe('2012-01-06');
    expect(dateline(`<h1 class="headline">Warm air</h1>${story}${sidebar}`).date).toBe(
      '2013-04-10',
    );
    expect(
      dateline(
        `<h2 class="headline">A month against AIDS</h2>${story}<h1>Contacts</h1><p>Registered 04 March 2009</p>`,
      ).date,
    ).toBeNull();
  });
});
