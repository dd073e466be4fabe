/**
 * Dates and reading time in the article's own language (the header sits inside the article's
 * `lang`), with Intl. An unknown or malformed language tag falls back to the browser's default
 * instead of throwing.
 */

function locales(lang: string | null): string[] | undefined {
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang);
  } catch {
    return undefined;
  }
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `2025-06-12` → "June 12, 2025" (en), "12 de junio de 2025" (es). A date without a time is a
 * calendar day, so it is formatted in UTC: read in the local zone it could become the day before.
 * Returns null for anything that is not a date.
 */
export function formatPublishedDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const trimmed = iso.trim();
  const dateOnly = DATE_ONLY.exec(trimmed);
  const date = dateOnly
    ? new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])))
    : new Date(trimmed);
  if (Number.isNaN(date.getTime())) return null;
  const format = new Intl.DateTimeFormat(locales(lang), {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  });
  return format.format(date);
}

/** `5` → "5 minutes" (en), "5 minutos" (es); at least one minute. */
export function formatReadingTime(minutes: number, lang: string | null): string {
  const whole = Number.isFinite(minutes) ? Math.max(1, Math.round(minutes)) : 1;
  return new Intl.NumberFormat(locales(lang), {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(whole);
}

/** The host of an http(s) URL without `www.`, for "Source: example.com" when no site name is known. */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
