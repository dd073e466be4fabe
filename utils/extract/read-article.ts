/**
 * The extraction half of readPage: related blocks and clutter found and logged (reading the page
 * only), the story's part of the page copied without them, Readability on the copy, then the
 * article's text, counts and sanitized HTML.
 */
import type { Detection, ReadResult, RemovalKind } from './types.ts';
import { bylineName } from './byline.ts';
import { cardContextOf, collectRelated, withStories } from './related.ts';
import { readStackedStories } from './stacked-stories.ts';
import { sanitizeArticleContainers, type DomWindow } from '../sanitize.ts';
import { tooDeepMessage, tooLargeMessage, type Limits } from './limits.ts';
import type { PageMetadata } from './metadata.ts';
import { absoluteHttpUrl } from './page-url.ts';
import { resolveBaseUrl } from './page-url.ts';
import { findClutter } from './declutter.ts';
import { findStory } from './focus.ts';
import { readStory } from './story.ts';
import { closestLink, descendants, descendantsNamed, isInsideAny, nameOf } from './dom-walk.ts';
import { collapsedLength } from './weighted-length.ts';
import { finishRemovals } from './removals.ts';
import { blockText, elementText, snippet } from './text.ts';
import { addStandfirst, findStandfirst } from './standfirst.ts';
import { addLeadFigure, findLeadFigure } from './lead-figure.ts';
import { addSummaryBox, findSummaryBox } from './summary-box.ts';
import { findStoryOpening } from './story-anchor.ts';
import { wordsAndMinutes } from './word-count.ts';
import { findArticlePages } from './article-pages.ts';
import { directionOfText, isRtlLanguage } from './text-direction.ts';
import { sameTitle, saysTitle } from './page-title.ts';
import { MESSAGES, emptyResult, failureResult } from './read-result.ts';

export interface ReadArticleOptions {
  pageUrl: string;
  detection: Detection;
  metadata: PageMetadata;
  limits: Limits;
  win: DomWindow;
  /** Elements in the page, for the "too large" message. */
  elements: number;
  /** The element holding the page's running text, as detection found it. */
  runningText: Element | null;
  embedLabel?: string;
}

const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const EXCERPT_LENGTH = 200;

/** The page's headline element: the <h1> that says the title, else the first <h1>. */
function findHeadline(doc: Document, title: string): Element | null {
  const says = (heading: Element): boolean => sameTitle(elementText(heading), title);
  // One walk for both queries (`body.querySelectorAll('h1')`, then `'h2, h3'`): jsdom's
  // selector engine costs more than walking the page.
  const below = doc.body ? descendants(doc.body) : [];
  const h1s = below.filter((element) => nameOf(element) === 'h1');
  // Older pages set the headline in an <h2> or <h3> and keep <h1> for the site's name.
  const lower = (): Element | undefined =>
    below
      .filter((element) => /^h[23]$/.test(nameOf(element)))
      .slice(0, 30)
      .find(says);
  return h1s.find(says) ?? lower() ?? h1s[0] ?? titleLine(doc, title, says);
}

/** Where a headline-less page shows its title: never inside a link, a menu or a script. */
const NOT_A_HEADLINE = new Set(['a', 'option', 'title', 'script', 'style', 'noscript', 'textarea']);

/**
 * Old pages with no heading at all set the title in a big-type <div>, <td> or <font>: the first
 * element whose own text is the page's title is the headline. Text nodes much shorter or longer
 * than the title are passed over without reading their element's text.
 */
function titleLine(doc: Document, title: string, says: (element: Element) => boolean) {
  if (!doc.body || title.length === 0) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = collapsedLength(node.nodeValue ?? '');
    if (length < title.length * 0.5 || length > title.length * 2) continue;
    const parent = node.parentElement;
    if (!parent || NOT_A_HEADLINE.has(nameOf(parent)) || closestLink(parent)) continue;
    if (says(parent)) return parent;
  }
  return null;
}

/** A byline is words: Readability sometimes offers a row of "A A A" font buttons instead. */
function plausibleByline(byline: string | null, title: string): string | null {
  const name = bylineName(byline);
  return name && name.length <= 100 && !saysTitle(name, title) ? name : null;
}

function firstParagraph(text: string): string | null {
  const line = text.split('\n').find((candidate) => candidate.length >= 80) ?? text.split('\n')[0];
  return line ? snippet(line, EXCERPT_LENGTH) : null;
}

/** The first image of the article, as an absolute http(s) URL. */
function firstImage(content: Element, baseUrl: string): string | null {
  const image = descendantsNamed(content, 'img').find((img) => img.hasAttribute('src'));
  const src = image?.getAttribute('src');
  return absoluteHttpUrl(src, baseUrl);
}

function isDenseScript(metadata: PageMetadata): boolean {
  return /^(zh|ja|ko|th)\b/i.test(metadata.lang ?? '') || DENSE_SCRIPT.test(metadata.title);
}

/**
 * Which clutter Readability gets to see. Comment threads, cookie notices and overlays are left
 * out: they are large blocks of text that compete with the story for "the biggest block".
 * Everything else is copied, marked, and cut from what Readability extracts: taking small blocks
 * out before scoring changes Readability's arithmetic (a page whose sidebar list was removed had
 * its footer pulled into the article), and on the corpus that cost more than it gained.
 */
const LEFT_OUT_KINDS: ReadonlySet<RemovalKind> = new Set([
  'comments',
  'cookie-notice',
  'interstitial',
]);

