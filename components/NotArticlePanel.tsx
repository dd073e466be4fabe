import { describeReason, type DetectionReason } from '../utils/extract/detect-reasons';
import { t } from '../utils/i18n';
import { Icon } from './Icon';

interface NotArticlePanelProps {
  /** The detector's reasons, most decisive first; each is worded from locales/en/detect.json. */
  reasons: readonly DetectionReason[];
  onTryAnyway: () => void;
  onClose: () => void;
}

/**
 * Appears instead of the article when the page does not look like one (a home page, a list, an
 * app): says so, lists why, and offers "Try anyway" and the way back.
 */
export function NotArticlePanel({ reasons, onTryAnyway, onClose }: NotArticlePanelProps) {
  return (
    <section
      class="state-panel"
      aria-labelledby="reader-not-article-heading"
      data-testid="not-article"
    >
      <span class="state-icon">
        <Icon name="page" size={28} />
      </span>
      <h1 id="reader-not-article-heading">{t('readerNotArticleHeading')}</h1>
      {reasons.length > 0 ? (
        <>
          <p>{t('readerNotArticleIntro')}</p>
          <ul class="state-reasons" data-testid="not-article-reasons">
            {reasons.map((reason, index) => (
              <li key={index}>{describeReason(reason, t)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('readerNotArticleNoReasons')}</p>
      )}
      <div class="state-actions">
        <button
          type="button"
          class="text-button primary"
          onClick={onTryAnyway}
          data-testid="try-anyway"
        >
          {t('readerTryAnyway')}
        </button>
        <button type="button" class="text-button" onClick={onClose}>
          {t('readerBackToPage')}
        </button>
      </div>
    </section>
  );
}
