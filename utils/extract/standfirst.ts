/**
 * The standfirst (dek, summary) between the headline and the story: part of the article for its
 * readers, but often set apart in the page's header, where Readability leaves it behind. It is
 * recognised by saying what the page's own description says, so a kicker, a caption or a teaser
 * in the same stretch is never taken for it.
 */
import { overlapOfWords, wordsOf } from './page-title.ts';
import { boundedTextLength } from './declutter-block.ts';
import { elementText, normalizeText } from './text.ts';
import { closestNamed, elementsAfter } from './dom-walk.ts';
import { isHidden } from './working-copy.ts';

/** `closest('a, figure, figcaption')` by parent links (cheaper in jsdom). */
const SET_APART = new Set(['a', 'figure', 'figcaption']);

const MIN_LENGTH = 40;
const MAX_LENGTH = 600;
/** Elements looked at after the headline. */
const SEARCH = 200;
/**
 * The standfirst's words must nearly all be the description's, and the description's words
 * mostly the standfirst's (descriptions run a little longer than what the page shows).
 */
const STANDFIRST_IN_DESCRIPTION = 0.8;
const DESCRIPTION_IN_STANDFIRST = 0.5;

/** The page's standfirst, found after `headline` and agreeing with `description`; or null. */
export function findStandfirst(headline: Element, description: string | null): string | null {
  if (!description || description.length < MIN_LENGTH) return null;
  const descriptionWords = wordsOf(description);
  const descriptionSet = new Set(descriptionWords);
  for (const element of elementsAfter(headline, SEARCH)) {
    if (headline.contains(element) || !/^(p|h2|div|span)$/.test(element.localName)) continue;
    if (closestNamed(element, SET_APART)) continue;
    // A block that runs past the limit by its text nodes alone runs past it whole (the text
    // nodes' collapsed lengths add up to no more than the block's): the page's body wrappers
    // are skipped without reading all of their text.
    if (boundedTextLength(element, MAX_LENGTH) > MAX_LENGTH) continue;
    const text = elementText(element);
    if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) continue;
    const words = wordsOf(text);
    if (
      overlapOfWords(words, descriptionSet) >= STANDFIRST_IN_DESCRIPTION &&
      overlapOfWords(descriptionWords, new Set(words)) >= DESCRIPTION_IN_STANDFIRST &&
      !hiddenFromReaders(element)
    ) {
      return text;
    }
  }
  return null;
}

/** A copy of the summary the page keeps hidden (for sharing, for print) is not its standfirst. */
function hiddenFromReaders(element: Element): boolean {
  for (let up: Element | null = element; up; up = up.parentElement) {
    if (isHidden(up)) return true;
  }
  return false;
}

/** How much of the standfirst's start is looked for in the article. */
const OPENING = 60;
/** A label or dateline the page's copy may open with: "摘 要：", "BERLIN —". */
const LEAD_IN = /^[^.!?。！？]{1,30}?[：:—–]\s*/;

/**
 * Put the standfirst at the top of the extracted content unless the article already holds it.
 * Returns whether it was added. `content` is Readability's element in the working copy.
 * The article also holds it when it holds the words after a label or a dateline that the page's
 * copy opens with and the article's paragraph has not (or had cut).
 */
export function addStandfirst(content: Element, standfirst: string, articleText: string): boolean {
  const text = normalizeText(articleText);
  const held = (copy: string): boolean => text.includes(copy.slice(0, OPENING));
  const afterLeadIn = standfirst.replace(LEAD_IN, '');
  if (held(standfirst) || (afterLeadIn.length >= MIN_LENGTH && held(afterLeadIn))) return false;
  const paragraph = content.ownerDocument.createElement('p');
  paragraph.textContent = standfirst;
  const page = content.firstElementChild ?? content;
  page.insertBefore(paragraph, page.firstChild);
  return true;
}
