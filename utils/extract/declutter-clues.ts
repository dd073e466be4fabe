/**
 * Clues: the small things that give a clutter block away. One pass over the elements (links,
 * images, frames, dialogs, forms, labelled regions) and one over short texts; each clue names
 * the kind of clutter and how large its block may grow. No per-node style computation and no
 * nested scans: the cost is one look at each element and each short text.
 */
import type { RemovalKind } from './types.ts';
import {
  isAdUrl,
  isAppStoreLink,
  isHomeLink,
  isShareLink,
  isStoreBadge,
  looksLikeLogo,
} from './declutter-links.ts';
import { ADVERT_LABEL, SHARE_LABEL, TEXT_RULES } from './declutter-patterns.ts';
import { boundedTextLength } from './declutter-block.ts';
import { descendants } from './dom-walk.ts';

export interface Clue {
  element: Element;
  kind: RemovalKind;
  reason: string;
  /** How much text the block around the clue may hold; 0 = the element alone is the block. */
  maxText: number;
}

/** The longest text read as a label (a heading, button or caption line), not a paragraph. */
const MAX_LABEL = 200;

const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);

function textRuleFor(text: string): (typeof TEXT_RULES)[number] | null {
  for (const rule of TEXT_RULES) {
    if (rule.pattern.test(text) && (!rule.requires || rule.requires.test(text))) return rule;
  }
  return null;
}

/** Block sizes by kind: a cookie notice carries a paragraph of legal text, a share bar a word. */
const MAX_TEXT: Record<RemovalKind, number> = {
  'app-banner': 400, logo: 0, 'empty-comments': 300, comments: 0, 'ai-promo': 300,
  newsletter: 500, 'share-bar': 120, 'cookie-notice': 1500, interstitial: 1500, advert: 40,
  related: 0, navigation: 0, 'duplicate-title': 0, other: 300,
}; // prettier-ignore

function clue(element: Element, kind: RemovalKind, reason: string): Clue {
  return { element, kind, reason, maxText: MAX_TEXT[kind] };
}

/** A logo is page furniture when it sits before the headline or links to the home page. */
function logoClue(img: Element, headline: Element | null, pageUrl: string): Clue | null {
  if (!looksLikeLogo(img) || img.closest('figure, p')) return null;
  const link = img.closest('a');
  const beforeHeadline =
    headline !== null && (img.compareDocumentPosition(headline) & 4) /* FOLLOWING */ !== 0;
  const home = link !== null && isHomeLink(link, pageUrl);
  if (!beforeHeadline && !home && !img.closest('header, nav, [role="banner"]')) return null;
  const linkIsJustTheLogo = link !== null && boundedTextLength(link, 0) === 0;
  return {
    element: linkIsJustTheLogo ? link : img,
    kind: 'logo',
    reason: 'the site logo',
    maxText: 0,
  };
}

function dialogClue(element: Element): Clue | null {
  const text = (element.textContent ?? '').slice(0, 2000);
  const rule = textRuleFor(text);
  if (rule?.kind === 'app-banner') {
    return { ...clue(element, 'interstitial', 'a "use the app" overlay'), maxText: 0 };
  }
  if (rule) return { ...clue(element, rule.kind, rule.reason), maxText: 0 };
  return element.getAttribute('aria-modal') === 'true'
    ? { ...clue(element, 'interstitial', 'an overlay covering the page'), maxText: 0 }
    : null;
}

function elementClue(element: Element, headline: Element | null, pageUrl: string): Clue | null {
  switch (element.localName) {
    case 'a': {
      const href = element.getAttribute('href') ?? '';
      if (isAppStoreLink(href)) return clue(element, 'app-banner', 'links to an app store');
      if (isShareLink(href)) return clue(element, 'share-bar', 'buttons to share the page');
      return null;
    }
    case 'img':
      if (isStoreBadge(element)) return clue(element, 'app-banner', 'app-store badges');
      if (isAdUrl(element.getAttribute('src') ?? '', pageUrl)) {
        return clue(element, 'advert', 'an advertisement');
      }
      return logoClue(element, headline, pageUrl);
    case 'iframe':
    case 'amp-ad':
    case 'amp-embed':
    case 'ins': {
      const src = element.getAttribute('src') ?? element.getAttribute('data-src') ?? '';
      const adSlot =
        element.localName === 'amp-ad' ||
        /\badsbygoogle\b/.test(element.getAttribute('class') ?? '') ||
        (src !== '' && isAdUrl(src, pageUrl));
      return adSlot ? clue(element, 'advert', 'an advertisement') : null;
    }
    case 'form':
      return Array.from(element.querySelectorAll('input')).some(
        (input) => input.getAttribute('type')?.toLowerCase() === 'email',
      )
        ? clue(element, 'newsletter', 'a sign-up form asking for an e-mail address')
        : null;
    default: {
      const role = element.getAttribute('role');
      if (role && DIALOG_ROLES.has(role)) return dialogClue(element);
      const label = element.getAttribute('aria-label');
      if (label && ADVERT_LABEL.test(label.trim())) {
        return clue(element, 'advert', 'an advertisement');
      }
      return null;
    }
  }
}

/** A short text that names its block: "No comments yet…", "Advertisement", "Share". */
function labelClue(label: Element, text: string): Clue | null {
  if (ADVERT_LABEL.test(text)) return clue(label, 'advert', 'an advertisement');
  if (SHARE_LABEL.test(text)) return clue(label, 'share-bar', 'buttons to share the page');
  const rule = textRuleFor(text);
  return rule ? clue(label, rule.kind, rule.reason) : null;
}

/** Every clue in `root`, in document order. */
export function findClues(root: Element, headline: Element | null, pageUrl: string): Clue[] {
  const clues: Clue[] = [];
  for (const element of descendants(root)) {
    const found = elementClue(element, headline, pageUrl);
    if (found) clues.push(found);
  }
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.trim().length ?? 0;
    const parent = node.parentElement;
    if (length < 2 || length > MAX_LABEL || !parent || seen.has(parent)) continue;
    seen.add(parent);
    if (headline?.contains(parent)) continue;
    if (boundedTextLength(parent, MAX_LABEL) > MAX_LABEL) continue;
    const text = (parent.textContent ?? '').replace(/\s+/g, ' ').trim();
    const found = labelClue(parent, text);
    if (found) clues.push(found);
  }
  return clues;
}
