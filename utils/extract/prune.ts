/**
 * A last pass over what Readability extracted: when it took a container larger than the story,
 * the boxes around the story come along (listings, "most read", tag clouds, service links).
 *
 * Each block is weighed by its sentences (text runs of a sentence's length) discounted by how
 * much of its text is link text: the story is sentences with few links, a box of teasers is
 * links. Walking down from the extracted element towards the story, a block beside the path is
 * cut when it weighs next to nothing against the story and is either link-heavy or a few words.
 * The story's own container keeps all its children (a paragraph it wrapped in a box of its own
 * too); figures, tables, code, quotes, headings and embeds are never cut. A second part of the
 * story in a sibling block (few links) always stays, and so does a link-heavy block shaped like
 * blocks beside it that stay (a live blog's short post among its posts). Each cut goes through
 * `cut` (article-cuts.ts), which logs it for "What was removed".
 */

import { boundedTextLength } from './declutter-block.ts';
import { childElements, closestNamed, firstNamed } from './dom-walk.ts';
import { cutUnlogged, type Cut } from './article-cuts.ts';
import { LEAD_MARK } from './working-copy.ts';

const LINK_NAME = new Set(['a']);
const NOT_CUT_INSIDE = new Set([
  'img', 'picture', 'video', 'figure', 'table', 'pre', 'blockquote', 'iframe', 'embed', 'object',
]); // prettier-ignore

/** A run of text this long (Han, kana and Hangul counting double) is a sentence. */
const SENTENCE = 80;
/** The path goes down into a child holding this share of its level's weight. */
const STORY_SHARE = 0.7;
/** A block beside the path weighing less than this share of the path's block may be cut… */
const NEGLIGIBLE = 0.1;
/** …when this much of its text is link text, or it is a few words with no sentence at all. */
const LINK_HEAVY = 0.3;
const FEW_WORDS = 200;
/** A wrapped paragraph with less link text than this is prose (see isWrappedParagraph). */
const WRAPPED_LINK_SHARE = 0.5;
/** How much text that is not a sentence counts towards a block's weight. */
const OTHER_TEXT = 0.25;

const REASON_LINKS = 'a box of links beside the story';
const REASON_FEW_WORDS = 'a few words beside the story';

const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const PARAGRAPH = /^(p|li|dd|dt|td|th|blockquote|pre|h[1-6]|figcaption)$/;
const NEVER_CUT = /^(figure|picture|img|video|audio|table|pre|code|blockquote|h[1-6]|hr|br)$/;

interface Measure {
  text: number;
  links: number;
  sentences: number;
}

function weighted(text: string): number {
  const trimmed = text.trim();
  return trimmed.length + (trimmed.match(DENSE)?.length ?? 0) * 1.5;
}

/** A link as pages mean one; broken markup leaves an <a> open around whole paragraphs. */
const LINK_TEXT = 300;

/** A link that goes somewhere: an <a id> without href only marks a place (a live post's time). */
function isRealLink(link: Element | null, known: Map<Element, boolean>): boolean {
  if (!link) return false;
  let real = known.get(link);
  if (real === undefined) {
    real = link.hasAttribute('href') && boundedTextLength(link, LINK_TEXT) <= LINK_TEXT;
    known.set(link, real);
  }
  return real;
}

/** Text, link text and sentence length under every element, in one walk. */
function measure(root: Element): Map<Element, Measure> {
  const measures = new Map<Element, Measure>();
  const linkSizes = new Map<Element, boolean>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = weighted(node.nodeValue ?? '');
    if (length === 0) continue;
    const parent = node.parentElement;
    const inLink = isRealLink(parent ? closestNamed(parent, LINK_NAME) : null, linkSizes);
    for (let element = node.parentElement; element; element = element.parentElement) {
      const entry = measures.get(element) ?? { text: 0, links: 0, sentences: 0 };
      entry.text += length;
      if (inLink) entry.links += length;
      if (length >= SENTENCE) entry.sentences += length;
      measures.set(element, entry);
      if (element === root) break;
    }
  }
  return measures;
}

function linkShare(entry: Measure | undefined): number {
  return entry && entry.text > 0 ? entry.links / entry.text : 0;
}

/**
 * What a block weighs as story: its sentences and, for a quarter, the rest of its text (a list
 * of results or names is story too), discounted by the share of link text.
 */
