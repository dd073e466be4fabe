/**
 * Dates as export files write them: unix seconds (Pocket, Instapaper, bookmarks), milliseconds,
 * ISO 8601 with or without a zone (Omnivore), "2023-04-05 10:20:30", RFC 2822. A date without a
 * zone is read as UTC, so an import gives the same result on every machine.
 */

export type DateReading = { ok: true; time: number | null } | { ok: false; problem: string };

/** Before the web had articles, or after Lector will matter: a misread, not a date. */
const EARLIEST = Date.UTC(1991, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

function inRange(time: number, raw: string): DateReading {
  if (!Number.isFinite(time) || time < EARLIEST || time > LATEST) {
    return { ok: false, problem: `the date "${raw}" is out of range` };
  }
  return { ok: true, time };
}

/** Epoch ms; `time: null` when the field is empty or 0 (exporters' "unknown"). */
export function readImportDate(value: unknown): DateReading {
  if (value === null || value === undefined) return { ok: true, time: null };
  if (typeof value === 'number') return readImportDate(String(value));
  if (typeof value !== 'string') return { ok: false, problem: 'the date is not text or a number' };
  const raw = value.trim();
  if (raw === '' || raw === '0') return { ok: true, time: null };

  // Unix time: seconds (up to 11 digits, i.e. until the year 5138) or milliseconds.
  if (/^\d+(\.\d+)?$/.test(raw)) {
    const number = Number(raw);
    return inRange(raw.replace(/\..*/, '').length <= 11 ? number * 1000 : number, raw);
  }
  // "2023-04-05", "2023-04-05 10:20:30", "2023-04-05T10:20:30.123" with no zone: UTC.
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$/.exec(raw);
  if (local) return inRange(Date.parse(`${local[1]}T${local[2] ?? '00:00'}Z`), raw);
  // ISO with a zone, RFC 2822 ("Wed, 05 Apr 2023 10:20:30 +0000") and other forms with a zone.
  if (
    /\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(raw) ||
    /(GMT|UTC|[+-]\d{4})\b/i.test(raw)
  ) {
    return inRange(Date.parse(raw.replace(' UTC', ' GMT')), raw);
  }
  // "April 5, 2023", "5 Apr 2023": a day with no zone, read as UTC midnight.
  const parsed = Date.parse(`${raw} UTC`);
  if (!Number.isNaN(parsed)) return inRange(parsed, raw);
  return { ok: false, problem: `"${raw}" is not a date Lector can read` };
}
