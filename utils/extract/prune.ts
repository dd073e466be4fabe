/**
 * A last pass over what Readability extracted: when it took a container larger than the story,
 * the boxes around the story come along (listings, "most read", tag clouds, service links).
 *
 * Each block is weighed by its sentences (text runs of a sentence's length) discounted by how
 * much of its text is link text: the story is sentences with few links, a box of teasers is
 * links. Walking down from the extracted element towards the story, a block beside the path is
 * cut when it weighs next to nothing against the story and is either link-heavy or sentence-less.
 * The story's own container keeps all its children; figures, tables, code, quotes and headings
 * are never cut. A second part of the story in a sibling block (few links) always stays.
 */

/** A run of text this long (Han, kana and Hangul counting double) is a sentence. */
const SENTENCE = 80;
/** The path goes down into a child holding this share of its level's weight. */
const STORY_SHARE = 0.7;
/** A block beside the path weighing less than this share of the path's block may be cut… */
const NEGLIGIBLE = 0.1;
/** …when this much of its text is link text, or it holds no sentence at all. */
const LINK_HEAVY = 0.3;

const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
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

/** Text, link text and sentence length under every element, in one walk. */
function measure(root: Element): Map<Element, Measure> {
  const measures = new Map<Element, Measure>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = weighted(node.nodeValue ?? '');
    if (length === 0) continue;
    const inLink = node.parentElement?.closest('a') !== null;
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

/** Sentences, discounted by the share of link text: what a block weighs as story. */
function weight(entry: Measure | undefined): number {
  return entry ? entry.sentences * (1 - linkShare(entry)) ** 2 : 0;
}

function isCuttable(element: Element): boolean {
  if (NEVER_CUT.test(element.localName)) return false;
  return element.querySelector('img, picture, video, figure, table, pre, blockquote') === null;
}

/** Cut the boxes beside the story out of `content` (Readability's element). */
export function pruneAroundStory(content: Element): void {
  const measures = measure(content);
  for (let node: Element | null = content; node;) {
    const children: Element[] = Array.from(node.children);
    const total = children.reduce((sum, child) => sum + weight(measures.get(child)), 0);
    const story: Element | undefined = children.find(
      (child) => weight(measures.get(child)) >= STORY_SHARE * total,
    );
    if (!story || total === 0) return;
    const storyWeight = weight(measures.get(story));
    for (const child of children) {
      if (child === story || !isCuttable(child)) continue;
      const entry = measures.get(child);
      const negligible = weight(entry) < NEGLIGIBLE * storyWeight;
      const boxy = !entry || entry.sentences === 0 || linkShare(entry) >= LINK_HEAVY;
      if (negligible && boxy) child.remove();
    }
    node = story;
  }
}
