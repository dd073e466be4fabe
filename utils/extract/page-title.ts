/**
 * The article's title, once and without the site's name: "Peru weighs … - CNN" and
 * "CNN | Peru weighs …" both become "Peru weighs …". The visible headline (<h1>) wins when it
 * agrees with what the page's metadata calls the title.
 */
import { normalizeText } from './text.ts';
import { titleParts, titleRuns } from './title-parts.ts';

/** Separators sites put between a title and their own name. */
const SEPARATOR = /\s+[|\-–—:·»/\\]\s+|\s+::\s+|\s*\|\s*/;
const SEPARATOR_GLOBAL = /\s+[|\-–—:·»/\\]\s+|\s+::\s+|\s*\|\s*/g;

/** Letters and digits only, lower-cased: "CNN.com" and "cnn" compare equal after this. */
export function squash(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Whether a byline's text is the headline itself (a line that shows both), not a name. */
export function saysTitle(byline: string | null | undefined, title: string): boolean {
  const key = squash(title);
  return !!byline && key.length > 0 && squash(byline).includes(key);
}

/** The names a site goes by: its declared names and the labels of its host name. */
export function siteNamesOf(declared: (string | null)[], url: string): string[] {
  const names = declared.filter((name): name is string => !!name).map(squash);
  try {
    const host = new URL(url).hostname.replace(/^www\d*\./, '');
    const labels = host.split('.');
    names.push(squash(host), squash(labels.slice(0, -1).join('.')));
    if (labels.length >= 2) names.push(squash(labels[labels.length - 2]!));
  } catch {
    // No usable URL: the declared names are all there is.
  }
  return names.filter((name) => name.length >= 2);
}

function isSiteName(segment: string, siteNames: readonly string[]): boolean {
  const squashed = squash(segment);
  if (!squashed) return true;
  if (/^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$/i.test(segment.trim())) return true;
  return siteNames.some(
    (name) =>
      squashed === name ||
      (name.length >= 3 &&
        (squashed.startsWith(name) || squashed.endsWith(name)) &&
        squashed.length <= name.length + 8),
  );
}

/** Remove a leading or trailing site name ("Title - Site", "Site | Title", "Title | Section | Site"). */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  // "NEWSmsk.com в Москве: Карантин …": the site's name before a colon. A colon is no
  // separator otherwise: "Dengue: Paediatricians warn parents" is one headline.
  const colon = /^([^:]{2,60}):\s+(?=\S)/.exec(title);
  if (colon && isSiteName(colon[1]!, siteNames)) title = title.slice(colon[0].length);
  let segments = title.split(SEPARATOR_GLOBAL);
  const separators = title.match(SEPARATOR_GLOBAL) ?? [];
  if (segments.length < 2) return title.trim();
  // Drop site names from the end, then from the start, keeping at least one segment.
  let end = segments.length;
  while (end > 1 && isSiteName(segments[end - 1]!, siteNames)) end--;
  let start = 0;
  while (start < end - 1 && isSiteName(segments[start]!, siteNames)) start++;
  // "Title | Section" after the site name went: a pipe almost always separates page furniture.
  if (end - start >= 2 && end < segments.length && /\|/.test(separators[end - 2] ?? '')) {
    const last = segments[end - 1]!;
    const rest = segments.slice(start, end - 1).join(' ');
    if (words(last) <= 3 && words(rest) >= 3) end--;
  }
  segments = segments.slice(start, end);
  // Re-join with the separators that stood between the kept segments.
  let result = segments[0] ?? '';
  for (let index = 1; index < segments.length; index++) {
    result += (separators[start + index - 1] ?? ' - ') + segments[index];
  }
  return result.trim();
}

/** A text's words, lower-cased, for wordOverlap. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** How much of `a`'s words `b` has too (0…1), order ignored; both as wordsOf gives them. */
export function overlapOfWords(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0) return 0;
  return a.filter((token) => b.has(token)).length / a.length;
}

/** How much of `a`'s words `b` has too (0…1), order ignored. */
export function wordOverlap(a: string, b: string): number {
  return overlapOfWords(wordsOf(a), new Set(wordsOf(b)));
}

export interface TitleSources {
  /** The page's visible headings, <h1>s first, as headingText reads them. */
  headings: string[];
  ogTitle: string | null;
  jsonLdHeadline: string | null;
  documentTitle: string;
  siteNames: string[];
  /**
   * Which of `texts` the page shows as a line of its own (not a link), each mapped to the line as
   * the page writes it. Asked only when no heading agrees with the metadata.
   */
  shownOnPage?: (texts: readonly string[]) => Map<string, string>;
}

/** True when two titles say the same thing (one contains the other, or most words agree). */
export function sameTitle(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  if (!x || !y) return false;
  if (x === y || (x.length >= 10 && y.includes(x)) || (y.length >= 10 && x.includes(y)))
    return true;
  return wordOverlap(a, b) >= 0.8 && wordOverlap(b, a) >= 0.6;
}

/**
 * A heading is the title only when it says most of it: "News Tonight Africa" is inside
 * "Researchers say … | News Tonight Africa" but is the site, not the story.
 */
const MIN_SHARE_OF_TITLE = 0.6;

function headingSaysTitle(heading: string, title: string): boolean {
  if (!sameTitle(heading, title)) return false;
  const [a, b] = [squash(heading).length, squash(title).length];
  return Math.min(a, b) >= MIN_SHARE_OF_TITLE * Math.max(a, b);
}

