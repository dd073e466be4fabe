/**
 * Excerpts from the site's forum thread about the story: a list whose items each link to a post
 * titled as the story ("Six colours of tea!", "Re: Six colours of tea!") with its author, date
 * and the opening of the post. Reader comments, whatever the page calls them.
 */
import type { Clue, ClueContext } from './declutter-clue.ts';
import { childElements, linksUnder, nameOf } from './dom-walk.ts';
import { sameTitle } from './page-title.ts';
import { elementText } from './text.ts';

const MIN_POSTS = 2;
/** "Re: Re: Title" is a reply's title: the prefixes are dropped before comparing. */
const REPLY_PREFIX = /^((re|odp|aw|sv|ответ)\s*(\[\d+\])?\s*:\s*)+/iu;

function isPostOnStory(item: Element, headline: string): boolean {
  const [link] = linksUnder(item);
  if (!link) return false;
  const title = elementText(link).replace(REPLY_PREFIX, '');
  return title.length > 0 && sameTitle(title, headline);
}

export function forumExcerptsClue(list: Element, context: ClueContext): Clue | null {
  if (nameOf(list) !== 'ul' && nameOf(list) !== 'ol') return null;
  const { headline, headlineText } = context;
  if (!headline || headlineText === '' || list.contains(headline)) return null;
  const items = childElements(list).filter((child) => nameOf(child) === 'li');
  if (items.length < MIN_POSTS) return null;
  if (!items.every((item) => isPostOnStory(item, headlineText))) return null;
  return {
    element: list,
    kind: 'comments',
    reason: 'reader comments (posts on the story)',
    maxText: 0,
  };
}
