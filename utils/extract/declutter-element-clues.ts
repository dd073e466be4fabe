/**
 * Clues read from one element: where a link points (app stores, share dialogs), what an image
 * shows (store badges, the site logo), ad frames, dialogs and overlays, sign-up and comment
 * forms, regions labelled as ads or breadcrumbs, and paragraphs that are nothing but a link to
 * another story.
 */
import {
  isAdUrl,
  isAppStoreLink,
  isHomeLink,
  isShareLink,
  isStoreBadge,
  looksLikeLogo,
} from './declutter-links.ts';
import { ADVERT_LABEL } from './declutter-patterns.ts';
import {
  attributeOf,
  closestNamed,
  descendantsNamed,
  firstNamed,
  nameOf,
  roleOf,
  textOf,
} from './dom-walk.ts';
import { boundedTextLength } from './declutter-block.ts';
import { clue, type Clue, type ClueContext } from './declutter-clue.ts';
import { textRuleFor } from './declutter-label-clues.ts';
import { teaserListClue } from './declutter-teasers.ts';
import { teaserCardClue } from './declutter-teaser-card.ts';
import { forumExcerptsClue } from './declutter-forum-excerpts.ts';
import { elementText } from './text.ts';
import { sharedPageUrl, sharedUrl } from './url-key.ts';

const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);
/** A one-link paragraph shorter than this is a credit or a call to action, not a teaser. */
const TEASER_TEXT = 20;

const FIGURE_OR_PARAGRAPH = new Set(['figure', 'p']);
const LINK_NAME = new Set(['a']);

/** `img.closest('header, nav, [role="banner"]')`, by parent links (cheaper in jsdom). */
function inPageHeader(img: Element): boolean {
  for (let node: Element | null = img; node; node = node.parentElement) {
    const name = nameOf(node);
    if (name === 'header' || name === 'nav' || roleOf(node) === 'banner') return true;
  }
  return false;
}

/** A logo is page furniture when it sits before the headline or links to the home page. */
function logoClue(img: Element, context: ClueContext): Clue | null {
  if (!looksLikeLogo(img) || closestNamed(img, FIGURE_OR_PARAGRAPH)) return null;
  const link = closestNamed(img, LINK_NAME);
  const { headline, pageUrl } = context;
  const beforeHeadline =
    headline !== null && (img.compareDocumentPosition(headline) & 4) /* FOLLOWING */ !== 0;
  const home = link !== null && isHomeLink(link, pageUrl);
  if (!beforeHeadline && !home && !inPageHeader(img)) return null;
  const linkIsJustTheLogo = link !== null && boundedTextLength(link, 0) === 0;
  return { ...clue(linkIsJustTheLogo ? link : img, 'logo', 'the site logo'), maxText: 0 };
}

function dialogClue(element: Element): Clue | null {
  const text = textOf(element).slice(0, 2000);
  const rule = textRuleFor(text);
  if (rule?.kind === 'app-banner') {
    return { ...clue(element, 'interstitial', 'a "use the app" overlay'), maxText: 0 };
  }
  if (rule) return { ...clue(element, rule.kind, rule.reason), maxText: 0 };
  return element.getAttribute('aria-modal') === 'true'
    ? { ...clue(element, 'interstitial', 'an overlay covering the page'), maxText: 0 }
    : null;
}

const TEXTAREA = new Set(['textarea']);
const FORM = new Set(['form']);

function formClue(form: Element): Clue | null {
  if (firstNamed(form, TEXTAREA)) {
    return clue(form, 'comments', 'a form for posting a comment');
  }
  const inputTypes = descendantsNamed(form, 'input').map((input) =>
    input.getAttribute('type')?.toLowerCase(),
  );
  const types = new Set(inputTypes);
  // A password field is a sign-in box; the story never asks for one.
  if (types.has('password')) return clue(form, 'other', 'a sign-in form');
  if (types.has('email')) {
    return clue(form, 'newsletter', 'a sign-up form asking for an e-mail address');
  }
  return isPoll(form, inputTypes)
    ? clue(form, 'other', 'choices to tick and send (a poll, a quiz), which work on the page only')
    : null;
}

/** Inputs a poll is made of: choices, and a button to send them. */
const POLL_INPUTS = new Set(['radio', 'checkbox', 'submit', 'button', 'hidden', 'image']);
const SELECT = new Set(['select']);

/**
 * Choices to tick and send, and nothing to type or pick from a list: a poll or a quiz, which
 * works on the page only. (A search or a sign-up form has a box to type in; a property search
 * has lists.) A yes/no poll's choices are its buttons: one per answer ("YES", "NO").
 */
function isPoll(form: Element, inputTypes: readonly (string | undefined)[]): boolean {
  if (!inputTypes.every((type) => type !== undefined && POLL_INPUTS.has(type))) return false;
  const choices = inputTypes.filter((type) => type === 'radio' || type === 'checkbox');
  const answers = inputTypes.filter((type) => type === 'submit' || type === 'button');
  return (choices.length >= 2 || answers.length >= 2) && firstNamed(form, SELECT) === null;
}

const FIELDS = new Set(['input', 'select', 'button']);
/** Levels climbed from a loose text box to the fields set beside it. */
const FIELD_LEVELS = 6;
/** A comment box's text box is empty, or holds a prompt of at most this length. */
const PREFILLED = 40;
/** A comment box with its labels and fields says no more than this. */
const COMMENT_BOX_TEXT = 300;

/**
 * A text box's code for another site: a link back or a frame ("<a href=…>", "<iframe src=…>").
 * Scripts alone are an ad's code parked in a hidden box until the page loads it.
 */
