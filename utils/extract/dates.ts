/**
 * Dates as pages write them, turned into ISO 8601: `2025-06-12`, or `2025-06-12T09:30:00+02:00`
 * when the page gives a time with an offset (a time without an offset is a local time we cannot
 * place, so only its date is kept).
 *
 * How an all-numeric date is read (`12-06-2025`, `06/12/2025`, `12.06.2025`):
 * 1. A four-digit year first (`2025-06-12`, `2025/6/12`, `2025.06.12`, `2025. 6. 12.`) is
 *    year-month-day.
 * 2. With the year last, a first number above 12 is the day (`13-06-2025` → 13 June) and a second
 *    number above 12 is the day (`06/13/2025` → 13 June).
 * 3. Otherwise both could be the month. Month-first is an American habit written with slashes, so
 *    a slash date on a page whose language is `en-US` (or `en-PH`) is month-day-year.
 * 4. Before the language decides: a weekday written beside the date names the reading that falls
 *    on it ("Thu, 01/12/2012" is 12 January, a Thursday), and the date in the page's own address
 *    (`/2012/01/12/`) names the reading that is that day. Then the page's own habit: when its
 *    other slash dates that can be read only one way are all month-first (`06/13/2025`), so is
 *    this one, and day-first likewise (a page marked just `en` may be American or British). A
 *    US time zone after the time ("3:15 PM ET") is the American order too.
 * 5. Everything else is day-month-year, the order of most of the world: dashes and dots are
 *    day-first wherever they are common, and so is a slash date on a page not marked `en-US`.
 *    So `12-06-2025` is 12 June 2025 on any page.
 */

export interface DateContext {
  /** The page's language (BCP 47), used only to read ambiguous slash dates. */
  lang?: string | null;
  /** The date the page's address holds (`2012-01-12`), used only to read ambiguous dates. */
  urlDate?: string | null;
  /**
   * How the page writes its slash dates, where some can be read only one way (slashOrderOf);
   * asked only for an ambiguous slash date.
   */
  slashOrder?: () => SlashOrder | null;
}

export type SlashOrder = 'month-first' | 'day-first';

const SLASH_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;

/**
 * The order `text` writes slash dates in, told by those that can be read only one way
 * (`06/13/2025` month-first, `13/06/2025` day-first); null when none can, or they disagree.
 */
export function slashOrderOf(text: string): SlashOrder | null {
  let monthFirst = 0;
  let dayFirst = 0;
  for (const [, first, second] of text.matchAll(SLASH_DATE)) {
    const a = Number(first);
    const b = Number(second);
    if (a >= 1 && a <= 12 && b > 12 && b <= 31) monthFirst++;
    else if (b >= 1 && b <= 12 && a > 12 && a <= 31) dayFirst++;
  }
  if (monthFirst > 0 && dayFirst === 0) return 'month-first';
  if (dayFirst > 0 && monthFirst === 0) return 'day-first';
  return null;
}

/** Month names and abbreviations, lower-cased and without diacritics, in the languages Lector reads. */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[] = [
  // English
  'january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul',
  'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec',
  // Spanish
  'enero ene', 'febrero', 'marzo', 'abril abr', 'mayo', 'junio', 'julio', 'agosto ago',
  'septiembre setiembre', 'octubre', 'noviembre', 'diciembre dic',
  // French
  'janvier janv', 'fevrier fevr', 'mars', 'avril avr', 'mai', 'juin', 'juillet juil', 'aout',
  'septembre', 'octobre', 'novembre', 'decembre',
  // German
  'januar janner', 'februar', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
  'oktober okt', 'november', 'dezember dez',
  // Italian
  'gennaio gen', 'febbraio', 'marzo', 'aprile', 'maggio mag', 'giugno giu', 'luglio lug', 'agosto',
  'settembre set', 'ottobre ott', 'novembre', 'dicembre',
  // Portuguese
  'janeiro', 'fevereiro fev', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro',
  'outubro out', 'novembro', 'dezembro',
  // Dutch
  'januari', 'februari', 'maart mrt', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
  'oktober', 'november', 'december',
  // Russian (genitive, as dates write them, and nominative)
  'января январь янв', 'февраля февраль фев', 'марта март мар', 'апреля апрель апр', 'мая май',
  'июня июнь июн', 'июля июль июл', 'августа август авг', 'сентября сентябрь сен',
  'октября октябрь окт', 'ноября ноябрь ноя', 'декабря декабрь дек',
  // Polish (genitive and nominative)
  'stycznia styczen sty', 'lutego luty lut', 'marca marzec', 'kwietnia kwiecien kwi',
  'maja maj', 'czerwca czerwiec cze', 'lipca lipiec lip', 'sierpnia sierpien sie',
  'wrzesnia wrzesien wrz', 'pazdziernika pazdziernik paz', 'listopada listopad lis',
  'grudnia grudzien gru',
  // Greek (genitive, nominative, the spoken forms papers print, "21 Δεκέμβρη 2011", and the
  // abbreviations of date lines: "04 Ιαν. 2012")
  'ιανουαριου ιανουαριος γεναρη ιαν', 'φεβρουαριου φεβρουαριος φλεβαρη φεβ',
  'μαρτιου μαρτιος μαρτη μαρ', 'απριλιου απριλιος απριλη απρ', 'μαιου μαιος μαη μαι',
  'ιουνιου ιουνιος ιουνη ιουν', 'ιουλιου ιουλιος ιουλη ιουλ', 'αυγουστου αυγουστος αυγ',
  'σεπτεμβριου σεπτεμβριος σεπτεμβρη σεπ σεπτ', 'οκτωβριου οκτωβριος οκτωβρη οκτ',
  'νοεμβριου νοεμβριος νοεμβρη νοε', 'δεκεμβριου δεκεμβριος δεκεμβρη δεκ',
  // Turkish (folded: "Ağustos" is agustos; the dotless ı is a letter of its own, and "MAYIS"
  // lower-cases to mayis)
  'ocak oca', 'subat sub', 'mart', 'nisan nis', 'mayıs mayis', 'haziran haz', 'temmuz tem',
  'agustos agu', 'eylul eyl', 'ekim eki', 'kasım kasim kas', 'aralık aralik ara',
  // Indonesian (the months it shares with Dutch and German are theirs already)
  'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september',
  'oktober', 'november', 'desember',
]; // prettier-ignore
MONTH_NAMES.forEach((names, index) => {
  // Twelve entries per language, January first.
  for (const name of names.split(' ')) MONTHS[name] ??= (index % 12) + 1;
});

