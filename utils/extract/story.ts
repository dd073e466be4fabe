/**
 * Read the story: copy the focus of the page without its clutter, make lazy images real, run
 * Readability (article.ts). When Readability's pick leaves out the prose right below the headline
 * and is itself a list of teasers (the seed page's trap), read again from the part of the page
 * that holds the headline and that prose, and keep that reading if it has the lede.
 */
import type { Limits } from './limits.ts';
import {
  CLUTTER_MARK,
  makeWorkingCopy,
  refillWorkingCopy,
  type WorkingCopyOptions,
} from './working-copy.ts';
import { fixLazyImages } from './lazy-images.ts';
import { keepStoryAsides } from './story-asides.ts';
import { dropRepeatedBlocks } from './repeated-blocks.ts';
import { extractArticle, type Article } from './article.ts';
import { blockText, normalizeText } from './text.ts';
import { commonAncestor, findLede, looksLikeTeasers } from './story-anchor.ts';
import { chunkHeadings, findStoryChunks } from './split-story.ts';
import { pruneAroundStory } from './prune.ts';
import { descendants, firstNamed } from './dom-walk.ts';
import { articleCuts } from './article-cuts.ts';
import { drawBreaks } from './separators.ts';
import { dropDanglingTail } from './dangling-tail.ts';
import type { ArticleCut } from './removals.ts';

const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'embed', 'object']);

export interface StoryOptions {
  pageUrl: string;
  baseUrl: string;
  title: string;
  denseScript: boolean;
  /** The part of the page to read (null: the whole body). */
  focus: Element | null;
  /** Blocks of the page left out (clutter, related-article blocks). */
  skip: ReadonlySet<Element>;
  /** Blocks of the page kept for Readability to weigh, then cut from what it extracts. */
  mark: ReadonlySet<Element>;
  /** Headings to copy into the start of the chunks they head (see split-story.ts). */
  leads?: ReadonlyMap<Element, readonly Element[]>;
  headline: Element | null;
  limits: Limits;
  parser: DOMParser;
  /**
   * A blank document made for this read, for the first working copy (the holder is emptied when
   * taken; later readings build in new documents). The removed blocks' copies may sit in it
   * already: sanitized together with the article, they then need no moving between documents.
   */
  spare?: { doc: Document | null };
}

export interface Story {
  article: Article | null;
  /** The article's block text ('' when there is none). */
  text: string;
  /** The copy left out parts nested deeper than the cap. */
  depthCut: boolean;
  /** The copy stopped at the element cap. */
  overBudget: boolean;
  /** What was cut from the article after Readability, for the removed log. */
  cuts: ArticleCut[];
}

/** An element left with no text and no media once clutter is cut out of it. */
function isEmptied(element: Element): boolean {
  return (
    !/\S/.test(element.textContent ?? '') &&
    firstNamed(element, MEDIA) === null &&
    !/^(img|picture|video|audio|iframe|embed|object|br|hr)$/.test(element.localName)
  );
}

/** Cut the marked clutter out of the extracted content; returns the share of text it held. */
function cutMarked(content: Element): number {
  const total = normalizeText(content.textContent ?? '').length;
  let marked = 0;
  // Listed by a walk before any cut, as `querySelectorAll` would list them (cheaper in jsdom).
  const markedElements = descendants(content).filter((element) =>
    element.hasAttribute(CLUTTER_MARK),
  );
  for (const element of markedElements) {
    if (!content.contains(element)) continue; // already gone with a marked ancestor
    marked += normalizeText(element.textContent ?? '').length;
    let parent: Element | null = element.parentElement;
    element.remove();
    // Readability wraps text in paragraphs of its own: drop the ones the cut left empty.
    while (parent && parent !== content && isEmptied(parent)) {
      const up: Element | null = parent.parentElement;
      parent.remove();
      parent = up;
    }
  }
  return total === 0 ? 0 : marked / total;
}

/** Readability's pick is wrong when clutter is most of it (it took the related cards). */
const MOSTLY_CLUTTER = 0.5;
/** A reading anchored at the headline may be this much shorter and still win. */
const ANCHORED_SHARE = 0.5;

interface Reading extends Story {
  /** Share of the extracted text that was marked clutter (and has been cut). */
  clutterShare: number;
}

