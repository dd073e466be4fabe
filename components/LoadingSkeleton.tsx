import { t } from '../utils/i18n';

/**
 * A calm placeholder in the shape of an article; appears while the page is being read. It fades
 * in only after a moment, so a fast read never flashes it.
 */
export function LoadingSkeleton() {
  return (
    <div class="skeleton" aria-busy="true" data-testid="reader-loading">
      <p class="visually-hidden" role="status">
        {t('readerLoading')}
      </p>
      <div class="skeleton-line skeleton-source" />
      <div class="skeleton-line skeleton-title" />
      <div class="skeleton-line skeleton-title short" />
      <div class="skeleton-line skeleton-meta" />
      {[0, 1, 2].map((paragraph) => (
        <div class="skeleton-paragraph" key={paragraph}>
          <div class="skeleton-line" />
          <div class="skeleton-line" />
          <div class="skeleton-line" />
          <div class="skeleton-line short" />
        </div>
      ))}
    </div>
  );
}
