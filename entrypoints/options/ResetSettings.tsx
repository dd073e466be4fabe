import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

/**
 * Start over: one button, then a confirmation in place (not a modal), then the outcome.
 * `onReset` puts settings and auto mode back to their defaults.
 */
export function ResetSettings({ onReset }: { onReset: () => Promise<void> }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'done'>('idle');
  return (
    <div class="reset" data-testid="reset">
      {step === 'confirm' ? (
        <div role="group" aria-labelledby="reset-question">
          <p id="reset-question">{t('optionsResetConfirm')}</p>
          <button
            type="button"
            class="danger"
            data-testid="reset-yes"
            onClick={() => void onReset().then(() => setStep('done'))}
          >
            {t('optionsResetYes')}
          </button>{' '}
          <button
            type="button"
            data-testid="reset-no"
            ref={(button) => button?.focus()}
            onClick={() => setStep('idle')}
          >
            {t('optionsResetNo')}
          </button>
        </div>
      ) : (
        <button type="button" data-testid="reset-start" onClick={() => setStep('confirm')}>
          {t('optionsReset')}
        </button>
      )}
      <p role="status" class="message" data-testid="reset-message">
        {step === 'done' ? t('optionsResetDone') : ''}
      </p>
    </div>
  );
}
