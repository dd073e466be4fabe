/**
 * Text the extracted article says twice, because the page set it twice: a summary that repeats
 * the story's opening under a label of its own ("摘 要：…" over the same paragraph), and a
 * photo's caption that repeats a paragraph of the story word for word (a lead photo captioned
 * with the lede). A reader reads it once: the repeat goes, the story's own paragraph stays (and
 * the photo, without the caption).
 */
import { normalizeText } from './weighted-length.ts';

/** "摘 要：", "Summary:", "Résumé :": a short label and its colon. */
const SUMMARY_LABEL = /^[^:：\n]{1,12}[:：]\s*/u;
/** The opening blocks a summary may stand among. */
const OPENING_BLOCKS = 6;
/** A caption shorter than this may well repeat a short line by chance. */
const MIN_CAPTION = 40;
/** The credit a caption ends with: "(Michael Reynolds/EPA)", "Photo: Jo Smith". */
const CAPTION_CREDIT =
  /\s*(\([^()]{2,80}\)|(photo|picture|image|credit|foto|fotó|zdjęcie|фото)\s*[:：][^.]{2,80})\s*$/iu;

const TEXT_BLOCK = /^(p|div|h[2-6]|li|blockquote)$/;

function textOf(element: Element): string {
  return normalizeText(element.textContent ?? '');
}

/** Leaf text blocks of `content` in order (a block holding other blocks is not one). */
function leafBlocks(content: Element, limit: number): Element[] {
  const blocks: Element[] = [];
  for (const element of content.querySelectorAll('p, div, h2, h3, h4, h5, h6, li, blockquote')) {
    if (blocks.length >= limit) break;
    if (!TEXT_BLOCK.test(element.localName)) continue;
    if (element.querySelector('p, div, li, blockquote')) continue;
    if (textOf(element)) blocks.push(element);
  }
  return blocks;
}

/** A labelled summary right above the paragraph it repeats. */
function dropRepeatedSummary(content: Element): void {
  const blocks = leafBlocks(content, OPENING_BLOCKS + 1);
  for (let index = 0; index + 1 < blocks.length; index++) {
    const text = textOf(blocks[index]!);
    const label = SUMMARY_LABEL.exec(text);
    if (!label) continue;
    const rest = text.slice(label[0].length);
    if (rest.length >= MIN_CAPTION && rest === textOf(blocks[index + 1]!)) {
      blocks[index]!.remove();
      return;
    }
  }
}

/** A caption that says a paragraph of the story again. */
function dropRepeatedCaptions(content: Element): void {
  // The story's paragraphs: a caption's own (<figcaption><p>…</p></figcaption>) are not.
  const paragraphs = [...content.querySelectorAll('p')].filter(
    (paragraph) => !paragraph.closest('figure, figcaption'),
  );
  const said = new Set<string>();
  for (const paragraph of paragraphs) {
    const text = textOf(paragraph);
    // A caption set as a paragraph: the story's words again, with the photo's credit after.
    const credit = CAPTION_CREDIT.exec(text);
    const words = credit ? text.slice(0, credit.index) : '';
    if (words.length >= MIN_CAPTION && said.has(words)) paragraph.remove();
    else said.add(text);
  }
  for (const caption of content.querySelectorAll('figcaption')) {
    const words = textOf(caption).replace(CAPTION_CREDIT, '');
    if (words.length >= MIN_CAPTION && said.has(words)) caption.remove();
  }
}

export function dropRepeatedBlocks(content: Element): void {
  dropRepeatedSummary(content);
  dropRepeatedCaptions(content);
}