function read(
  source: Document,
  root: Element | readonly Element[] | null,
  options: StoryOptions,
): Reading {
  const copyOptions: WorkingCopyOptions = {
    baseUrl: options.baseUrl,
    title: options.title,
    ...(Array.isArray(root) ? { roots: root } : { root: root as Element | null }),
    ...(options.leads ? { leads: options.leads } : {}),
    skip: options.skip,
    mark: options.mark,
    limits: options.limits,
  };
  const spare = options.spare?.doc ?? undefined;
  if (options.spare) options.spare.doc = null;
  const copy = makeWorkingCopy(source, copyOptions, spare);
  if (copy.overBudget) {
    return {
      article: null,
      text: '',
      depthCut: false,
      overBudget: true,
      clutterShare: 0,
      cuts: [],
    };
  }
  // What Readability would lose on the copy, put right before each of its attempts.
  const prepare = (): void => {
    fixLazyImages(copy.doc.body, options.parser);
    keepStoryAsides(copy.doc.body);
  };
  prepare();
  const article = extractArticle(copy.doc, {
    title: options.title,
    denseScript: options.denseScript,
    restoreBody: () => {
      refillWorkingCopy(copy.doc, source, copyOptions);
      prepare();
    },
  });
  const clutterShare = article ? cutMarked(article.content) : 0;
  const log = article ? articleCuts(article.content) : null;
  if (article && log) {
    pruneAroundStory(article.content, log.cut);
    dropRepeatedBlocks(article.content, log.cut);
  }
  if (article) drawBreaks(article.content);
  if (article && log) dropDanglingTail(article.content, log.cut);
  return {
    article,
    text: article ? blockText(article.content) : '',
    depthCut: copy.depthCut,
    overBudget: false,
    clutterShare,
    cuts: log?.cuts ?? [],
  };
}

/** Whether `text` holds the opening of `block`'s text. */
function holdsOpening(text: string, block: Element): boolean {
  const opening = normalizeText(block.textContent ?? '').slice(0, 80);
  return opening.length > 0 && normalizeText(text).includes(opening);
}

/** Whether `after` keeps nearly every long line of `before`. */
function keepsLines(before: string, after: string): boolean {
  const lines = before.split('\n').filter((line) => line.length >= 60);
  const kept = new Set(after.split('\n'));
  return lines.filter((line) => kept.has(line)).length >= lines.length * 0.9;
}

/** Readability picked clutter it was shown: read again without it. */
function withoutClutter(source: Document, first: Reading, options: StoryOptions): Reading {
  if (first.clutterShare <= MOSTLY_CLUTTER || options.mark.size === 0) return first;
  const skip = new Set([...options.skip, ...options.mark]);
  const again = read(source, options.focus, { ...options, skip, mark: new Set() });
  return again.article && again.text ? again : first;
}

/** A story split into chunks: read all of them together (see split-story.ts). */
function withAllChunks(source: Document, first: Reading, options: StoryOptions): Reading {
  const scope = options.focus ?? source.body;
  if (!first.article || !scope) return first;
  const clutter = new Set([...options.skip, ...options.mark]);
  const chunks = findStoryChunks(scope, first.text, clutter);
  if (!chunks) return first;
  const leads = chunkHeadings(chunks, scope, clutter);
  const whole = read(source, chunks, { ...options, leads });
  const longer = whole.text.length > first.text.length;
  return whole.article && longer && keepsLines(first.text, whole.text) ? whole : first;
}

/**
 * Readability left out the story right below the headline: it took a list of teasers (the seed
 * page), or a widget of its own (a jobs search box). Read again from the part of the page that
 * holds the headline and that prose; keep that reading when it has the story's opening and is
 * not much shorter, or when the first reading was a list of teasers anyway.
 */
function anchoredAtHeadline(source: Document, first: Reading, options: StoryOptions): Reading {
  const { headline } = options;
  if (!first.article || !headline) return first;
  const lede = findLede(headline, new Set([...options.skip, ...options.mark]));
  if (!lede || holdsOpening(first.text, lede)) return first;
  const anchor = commonAncestor(headline, lede);
  if (!anchor || anchor === source.body) return first;
  const anchored = read(source, anchor, options);
  if (!anchored.article || !holdsOpening(anchored.text, lede)) return first;
  const teasers = looksLikeTeasers(first.article.content, options.pageUrl);
  return teasers || anchored.text.length >= first.text.length * ANCHORED_SHARE ? anchored : first;
}

/** The focus missed the story (nothing readable in it): read the whole page instead. */
function orWholePage(source: Document, first: Reading, options: StoryOptions): Reading {
  if (first.text || options.focus === null) return first;
  const whole = read(source, null, options);
  return whole.text ? whole : first;
}

export function readStory(source: Document, options: StoryOptions): Story {
  const focused = withoutClutter(source, read(source, options.focus, options), options);
  const first = orWholePage(source, focused, options);
  return anchoredAtHeadline(source, withAllChunks(source, first, options), options);
}
