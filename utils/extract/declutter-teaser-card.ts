/**
 * A teaser card set on its own (in the story, or between boxes): a heading that is nothing but
 * a link to another story of the site, with the card's picture, date and summary around it.
 * Lists of such cards are declutter-teasers.ts's; a card alone is found by its heading.
 */
import { clue, type Clue, type ClueContext } from './declutter-clue.ts';
import { boundedTextLength, enclosingBlock } from './declutter-block.ts';
import { descendants, linksUnder } from './dom-walk.ts';
import { storyPath } from './declutter-teasers.ts';
import { sharedPageUrl } from './url-key.ts';
import { elementText } from './text.ts';

const HEADING = /^h[2-6]$/;
/** A teaser's headline is at least this long (a shorter linked heading is a section's name). */
const HEADLINE = 15;
/** The card, summary included, says at most this much. */
const CARD_TEXT = 400;
/** A paragraph this long is the story's, and a card never takes one in. */
const STORY_PARAGRAPH = 120;

function holdsLongParagraph(element: Element): boolean {
  return descendants(element).some(
    (child) =>
      child.localName === 'p' && boundedTextLength(child, STORY_PARAGRAPH) > STORY_PARAGRAPH,
  );
}

/** The clue a heading gives when it is a link to another story and nothing else. */
export function teaserCardClue(heading: Element, context: ClueContext): Clue | null {
  if (!HEADING.test(heading.localName) || context.headline?.contains(heading)) return null;
  if (boundedTextLength(heading, CARD_TEXT) > CARD_TEXT) return null; // a heading around a section
  const links = linksUnder(heading);
  if (links.length !== 1) return null;
  const title = elementText(heading);
  if (title.length < HEADLINE || elementText(links[0]!) !== title) return null;
  const page = sharedPageUrl(context.pageUrl);
  if (!page || !storyPath(links[0]!, page)) return null;
  // The card is grown here, not by declutter.ts: its date line is a clue of another kind, and
  // would stop the card at its heading.
  const card = enclosingBlock(heading, {
    maxText: CARD_TEXT,
    protect: context.protect,
    // The card opens with its headline (a picture has no text) and holds no story paragraph.
    accept: (candidate) =>
      elementText(candidate).startsWith(title) && !holdsLongParagraph(candidate),
  });
  return { ...clue(card, 'related', 'a teaser of another story'), maxText: 0 };
}
