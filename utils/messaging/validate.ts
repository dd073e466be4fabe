import { REASON_CODES } from '../extract/detect-reasons';
import { isHttpUrl } from '../http-url';
import { ARTICLE_KEYS } from '../reading-list/article-data';
import type { AnyRequest, MessageType, Protocol } from './protocol';

/**
 * Shape checks for every message type: a receiver acts on a message only when its shape is exactly
 * what the protocol says, with strings of bounded length. Anything else is refused unread.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isBoundedString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

const isTabId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 2 ** 31;

function hasOnlyKeys(value: Record<string, unknown>, keys: string[]): boolean {
  return Object.keys(value).every((key) => key === 'type' || keys.includes(key));
}

const URL_MAX = 8_192;
const TEXT_MAX = 20_000;

/**
 * Detection reasons (utils/extract/detect-reasons.ts): a known code, and a value that is a short
 * string (a type name, a path) or a finite number. The page controls the strings, hence the caps.
 */
const isReasonList = (value: unknown) =>
  Array.isArray(value) &&
  value.length <= 50 &&
  value.every(
    (item) =>
      isRecord(item) &&
      Object.keys(item).every((key) => key === 'code' || key === 'value') &&
      (REASON_CODES as readonly unknown[]).includes(item.code) &&
      (item.value === undefined ||
        isBoundedString(item.value, 1_000) ||
        (typeof item.value === 'number' && Number.isFinite(item.value))),
  );

function isRelatedList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length <= 500 &&
    value.every(
      (item) =>
        isRecord(item) &&
        isBoundedString(item.title, TEXT_MAX) &&
        isBoundedString(item.url, URL_MAX) &&
        ['source', 'timeText', 'date', 'summary', 'thumbnail'].every(
          (key) => item[key] === null || isBoundedString(item[key], TEXT_MAX),
        ),
    )
  );
}

function isTabArticleState(value: unknown): boolean {
  return (
    isRecord(value) &&
    isBoundedString(value.url, URL_MAX) &&
    isBoundedString(value.title, TEXT_MAX) &&
    typeof value.isArticle === 'boolean' &&
    isReasonList(value.reasons) &&
    isRelatedList(value.related) &&
    typeof value.updatedAt === 'number'
  );
}

/** An article's HTML and text: bounded well above what the core produces for its largest page. */
const BODY_MAX = 32_000_000;

const isNullableString = (value: unknown, max: number) =>
  value === null || isBoundedString(value, max);

const isCount = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** An article to save (ArticleData in utils/reading-list/article-data.ts): exactly its fields. */
function isArticleData(value: unknown): boolean {
  return (
    isRecord(value) &&
    Object.keys(value).length === ARTICLE_KEYS.length &&
    ARTICLE_KEYS.every((key) => Object.hasOwn(value, key)) &&
    isBoundedString(value.url, URL_MAX) &&
    /^https?:\/\//i.test(value.url) &&
    (value.canonicalUrl === null ||
      (isBoundedString(value.canonicalUrl, URL_MAX) && /^https?:\/\//i.test(value.canonicalUrl))) &&
    isBoundedString(value.title, TEXT_MAX) &&
    ['byline', 'siteName', 'publishedTime', 'lang', 'excerpt'].every((key) =>
      isNullableString(value[key], TEXT_MAX),
    ) &&
    isNullableString(value.leadImage, URL_MAX) &&
    (value.dir === 'ltr' || value.dir === 'rtl') &&
    isCount(value.wordCount) &&
    isCount(value.readingMinutes) &&
    isBoundedString(value.content, BODY_MAX) &&
    isBoundedString(value.textContent, BODY_MAX) &&
    isRelatedList(value.related)
  );
}

const empty = (message: Record<string, unknown>) => hasOnlyKeys(message, []);

const VALIDATORS: { [T in MessageType]: (message: Record<string, unknown>) => boolean } = {
  'reader-bg-get-snapshot': empty,
  'reader-bg-close': empty,
  'bg-cs-get-snapshot': empty,
  'bg-cs-close': empty,
  'reader-bg-confirm-auto': (m) => hasOnlyKeys(m, ['show']) && typeof m.show === 'boolean',
  'bg-cs-confirm-auto': (m) => hasOnlyKeys(m, ['show']) && typeof m.show === 'boolean',
  'panel-bg-get-snapshot': (m) => hasOnlyKeys(m, ['tabId']) && isTabId(m.tabId),
  'ui-bg-tab-article': (m) =>
    hasOnlyKeys(m, ['tabId', 'state']) && isTabId(m.tabId) && isTabArticleState(m.state),
  'cs-bg-detected': (m) =>
    hasOnlyKeys(m, ['url', 'detection']) &&
    isBoundedString(m.url, URL_MAX) &&
    isRecord(m.detection) &&
    typeof m.detection.isArticle === 'boolean' &&
    hasOnlyKeys(m.detection, ['isArticle', 'reasons']) &&
    isReasonList(m.detection.reasons),
  'cs-bg-reader-closed': empty,
  'reader-bg-open-page': (m) =>
    hasOnlyKeys(m, ['url']) && isBoundedString(m.url, URL_MAX) && isHttpUrl(m.url),
  'reader-bg-save': (m) => hasOnlyKeys(m, ['article']) && isArticleData(m.article),
  'reader-bg-sync': (m) =>
    hasOnlyKeys(m, ['url', 'article']) &&
    isBoundedString(m.url, URL_MAX) &&
    (m.article === null || isArticleData(m.article)),
};

/** The message, typed, when it is one of Lector's and well-formed; otherwise null. */
export function parseMessage<T extends MessageType>(
  message: unknown,
  accept: readonly T[],
): AnyRequest | null {
  if (!isRecord(message) || typeof message.type !== 'string') return null;
  const type = message.type as MessageType;
  if (!(accept as readonly string[]).includes(type) || !Object.hasOwn(VALIDATORS, type))
    return null;
  return VALIDATORS[type](message) ? (message as AnyRequest) : null;
}

export type Validators = typeof VALIDATORS;
export type { Protocol };
