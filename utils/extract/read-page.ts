/**
 * readPage: the whole reading core on one page. Document + URL in, plain data out (types.ts).
 *
 * 1. Bound the work (limits.ts): a page over the element cap is read as a reduced page holding
 *    only its own article element (large-page.ts), or fails as 'too-large', quickly.
 * 2. Detect (detect.ts) and read the metadata (metadata.ts) from the page.
 * 3. Extract (read-article.ts): related blocks and clutter are found and logged, the story's part
 *    of the page is copied without them, and Readability reads the copy.
 *
 * Never throws (a failure is a result with a message), never mutates `doc` (everything that
 * touches the page only reads it; all cutting happens in the working copy), never calls browser
 * APIs (the caller hands in the window whose DOM implementation sanitizes the output).
 */
import type { Detection, DetectionReason, ReadResult } from './types.ts';
import type { DomWindow } from '../sanitize.ts';
import { judgeArticle } from './detect.ts';
import { LIMITS, tooLargeMessage, type Limits } from './limits.ts';
import { findArticleRoot, reducedPage } from './large-page.ts';
import { readMetadata } from './metadata.ts';
import { resolveBaseUrl, resolvePageUrl } from './page-url.ts';
import { boundedTextLength } from './declutter-block.ts';
import { readArticle } from './read-article.ts';
import { listElements, withElementList } from './dom-walk.ts';
import { MESSAGES, emptyResult, failureResult } from './read-result.ts';

export interface ReadPageOptions {
  /** The window whose DOM implementation sanitizes the output (default: the document's own). */
  window?: DomWindow;
  /** Extract even when detection says the page is not an article ("try anyway"). */
  force?: boolean;
  /** Override the caps (tests and tools). */
  limits?: Partial<Limits>;
  /** Text of the link that replaces an embedded player (see sanitize.ts). */
  embedLabel?: string;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hasAnythingToRead(body: Element): boolean {
  return boundedTextLength(body, 0) > 0 || body.querySelector('img, picture, video') !== null;
}

function read(page: Document, pageUrl: string, options: ReadPageOptions): ReadResult {
  const limits: Limits = { ...LIMITS, ...options.limits };
  const body = page.body;
  if (!body) return failureResult(pageUrl, 'empty', MESSAGES.notHtml);
  if (!hasAnythingToRead(body)) return failureResult(pageUrl, 'empty', MESSAGES.empty);

  // A page over the cap is read as its own article element alone, or not at all. The page is
  // counted by listing it: a page within the cap is then read from that same list.
  const listed = listElements(page);
  const elements = listed.list.length;
  let doc = page;
  const notes: DetectionReason[] = [];
  if (elements > limits.maxPageElements) {
    const root = findArticleRoot(page, limits);
    if (!root) return failureResult(pageUrl, 'too-large', tooLargeMessage(elements, limits));
    doc = reducedPage(page, root, { baseUrl: resolveBaseUrl(page, pageUrl), limits });
    notes.push({ code: 'reduced-page', value: root.localName });
  }
  return withElementList(
    doc,
    () => judgeAndRead(page, doc, pageUrl, options, { limits, elements, notes }),
    doc === page ? listed : undefined,
  );
}

function judgeAndRead(
  page: Document,
  doc: Document,
  pageUrl: string,
  options: ReadPageOptions,
  { limits, elements, notes }: { limits: Limits; elements: number; notes: DetectionReason[] },
): ReadResult {
  const { detection: detected, main } = judgeArticle(doc, pageUrl);
  const detection: Detection = { ...detected, reasons: [...detected.reasons, ...notes] };
  const metadata = readMetadata(doc, pageUrl);
  if (!detection.isArticle && !options.force) return emptyResult(pageUrl, detection, metadata);

  const win = options.window ?? (page.defaultView as DomWindow | null);
  if (!win) throw new Error('no window was given to sanitize the article with');
  return readArticle(doc, {
    pageUrl,
    detection,
    metadata,
    limits,
    win,
    elements,
    runningText: main,
    ...(options.embedLabel ? { embedLabel: options.embedLabel } : {}),
  });
}

/** Read `doc` as the page at `url` (null: its canonical URL, og:url or own URL). */
export function readPage(
  doc: Document,
  url: string | null,
  options: ReadPageOptions = {},
): ReadResult {
  let pageUrl = url ?? '';
  try {
    pageUrl = resolvePageUrl(doc, url);
    return read(doc, pageUrl, options);
  } catch (error) {
    return failureResult(pageUrl, 'no-content', MESSAGES.crashed(describe(error)));
  }
}
