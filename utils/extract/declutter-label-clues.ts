/**
 * Clues read from a short text (a label, heading, button or one-line block): ad labels, share
 * and page-tool bars, breadcrumb trails, "Read more:" pointers, photo credits, and the phrases of TEXT_RULES
 * (empty comments, AI promos, app banners, newsletters, cookie notices).
 */
import { closestLink, closestNamed, descendantsNamed, firstNamed, textOf } from './dom-walk.ts';
import { collapsedLength } from './weighted-length.ts';
import { ADVERT_LABEL, SHARE_LABEL, TEXT_RULES, type TextRule } from './declutter-patterns.ts';
import { isBareMoreLabel } from './related-labels.ts';
import {
  ABOUT_SITE,
  AUTHOR_BIO,
  BREADCRUMB_START,
  COMMENT_FORM_LABEL,
  COPYRIGHT,
  COPYRIGHT_LINE,
  EPOCH_TIMESTAMP,
  HOME_WORD,
  ONE_TOOL,
  PHOTO_BY,
  PHOTO_CREDIT,
  POST_DETAILS,
  RATING_PROMPT,
  READ_MORE,
  RIGHTS_NOTICE,
  SHARE_ON,
  SHOWTIMES,
  TAGS_LABEL,
  TOOLS_ONLY,
  VIEW_COUNT,
} from './declutter-words.ts';
import { boundedTextLength } from './declutter-block.ts';
import { clue, type Clue } from './declutter-clue.ts';
import { isDateLine } from './declutter-header.ts';
import { creditClue, noticePartClue } from './declutter-credit-clues.ts';
import { elementText } from './text.ts';
import { DATE_LINE_REASON } from './declutter-post-times.ts';

/**
 * Every TEXT_RULES pattern in one, case-insensitive: no text it misses can match any of them
 * (the rules' own tests, case-sensitive ones included, are narrower).
 */
const ANY_TEXT_RULE = new RegExp(
  TEXT_RULES.map((rule) => `(?:${rule.pattern.source})`).join('|'),
  'iu',
);

/**
 * The rule a short text's phrase gives. `inProse`: the text is a paragraph among the story's
 * paragraphs, where only whole-line rules count.
 */
export function textRuleFor(text: string, inProse = false): TextRule | null {
  // Most short texts match no rule: one test of all the patterns at once says so.
  if (!ANY_TEXT_RULE.test(text)) return null;
  for (const rule of TEXT_RULES) {
    if (inProse && !rule.wholeLine) continue;
    // The case-sensitive test is the cheaper one and rules most texts out.
    if ((!rule.requires || rule.requires.test(text)) && rule.pattern.test(text)) {
      if (!rule.unless?.test(text)) return rule;
    }
  }
  return null;
}

const TOOLS_BAR_TEXT = 120;
const POINTER_BLOCK_TEXT = 400;
const POINTER_OWN_TEXT = 60;

const LINK_NAME = new Set(['a']);
const FIGURE = new Set(['figure', 'figcaption']);
const NAV = new Set(['nav']);
const IMAGE = new Set(['img', 'picture', 'video']);

/** Text under `root` outside links, counting stopped past `limit`. */
export function nonLinkTextLength(root: Element, limit: number): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // `parentElement.closest('a')` by parent links: it is asked for every text node.
    if (node.parentElement && closestNamed(node.parentElement, LINK_NAME)) continue;
    length += collapsedLength(node.nodeValue ?? '');
    if (length > limit) break;
  }
  return length;
}

const LINE = new Set(['p', 'li']);

/**
 * The paragraph (or list item) a label opens when the rest of it is one link: "<p><b>MORE:</b>
 * <a>…</a></p>", a pointer to one story; else null. related-blocks.ts asks it too.
 */
export function pointerLine(label: Element): Element | null {
  const line = closestNamed(label, LINE);
  if (!line || line === label || descendantsNamed(line, 'a').length !== 1) return null;
  return nonLinkTextLength(line, POINTER_OWN_TEXT) <= collapsedLength(textOf(label)) + 3
    ? line
    : null;
}

