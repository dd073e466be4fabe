import { isHttpUrl, type DomWindow } from '../../sanitize';
import type { ImportProblem } from '../errors';
import { ProblemList, splitTags, type ImportDraft, type ParsedImport } from './draft';

function parseInert(html: string, win: DomWindow): Document {
  // DOMParser documents are inert: no script runs, nothing loads.
  return new win.DOMParser().parseFromString(html, 'text/html');
}

function entryLabel(index: number, link: Element): string {
  const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return text ? `Entry ${index + 1} ("${text}")` : `Entry ${index + 1}`;
}

/** The description a Netscape file writes in a <DD> right after the bookmark's <DT>. */
function descriptionOf(link: Element): string | null {
  const dt = link.closest('dt');
  const next = dt?.nextElementSibling;
  if (next?.localName !== 'dd') return null;
  return (next.textContent ?? '').trim() || null;
}

/**
 * Netscape bookmark files (every browser, Pinboard, Raindrop, Lector's own bookmark export):
 * `<DT><A HREF ADD_DATE LAST_MODIFIED TAGS TOREAD>title</A>` with an optional `<DD>` description.
 * Bookmarks that are not web pages (`place:`, `javascript:` bookmarklets, `file:`) are left out
 * and listed as skipped, since a browser's whole bookmark file has them.
 */
export function parseBookmarksHtml(html: string, win: DomWindow): ParsedImport {
  const problems = new ProblemList();
  const skipped: ImportProblem[] = [];
  const drafts: ImportDraft[] = [];
  const links = Array.from(parseInert(html, win).querySelectorAll('a'));
  links.forEach((link, index) => {
    const where = entryLabel(index, link);
    const href = (link.getAttribute('href') ?? '').trim();
    if (href && !isHttpUrl(href)) {
      skipped.push({ where, problem: `"${href.slice(0, 40)}" is not a web page` });
      return;
    }
    const url = problems.url(where, href);
    const savedAt = problems.date(where, link.getAttribute('add_date'));
    if (!url) return;
    drafts.push({
      where,
      url,
      title: (link.textContent ?? '').trim(),
      tags: splitTags(link.getAttribute('tags'), ','),
      // Pinboard's TOREAD="1" marks unread; without it a bookmark is something already read.
      status: link.getAttribute('toread') === '0' ? 'read' : 'unread',
      savedAt,
      excerpt: descriptionOf(link),
    });
  });
  return { source: 'bookmarks', drafts, problems: problems.problems, skipped };
}

/**
 * Pocket's older HTML export (`ril_export.html`): `<h1>Unread</h1><ul><li><a href time_added
 * tags>` then `<h1>Read Archive</h1><ul>…`. Tags are comma-separated.
 */
export function parsePocketHtml(html: string, win: DomWindow): ParsedImport {
  const problems = new ProblemList();
  const drafts: ImportDraft[] = [];
  const links = Array.from(parseInert(html, win).querySelectorAll('ul a, ol a'));
  links.forEach((link, index) => {
    const where = entryLabel(index, link);
    const url = problems.url(where, link.getAttribute('href'));
    const savedAt = problems.date(where, link.getAttribute('time_added'));
    if (!url) return;
    const list = link.closest('ul, ol');
    let heading = list?.previousElementSibling;
    while (heading && !/^h[1-6]$/.test(heading.localName)) heading = heading.previousElementSibling;
    const archived =
      /archive|read/i.test(heading?.textContent ?? '') &&
      !/unread/i.test(heading?.textContent ?? '');
    drafts.push({
      where,
      url,
      title: (link.textContent ?? '').trim(),
      tags: splitTags(link.getAttribute('tags'), ','),
      status: archived ? 'archived' : 'unread',
      savedAt,
    });
  });
  return { source: 'pocket-html', drafts, problems: problems.problems, skipped: [] };
}
