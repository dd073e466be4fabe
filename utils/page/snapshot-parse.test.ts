import { describe, expect, it } from 'vitest';
import { parseSnapshot } from './snapshot';

/** parseSnapshot on hostile pages: the parsed copy must not turn the page's tricks on Lector. */
describe('parseSnapshot on hostile pages', () => {
  it('renames form controls that would shadow their form’s own properties', () => {
    const doc = parseSnapshot(
      {
        html:
          '<form id="f"><input name="parentNode"><input id="nextSibling"><input name="q"></form>' +
          '<select form="f" name="tagName"></select><input name="parentNode">',
        url: 'https://a.test/',
      },
      window,
    );
    const names = Array.from(doc.querySelectorAll('input, select')).map(
      (control) => control.getAttribute('name') ?? control.id,
    );
    // Outside any form a name shadows nothing (document names never override built-ins).
    expect(names).toEqual([
      'lector-parentNode',
      'lector-nextSibling',
      'q',
      'lector-tagName',
      'parentNode',
    ]);
    const form = doc.querySelector('form')!;
    expect(form.parentNode).toBe(doc.body);
  });

  it('ignores a <base> inside <noscript>, which the live page never used', () => {
    const doc = parseSnapshot(
      {
        html: '<head></head><body><noscript><base href="https://evil.test/"></noscript><a href="x">x</a></body>',
        url: 'https://news.test/a/b',
      },
      window,
    );
    expect(doc.baseURI).toBe('https://news.test/a/b');
  });
});
