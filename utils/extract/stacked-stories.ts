/**
 * The stories an infinite-scroll page has stacked beside the one being read (focus.ts finds
 * them: whole <article>s with a headline and prose of their own) are related stories too. The
 * reader shows only the story with the page's headline; the next one is offered in the side
 * panel, as the page's "read next" blocks are. Reads only.
 */
import type { RelatedArticle } from './types.ts';
import { readCard, type CardContext } from './related-card.ts';
import { absoluteHttpUrl, pageKey } from './url-key.ts';
import { closestNamed, descendants, descendantsNamed, nameOf } from './dom-walk.ts';
import { elementText, snippet } from './text.ts';
import { ownHeadlineOf } from './focus.ts';

/**
 * Attributes such pages keep a stacked story's address in, on its <article>: data-url,
 * data-href, data-permalink, data-story-url, data-article-url, data-canonical-url, itemid…
 * Named for the story only: a data-image-url or data-video-src is not where the story lives.
 */
const ADDRESS_ATTRIBUTE =
  /^(?:data-(?:(?:story|article|post|page|share|canonical|content|entry|item)-)?(?:url|href|uri|link|permalink|canonical)|itemid)$/;

const LINK: ReadonlySet<string> = new Set(['a']);

/** A lede is a sentence or two; the side panel's summaries are cut at this length. */
const MIN_LEDE = 80;
const MAX_SUMMARY = 600;

/** The story's first paragraph of prose: a whole story's summary is its lede, not its longest paragraph. */
function ledeOf(story: Element): string | null {
  for (const paragraph of descendantsNamed(story, 'p')) {
    if (closestNamed(paragraph, LINK)) continue;
    const text = elementText(paragraph);
    if (text.length >= MIN_LEDE) return snippet(text, MAX_SUMMARY);
  }
  return null;
}

/** What the story's <link>/<meta> elements say its address is (schema.org microdata, og:url). */
function declaredAddress(element: Element): string | null {
  const name = nameOf(element);
  const says = (attribute: string, values: RegExp) =>
    values.test((element.getAttribute(attribute) ?? '').toLowerCase());
  if (
    name === 'link' &&
    (says('rel', /^canonical$/) || says('itemprop', /^(url|mainentityofpage)$/))
  )
    return element.getAttribute('href');
  if (name === 'meta' && (says('itemprop', /^url$/) || says('property', /^og:url$/)))
    return element.getAttribute('content');
  return null;
}

/**
 * Where a stacked story lives: a link in its headline, else an address attribute on the story,
 * else a <link>/<meta> inside it that states its address. Null when it says nowhere: an entry
 * of the related list is a link.
 */
export function stackedStoryUrl(
  story: Element,
  base: string,
  headline: Element | null = ownHeadlineOf(story),
): URL | null {
  const candidates: (string | null)[] = [];
  if (headline) {
    for (const link of descendantsNamed(headline, 'a')) candidates.push(link.getAttribute('href'));
  }
  for (const name of story.getAttributeNames()) {
    if (ADDRESS_ATTRIBUTE.test(name)) candidates.push(story.getAttribute(name));
  }
  for (const element of descendants(story)) {
    const name = nameOf(element);
    if (name === 'link' || name === 'meta') candidates.push(declaredAddress(element));
  }
  for (const candidate of candidates) {
    const url = absoluteHttpUrl(candidate, base);
    if (url) return url;
  }
  return null;
}

/**
 * The stacked stories as related entries, each with the element it was read from. A story
 * without an address, or at the page's own address, is left out. Its source is the site's
 * name when the page has one: a story the site stacked under its own is the site's.
 */
export function readStackedStories(
  stories: readonly Element[],
  context: CardContext & { pageUrl: string; siteName: string | null },
): { entry: RelatedArticle; element: Element }[] {
  const own = pageKey(context.pageUrl);
  const read: { entry: RelatedArticle; element: Element }[] = [];
  for (const story of stories) {
    const headline = ownHeadlineOf(story);
    const url = stackedStoryUrl(story, context.base, headline);
    if (!url || pageKey(url) === own) continue;
    const links = headline ? descendantsNamed(headline, 'a') : [];
    const entry = readCard(story, url.href, links, context);
    if (!entry) continue;
    read.push({
      entry: {
        ...entry,
        source: context.siteName ?? entry.source,
        summary: ledeOf(story) ?? entry.summary,
      },
      element: story,
    });
  }
  return read;
}