/** Lower case without diacritics (`Février` → `fevrier`, `Ιουνίου` → `ιουνιου`, `ź` → `z`). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase();
}

/** `Month YYYY` alone ("January 2012", "Styczeń 2012"): a month, as archive links name one. */
export function isMonthAndYear(text: string): boolean {
  const match = /^(\p{L}+)\.?,?\s+(19|20)\d\d$/u.exec(fold(text.trim()));
  return match !== null && MONTHS[match[1]!] !== undefined;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD`, or null when the parts are not a real calendar date in a plausible range. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Page languages whose numeric slash dates put the month first. */
function writesMonthFirst(lang: string | null | undefined): boolean {
  return /^en[-_](us|ph)\b/i.test(lang ?? '');
}

/** Weekday names (Sunday first, as Date.getUTCDay counts) in English, and their abbreviations. */
const WEEKDAYS = [
  /\b(sun|sunday)\b/i, /\b(mon|monday)\b/i, /\b(tue|tues|tuesday)\b/i, /\b(wed|wednesday)\b/i,
  /\b(thu|thur|thurs|thursday)\b/i, /\b(fri|friday)\b/i, /\b(sat|saturday)\b/i,
]; // prettier-ignore

/** The weekday `text` names (0 = Sunday), when it names exactly one. */
export function weekdayIn(text: string): number | null {
  const named = WEEKDAYS.flatMap((pattern, day) => (pattern.test(text) ? [day] : []));
  return named.length === 1 ? named[0]! : null;
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T12:00:00Z`).getUTCDay();
}

/** A page address's date: `/2012/01/12/`, `/2012-01-12-`, `/20120112/`. */
const URL_DATE = /(?<!\d)(20\d\d|19\d\d)([/_-]?)(\d{2})\2(\d{2})(?!\d)/;

/** The date in a page's address (its path), as ISO 8601, or null. */
export function dateInUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = path.match(URL_DATE);
  return match ? isoDate(Number(match[1]), Number(match[3]), Number(match[4])) : null;
}

/** Rule 2–5 above: which of two numbers (year last) is the day. */
export function numericDate(
  first: number,
  second: number,
  year: number,
  separator: string,
  context: DateContext & { weekday?: number | null } = {},
): string | null {
  if (first > 12) return isoDate(year, second, first);
  if (second > 12) return isoDate(year, first, second);
  const dayFirst = isoDate(year, second, first);
  const monthFirst = isoDate(year, first, second);
  if (dayFirst && monthFirst && dayFirst !== monthFirst) {
    const { weekday, urlDate } = context;
    const readings = [dayFirst, monthFirst];
    const onWeekday = readings.filter((date) => weekday != null && weekdayOf(date) === weekday);
    if (onWeekday.length === 1) return onWeekday[0]!;
    if (urlDate && readings.includes(urlDate)) return urlDate;
  }
  if (separator === '/' && dayFirst !== monthFirst) {
    const order = context.slashOrder?.() ?? null;
    if (order) return order === 'month-first' ? monthFirst : dayFirst;
    if (writesMonthFirst(context.lang)) return monthFirst;
  }
  return dayFirst;
}

