import { describe, expect, it } from 'vitest';
import { inArticleTarget } from './in-article-link';

const PAGE = 'https://harbournotes.test/2025/06/12/tide-tables/';

function article(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML =
    '<p>Text.<sup id="user-content-fnref1"><a href="#">1</a></sup></p>' +
    '<h2 id="user-content-the%20fix">The fix</h2><a name="user-content-old">old</a>' +
    '<ol><li id="user-content-fn1">A note.</li><li id="user-content-ü">Umlaut.</li></ol>';
  return root;
}

describe('links within the article', () => {
  it('point at the element of the reader’s copy that the fragment names', () => {
    const root = article();
    expect(inArticleTarget(`${PAGE}#fn1`, [PAGE], root)?.textContent).toBe('A note.');
    expect(inArticleTarget(`${PAGE}#fnref1`, [PAGE], root)?.localName).toBe('sup');
    expect(inArticleTarget(`${PAGE}#old`, [PAGE], root)?.localName).toBe('a');
    expect(inArticleTarget(`${PAGE}#%C3%BC`, [PAGE], root)?.textContent).toBe('Umlaut.');
  });

  it('count the page’s canonical address too, and nothing else', () => {
    const root = article();
    const canonical = 'https://www.harbournotes.test/tide-tables';
    expect(inArticleTarget(`${canonical}#fn1`, [PAGE, canonical], root)).not.toBeNull();
    expect(inArticleTarget(`${canonical}#fn1`, [PAGE, null], root)).toBeNull();
    expect(inArticleTarget('https://other.test/page#fn1', [PAGE], root)).toBeNull();
    expect(inArticleTarget(`${PAGE}?page=2#fn1`, [PAGE], root)).toBeNull();
  });

  it('is null for no fragment, a fragment naming nothing here, and bad addresses', () => {
    const root = article();
    expect(inArticleTarget(PAGE, [PAGE], root)).toBeNull();
    expect(inArticleTarget(`${PAGE}#`, [PAGE], root)).toBeNull();
    expect(inArticleTarget(`${PAGE}#missing`, [PAGE], root)).toBeNull();
    expect(inArticleTarget(`${PAGE}#%E0%A4%A`, [PAGE], root)).toBeNull();
    expect(inArticleTarget('not a url', [PAGE], root)).toBeNull();
    // The page's own ids (without the sanitizer's prefix) are not the article's.
    root.insertAdjacentHTML('beforeend', '<p id="fn9">raw</p>');
    expect(inArticleTarget(`${PAGE}#fn9`, [PAGE], root)).toBeNull();
  });
});