/** A part of a title long enough to be a headline rather than a section or a tag. */
function isSubstantial(text: string): boolean {
  const squashed = squash(text);
  return squashed.length >= 8 || (squashed.length >= 4 && /\p{Script=Han}/u.test(squashed));
}

/**
 * The longest run of a declared title's parts that the page shows as a line of its own, site
 * names aside ("ΡΙΖΟΣΠΑΣΤΗΣ : Υπεράσπιση των ξένων εργατών" where a <div> says the second part).
 */
function shownRun(
  declared: readonly string[],
  headings: readonly string[],
  sources: TitleSources,
): string | null {
  const runs = [...new Set(declared.flatMap(titleRuns))].filter(
    (run) => isSubstantial(run) && !isSiteName(run, sources.siteNames),
  );
  if (runs.length === 0) return null;
  // A heading counts as shown even when it links (to the story itself, as blogs' titles do).
  const asHeading = new Map(headings.map((heading) => [squash(heading), heading]));
  const shown = [
    ...runs.flatMap((run) => asHeading.get(squash(run)) ?? []),
    ...(sources.shownOnPage?.(runs).values() ?? []),
  ].map(normalizeText);
  return shown.sort((a, b) => squash(b).length - squash(a).length)[0] ?? null;
}

/**
 * Pick the title: a heading that says what the metadata calls the title; else the part of the
 * metadata's title the page shows as its headline; else the metadata without the site's name.
 */
export function chooseTitle(sources: TitleSources): string {
  const declared = [sources.ogTitle, sources.jsonLdHeadline, sources.documentTitle]
    .filter((title): title is string => !!title && title.trim().length > 0)
    .map((title) => normalizeText(title));
  const stripped = declared.map((title) => stripSiteName(title, sources.siteNames));
  const headings = sources.headings
    .map(normalizeText)
    .filter((heading) => isSubstantial(heading) && !isSiteName(heading, sources.siteNames));
  for (const heading of headings) {
    if (stripped.some((title) => headingSaysTitle(heading, title))) return heading;
  }
  const shown = shownRun(declared, headings, sources);
  if (shown) return shown;
  // Nothing better: a heading the title holds with more words around it than a site's name.
  const held = headings.find((heading) => stripped.some((title) => sameTitle(heading, title)));
  if (held) return held;
  const [first] = stripped;
  if (first) return first;
  // A page that declares no title at all: its first heading, however short ("Obit").
  return sources.headings.map(normalizeText).find((heading) => heading.length > 0) ?? '';
}

export { SEPARATOR as TITLE_SEPARATOR };

/** A site's name is short: a few words, never a sentence. */
const MAX_SITE_NAME_WORDS = 6;

/**
 * The site's name as the <title> gives it, for pages that declare it nowhere else: what the
 * title adds after (or before) the headline, across one separator ("Water rates rise — The
 * Valley Courier"). Null when the title is only the headline or the rest is not name-like.
 */
export function siteNameFromTitle(
  documentTitle: string,
  headline: string,
  siteNames: readonly string[] = [],
): string | null {
  const title = normalizeText(documentTitle);
  if (!headline || !title) return null;
  const plausible = (name: string | null): name is string =>
    name !== null &&
    words(name) <= MAX_SITE_NAME_WORDS &&
    !sameTitle(name, headline) &&
    // A date ("4 stycznia 2012") or a list of keywords ("rynek, akcje, spółka") names no site.
    !/\d{4}|,/.test(name);
  // A part that is the site's address or known name, wherever it stands ("VOCM.COM|Flu vaccine
  // still available | Article": the far end is the page's type, not the site).
  const known = titleParts(title).find(
    (part) => isSiteName(part, siteNames) && squash(part).length > 0 && plausible(part),
  );
  if (known) return known;
  const [narrow = null] = outerParts(title.split(SEPARATOR), headline, { whole: true });
  if (plausible(narrow)) return narrow;
  // "龙票猛涨切忌盲目追高_中外邮票_新浪收藏_新浪网": the headline, sections, then the site, which
  // is the outermost part; split as title-parts.ts does. When the outermost is a tagline
  // ("Otago, South Island, New Zealand & International"), the site is the part before it, if
  // that reads as a name rather than a section ("Local"): two words or more, or an address.
  const [outermost = null, inner = null] = outerParts(titleParts(title), headline, {
    whole: false,
  });
  if (plausible(outermost)) return outermost;
  const named = inner !== null && (words(inner) >= 2 || /\.\p{L}{2,}$/u.test(inner));
  return named && plausible(inner) ? inner : null;
}

/**
 * The parts beside the headline, from the far end inwards: from the last when the headline opens
 * the title, from the first when it closes it. `whole`: the headline must be all the other parts
 * (only the far end is left), not only those next to it.
 */
function outerParts(
  rawParts: readonly string[],
  headline: string,
  { whole }: { whole: boolean },
): string[] {
  const parts = rawParts.map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return [];
  const last = parts.length - 1;
  for (let size = whole ? last : 1; size <= last; size++) {
    if (sameTitle(parts.slice(0, size).join(' '), headline)) return parts.slice(size).reverse();
    if (sameTitle(parts.slice(-size).join(' '), headline)) return parts.slice(0, -size);
  }
  return [];
}