function splitClutter(blocks: ReadonlyMap<Element, RemovalKind>): {
  skip: Set<Element>;
  mark: Set<Element>;
} {
  const skip = new Set<Element>();
  const mark = new Set<Element>();
  for (const [element, kind] of blocks) (LEFT_OUT_KINDS.has(kind) ? skip : mark).add(element);
  return { skip, mark };
}

export function readArticle(doc: Document, options: ReadArticleOptions): ReadResult {
  const { pageUrl, detection, metadata, limits, win } = options;
  const sanitizeOptions = options.embedLabel ? { embedLabel: options.embedLabel } : {};
  const sanitizeAll = (containers: readonly (Element | null)[]): string[] =>
    sanitizeArticleContainers(containers, win, sanitizeOptions);
  const parser = new win.DOMParser();

  const headline = findHeadline(doc, metadata.title);
  const now = new Date();
  const found = collectRelated(doc, pageUrl, now, options.runningText, metadata.title);
  const { containers } = found;
  const baseUrl = resolveBaseUrl(doc, pageUrl);
  // One blank document for the removed blocks' copies and the first working copy: making a
  // document is costly in jsdom, and the copies then sanitize with the article without a move.
  const scratch = doc.implementation.createHTMLDocument('');
  const clutter = findClutter(doc, {
    pageUrl,
    baseUrl,
    headline,
    related: containers,
    byline: metadata.byline,
    siteName: metadata.siteName,
    scratch,
  });
  const { focus, stackedWith } = findStory(doc.body!, new Set(clutter.blocks.keys()), headline);
  // An infinite-scroll page's next story is offered beside the article, not read into it.
  const related =
    stackedWith.length === 0
      ? found.related
      : withStories(
          found,
          readStackedStories(stackedWith, {
            ...cardContextOf(doc, baseUrl, now),
            pageUrl,
            siteName: metadata.siteName,
          }),
        );
  const story = readStory(doc, {
    pageUrl,
    baseUrl,
    title: metadata.title,
    denseScript: isDenseScript(metadata),
    focus: focus && !isInsideAny(focus, clutter.blocks) ? focus : null,
    ...splitClutter(clutter.blocks),
    headline,
    limits,
    parser,
    spare: { doc: scratch },
  });
  const failed = (result: ReadResult): ReadResult => ({
    ...result,
    related,
    removed: finishRemovals(
      clutter.pending,
      '',
      sanitizeAll(clutter.pending.map((removal) => removal.copy)),
    ),
  });
  if (story.overBudget) {
    const message = tooLargeMessage(options.elements, limits);
    return failed(failureResult(pageUrl, 'too-large', message, detection, metadata));
  }
  const { article } = story;
  if (!article || !story.text) {
    const failure = story.depthCut ? 'too-large' : 'no-content';
    const message = story.depthCut ? tooDeepMessage(limits) : MESSAGES.noContent;
    return failed(failureResult(pageUrl, failure, message, detection, metadata));
  }
  // What feature layouts set apart from the body, above or under the headline: each is put at
  // the top in turn, so the article opens with figure, standfirst, summary box, story.
  // Below a standfirst set apart in the header, the lede stands alone and the figure may come
  // after it, before the story's paragraphs start.
  const { lede, storyStart } = headline
    ? findStoryOpening(headline, new Set(clutter.blocks.keys()))
    : { lede: null, storyStart: null };
  const summary = headline && lede ? findSummaryBox(headline, lede, clutter.blocks) : null;
  const addedSummary = summary !== null && addSummaryBox(article.content, summary, baseUrl);
  const standfirst = headline ? findStandfirst(headline, metadata.excerpt) : null;
  const addedStandfirst =
    standfirst !== null && addStandfirst(article.content, standfirst, story.text);
  const leadFigure = headline ? findLeadFigure(headline, storyStart, clutter.blocks) : null;
  const addedFigure =
    leadFigure !== null &&
    addLeadFigure(article.content, leadFigure, {
      baseUrl,
      parser,
      clutter: clutter.blocks,
    });
  const textContent =
    addedSummary || addedStandfirst || addedFigure ? blockText(article.content) : story.text;
  const leadImage = metadata.leadImage ?? firstImage(article.content, baseUrl);
  // A block cut from the article that is back in it (a standfirst, a lead figure's caption) was
  // not removed after all.
  const shown = new Set(textContent.split('\n'));
  const cuts = story.cuts.filter((cut) => !shown.has(cut.fullText));
  const pendingCopies = clutter.pending.map((removal) => removal.copy);
  // The article and every removed block through the sanitizer in one pass (which takes them).
  const [content = '', ...removedHtml] = sanitizeAll([
    article.content,
    ...pendingCopies,
    ...cuts.map((cut) => cut.copy),
  ]);
  return {
    ...emptyResult(pageUrl, detection, metadata),
    byline: metadata.byline ?? plausibleByline(article.byline, metadata.title),
    dir: metadata.dir ?? (isRtlLanguage(metadata.lang) ? 'rtl' : directionOfText(textContent)),
    excerpt: metadata.excerpt ?? firstParagraph(textContent),
    leadImage,
    ...wordsAndMinutes(textContent),
    textContent,
    content,
    related,
    removed: finishRemovals(
      clutter.pending,
      textContent,
      removedHtml.slice(0, pendingCopies.length),
      cuts,
      removedHtml.slice(pendingCopies.length),
    ),
    pages: findArticlePages(doc, pageUrl, baseUrl, clutter.blocks),
  };
}
