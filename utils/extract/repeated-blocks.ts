/**
 * Text the extracted article says twice, because the page set it twice: a summary that repeats
 * the story's opening under a label of its own ("摘 要：…" over the same paragraph), and a
 * photo's caption that repeats a paragraph of the story word for word (a lead photo captioned
 * with the lede). A reader reads it once: the repeat goes, the story's own paragraph stays (and
 * the photo, without the caption).
 */
import { elementText } from './text.ts';
import { cutUnlogged, type Cut } from './article-cuts.ts';

/** "摘 要：", "Summary:", "Résumé :": a short label and its colon. */
const SUMMARY_LABEL = /^[^:：\n]{1,12}[:：]\s*/u;
/** The opening blocks a summary may stand among. */
const OPENING_BLOCKS = 7;
/** A caption shorter than this may well repeat a short line by chance. */
const MIN_CAPTION = 40;
/** The credit a caption ends with: "(Michael Reynolds/EPA)", "Photo: Jo Smith". */
const CAPTION_CREDIT =
  /\s*(\([^()]{2,80}\)|(photo|picture|image|credit|foto|fotó|zdjęcie|фото)\s*[:：][^.]{2,80})\s*$/iu;

const REPEATED_CAPTION = 'a photo caption that repeats a paragraph of the story';

const TEXT_BLOCK = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote']);
const FIGURE_PARTS = new Set(['figure', 'figcaption']);

interface Blocks {
  /** Text blocks holding no other block, in order (the first few). */
  opening: Element[];
  /** The story's paragraphs, in order: not a caption's own. */
  paragraphs: Element[];
  captions: Element[];
}

/**
 * One walk over the article (a walk, not selector queries: far cheaper in jsdom, and the
 * article is walked once for all three lists).
 */
function blocksOf(content: Element): Blocks {
  const blocks: Blocks = { opening: [], paragraphs: [], captions: [] };
  /** Walks `element`'s children; says whether any text block is among its descendants. */
  const walk = (element: Element, inFigure: boolean): boolean => {
    let holdsBlock = false;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      const name = child.localName;
      const figure = inFigure || FIGURE_PARTS.has(name);
      if (name === 'figcaption') blocks.captions.push(child);
      else if (name === 'p' && !figure) blocks.paragraphs.push(child);
      const inner = walk(child, figure);
      const isBlock = TEXT_BLOCK.has(name);
      if (isBlock && !inner && blocks.opening.length < OPENING_BLOCKS && elementText(child)) {
        blocks.opening.push(child);
      }
      holdsBlock ||= isBlock || inner;
    }
    return holdsBlock;
  };
  walk(content, false);
  return blocks;
}

/** A labelled summary right above the paragraph it repeats. */
function dropRepeatedSummary(opening: readonly Element[], cut: Cut): void {
  for (let index = 0; index + 1 < opening.length; index++) {
    const text = elementText(opening[index]!);
    const label = SUMMARY_LABEL.exec(text);
    if (!label) continue;
    const rest = text.slice(label[0].length);
    if (rest.length >= MIN_CAPTION && rest === elementText(opening[index + 1]!)) {
      cut(opening[index]!, 'other', 'a summary that repeats the paragraph below it');
      return;
    }
  }
}

/** A caption that says a paragraph of the story again. */
function dropRepeatedCaptions(
  paragraphs: readonly Element[],
  captions: readonly Element[],
  cut: Cut,
): void {
  const said = new Set<string>();
  for (const paragraph of paragraphs) {
    const text = elementText(paragraph);
    // A caption set as a paragraph: the story's words again, with the photo's credit after.
    const credit = CAPTION_CREDIT.exec(text);
    const words = credit ? text.slice(0, credit.index) : '';
    if (words.length >= MIN_CAPTION && said.has(words)) cut(paragraph, 'other', REPEATED_CAPTION);
    else said.add(text);
  }
  for (const caption of captions) {
    const words = elementText(caption).replace(CAPTION_CREDIT, '');
    if (words.length >= MIN_CAPTION && said.has(words)) cut(caption, 'other', REPEATED_CAPTION);
  }
}

export function dropRepeatedBlocks(content: Element, cut: Cut = cutUnlogged): void {
  const { opening, paragraphs, captions } = blocksOf(content);
  dropRepeatedSummary(opening, cut);
  dropRepeatedCaptions(paragraphs, captions, cut);
}
