import { t } from '../../utils/i18n';
import type { ExportFormat } from '../../utils/library/export/export-file';
import { EXPORT_FORMATS, formatLabel } from '../../utils/reading-list/transfer';

/** The export file format: Lector JSON, Markdown zip, bookmarks HTML, EPUB. */
export function FormatSelect(props: {
  id: string;
  value: ExportFormat;
  onChange: (format: ExportFormat) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{t('libraryFormatLabel')}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) =>
          props.onChange((event.currentTarget as HTMLSelectElement).value as ExportFormat)
        }
        data-testid={props.id}
      >
        {EXPORT_FORMATS.map((format) => (
          <option key={format} value={format}>
            {formatLabel(format)}
          </option>
        ))}
      </select>
    </div>
  );
}
