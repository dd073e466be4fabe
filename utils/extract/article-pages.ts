/**
 * Where a story split over several pages goes on ("Page 1 of 3 · Next ›"). The reader shows one
 * page of such a story; without this it would end mid-story with no way on but leaving the
 * reader. Lector fetches nothing of its own, so it does not stitch the pages together: it says
 * which page this is and links to the next and previous ones (and to a one-page view where the
 * site offers it).
 *
 * A link is a page of this story when its address is this page's with a page marker added,
 * changed or taken away (`?page=2`, `/slug/2/`, `content_123_2.htm`): a "next" link to another
 * story (blogs' "Next post", WordPress's `<link rel=next>` to the newer post) has a slug of its
 * own and is not taken. Only links whose text says what they are (a page number, "Next",
 * "Previous", "View as a single page") are looked at, so the page's other links cost a text test.
 */
import { absoluteHttpUrl, pageKey } from './url-key.ts';
import type { RemovalKind } from './types.ts';
import { attributeOf, descendants, lineOf, linksUnder } from './dom-walk.ts';

export interface ArticlePages {
  /** This page's number, 1 for the first. */
  current: number;
  /** How many pages, when the page's numbered links say; null otherwise. */
  total: number | null;
  /** Absolute http(s) URL of the next page; null on the last page. */
  next: string | null;
  /** Absolute http(s) URL of the previous page; null on the first. */
  previous: string | null;
  /** Absolute http(s) URL of the whole story on one page, when the site links to one. */
  singlePage: string | null;
}

// Query parameters sites number a story's pages with.
const PAGE_PARAM =
  /^(p|pg|pag|page|pagina|paged|pageno|pagenum|page_?number|seite|strona|str|part|teil)$/i;
// A path ending in a page number: "/slug/2", "/slug/page/2", "/slug/page2".
const PATH_PAGE = /^(.*?)\/(?:page\/?)?(\d{1,2})$/i;
// A file name with a page number at its end: "content_123_2.htm", "story-2.html", "story,2.html".
// (Without an extension, "/slug-2/" is as often another post given the same title.)
const FILE_PAGE = /^(.*\/[^/]*?[^/_,.-])[_,-](\d{1,2})(\.[a-z]{2,5})$/i;
// A last segment with a page word and number at its end: "story_p2", "story-page-2".
const SEGMENT_PAGE = /^(.*\/[^/]*?[^/_,.-])[_,.-]p(?:age)?[_-]?(\d{1,2})(\.[a-z]{2,5})?$/i;
// "/2025/06/12": a date in the path, not page 12.
const DATE_PATH = /\/\d{4}\/\d{1,2}$/;

const ARROWS = '[\\s»›→>:|–-]';
function labelled(words: string): RegExp {
  // The words, then arrows or a colon and what the page is about ("Next page: The hill test »").
  return new RegExp(`^(?:${words})(?:${ARROWS}.{0,80})?$`, 'iu');
}

const NEXT = labelled(
  'next|next page|continue|weiter|nächste( seite)?|suivant|page suivante|siguiente|página siguiente|próxima( página)?|successiva|pagina successiva|avanti|volgende( pagina)?|następna( strona)?|dalej|далее|следующая( страница)?|sonraki( sayfa)?|次へ|次のページ|다음( 페이지)?|下一页|下一頁|التالي|הבא|επόμενη|næste|nästa|seuraava|další|tiếp|selanjutnya|berikutnya',
);
const PREVIOUS = labelled(
  'previous|prev|previous page|zurück|vorherige( seite)?|précédent|page précédente|anterior|página anterior|precedente|pagina precedente|indietro|vorige( pagina)?|poprzednia( strona)?|предыдущая( страница)?|önceki( sayfa)?|前へ|前のページ|이전( 페이지)?|上一页|上一頁|السابق|הקודם|προηγούμενη|forrige|föregående|edellinen|předchozí|sebelumnya',
);
const ARROW_ONLY = /^[»›→>]{1,2}$|^[«‹←<]{1,2}$/;
const SINGLE_PAGE =
  /^((view|read|show|see)( the)?( whole| full)?( (article|story))?( (as|on))? (a |one )?(single|one) page|single page( view)?|one page|all pages|show all pages|view all pages|auf einer seite( lesen| anzeigen)?|alle seiten( anzeigen)?|(lire|voir) sur une (seule )?page|ver en una (sola )?página|czytaj na jednej stronie|на одной странице|单页阅读|單頁閱讀|全文閱讀|阅读全文)$/iu;
