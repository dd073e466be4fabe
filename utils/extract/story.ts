/**
 * Read the story: copy the focus of the page without its clutter, make lazy images real, run
 * Readability (article.ts). When Readability's pick leaves out the prose right below the headline
 * and is itself a list of teasers (the seed page's trap), read again from the part of the page
 * that holds the headline and that prose, and keep that reading if it has the lede.
 */
import type { Limits } from './limits.ts';
import { makeWorkingCopy } from './working-copy.ts';
import { fixLazyImages } from './lazy-images.ts';
import { extractArticle, type Article } from './article.ts';
import { blockText, normalizeText } from './text.ts';
import { commonAncestor, findLede, looksLikeTeasers } from './story-anchor.ts';

export interface StoryOptions {
  pageUrl: string;
  baseUrl: string;
  title: string;
  denseScript: boolean;
  /** The part of the page to read (null: the whole body). */
  focus: Element | null;
  /** Blocks of the page left out (clutter, related-article blocks). */
  skip: ReadonlySet<Element>;
  headline: Element | null;
  limits: Limits;
  parser: DOMParser;
}

export interface Story {
  article: Article | null;
  /** The article's block text ('' when there is none). */
  text: string;
  /** The copy left out parts nested deeper than the cap. */
  depthCut: boolean;
  /** The copy stopped at the element cap. */
  overBudget: boolean;
}

function read(source: Document, root: Element | null, options: StoryOptions): Story {
  const copy = makeWorkingCopy(source, {
    baseUrl: options.baseUrl,
    title: options.title,
    root,
    skip: options.skip,
    limits: options.limits,
  });
  if (copy.overBudget) return { article: null, text: '', depthCut: false, overBudget: true };
  fixLazyImages(copy.doc.body, options.parser);
  const article = extractArticle(copy.doc, {
    title: options.title,
    denseScript: options.denseScript,
  });
  return {
    article,
    text: article ? blockText(article.content) : '',
    depthCut: copy.depthCut,
    overBudget: false,
  };
}

/** Whether `text` holds the opening of `block`'s text. */
function holdsOpening(text: string, block: Element): boolean {
  const opening = normalizeText(block.textContent ?? '').slice(0, 80);
  return opening.length > 0 && normalizeText(text).includes(opening);
}

export function readStory(source: Document, options: StoryOptions): Story {
  const first = read(source, options.focus, options);
  const { headline } = options;
  if (!first.article || !headline) return first;
  const lede = findLede(headline, options.skip);
  if (!lede || holdsOpening(first.text, lede)) return first;
  if (!looksLikeTeasers(first.article.content, options.pageUrl)) return first;
  const anchor = commonAncestor(headline, lede);
  if (!anchor || anchor === source.body) return first;
  const anchored = read(source, anchor, options);
  return anchored.article && holdsOpening(anchored.text, lede) ? anchored : first;
}
