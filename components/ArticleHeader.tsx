import type { Ref } from 'preact';
import type { ReadResult } from '../utils/extract/types';
import { t } from '../utils/i18n';
import { formatPublishedDate, formatReadingTime, hostOf } from '../utils/reader/format';
import { uiLanguage } from '../utils/reader/ui-language';
import { isHttpUrl } from '../utils/http-url';

interface ArticleHeaderProps {
  result: Pick<
    ReadResult,
    'title' | 'byline' | 'siteName' | 'publishedTime' | 'readingMinutes' | 'url' | 'lang'
  >;
  /** The title element, read first by text-to-speech. */
  titleRef?: Ref<HTMLHeadingElement>;
}

/**
 * The article's title, source, byline, date, reading time and a link to the original; appears
 * above the article as soon as the result is there. Every field is a text node (security.md
 * rule 4): a title of `<img onerror>` shows as those characters.
 */
export function ArticleHeader({ result, titleRef }: ArticleHeaderProps) {
  // Labels for screen readers are in the UI's language, inside the article's.
  const ui = uiLanguage();
  const source = result.siteName?.trim() || hostOf(result.url);
  const date = formatPublishedDate(result.publishedTime, result.lang);
  const link = isHttpUrl(result.url) ? result.url : null;
  return (
    <header class="article-header" data-testid="article-header">
      {source && (
        <p class="article-source" data-testid="article-source">
          <span class="visually-hidden" lang={ui}>
            {t('readerSource')}:{' '}
          </span>
          {source}
        </p>
      )}
      <h1 class="article-title" data-testid="article-title" ref={titleRef}>
        {result.title.trim() || t('readerUntitled')}
      </h1>
      <p class="article-meta">
        {result.byline?.trim() && (
          <span data-testid="article-byline">
            <span class="visually-hidden" lang={ui}>
              {t('readerByline')}{' '}
            </span>
            {result.byline.trim()}
          </span>
        )}
        {date && (
          <span data-testid="article-date">
            <span class="visually-hidden" lang={ui}>
              {t('readerPublished')}:{' '}
            </span>
            <time dateTime={result.publishedTime ?? undefined}>{date}</time>
          </span>
        )}
        <span data-testid="article-reading-time">
          <span class="visually-hidden" lang={ui}>
            {t('readerReadingTime')}:{' '}
          </span>
          {formatReadingTime(result.readingMinutes, result.lang)}
        </span>
        {link && (
          <a
            class="article-original"
            href={link}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="article-original"
          >
            {t('readerViewOriginal')}
            <span class="visually-hidden" lang={ui}>
              {' '}
              {t('readerOpensInNewTab')}
            </span>
          </a>
        )}
      </p>
      {link && (
        <p class="article-url print-only" data-testid="article-url">
          {link}
        </p>
      )}
    </header>
  );
}