const PAGE_NUMBER =
  /^(?:page|seite|strona|página|pagina|стр\.?|страница|p\.)?\s*(\d{1,3})$|^第(\d{1,3})页$/iu;
// Comment threads have pages too ("?cpage=2", "/comment-page-2/#comments"): never the story's.
const COMMENTS = /comment|kommentar|komentar|opini|reply|respond/i;

type Label = { kind: 'number'; n: number } | { kind: 'next' | 'previous' | 'single-page' };

function labelOf(link: Element): Label | null {
  const text = lineOf(link);
  if (text.length > 100) return null;
  const rel = (attributeOf(link, 'rel') ?? '').toLowerCase();
  if (/\bnext\b/.test(rel)) return { kind: 'next' };
  if (/\bprev(ious)?\b/.test(rel)) return { kind: 'previous' };
  const number = PAGE_NUMBER.exec(text);
  if (number) {
    const n = Number(number[1] ?? number[2]);
    // Pages are numbered from 1 (a "0" is a count or a score).
    return n >= 1 ? { kind: 'number', n } : null;
  }
  // Arrow-only links say what they are in their label.
  const said =
    text === '' || ARROW_ONLY.test(text)
      ? (attributeOf(link, 'aria-label') ?? attributeOf(link, 'title') ?? '').trim()
      : text;
  if (NEXT.test(said)) return { kind: 'next' };
  if (PREVIOUS.test(said)) return { kind: 'previous' };
  if (SINGLE_PAGE.test(said)) return { kind: 'single-page' };
  return null;
}

/** A URL read as "page `n` of the story at `base`" (n null: the address names no page). */
interface PageReading {
  base: string;
  n: number | null;
}

/** The story key (url-key.ts's pageKey) of `url` with `change` made to a copy of it. */
function keyWith(url: URL, change: (copy: URL) => void): string {
  const copy = new URL(url.href);
  change(copy);
  return pageKey(copy);
}

/** Every way to read `url` as a page of some story: as is, and without each page marker. */
function readings(url: URL): PageReading[] {
  const path = url.pathname.replace(/\/+$/, '');
  const found: PageReading[] = [{ base: pageKey(url), n: null }];
  for (const [name, value] of url.searchParams) {
    // Two digits at most: WordPress numbers its posts with ?p= too ("?p=124", the next post).
    if (PAGE_PARAM.test(name) && /^\d{1,2}$/.test(value)) {
      found.push({
        base: keyWith(url, (copy) => copy.searchParams.delete(name)),
        n: Number(value),
      });
    }
  }
  const inPath = PATH_PAGE.exec(path);
  if (inPath && inPath[1] && !DATE_PATH.test(inPath[1])) {
    const base = keyWith(url, (copy) => (copy.pathname = inPath[1]!));
    found.push({ base, n: Number(inPath[2]) });
  }
  const inName = FILE_PAGE.exec(path) ?? SEGMENT_PAGE.exec(path);
  if (inName) {
    const base = keyWith(url, (copy) => (copy.pathname = `${inName[1]}${inName[3] ?? ''}`));
    found.push({ base, n: Number(inName[2]) });
  }
  return found;
}

/**
 * How `other` is another page of the story `here` is a page of: the two readings that agree on
 * the story and differ in the page, or null when it is not (or is this very address).
 */
function otherPage(
  here: readonly PageReading[],
  other: URL,
): { mine: PageReading; theirs: PageReading } | null {
  if (COMMENTS.test(other.pathname + other.search + other.hash)) return null;
  if (pageKey(other) === here[0]!.base) return null;
  const all = readings(other);
  for (const mine of here) {
    for (const theirs of all)
      if (theirs.base === mine.base && theirs.n !== mine.n) return { mine, theirs };
  }
  return null;
}