/** Tool names in a tools-only text ("Print | E-mail" has two). */
function toolCount(text: string): number {
  return text.split(/[\s:|·•/,()[\]【】「」-]+/).filter(Boolean).length;
}

/**
 * "Print · E-mail · Font size": grows while the block says nothing but tool names, and counts
 * only with two tools or more (a lone "PDF" link may be the story's own document).
 */
function toolsClue(label: Element): Clue {
  const isToolsBar = (candidate: Element): boolean =>
    boundedTextLength(candidate, TOOLS_BAR_TEXT) <= TOOLS_BAR_TEXT &&
    TOOLS_ONLY.test(elementText(candidate));
  return {
    ...clue(label, 'share-bar', 'page tools (print, e-mail, share)'),
    maxText: TOOLS_BAR_TEXT,
    accept: isToolsBar,
    keep: (block) => isToolsBar(block) && toolCount(elementText(block)) >= 2,
  };
}

const BREADCRUMB_TEXT = 200;
const BREADCRUMB_LEVELS = 3;

/** "Home » World » Europe": the block around a first crumb, when it is a trail of links. */
function breadcrumbClue(crumb: Element): Clue | null {
  let trail: Element | null = crumb;
  for (let level = 0; level < BREADCRUMB_LEVELS && trail; level++) {
    trail = trail.parentElement;
    if (!trail || boundedTextLength(trail, BREADCRUMB_TEXT) > BREADCRUMB_TEXT) return null;
    const text = elementText(trail);
    const links = descendantsNamed(trail, 'a').length;
    if (
      links >= 2 &&
      text.length > elementText(crumb).length &&
      nonLinkTextLength(trail, 20) <= 20
    ) {
      return { ...clue(trail, 'navigation', 'breadcrumb navigation'), maxText: 0 };
    }
  }
  return null;
}

/** A pointer's label ("Read more:", "» À lire aussi :") is a few words: at most this long. */
export const POINTER_LABEL = 30;

/** A pointer's label is a few words, or its line holds the link it points with. */
function isPointerShaped(label: Element, text: string): boolean {
  return text.length <= POINTER_LABEL || firstNamed(label, LINK_NAME) !== null;
}

/** "Read more:" and the links after it: grows while the block is mostly links. */
function pointerClue(label: Element): Clue {
  return {
    ...clue(label, 'related', 'links to other stories'),
    maxText: POINTER_BLOCK_TEXT,
    accept: (candidate) => nonLinkTextLength(candidate, POINTER_OWN_TEXT) <= POINTER_OWN_TEXT,
  };
}

/**
 * "Photo: X", or "(Photo by X)" standing apart: set beside its image (an image in the same
 * element), a credit worded as a phrase is the image's caption, which the reader keeps.
 */
function isPhotoCredit(label: Element, text: string): boolean {
  if (PHOTO_CREDIT.test(text)) return true;
  const holder = label.parentElement;
  return PHOTO_BY.test(text) && (!holder || !firstNamed(holder, IMAGE));
}

/** The label's own words are few: it is "Topics:" and its links (a line of tags in the prose). */
const LINK_LIST_OWN_TEXT = 30;

function linkList(label: Element): boolean {
  return (
    firstNamed(label, LINK_NAME) !== null &&
    nonLinkTextLength(label, LINK_LIST_OWN_TEXT) <= LINK_LIST_OWN_TEXT
  );
}

/** "Tags: a, b, c": the line with its links, while it is mostly links. */
function tagsClue(label: Element): Clue {
  return {
    ...clue(label, 'navigation', 'topic tags'),
    maxText: POINTER_BLOCK_TEXT,
    accept: (candidate) => nonLinkTextLength(candidate, POINTER_OWN_TEXT) <= POINTER_OWN_TEXT,
  };
}

