import { t } from '../../utils/i18n';

/**
 * The gentle reminder to export, shown now and then on the library page (the library decides
 * when: exportReminder.shouldShow()). Uninstalling Lector deletes the list with it.
 */
export function ExportReminder(props: { onExport: () => void; onDismiss: () => void }) {
  return (
    <aside
      class="export-reminder"
      aria-labelledby="export-reminder-title"
      data-testid="export-reminder"
    >
      <h2 id="export-reminder-title">{t('libraryReminderTitle')}</h2>
      <p>{t('libraryReminderText')}</p>
      <div class="reminder-actions">
        <button
          type="button"
          class="button primary"
          onClick={props.onExport}
          data-testid="reminder-export"
        >
          {t('libraryReminderExport')}
        </button>
        <button
          type="button"
          class="button"
          onClick={props.onDismiss}
          data-testid="reminder-dismiss"
        >
          {t('libraryReminderLater')}
        </button>
      </div>
    </aside>
  );
}
