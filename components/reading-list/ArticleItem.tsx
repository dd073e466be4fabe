import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n';
import { siteOf } from '../../utils/library/rows';
import type { ArticleSummary } from '../../utils/library/types';
import { formatReadingTime } from '../../utils/reader/format';
import { formatSavedDate } from '../../utils/reading-list/format';

interface ArticleItemProps {
  article: ArticleSummary;
  /** The saved reader for this article. */
  href: string;
  /** A plain click; a modified or middle click opens `href` in a new tab, as links do. */
  onOpen: (event: MouseEvent) => void;
  /** Before the text (the library page's selection checkbox). */
  lead?: ComponentChildren;
  /** After the meta line (tags). */
  extra?: ComponentChildren;
  /** The item's actions. */
  children?: ComponentChildren;
  /** Show the status too (when the list mixes statuses). */
  showStatus?: boolean;
}

function statusLabel(status: ArticleSummary['status']): string {
  if (status === 'read') return t('listStatusRead');
  if (status === 'archived') return t('listStatusArchived');
  return t('listStatusUnread');
}

/**
 * One saved article in a list (side panel, library page): title, site, saved date, reading time,
 * and a "link only" badge for an item Lector has not read yet. Every field is a text node.
 */
export function ArticleItem(props: ArticleItemProps) {
  const { article } = props;
  const date = formatSavedDate(article.savedAt);
  return (
    <li class="list-item" data-testid="list-item" data-status={article.status}>
      {props.lead}
      <div class="list-item-main">
        <a
          class="list-item-title"
          href={props.href}
          onClick={props.onOpen}
          data-testid="list-item-title"
        >
          {article.title}
        </a>
        <p class="list-item-meta">
          <span data-testid="list-item-site">{siteOf(article)}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={new Date(article.savedAt).toISOString()}>{date}</time>
          {!article.linkOnly && (
            <>
              <span aria-hidden="true"> · </span>
              <span>{formatReadingTime(article.readingMinutes, null)}</span>
            </>
          )}
          {article.linkOnly && (
            <span class="badge" title={t('listLinkOnlyTitle')} data-testid="link-only-badge">
              {t('listLinkOnlyBadge')}
            </span>
          )}
          {props.showStatus && <span class="badge subtle">{statusLabel(article.status)}</span>}
        </p>
        {props.extra}
      </div>
      {props.children && <div class="list-item-actions">{props.children}</div>}
    </li>
  );
}