const PROSE_NEIGHBOUR = 100;
/** A listings widget (a dozen films with their showtimes) holds at most this much text. */
const LISTINGS_TEXT = 1000;
/** A date line anywhere in the page ("Gustaf Kilander 2 March 2024 21:00") is this short… */
const DATE_LINE = 60;
/** …or this, with two dates ("Published: 22.12.2011 02:00 | Updated: 25.12.2011 04:39"). */
const TWO_DATE_LINE = 90;
/** Where a date line may be a table's, list's, figure's or quote's own. */
const DATE_LINE_HOLDERS = new Set(['table', 'li', 'figure', 'blockquote']);

/**
 * Whether a date line is data: a table's, a figure's, a quote's (an embedded post's date), or an
 * item's of a list of several. A list of one item is the page's date line set as a list.
 */
function isDataDate(label: Element): boolean {
  const holder = closestNamed(label, DATE_LINE_HOLDERS);
  if (!holder) return false;
  return (
    holder.localName !== 'li' || !!(holder.previousElementSibling ?? holder.nextElementSibling)
  );
}

function isPageDateLine(label: Element, text: string): boolean {
  if (text.length > TWO_DATE_LINE || (text.length > DATE_LINE && inProseRun(label))) return false;
  return isDateLine(text) && !isDataDate(label);
}

/**
 * A paragraph among paragraphs is the story talking ("…the newsletter of the guild praised"),
 * however short: the phrases of TEXT_RULES only count in labels, headings, buttons and boxes.
 */
function inProseRun(label: Element): boolean {
  if (label.localName !== 'p') return false;
  return [label.previousElementSibling, label.nextElementSibling].some(
    (neighbour) =>
      neighbour?.localName === 'p' &&
      boundedTextLength(neighbour, PROSE_NEIGHBOUR) >= PROSE_NEIGHBOUR,
  );
}

/** A short text that names its block: "No comments yet…", "Advertisement", "Share". */
export function labelClue(label: Element, text: string): Clue | null {
  if (ADVERT_LABEL.test(text)) return clue(label, 'advert', 'an advertisement');
  if (SHARE_LABEL.test(text) || SHARE_ON.test(text)) {
    return clue(label, 'share-bar', 'buttons to share the page');
  }
  if (RATING_PROMPT.test(text) && text.length <= 120) {
    return clue(label, 'other', 'a prompt to rate the article');
  }
  if (ONE_TOOL.test(text) || TOOLS_ONLY.test(text)) return toolsClue(label);
  if (BREADCRUMB_START.test(text)) return clue(label, 'navigation', 'breadcrumb navigation');
  if (HOME_WORD.test(text)) return breadcrumbClue(label);
  // Among the story's paragraphs, a line opening "Click here to read the full report…" with no
  // link in it is the story's sentence, not a pointer.
  if (
    READ_MORE.test(text) &&
    text.length <= 120 &&
    (isPointerShaped(label, text) || !inProseRun(label))
  ) {
    return pointerClue(label);
  }
  if (isBareMoreLabel(text) && pointerLine(label)) return pointerClue(label);
  if (TAGS_LABEL.test(text) && text.length <= 200 && (!inProseRun(label) || linkList(label))) {
    return tagsClue(label);
  }
  if (text.length <= 80 && isPhotoCredit(label, text) && !closestNamed(label, FIGURE)) {
    return { ...clue(label, 'other', 'a photo credit'), maxText: 0 };
  }
  if (COMMENT_FORM_LABEL.test(text) && text.length <= 80) {
    return clue(label, 'comments', 'an invitation to comment');
  }
  // A bare Unix timestamp means nothing to a reader; a time of day ("11:05") heads a live
  // blog's post and stays.
  if (EPOCH_TIMESTAMP.test(text)) return { ...clue(label, 'other', 'a timestamp'), maxText: 0 };
  if (VIEW_COUNT.test(text)) return { ...clue(label, 'other', 'a view counter'), maxText: 0 };
  const bio = authorBioClue(label, text, null);
  if (bio) return bio;
  if (isPageDateLine(label, text)) return { ...clue(label, 'other', DATE_LINE_REASON), maxText: 0 };
  if (SHOWTIMES.test(text)) {
    return { ...clue(label, 'other', 'a listings widget (showtimes)'), maxText: LISTINGS_TEXT };
  }
  const credit = creditClue(label, text);
  if (credit) return credit;
  const rule = textRuleFor(text, inProseRun(label));
  // A menu's "Donate" or "Newsletters" item is a link of the menu, not a box of its own.
  if (!rule || closestNamed(label, NAV) || (rule.notALink && closestLink(label))) return null;
  const found = clue(label, rule.kind, rule.reason);
  return rule.maxText === undefined ? found : { ...found, maxText: rule.maxText };
}

