import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { ExportFormat } from '../../utils/library/export/export-file';
import { FormatSelect } from './FormatSelect';

/**
 * Import (a file picker; dropping a file on the page does the same) and export of the whole list.
 * Appears at the top of the library page.
 */
export function TransferPanel(props: {
  busy: boolean;
  onImport: (files: File[]) => void;
  onExport: (format: ExportFormat) => void;
}) {
  const picker = useRef<HTMLInputElement>(null);
  const [format, setFormat] = useState<ExportFormat>('lector-json');
  return (
    <section class="transfer" aria-labelledby="transfer-title" data-testid="transfer">
      <h2 id="transfer-title" class="visually-hidden">
        {t('libraryTransferTitle')}
      </h2>
      <div class="transfer-group">
        <button
          type="button"
          class="button"
          disabled={props.busy}
          onClick={() => picker.current?.click()}
          data-testid="import-button"
        >
          {t('libraryImport')}
        </button>
        <input
          ref={picker}
          type="file"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          accept=".json,.csv,.html,.htm,.zip,.txt"
          multiple
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const files = Array.from(input.files ?? []);
            input.value = '';
            if (files.length) props.onImport(files);
          }}
          data-testid="import-file"
        />
        <p class="hint">{t('libraryImportHint')}</p>
      </div>
      <div class="transfer-group">
        <FormatSelect id="export-format" value={format} onChange={setFormat} />
        <button
          type="button"
          class="button"
          disabled={props.busy}
          onClick={() => props.onExport(format)}
          data-testid="export-all"
        >
          {t('libraryExportAll')}
        </button>
      </div>
    </section>
  );
}
