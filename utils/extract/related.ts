/**
 * collectRelated: the page's related / more-from / recommended / read-next stories, as plain data,
 * plus the block elements holding them so the pipeline can cut them out before Readability.
 *
 * Blocks are found by their labels and their card structure (related-blocks.ts); each story is
 * read from its card (related-card.ts). The same story often appears as an image link, a title
 * link and a heading, or in two blocks: it becomes one entry, its fields filled from every
 * appearance, in the order the page first shows it. Navigation, the page's own URL and anything
 * that is not http(s) never make an entry. Reads only; never mutates the document.
 */
import { pageSlashOrder } from './page-date-order.ts';
import type { RelatedArticle } from './types.ts';
import { readCard, type CardContext } from './related-card.ts';
import {
  findRelatedBlocks,
  isFurnitureLink,
  storyKey,
  type Block,
  type LinkScope,
} from './related-blocks.ts';
import { descendantsBeside, isLink, linksUnder } from './dom-walk.ts';
import { measureRunningText } from './running-text.ts';
import { absoluteHttpUrl, documentBase, pageKey } from './url-key.ts';
import { parseHttpUrl } from './url-shape.ts';
import { canonicalHref, ogUrl } from './page-url.ts';
import { squash } from './page-title.ts';
import { weightedLength } from './weighted-length.ts';
import { isMonthAndYear } from './dates.ts';
import { parseRelativeTime } from './related-time.ts';
import { ONE_TOOL, TOOLS_ONLY, WEB_ADDRESS } from './declutter-words.ts';

export interface RelatedResult {
  related: RelatedArticle[];
  /** The elements (in the document given) that hold the entries, in page order. */
  containers: Element[];
  /** For each entry of `related`, the first element of the block it was first found in. */
  anchors: Element[];
}

/** The page's own addresses: the URL it was read as, its canonical URL and og:url. */
function ownKeys(doc: Document, url: string, base: string): Set<string> {
  const own = new Set<string>();
  const page = parseHttpUrl(url);
  if (page) own.add(pageKey(page));
  const declared = [canonicalHref(doc), ogUrl(doc)];
  for (const href of declared) {
    const resolved = absoluteHttpUrl(href, base);
    if (resolved) own.add(pageKey(resolved));
  }
  return own;
}

/** The largest element around `link`, inside `root`, whose story links all lead to `key`. */
function cardOf(link: Element, key: string, root: Element, scope: LinkScope): Element {
  const leadsElsewhere = (other: Element): boolean => {
    if (!isLink(other) || isFurnitureLink(other)) return false;
    const otherKey = storyKey(other, scope);
    return otherKey !== null && otherKey !== key;
  };
  let card = link;
  // Each level asks whether any link under `up` leads elsewhere. The links inside the card
  // (below it: the card itself was not among them) passed one level down, so only the rest of
  // `up` is walked: one walk of the block in all, not one per level.
  let passed: Element | null = null;
  for (let up = link.parentElement; up && root.contains(up); up = up.parentElement) {
    if (descendantsBeside(up, passed).some(leadsElsewhere)) break;
    card = up;
    passed = up;
  }
  return card;
}

/**
 * The URL's href without its fragment, as clearing its hash gives it (the URL is shared: see
 * sharedUrl). Not by `hash`, which is '' for an empty fragment ("…/story#") too.
 */
function withoutFragment(url: URL): string {
  const fragment = url.href.indexOf('#');
  return fragment < 0 ? url.href : url.href.slice(0, fragment);
}

