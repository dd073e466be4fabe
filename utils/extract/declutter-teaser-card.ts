/**
 * A teaser card set on its own (in the story, or between boxes): a heading that is nothing but
 * a link to another story of the site, with the card's picture, date and summary around it.
 * Lists of such cards are declutter-teasers.ts's; a card alone is found by its heading.
 */
import { clue, type Clue, type ClueContext } from './declutter-clue.ts';
import { boundedTextLength, enclosingBlock } from './declutter-block.ts';
import { closestLink, descendants, linksUnder } from './dom-walk.ts';
import { storyPath } from './declutter-teasers.ts';
import { sharedPageUrl } from './url-key.ts';
import { elementText } from './text.ts';
import { textRuleFor } from './declutter-label-clues.ts';

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

/** What a card is measured against: the page's headline stays out of it. */
export interface CardScope {
  headline: Element | null;
  protect: readonly Element[];
  /** The page's address (its links to itself are not teasers). */
  page: URL;
}

/**
 * The link a teaser's heading is: one link inside it ("<h3><a>…</a></h3>"), or the one link
 * around it that leads with its words ("<a><img><h3>…</h3></a>", the whole card as a link).
 */
function headingLink(heading: Element, title: string): Element | null {
  const links = linksUnder(heading);
  if (links.length > 1) return null;
  if (links.length === 1) return elementText(links[0]!) === title ? links[0]! : null;
  const around = closestLink(heading);
  return around && elementText(around).startsWith(title) ? around : null;
}

/**
 * The card around a heading that is a link to another story of the site and nothing else, with
 * the card's picture, date and summary, and that link; null when the heading is no such link.
 */
export function teaserCardOf(
  heading: Element,
  scope: CardScope,
): { card: Element; link: Element } | null {
  if (!HEADING.test(heading.localName) || scope.headline?.contains(heading)) return null;
  if (boundedTextLength(heading, CARD_TEXT) > CARD_TEXT) return null; // a heading around a section
  const title = elementText(heading);
  // "Join Our Newsletter" linking to the sign-up page is the box's title, not a story's.
  if (title.length < HEADLINE || textRuleFor(title)) return null;
  const link = headingLink(heading, title);
  if (!link || !storyPath(link, scope.page)) return null;
  const card = enclosingBlock(heading, {
    maxText: CARD_TEXT,
    protect: scope.protect,
    // The card opens with its headline (a picture has no text) and holds no story paragraph.
    accept: (candidate) =>
      elementText(candidate).startsWith(title) && !holdsLongParagraph(candidate),
  });
  return { card, link };
}

/** The clue a heading gives when it is a link to another story and nothing else. */
export function teaserCardClue(heading: Element, context: ClueContext): Clue | null {
  if (!HEADING.test(heading.localName)) return null; // asked of every element: the cheap test first
  const page = sharedPageUrl(context.pageUrl);
  if (!page) return null;
  // The card is grown here, not by declutter.ts: its date line is a clue of another kind, and
  // would stop the card at its heading.
  const found = teaserCardOf(heading, {
    headline: context.headline,
    protect: context.protect,
    page,
  });
  return found ? { ...clue(found.card, 'related', 'a teaser of another story'), maxText: 0 } : null;
}