/**
 * "Jane Doe is a reporter for …": a bio box, when it names the byline's author, or reads like a
 * bio and stands apart from the story's paragraphs.
 */
export function authorBioClue(label: Element, text: string, byline: string | null): Clue | null {
  if (!AUTHOR_BIO.test(text)) return null;
  const namesAuthor =
    byline !== null && byline.length > 2 && text.startsWith(byline.split(/[,&]| and /)[0]!.trim());
  if (!namesAuthor && inProseRun(label)) return null;
  return { ...clue(label, 'other', 'about the author'), maxText: 700 };
}

const FOOTER_LINE = 150;
/** A post's details line, with its categories and the theme's sentences on feeds and replies. */
const POST_DETAILS_LINE = 500;

/** "© 2025 Site", "Site, serving the town since 1891.": a footer line, when not in the story. */
export function footerClue(label: Element, text: string, siteName: string | null): Clue | null {
  const noticePart = noticePartClue(label, text);
  if (noticePart) return noticePart;
  // A line that claims the copyright and forbids reuse is the site's, even where it closes the
  // story's run of paragraphs: Korean papers end every story with "<저작권자 ⓒ 한빛일보,
  // 무단전재 및 재배포 금지>". Either alone may be the story quoting one.
  if (COPYRIGHT.test(text) && RIGHTS_NOTICE.test(text)) {
    return clue(label, 'other', 'a rights or reprint notice');
  }
  // Under a blog's post, even right after its last paragraph: the date and the categories the
  // header shows, and the feed and the comments below.
  if (text.length <= POST_DETAILS_LINE && POST_DETAILS.test(text)) {
    return { ...clue(label, 'other', "the post's details (posted on, filed under)"), maxText: 0 };
  }
  const footer = { ...clue(label, 'navigation', "the site's footer"), maxText: 0 };
  // Wire copy ends with its agency's line, set as one more paragraph of the story.
  if (text.length <= FOOTER_LINE && COPYRIGHT_LINE.test(text)) return footer;
  if (inProseRun(label)) return null;
  // A rights notice is a paragraph of legal text: longer than a footer line, and its box (a
  // "Notice:" title, the contact lines) goes with it.
  if (RIGHTS_NOTICE.test(text)) return clue(label, 'other', 'a rights or reprint notice');
  if (text.length > FOOTER_LINE) return null;
  if (COPYRIGHT.test(text)) return footer;
  const site = siteName?.trim().toLowerCase();
  // No comma, no "Site," (lower-casing adds none): most texts are spared the lower-cased copy.
  if (site && site.length >= 3 && text.includes(',') && text.toLowerCase().startsWith(`${site},`)) {
    return footer;
  }
  if (site && site.length >= 3 && ABOUT_SITE.test(text)) return aboutSiteClue(label, site);
  return null;
}

/** The longest box in which a site describes itself. */
const ABOUT_BOX = 700;

/**
 * "Mission Statement: Example.com is a leading portal for …": the site's description of itself,
 * under its heading. The box must name the site; a heading alone, or an "About us" link in a
 * menu, is left to the rules for navigation.
 */
function aboutSiteClue(label: Element, site: string): Clue | null {
  if (closestLink(label)) return null;
  const namesSite = (block: Element): boolean =>
    block !== label && textOf(block).toLowerCase().includes(site);
  return {
    ...clue(label, 'other', 'the site describing itself (about us)'),
    maxText: ABOUT_BOX,
    keep: namesSite,
  };
}
