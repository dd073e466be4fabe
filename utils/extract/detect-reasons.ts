/**
 * Why detection decided what it did, as data: a code and at most one value (a schema.org type, a
 * count, a path). The core returns no sentences, so auto mode's detection script carries no
 * English (detect.ts imports only the types from here). Each code has a message in
 * locales/en/detect.json: the reader words it through `browser.i18n`, tools through the English
 * file (scripts/lib/reasons.ts), both with `describeReason`.
 */
export const REASON_CODES = [
  // The page has nothing to judge.
  'no-body',
  // What the page says it is (value: the schema.org or og:type, or how many articles it lists).
  'jsonld-articles',
  'jsonld-article',
  'jsonld-malformed',
  'jsonld-listing',
  'microdata-articles',
  'microdata-article',
  'og-article',
  'og-other',
  'dated',
  // What its URL looks like (url-section: value is the path).
  'url-search',
  'url-listing',
  'url-home',
  'url-section',
  'url-short-path',
  'url-date',
  'url-slug',
  'url-id',
  // How much it has to read (value: paragraphs), and in what shape (value: how many).
  'long-text',
  'text',
  'little-text',
  'no-text',
  'feed',
  'in-article',
  'teasers',
  'password',
  'app',
  'controls',
  // Added by readPage: a very large page read as its own article element (value: its tag name).
  'reduced-page',
  // Why reading failed (ReadFailure); the result's `message` has the details.
  'too-large',
  'empty',
  'no-content',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export interface DetectionReason {
  code: ReasonCode;
  value?: string | number;
}

/** The name of a reason's message in locales/en/detect.json (message names cannot hold "-"). */
export function reasonMessageKey(code: ReasonCode): string {
  return `detectReason_${code.replaceAll('-', '_')}`;
}

/** A message catalog's look-up: `browser.i18n.getMessage`'s shape. */
export type GetMessage = (key: string, substitutions: string[]) => string;

/** A reason in words, from `getMessage`; its code when the catalog has no message for it. */
export function describeReason(reason: DetectionReason, getMessage: GetMessage): string {
  const substitutions = reason.value === undefined ? [] : [String(reason.value)];
  return getMessage(reasonMessageKey(reason.code), substitutions) || reason.code;
}