function entriesOf(block: Block, scope: LinkScope, context: CardContext): RelatedArticle[] {
  const linksByStory = new Map<string, { root: Element; links: Element[] }>();
  for (const root of block) {
    const links = root.localName === 'a' ? [root] : linksUnder(root);
    for (const link of links) {
      if (isFurnitureLink(link)) continue;
      const key = storyKey(link, scope);
      if (!key) continue;
      const entry = linksByStory.get(key) ?? { root, links: [] };
      entry.links.push(link);
      linksByStory.set(key, entry);
    }
  }
  const entries: RelatedArticle[] = [];
  for (const [key, { root, links }] of linksByStory) {
    const url = absoluteHttpUrl(links[0]!.getAttribute('href'), scope.base);
    if (!url) continue;
    const card = cardOf(links[0]!, key, root, scope);
    const cardLinks = links.filter((link) => card.contains(link));
    const entry = readCard(card, withoutFragment(url), cardLinks, context);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** Fill what `into` lacks from `from` (the same story seen elsewhere on the page). */
function mergeInto(into: RelatedArticle, from: RelatedArticle): void {
  into.source ??= from.source;
  into.timeText ??= from.timeText;
  into.date ??= from.date;
  into.summary ??= from.summary;
  into.thumbnail ??= from.thumbnail;
  if (from.title.length > into.title.length && into.title.length < 12) into.title = from.title;
}

/** Words that lead through a list rather than to a story ("Older", "Next page", "Następne"). */
const PAGER_WORD =
  /^(newer|older|next|previous|prev|more|next page|previous page|first|last|nowsze|starsze|najnowsze|najstarsze|następne|poprzednie|następna|poprzednia|далее|назад|вперед|вперёд|следующая|предыдущая|επόμενο|προηγούμενο|下一页|上一页|下一頁|上一頁)[\s»«›‹→←>.]*$/iu;

/** Links every page of a site carries: to itself in print, to the site's own pages. */
const SITE_LINK =
  /^(printable version|print version|send to a friend|e-?mail to a friend|contact( us)?|about( us)?|about our ads|site ?map|privacy( policy| statement)?|terms( of (use|service)| (&|and) conditions)|advertise( with us)?|kontakt|impressum|datenschutz|mapa (strony|serwisu)|polityka prywatności|regulamin|o nas|контакты|о нас|карта сайта|επικοινωνία|όροι χρήσης|contacto|aviso legal|política de privacidad|mentions légales|nous contacter|联系我们|關於我們|关于我们)$/iu;

/** A headline has a few words; one short word ("ΠΟΛΙΤΙΣΜΟΣ", "Tarot") names a section. */
const MIN_TITLE_WEIGHT = 15;

function isLabel(title: string): boolean {
  return (
    PAGER_WORD.test(title) ||
    (!/\s/.test(title) && weightedLength(title) < MIN_TITLE_WEIGHT) ||
    SITE_LINK.test(title) ||
    ONE_TOOL.test(title) ||
    TOOLS_ONLY.test(title) ||
    // An address as the link's text: a shortened link in a feed of posts.
    WEB_ADDRESS.test(title) ||
    // "January 2012": a month's archive.
    isMonthAndYear(title)
  );
}

/** The most words a time stamp runs to ("about 1 hour, 24 minutes ago"). */
const TIME_STAMP_WORDS = 6;

/**
 * A title that says when and nothing else: the time stamp of a post in a feed widget ("about 11
 * minutes ago"), or a time line ("Updated 9 minutes ago 1/12/2012 2:46:32 PM"), where the
 * card's headline link was the time. A headline with a date in it ("Serwis Info 08.04.2013",
 * "2011年12月9日交易提示") is a headline.
 */
function isTimeStamp(entry: RelatedArticle): boolean {
  if (!entry.timeText) return false;
  const rest = entry.title.replace(entry.timeText, '').trim() || entry.title;
  return (
    rest.split(/\s+/).length <= TIME_STAMP_WORDS && parseRelativeTime(rest, new Date(0)) !== null
  );
}

/**
 * Entries whose title is no headline: a pager's word, a lone short word, a page tool or a link
 * to the site's own pages ("Printable version", "Contact us"), an address, a month's archive, a
 * time stamp, a short label that several entries share ("Opinion" over each column), or the
 * article's own title (a list of the site's most read that holds the story itself, under another
 * address).
 */
function withoutLabels<T extends { entry: RelatedArticle }>(found: T[], ownTitle: string): T[] {
  const counts = new Map<string, number>();
  for (const { entry } of found) counts.set(entry.title, (counts.get(entry.title) ?? 0) + 1);
  const own = ownTitle ? squash(ownTitle) : null;
  return found.filter(
    ({ entry }) =>
      !isLabel(entry.title) &&
      !isTimeStamp(entry) &&
      !((counts.get(entry.title) ?? 0) > 1 && entry.title.split(' ').length <= 3) &&
      !(own !== null && squash(entry.title) === own),
  );
}

/** How a card of `doc` is read: links resolved against `base`, times against `now`. */
export function cardContextOf(doc: Document, base: string, now: Date): CardContext {
  return {
    base,
    now,
    lang: doc.documentElement?.getAttribute('lang'),
    slashOrder: () => pageSlashOrder(doc),
  };
}

/**
 * Collect the related stories of `doc` read as the page at `url`. `now` resolves relative times
 * ("27 minutes ago"); pass a fixed date for reproducible results. `main`, the element holding the
 * running text, when detection has found it already. `ownTitle`, the article's title, which the
 * list never offers. Never throws.
 */
export function collectRelated(
  doc: Document,
  url: string,
  now: Date = new Date(),
  main?: Element | null,
  ownTitle = '',
): RelatedResult {
  try {
    const story = main === undefined ? measureRunningText(doc, url).main : main;
    const base = documentBase(doc, url);
    const scope: LinkScope = { base, own: ownKeys(doc, url, base) };
    const context = cardContextOf(doc, base, now);
    const byStory = new Map<string, { entry: RelatedArticle; anchor: Element }>();
    const containers: Element[] = [];
    for (const block of findRelatedBlocks(doc, scope, story)) {
      const entries = entriesOf(block, scope, context);
      if (entries.length === 0) continue;
      containers.push(...block);
      for (const entry of entries) {
        const key = pageKey(entry.url);
        const known = byStory.get(key);
        if (known) mergeInto(known.entry, entry);
        else byStory.set(key, { entry, anchor: block[0]! });
      }
    }
    const kept = withoutLabels([...byStory.values()], ownTitle);
    return {
      related: kept.map(({ entry }) => entry),
      containers,
      anchors: kept.map(({ anchor }) => anchor),
    };
  } catch {
    // A page that breaks collection still reads; it just has no related list.
    return { related: [], containers: [], anchors: [] };
  }
}

/**
 * `found`'s list with more stories read from elements of the same page, each in page order
 * among the blocks the list was collected from; a story the list has already gets the fields it
 * lacked. `found` is left as it was.
 */
export function withStories(
  found: Pick<RelatedResult, 'related' | 'anchors'>,
  stories: readonly { entry: RelatedArticle; element: Element }[],
): RelatedArticle[] {
  const related = found.related.map((entry) => ({ ...entry }));
  const anchors = [...found.anchors];
  for (const { entry, element } of stories) {
    const key = pageKey(entry.url);
    const known = related.find((other) => pageKey(other.url) === key);
    if (known) {
      mergeInto(known, entry);
      continue;
    }
    // Before the first block that comes after the story (DOCUMENT_POSITION_FOLLOWING: 4).
    const at = anchors.findIndex((anchor) => (element.compareDocumentPosition(anchor) & 4) !== 0);
    const index = at === -1 ? related.length : at;
    related.splice(index, 0, entry);
    anchors.splice(index, 0, element);
  }
  return related;
}