function weight(entry: Measure | undefined): number {
  if (!entry) return 0;
  const plain = entry.text - entry.links;
  return (entry.sentences + OTHER_TEXT * plain) * (1 - linkShare(entry)) ** 2;
}

/**
 * A paragraph of the story that the page wrapped in a box of its own (<div><p>…</p></div>):
 * the box holds that paragraph alone, and the paragraph is words with links in them (a ticker's
 * links in a market report), not a link set as a line.
 */
function isWrappedParagraph(element: Element, entry: Measure | undefined): boolean {
  const only = element.firstElementChild;
  if (!only || only !== element.lastElementChild || !PARAGRAPH.test(only.localName)) return false;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 /* TEXT_NODE */ && /\S/.test(node.nodeValue ?? '')) return false;
  }
  return linkShare(entry) < WRAPPED_LINK_SHARE;
}

function isCuttable(element: Element): boolean {
  if (NEVER_CUT.test(element.localName)) return false;
  return firstNamed(element, NOT_CUT_INSIDE) === null;
}

/**
 * An element's kind among its siblings: its tag and its children's ('' for a box of fewer than
 * two children). Readability has taken the class names away; a series' items keep their shape.
 */
function kindOf(element: Element): string {
  const names: string[] = [];
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    names.push(child.localName);
  }
  return names.length >= 2 ? `${element.localName}(${names.join(' ')})` : '';
}

/**
 * The kinds of the children that stay. A box of links of one kind with the story's blocks is one
 * of a series (a live blog's posts, each a heading and a line or two), not a box beside the
 * story: a short post whose one sentence is a link stays with the others.
 */
function keptKinds(children: readonly Element[], cut: ReadonlySet<Element>): Set<string> {
  const kinds = new Set<string>();
  for (const child of children) {
    const kind = kindOf(child);
    if (kind && !cut.has(child)) kinds.add(kind);
  }
  return kinds;
}

/** A post read from its chunk under its own heading (working-copy.ts' `leads`): story. */
function isHeadedPost(box: Element): boolean {
  return box.querySelector(`[${LEAD_MARK}]`) !== null;
}

/** Cut the boxes beside the story out of `content` (Readability's element). */
export function pruneAroundStory(content: Element, cut: Cut = cutUnlogged): void {
  const measures = measure(content);
  for (let node: Element | null = content; node;) {
    const children: Element[] = childElements(node);
    const total = children.reduce((sum, child) => sum + weight(measures.get(child)), 0);
    if (total === 0) return;
    const story = children.find((child) => weight(measures.get(child)) >= STORY_SHARE * total);
    // Paragraphs side by side are the story's own container: its paragraphs all stay (a list of
    // short lines can be story too); only boxes between them may go.
    const isStoryContainer =
      children.filter((child) => PARAGRAPH.test(child.localName)).length >= 2;
    const reference = weight(measures.get(story ?? node)) || total;
    const cuts: [Element, string][] = [];
    for (const child of children) {
      if (child === story || !isCuttable(child)) continue;
      const entry = measures.get(child);
      if (isStoryContainer && PARAGRAPH.test(child.localName)) continue;
      if (isStoryContainer && isWrappedParagraph(child, entry)) continue;
      const negligible = weight(entry) < NEGLIGIBLE * reference;
      // Inside the story's container only boxes of links go: short blocks there may be lists.
      const fewWords =
        !isStoryContainer && (!entry || (entry.sentences === 0 && entry.text < FEW_WORDS));
      if (!negligible) continue;
      if (linkShare(entry) >= LINK_HEAVY) cuts.push([child, REASON_LINKS]);
      else if (fewWords && !isHeadedPost(child)) cuts.push([child, REASON_FEW_WORDS]);
    }
    // The siblings' shapes are read only when a box of links is to go (most levels cut nothing).
    const kept = cuts.some(([, reason]) => reason === REASON_LINKS)
      ? keptKinds(children, new Set(cuts.map(([child]) => child)))
      : null;
    for (const [child, reason] of cuts) {
      if (reason === REASON_LINKS && kept?.has(kindOf(child))) continue;
      cut(child, 'other', reason);
    }
    if (!story || isStoryContainer || PARAGRAPH.test(story.localName)) return;
    node = story;
  }
}