const ISO_DATE_TIME =
  /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
/** A US time zone after a time of day: "3:15 PM ET", "15:15 EDT". */
// Upper case only: "14:00 et 15:00" is French.
const US_ZONE = /\d(?:\s*[AaPp]\.?[Mm]\.?)?\s+(?:E|C|M|P|AK|H)[SD]?T\b/;
/** `2025/6/12`, `2025.06.12`, and the Korean way, a space after each dot: `2025. 6. 12.` */
const YEAR_FIRST = /(?<!\d)(\d{4})([/.])\s?(\d{1,2})\2\s?(\d{1,2})(?!\d)/;
const YEAR_LAST = /(?<![\d.])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/;
/**
 * A two-digit year, taken only with the time of day after it ("09/11/11-15:21", "09.11.11 15:21"):
 * alone, three small numbers are as often a version, a score or a reference.
 */
const SHORT_YEAR_LAST =
  /(?<![\p{L}\d.])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?=\s*[-,]?\s*\d{1,2}:\d{2}(?!\d))/u;
/** `2025年6月12日` (Chinese, Japanese) and `2025년 6월 12일` (Korean). */
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
const DAY_MONTH_YEAR =
  /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})/gu;
// Tried from the start of a word only: the run of letters can only end where the word ends, so a
// start inside a word never matches where the word's start did not (and each cost a scan of it).
const MONTH_DAY_YEAR = /(?<!\p{L})(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/gu;

function offsetOf(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  const minutes = digits.length > 3 ? digits.slice(3, 5) : '00';
  return `${digits.slice(0, 3)}:${minutes}`;
}

function fromIso(match: RegExpMatchArray): string | null {
  const [, y, mo, d, h, mi, s, zone] = match;
  const date = isoDate(Number(y), Number(mo), Number(d));
  if (!date || h === undefined || mi === undefined || zone === undefined) return date;
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(s ?? '0');
  if (hours > 23 || minutes > 59 || seconds > 59) return date;
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${offsetOf(zone)}`;
}

/** Whether `text` has four ASCII digits: a year can be in it (folding makes no new digits). */
function mayHoldYear(text: string): boolean {
  let digits = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57 && ++digits === 4) return true;
  }
  return false;
}

function fromMonthName(text: string): string | null {
  // Both patterns end in a four-digit year. Most texts asked have none: leave them unfolded.
  if (!mayHoldYear(text)) return null;
  const folded = fold(text);
  for (const match of folded.matchAll(DAY_MONTH_YEAR)) {
    const month = MONTHS[match[2]!];
    if (month) {
      const date = isoDate(Number(match[3]), month, Number(match[1]));
      if (date) return date;
    }
  }
  for (const match of folded.matchAll(MONTH_DAY_YEAR)) {
    const month = MONTHS[match[1]!];
    if (month) {
      const date = isoDate(Number(match[3]), month, Number(match[2]));
      if (date) return date;
    }
  }
  return null;
}

/**
 * The first date written in `text`, as ISO 8601, or null. Accepts ISO dates and date-times,
 * numeric dates (read by the rule at the top of this file), `2025年6月12日`, `2025년 6월 12일`,
 * and dates with month names in English, Spanish, French, German, Italian, Portuguese, Dutch,
 * Russian, Polish, Greek, Turkish and Indonesian.
 */
export function parseDate(text: string, context: DateContext = {}): string | null {
  if (!text) return null;
  const value = text.slice(0, 300);
  const iso = value.match(ISO_DATE_TIME);
  if (iso) {
    const date = fromIso(iso);
    if (date) return date;
  }
  const cjk = value.match(CJK_DATE);
  if (cjk) return isoDate(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
  const yearFirst = value.match(YEAR_FIRST);
  if (yearFirst) {
    const date = isoDate(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
    if (date) return date;
  }
  const named = fromMonthName(value);
  if (named) return named;
  const yearLast = value.match(YEAR_LAST);
  const shortYear = yearLast ? null : value.match(SHORT_YEAR_LAST);
  const numeric = yearLast ?? shortYear;
  if (!numeric) return null;
  const year = Number(numeric[4]) + (shortYear ? 2000 : 0);
  // "01/11/12 05:16 PM": a short year on a 12-hour clock is the American order, and so is a
  // US time zone after a time ("06/12/2025 3:15 PM ET").
  const american =
    (shortYear !== null && /\d:\d{2}\s*[ap]\.?m\b/i.test(value)) || US_ZONE.test(value);
  return numericDate(Number(numeric[1]), Number(numeric[3]), year, numeric[2]!, {
    ...context,
    ...(american ? { lang: 'en-US' } : {}),
    weekday: weekdayIn(value),
  });
}
