import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RelatedArticle } from '../../utils/extract/types';
import { t } from '../../utils/i18n';

/**
 * One related article in the side panel: thumbnail, title, source and time, summary. A plain click
 * opens it in the panel's tab; a modified or middle click opens a new tab, as links do.
 */
export function RelatedEntry({
  item,
  tabId,
  action,
}: {
  item: RelatedArticle;
  tabId: number;
  /** The entry's action (the reading list's save button). */
  action?: ComponentChildren;
}) {
  const open = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    void browser.tabs.update(tabId, { url: item.url });
  };
  // A picture the site will not serve here (hotlinking refused, offline) leaves no broken-image
  // glyph: the entry goes on without it.
  const [thumbFailed, setThumbFailed] = useState(false);
  const meta = [item.source, item.timeText].filter(Boolean).join(' · ');
  return (
    <li class="entry" data-testid="related-entry">
      <a
        class="entry-link"
        href={item.url}
        target="_blank"
        rel="noopener noreferrer"
        onClick={open}
      >
        {item.thumbnail && !thumbFailed && (
          <img
            class="entry-thumb"
            src={item.thumbnail}
            alt=""
            loading="lazy"
            data-testid="related-thumb"
            onError={() => setThumbFailed(true)}
          />
        )}
        <span class="entry-title" data-testid="related-title">
          {item.title}
        </span>
      </a>
      {meta && (
        <p class="entry-meta">{item.date ? <time dateTime={item.date}>{meta}</time> : meta}</p>
      )}
      {item.summary && <p class="entry-summary">{item.summary}</p>}
      <span class="visually-hidden">{t('panelOpensInTab')}</span>
      {action}
    </li>
  );
}