const MARKUP = /<(a\s[^>]*href|iframe)\b/i;
/** What an embed box says around its code: "Code for your blog:", "Show the code", the sites. */
const EMBED_BOX_WORDS = 250;

/**
 * "Code for your blog" / "Republish this article": a text box holding the story as HTML to paste
 * into another site, with its labels and tabs. The code is the story again; the box is a tool.
 */
function embedCodeClue(textarea: Element): Clue {
  return {
    ...clue(textarea, 'share-bar', 'code to post the story on another site'),
    maxText: boundedTextLength(textarea, Infinity) + EMBED_BOX_WORDS,
    accept: () => true,
  };
}

/**
 * A text box set without a <form> (a script posts it) is a comment box all the same: the block
 * is the smallest one around it that also holds its other fields (name, e-mail, send).
 */
function looseTextBoxClue(textarea: Element): Clue | null {
  const prefilled = boundedTextLength(textarea, PREFILLED) > PREFILLED;
  if (prefilled && MARKUP.test(textOf(textarea))) return embedCodeClue(textarea);
  if (closestNamed(textarea, FORM)) return null; // the form's own clue
  // A box filled in advance holds code to copy (an embed), not a comment to write.
  if (prefilled) return null;
  let box: Element = textarea;
  for (let level = 0; level < FIELD_LEVELS && box.parentElement; level++) {
    const parent = box.parentElement;
    if (/^(body|main|article)$/.test(nameOf(parent))) break;
    if (boundedTextLength(parent, COMMENT_BOX_TEXT) > COMMENT_BOX_TEXT) break;
    box = parent;
    if (firstNamed(box, FIELDS)) break;
  }
  return { ...clue(box, 'comments', 'a form for posting a comment'), maxText: 0 };
}

/** What a pointer to the site's video, photos or podcast says before its link ("WATCH:"). */
const MEDIA_LABEL =
  /^(watch|video|photos?|pictures|in pictures|gallery|listen|podcast)\s*[:|–—-]\s*/iu;

/**
 * The one link a paragraph holds when the paragraph is nothing but that link (after a media
 * label: "WATCH: <a>…</a>"), else null.
 */
function soleLink(paragraph: Element): Element | null {
  let link: Element | null = null;
  const stack: Element[] = [paragraph];
  while (stack.length > 0) {
    const element = stack.pop()!;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (nameOf(child) === 'a') {
        if (link) return null;
        link = child;
      } else stack.push(child);
    }
  }
  if (!link) return null;
  const linkText = elementText(link);
  const allText = elementText(paragraph).replace(MEDIA_LABEL, '');
  return linkText.length >= TEASER_TEXT && linkText.length >= allText.length * 0.9 ? link : null;
}

/** A paragraph that is only a link to another page of the site: an in-body teaser. */
function teaserClue(paragraph: Element, context: ClueContext): Clue | null {
  const link = soleLink(paragraph);
  const href = link?.getAttribute('href');
  if (!link || !href || href.startsWith('#')) return null;
  const target = sharedUrl(href, context.pageUrl);
  const page = sharedPageUrl(context.pageUrl);
  if (!target || !page || target.host !== page.host || target.pathname === page.pathname) {
    return null;
  }
  return { ...clue(paragraph, 'related', 'a link to another story'), maxText: 0 };
}

export function elementClue(element: Element, context: ClueContext): Clue | null {
  return (
    ownClue(element, context) ??
    teaserListClue(element, context.pageUrl) ??
    teaserCardClue(element, context) ??
    forumExcerptsClue(element, context)
  );
}

function ownClue(element: Element, context: ClueContext): Clue | null {
  switch (nameOf(element)) {
    case 'a': {
      const href = attributeOf(element, 'href') ?? '';
      if (isAppStoreLink(href)) return clue(element, 'app-banner', 'links to an app store');
      if (isShareLink(href)) return clue(element, 'share-bar', 'buttons to share the page');
      return null;
    }
    case 'img':
      if (isStoreBadge(element)) return clue(element, 'app-banner', 'app-store badges');
      if (isAdUrl(attributeOf(element, 'src') ?? '', context.pageUrl)) {
        return clue(element, 'advert', 'an advertisement');
      }
      return logoClue(element, context);
    case 'iframe':
    case 'amp-ad':
    case 'amp-embed':
    case 'ins': {
      const src = element.getAttribute('src') ?? element.getAttribute('data-src') ?? '';
      const adSlot =
        nameOf(element) === 'amp-ad' ||
        /\badsbygoogle\b/.test(element.getAttribute('class') ?? '') ||
        (src !== '' && isAdUrl(src, context.pageUrl));
      return adSlot ? clue(element, 'advert', 'an advertisement') : null;
    }
    case 'form':
      return formClue(element);
    case 'textarea':
      return looseTextBoxClue(element);
    case 'p':
      return teaserClue(element, context);
    default: {
      const role = roleOf(element);
      if (role && DIALOG_ROLES.has(role)) return dialogClue(element);
      // A widget's tabs ("Summary | Companies"): controls that switch panels, not text. The
      // panels themselves are content and stay.
      if (role === 'tablist')
        return { ...clue(element, 'navigation', "a widget's tabs"), maxText: 0 };
      const label = attributeOf(element, 'aria-label')?.trim();
      if (label && ADVERT_LABEL.test(label)) return clue(element, 'advert', 'an advertisement');
      if (label && /breadcrumb/i.test(label)) {
        return { ...clue(element, 'navigation', 'breadcrumb navigation'), maxText: 0 };
      }
      return null;
    }
  }
}
