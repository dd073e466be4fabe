import { uiLanguage } from '../reader/ui-language';

/** When an article was saved, as a short date in the UI's language ("12 Jan 2026"). */
export function formatSavedDate(epochMs: number, lang = uiLanguage()): string {
  const date = new Date(epochMs);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** "1,234" in the UI's language. */
export function formatCount(count: number, lang = uiLanguage()): string {
  try {
    return new Intl.NumberFormat(lang).format(count);
  } catch {
    return String(count);
  }
}
