/**
 * Lazy-loaded images, made real in the working copy before Readability sees them: a page that
 * loads its pictures by script leaves `src` empty or pointing at a placeholder and keeps the real
 * address in `data-src`, `data-srcset`, `data-original`…, in a <picture>'s <source data-srcset>,
 * or in a <noscript> copy next to the placeholder. Readability handles some of these shapes and
 * drops the rest (it deletes every <noscript> it has not unwrapped). AMP's <amp-img> too.
 *
 * Elements are found by walks (dom-walk.ts) rather than `querySelectorAll`: the same elements in
 * the same order, each list taken at the same point as before, at a fraction of jsdom's cost.
 */
import { AMP_EMBED_NAMES, unwrapAmpEmbeds } from './amp-embeds.ts';
import { descendantsNamed, firstNamed } from './dom-walk.ts';

const IMG = new Set(['img']);

/** Attributes pages use for the real image address, most specific first. */
const LAZY_SRC_ATTRIBUTES = [
  'data-src', 'data-lazy-src', 'data-original', 'data-lazyload', 'data-lazy', 'data-url',
  'data-hi-res-src', 'data-full-src', 'data-original-src', 'data-echo', 'data-img-src',
  'data-image', 'data-actualsrc', 'data-baseurl',
]; // prettier-ignore
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];

/** A `src` that only holds the place of the real image. */
const PLACEHOLDER_SRC =
  /^data:|(?:^|[/_.-])(?:blank|spacer|pixel|placeholder|transparent|lazy|loading|loader|grey|gray|1x1|empty)(?:[/_.-]|$)/i;
const IMAGE_URL = /^(?:https?:)?\/\/|^\/|\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

function isPlaceholder(src: string | null): boolean {
  if (src === null) return true;
  const value = src.trim();
  return value === '' || value === '#' || PLACEHOLDER_SRC.test(value);
}

/** The address of the largest candidate of a srcset (by its `w` or `x` descriptor). */
export function largestCandidate(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+|,(?=https?:|\/)/)) {
    const [url, descriptor] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = descriptor ? parseFloat(descriptor) || 0 : 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

function firstAttribute(element: Element, names: readonly string[], valid: RegExp): string | null {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value && valid.test(value)) return value;
  }
  return null;
}

function fixImage(img: Element): void {
  const lazySrcset = firstAttribute(img, LAZY_SRCSET_ATTRIBUTES, /\S/);
  if (lazySrcset && !img.getAttribute('srcset')?.trim()) img.setAttribute('srcset', lazySrcset);
  if (!isPlaceholder(img.getAttribute('src'))) return;
  const lazySrc = firstAttribute(img, LAZY_SRC_ATTRIBUTES, IMAGE_URL);
  const fromSrcset = img.getAttribute('srcset')
    ? largestCandidate(img.getAttribute('srcset')!)
    : null;
  const real = lazySrc ?? fromSrcset;
  if (real) img.setAttribute('src', real);
}

function fixSource(source: Element): void {
  const lazySrcset = firstAttribute(source, LAZY_SRCSET_ATTRIBUTES, /\S/);
  if (lazySrcset && !source.getAttribute('srcset')?.trim())
    source.setAttribute('srcset', lazySrcset);
}

/** An <img> parsed out of a <noscript> whose content is text (a page read with scripting on). */
function imageFromNoscriptText(noscript: Element, parser: DOMParser | null): Element | null {
  const markup = noscript.textContent ?? '';
  if (!parser || !/<img\b/i.test(markup)) return null;
  const parsed = parser.parseFromString(`<body>${markup}`, 'text/html');
  const img = firstNamed(parsed, IMG);
  return img ? noscript.ownerDocument.importNode(img, false) : null;
}

/** The image a <noscript> holds, if it holds exactly one. */
function noscriptImage(noscript: Element, parser: DOMParser | null): Element | null {
  const images = descendantsNamed(noscript, 'img');
  if (images.length === 1) return images[0]!;
  if (images.length === 0 && noscript.children.length === 0) {
    return imageFromNoscriptText(noscript, parser);
  }
  return null;
}

/** The placeholder image a <noscript> stands in for: its previous sibling, or its parent's. */
function placeholderBefore(noscript: Element): Element | null {
  const previous = noscript.previousElementSibling;
  const candidate =
    previous?.localName === 'img' ? previous : previous ? firstNamed(previous, IMG) : null;
  if (candidate && isPlaceholder(candidate.getAttribute('src'))) return candidate;
  return null;
}

/**
 * Unwrap <noscript> images: replace the placeholder before it, or stand in place of the
 * <noscript> where no real image sits beside it.
 */
function unwrapNoscripts(
  noscripts: readonly Element[],
  parser: DOMParser | null,
  added: Element[],
): void {
  for (const noscript of noscripts) {
    const img = noscriptImage(noscript, parser);
    if (!img || isPlaceholder(img.getAttribute('src'))) continue;
    const placeholder = placeholderBefore(noscript);
    const parent = noscript.parentElement;
    const hasRealSibling =
      !placeholder &&
      parent !== null &&
      descendantsNamed(parent, 'img').some(
        (other) => !noscript.contains(other) && !isPlaceholder(other.getAttribute('src')),
      );
    if (hasRealSibling) continue;
    const real = img.ownerDocument === noscript.ownerDocument ? img : img.cloneNode(false);
    // Not in the caller's list yet: a copy, or an image parsed from the <noscript>'s text.
    if (real !== img || img.parentNode === null) added.push(real as Element);
    if (placeholder) {
      placeholder.replaceWith(real);
      noscript.remove();
    } else {
      noscript.replaceWith(real);
    }
  }
}

/** The attributes of an AMP image that an <img> understands. */
const AMP_IMAGE_ATTRIBUTES = ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'];

/**
 * AMP pages write images as <amp-img>, which only AMP's script turns into an <img>; Readability
 * and the sanitizer know no <amp-img>, so the picture would be lost. Each becomes a plain <img>
 * (one the AMP runtime already rendered inside it is used as it is).
 */
function unwrapAmpImages(amps: readonly Element[], added: Element[]): void {
  for (const amp of amps) {
    const rendered = firstNamed(amp, IMG);
    if (rendered) {
      amp.replaceWith(rendered);
      continue;
    }
    const img = amp.ownerDocument.createElement('img');
    for (const name of AMP_IMAGE_ATTRIBUTES) {
      const value = amp.getAttribute(name);
      if (value !== null) img.setAttribute(name, value);
    }
    amp.replaceWith(img);
    added.push(img);
  }
}

/**
 * Make lazy images under `root` real, and AMP's embeds frames (amp-embeds.ts: the same walk
 * finds both). `parser` reads <noscript> text where scripting was on.
 */
export function fixLazyImages(root: Element, parser: DOMParser | null): void {
  // One walk lists every kind; the images the unwrapping makes are added to it as they come.
  // (An image it takes out of the page keeps its place in the list: fixing it changes nothing.)
  const found = descendantsNamed(
    root,
    'amp-img',
    'amp-anim',
    'noscript',
    'source',
    'img',
    ...AMP_EMBED_NAMES,
  );
  const named = (...names: readonly string[]) =>
    found.filter((element) => names.includes(element.localName));
  const added: Element[] = [];
  unwrapAmpImages(named('amp-img', 'amp-anim'), added);
  unwrapAmpEmbeds(named(...AMP_EMBED_NAMES));
  unwrapNoscripts(named('noscript'), parser, added);
  // fixSource and fixImage change attributes only, each element's own.
  for (const source of named('source')) fixSource(source);
  for (const img of [...named('img'), ...added]) fixImage(img);
}
