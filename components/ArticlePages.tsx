import type { ArticlePages } from '../utils/extract/types';
import { t } from '../utils/i18n';
import { isPlainClick } from '../utils/reader/plain-click';
import { uiLanguage } from '../utils/reader/ui-language';

interface ArticlePagesProps {
  pages: ArticlePages;
  /**
   * Go to a page of the story in this tab, reader and all (the live reader); without it the
   * links open in a new tab, like the header's link to the original.
   */
  onOpenPage?: (url: string) => void;
}

/**
 * Under a story the site split over several pages: which page this is and links to the next and
 * previous ones, and to the one-page view where the site offers it. The reader shows one page at
 * a time (Lector fetches nothing itself), so without this the story would just stop.
 */
export function ArticlePagesNav({ pages, onOpenPage }: ArticlePagesProps) {
  const position =
    pages.total !== null
      ? t('readerPageOfTotal', [String(pages.current), String(pages.total)])
      : t('readerPageNumber', String(pages.current));
  const link = (url: string, label: string, testId: string, rel?: string) => (
    <li>
      <a
        href={url}
        rel={rel ? `${rel} noopener noreferrer` : 'noopener noreferrer'}
        target={onOpenPage ? undefined : '_blank'}
        data-testid={testId}
        onClick={(event) => {
          if (!onOpenPage || !isPlainClick(event)) return;
          event.preventDefault();
          onOpenPage(url);
        }}
      >
        {label}
      </a>
    </li>
  );
  return (
    <nav
      class="article-pages"
      aria-label={t('readerPagesLabel')}
      lang={uiLanguage()}
      data-testid="article-pages"
    >
      <p class="article-pages-position" data-testid="article-pages-position">
        {position}
      </p>
      <ul>
        {pages.previous &&
          link(pages.previous, t('readerPreviousPage'), 'article-pages-previous', 'prev')}
        {pages.next && link(pages.next, t('readerNextPage'), 'article-pages-next', 'next')}
        {pages.singlePage && link(pages.singlePage, t('readerSinglePage'), 'article-pages-single')}
      </ul>
    </nav>
  );
}
