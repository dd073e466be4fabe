/**
 * Pathological pages for the bounds: a 50,000-element news page (a story inside <article>, buried
 * in a mega-menu, a comment thread and a link farm) and a 2,000-deep chain of <div>s.
 */

const SENTENCE =
  'The council met on Tuesday to weigh the plan, which would add housing near the station, and members asked for more time to study its cost.';

function repeat(count: number, make: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => make(index)).join('');
}

/** About `elements` elements; the story is 40 paragraphs inside the page's <article>. */
export function largeNewsPage(elements = 50_000): string {
  const story = `<article><h1>Council weighs station housing plan</h1>${repeat(
    40,
    (index) => `<p>${SENTENCE} (${index + 1})</p>`,
  )}</article>`;
  // Each menu item is 3 elements, each comment 10, each footer link 2.
  const menu = `<nav><ul>${repeat(2_000, (index) => `<li><a href="/s/${index}"><span>Section ${index}</span></a></li>`)}</ul></nav>`;
  const comment = (index: number): string =>
    `<li><div><img src="/a/${index}.png" alt=""><b>Reader ${index}</b><time>2 hours ago</time></div><p>I agree with point ${index}.</p><div><a href="#r${index}">Reply</a><a href="#l${index}">Like</a></div></li>`;
  const used = 2_000 * 3 + 45;
  const comments = Math.max(0, Math.floor((elements - used) * 0.8) / 10);
  const links = Math.max(0, Math.floor((elements - used - comments * 10) / 2));
  return `<!doctype html><html lang="en"><head><title>Council weighs station housing plan</title></head><body>${menu}<main>${story}<section><h2>Comments</h2><ul>${repeat(
    Math.floor(comments),
    comment,
  )}</ul></section></main><footer>${repeat(links, (index) => `<p><a href="/l/${index}">Link ${index}</a></p>`)}</footer></body></html>`;
}

/** The same size with no element that declares itself the article. */
export function largeUnmarkedPage(elements = 50_000): string {
  return largeNewsPage(elements).replace('<article>', '<div>').replace('</article>', '</div>');
}

/** A chain of `depth` nested <div>s around one paragraph. */
export function deepPage(depth = 2_000): string {
  return `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>${SENTENCE}</p>${'</div>'.repeat(depth)}</body></html>`;
}