/** The number this page must have: the one its numbered links leave out, beside its neighbours. */
function missingNumber(numbers: ReadonlySet<number>): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  for (const n of sorted) if (!numbers.has(n + 1) && numbers.has(n + 2)) return n + 1;
  if (!numbers.has(1)) return 1;
  return sorted[sorted.length - 1]! + 1;
}

function linkRelNext(doc: Document, base: string, here: readonly PageReading[]): string | null {
  const head = doc.head;
  if (!head) return null;
  for (const link of descendants(head)) {
    if (link.localName !== 'link' || !/\bnext\b/i.test(link.getAttribute('rel') ?? '')) continue;
    const url = absoluteHttpUrl(link.getAttribute('href'), base);
    if (url && otherPage(here, url)) return url.href;
  }
  return null;
}

/**
 * The first comment thread in `clutter`, in document order. A thread has pages of its own
 * ("Next »" over the comments); the story's page links come before its comments, so links from
 * the first thread on are not looked at.
 */
function firstThread(clutter: ReadonlyMap<Element, RemovalKind>): Element | null {
  let first: Element | null = null;
  for (const [block, kind] of clutter) {
    if (kind !== 'comments') continue;
    if (!first || first.compareDocumentPosition(block) & PRECEDING) first = block;
  }
  return first;
}

const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING, without a global Node in Node.js
const FOLLOWING_OR_INSIDE = 4 | 16; // DOCUMENT_POSITION_FOLLOWING | DOCUMENT_POSITION_CONTAINED_BY

/**
 * The pages of the story `doc` (at `pageUrl`, links resolved against `baseUrl`) is one page of,
 * or null when it is all on this page. Links in or after the comment threads in `clutter` are not
 * looked at.
 */
export function findArticlePages(
  doc: Document,
  pageUrl: string,
  baseUrl: string,
  clutter: ReadonlyMap<Element, RemovalKind> = new Map(),
): ArticlePages | null {
  const body = doc.body;
  const hereUrl = absoluteHttpUrl(pageUrl, pageUrl);
  if (!body || !hereUrl) return null;
  const here = readings(hereUrl);
  const thread = firstThread(clutter);
  const numbered = new Map<number, string>();
  let next: string | null = null;
  let previous: string | null = null;
  let singlePage: string | null = null;
  let current: number | null = null;
  for (const link of linksUnder(body)) {
    const label = labelOf(link);
    if (!label) continue;
    const url = absoluteHttpUrl(attributeOf(link, 'href'), baseUrl);
    if (!url || (thread && thread.compareDocumentPosition(link) & FOLLOWING_OR_INSIDE)) continue;
    if (label.kind === 'number' && pageKey(url) === here[0]!.base) {
      current ??= label.n;
      continue;
    }
    if (label.kind === 'single-page') {
      if (url.host === hereUrl.host) singlePage ??= url.href;
      continue;
    }
    const pair = otherPage(here, url);
    if (!pair) continue;
    if (label.kind === 'number') {
      // "1" linking to "?page=1" from the address with no page in it: this page, spelt out.
      if (label.n === 1 && pair.mine.n === null) current ??= 1;
      else if (!numbered.has(label.n)) numbered.set(label.n, url.href);
    } else if (label.kind === 'next') next ??= url.href;
    else previous ??= url.href;
  }
  next ??= linkRelNext(doc, baseUrl, here);
  if (!next && !previous && numbered.size === 0) return null;
  const numberOf = (href: string | null): number | null => {
    for (const [n, url] of numbered) if (url === href) return n;
    return null;
  };
  const nextNumber = numberOf(next);
  const previousNumber = numberOf(previous);
  current ??=
    nextNumber !== null && nextNumber > 1
      ? nextNumber - 1
      : previousNumber !== null
        ? previousNumber + 1
        : missingNumber(new Set(numbered.keys()));
  next ??= numbered.get(current + 1) ?? null;
  previous ??= numbered.get(current - 1) ?? null;
  if (!next && !previous) return null;
  const highest = Math.max(current, ...numbered.keys());
  return {
    current,
    total: numbered.size > 0 ? highest : null,
    next,
    previous,
    singlePage,
  };
}
