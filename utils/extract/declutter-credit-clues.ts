/**
 * The small print around a story that says who made it, not what happened: credit lines ("Source:
 * AP", "Źródło: PAP", "[编辑：杨洁]") and the parts of a site's rights notice box that the notice
 * itself does not carry (its "Notice:" title, the contact lines under it).
 */
import { closestNamed, textOf } from './dom-walk.ts';
import { clue, type Clue } from './declutter-clue.ts';
import {
  CONTACT_FIELD,
  CREDIT_LABEL,
  CREDIT_PHRASE,
  NOTICE_TITLE,
  RIGHTS_NOTICE,
  WEB_ADDRESS,
} from './declutter-words.ts';
import { elementText } from './text.ts';

/**
 * What follows a credit's label is a name or two ("PAP", "Anna Nowak, Reuters"), or the address
 * of the source (WEB_ADDRESS), which may be long.
 */
const CREDIT_NAME = 60;
/** The longest credit line a block around a lone "Source:" label may grow to. */
const CREDIT_LINE = 200;
/** Where a credit may belong to the picture or the data it sits under. */
const CAPTION_OR_CELL = new Set(['figure', 'figcaption', 'td', 'th']);
/** How much of a neighbour is read to see whether it is a rights notice. */
const NOTICE_SAMPLE = 1000;

/** The credit a text states after its label ("PAP"), or null when it is not a credit line. */
function creditOf(text: string): string | null {
  const label = CREDIT_LABEL.exec(text) ?? CREDIT_PHRASE.exec(text);
  if (!label) return null;
  const rest = text
    .slice(label[0].length)
    .replace(/[\])）】]\s*$/, '')
    .trim();
  // A sentence after the label is the story talking ("Source: the ministry said that …").
  if (rest.length > CREDIT_NAME && !WEB_ADDRESS.test(rest)) return null;
  return /[.?!]\s+\p{L}/u.test(rest) ? null : rest;
}

/** A caption's credit, or a table's source note (a cell that says nothing else), stays. */
function isCaptionOrDataCredit(label: Element, text: string): boolean {
  const holder = closestNamed(label, CAPTION_OR_CELL);
  if (!holder) return false;
  if (holder.localName === 'figure' || holder.localName === 'figcaption') return true;
  // A layout table's cell holds the whole story; a data table's note is all its cell says.
  return elementText(holder) === text;
}

/**
 * "Źródło: PAP", "Источник: 4geo.ru": a line naming the story's source, editor or author. The
 * reader's header has the byline and the site; a label alone grows to the line it opens.
 */
export function creditClue(label: Element, text: string): Clue | null {
  if (creditOf(text) === null || isCaptionOrDataCredit(label, text)) return null;
  const isCreditLine = (block: Element): boolean => !!creditOf(elementText(block));
  return {
    ...clue(label, 'other', 'a credit line (source, editor)'),
    maxText: CREDIT_LINE,
    accept: isCreditLine,
    keep: isCreditLine,
  };
}

function isRightsNotice(element: Element | null): boolean {
  return !!element && RIGHTS_NOTICE.test(textOf(element).slice(0, NOTICE_SAMPLE));
}

/**
 * The title above a rights notice ("声明：", "Disclaimer") and the contact lines under it
 * ("电话：… 传真：…"): the box's other parts, when the page sets them as blocks of their own.
 */
export function noticePartClue(label: Element, text: string): Clue | null {
  if (NOTICE_TITLE.test(text) && isRightsNotice(label.nextElementSibling)) {
    return { ...clue(label, 'other', 'a rights or reprint notice'), maxText: 0 };
  }
  // Every contact field has its colon; most texts have none.
  const hasColon = text.includes(':') || text.includes('：');
  if (hasColon && CONTACT_FIELD.test(text) && isRightsNotice(label.previousElementSibling)) {
    return { ...clue(label, 'other', 'a rights or reprint notice'), maxText: 0 };
  }
  return null;
}
