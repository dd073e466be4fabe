import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { ExportFormat } from '../../utils/library/export/export-file';
import type { ArticleStatus } from '../../utils/library/types';
import { formatCount } from '../../utils/reading-list/format';
import { FormatSelect } from './FormatSelect';

/**
 * Appears when articles are selected: export them (an EPUB of the selection, or any format),
 * mark them read, archive, delete (with Undo), or clear the selection.
 */
export function SelectionBar(props: {
  count: number;
  busy: boolean;
  onExport: (format: ExportFormat) => void;
  onStatus: (status: ArticleStatus) => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  const [format, setFormat] = useState<ExportFormat>('epub');
  return (
    <section class="selection-bar" aria-labelledby="selection-title" data-testid="selection-bar">
      <h2 id="selection-title" class="selection-count" aria-live="polite">
        {t('librarySelected', formatCount(props.count))}
      </h2>
      <FormatSelect id="selection-format" value={format} onChange={setFormat} />
      <button
        type="button"
        class="button primary"
        disabled={props.busy}
        onClick={() => props.onExport(format)}
        data-testid="export-selected"
      >
        {t('libraryExportSelected')}
      </button>
      <button type="button" class="button" onClick={() => props.onStatus('read')}>
        {t('listMarkRead')}
      </button>
      <button type="button" class="button" onClick={() => props.onStatus('archived')}>
        {t('listArchive')}
      </button>
      <button
        type="button"
        class="button danger"
        onClick={props.onDelete}
        data-testid="delete-selected"
      >
        {t('listDelete')}
      </button>
      <button type="button" class="button" onClick={props.onClear} data-testid="clear-selection">
        {t('libraryClearSelection')}
      </button>
    </section>
  );
}
