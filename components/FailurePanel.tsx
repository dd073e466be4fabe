import type { ReadFailure } from '../utils/extract/types';
import { t } from '../utils/i18n';
import { Icon } from './Icon';

const EXPLANATIONS: Record<ReadFailure, () => string> = {
  'too-large': () => t('readerFailureTooLarge'),
  empty: () => t('readerFailureEmpty'),
  'no-content': () => t('readerFailureNoContent'),
};

interface FailurePanelProps {
  /** The core's failure kind, or null when the page could not be read at all. */
  failure: ReadFailure | null;
  /** The plain-words message from the core or the background, shown as details. */
  message: string | null;
  onClose: () => void;
}

/**
 * Appears instead of the article when no article could be produced: a page too large to simplify,
 * an empty page, or a page Lector could not reach. Offers the way back to the page.
 */
export function FailurePanel({ failure, message, onClose }: FailurePanelProps) {
  const explanation = failure ? EXPLANATIONS[failure]() : t('readerFailureGeneric');
  return (
    <section
      class="state-panel"
      role="alert"
      aria-labelledby="reader-failure-heading"
      data-testid="reader-failure"
    >
      <span class="state-icon">
        <Icon name="alert" size={28} />
      </span>
      <h1 id="reader-failure-heading">{t('readerFailureHeading')}</h1>
      <p>{explanation}</p>
      {message && message !== explanation && (
        <p class="state-details" data-testid="reader-failure-message">
          {t('readerFailureDetails', message)}
        </p>
      )}
      <div class="state-actions">
        <button type="button" class="text-button primary" onClick={onClose}>
          {t('readerBackToPage')}
        </button>
      </div>
    </section>
  );
}
