/**
 * Clues: the small things that give a clutter block away. One pass over the elements (links,
 * images, frames, dialogs, forms, labelled regions, one-link paragraphs) and one over short
 * texts (labels, buttons, headings); each clue names the kind of clutter and how large its block
 * may grow. No per-node style computation and no nested scans: one look at each element and
 * each short text, plus a bounded climb per clue.
 */
import type { Clue, ClueContext } from './declutter-clue.ts';
import { boundedTextLength } from './declutter-block.ts';
import { descendants, hasOwnText } from './dom-walk.ts';
import { elementClue } from './declutter-element-clues.ts';
import { authorBioClue, footerClue, labelClue } from './declutter-label-clues.ts';
import { commentSectionClues, commentsHeadingClues } from './declutter-comments.ts';
import { READ_MORE, REPLY_ACTION } from './declutter-words.ts';
import { pointerListClues } from './declutter-pointer-list.ts';
import { isPullQuoteCandidate, pullQuoteClues } from './declutter-pull-quotes.ts';
import { COMMENTS_HEADING } from './declutter-patterns.ts';
import { headerLineClues, kickerClue } from './declutter-header.ts';
import { elementText } from './text.ts';
import { withoutPostTimes } from './declutter-post-times.ts';

/** The longest text read as a label (a heading, button or caption line), not a paragraph. */
const MAX_LABEL = 200;
/** The longest "See also" label. */
const MAX_POINTER = 120;
/** The longest author bio or rights notice. */
const MAX_BIO = 700;

/** Every clue in `root`. */
export function findClues(root: Element, context: ClueContext): Clue[] {
  const clues: Clue[] = [];
  const replyActions: Element[] = [];
  const commentHeadings: Element[] = [];
  const pointerHeadings: Element[] = [];
  const quotes: Element[] = [];
  // One pass: each element is looked at for what it is, and for what its own short text says.
  for (const element of descendants(root)) {
    const found =
      elementClue(element, context) ??
      shortTextClue(element, context, { replyActions, commentHeadings, pointerHeadings });
    if (found) clues.push(found);
    else if (isPullQuoteCandidate(element)) quotes.push(element);
  }
  clues.push(...commentSectionClues(replyActions, context.protect));
  for (const heading of commentHeadings) clues.push(...commentsHeadingClues(heading, context));
  for (const heading of pointerHeadings) clues.push(...pointerListClues(heading, context.protect));
  clues.push(...pullQuoteClues(quotes, context.protect, context.storyStart));
  if (context.headline && context.storyStart) {
    clues.push(...headerLineClues(context.headline, context.storyStart));
  }
  const kicker = context.headline ? kickerClue(context.headline, context.pageUrl) : null;
  if (kicker) clues.push(kicker);
  return withoutPostTimes(clues);
}

/** Short texts kept for a look after the pass: they need the clues of their neighbours. */
interface Later {
  replyActions: Element[];
  commentHeadings: Element[];
  /** "See also" labels, whose link lines may follow them as siblings. */
  pointerHeadings: Element[];
}

/** The clue an element's short text gives ("Advertisement", "Reply", "No comments yet…"). */
function shortTextClue(element: Element, context: ClueContext, later: Later): Clue | null {
  if (!hasOwnText(element) || context.headline?.contains(element)) return null;
  const length = boundedTextLength(element, MAX_BIO);
  if (length > MAX_BIO) return null;
  const text = elementText(element);
  // An author's bio box runs longer than a label.
  if (length > MAX_LABEL) {
    return (
      authorBioClue(element, text, context.byline) ?? footerClue(element, text, context.siteName)
    );
  }
  if (REPLY_ACTION.test(text)) {
    later.replyActions.push(element);
    return null;
  }
  if (COMMENTS_HEADING.test(text)) later.commentHeadings.push(element);
  if (text.length <= MAX_POINTER && READ_MORE.test(text)) later.pointerHeadings.push(element);
  return labelClue(element, text) ?? footerClue(element, text, context.siteName);
}
