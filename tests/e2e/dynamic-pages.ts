/**
 * Pages that are not plain HTML documents (issue 5): content that arrives late, a single-page app
 * that changes route with pushState, an article inside an open (and a closed) shadow root, and an
 * article inside a same-origin iframe of a thin shell page. Served by tests/e2e/bounds.e2e.ts.
 */

const paragraphs = (label: string, count = 10) =>
  Array.from(
    { length: count },
    (_, index) =>
      `<p>${label}, paragraph ${index + 1}: the ferry service resumed on Monday after the storm, and the harbour master said the new timetable would hold for the rest of the season.</p>`,
  ).join('');

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>${body}<footer><p>The Harbour Times</p></footer></body></html>`;

export const LATE_TEXT = 'Late story, paragraph 1';
/** The event that brings LATE_PAGE's article (dispatched on its window by the test). */
export const LATE_ARRIVAL = 'late-content-arrives';
/**
 * A shell whose article arrives after load, when the test dispatches LATE_ARRIVAL: a timer
 * raced the test's click on a loaded machine (the article came first, and the reader read it).
 */
export const LATE_PAGE = page(
  'Loading…',
  `<main id="main"><p class="spinner">Loading…</p></main>
<script>
addEventListener('${LATE_ARRIVAL}', () => {
  document.title = 'Ferry service resumes after the storm';
  document.getElementById('main').innerHTML =
    '<article><h1>Ferry service resumes after the storm</h1>${paragraphs('Late story')}</article>';
});
</script>`,
);

export const ROUTE_A_TEXT = 'Route A story, paragraph 1';
export const ROUTE_B_TEXT = 'Route B story, paragraph 1';
/** A single-page app: story A, and a link that pushes /spa/b and renders story B in place. */
export const SPA_PAGE = page(
  'Ferry service resumes',
  `<main id="main"><article><h1>Ferry service resumes</h1>${paragraphs('Route A story')}</article></main>
<a id="next" href="/spa/b">Next story</a>
<script>
document.getElementById('next').addEventListener('click', (event) => {
  event.preventDefault();
  history.pushState({}, '', '/spa/b');
  document.title = 'Harbour dredging begins';
  document.getElementById('main').innerHTML =
    '<article><h1>Harbour dredging begins</h1>${paragraphs('Route B story')}</article>';
});
</script>`,
);

export const SHADOW_TEXT = 'Shadow story, paragraph 1';
/** The article in an open shadow root, part of it slotted from the light DOM. */
export const SHADOW_PAGE = page(
  'Dredging in the shadow',
  `<x-story><span slot="kicker">Harbour</span>${paragraphs('Slotted story', 3)}</x-story>
<script>
customElements.define('x-story', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<article><p class="kicker"><slot name="kicker"></slot></p><h1>Dredging in the shadow</h1>${paragraphs('Shadow story')}<slot></slot></article>';
  }
});
</script>`,
);

/** The same with a closed shadow root: Lector cannot read it, and must say so. */
export const CLOSED_SHADOW_PAGE = SHADOW_PAGE.replace("mode: 'open'", "mode: 'closed'");

export const FRAME_TEXT = 'Framed story, paragraph 1';
/** A thin shell whose article is in a same-origin iframe. */
export const FRAME_SHELL_PAGE = page(
  'The Harbour Times',
  '<iframe src="/frame/article.html" style="width:100%;height:80vh;border:0" title="story"></iframe>',
);
export const FRAME_ARTICLE_PAGE = page(
  'New berths for the ferry',
  `<article><h1>New berths for the ferry</h1>${paragraphs('Framed story')}</article>`,
);
