/**
 * Times as related-story cards write them: relative ("27 minutes ago", "hace 3 horas",
 * "vor 2 Stunden", "3 小时前") or absolute ("12-06-2025", "June 12, 2025"). Relative times are
 * resolved against a given `now`, so results are deterministic in tests; absolute ones go through
 * dates.ts, which knows how each language orders day and month.
 */
import { parseDate, type DateContext } from './dates.ts';

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Unit words by language, each mapped to its unit. Longer forms first where one prefixes another. */
const UNIT_WORDS: [RegExp, Unit][] = [
  [/^(s|secs?|seconds?|segundos?|secondes?|sekunden?|secondi|seconden|sekund[ay]?|секунд[уы]?|秒|秒钟|秒鐘|초|saniye|detik|giây|सेकंड|วินาที|ثوان|ثواني|ثانية|שניות|δευτερόλεπτα)$/iu, 'second'],
  [/^(m|mins?|minutes?|minutos?|minuten?|minuti|minuto|minuut|minut[ay]?|минут[уы]?|分|分钟|分鐘|분|dakika|menit|phút|मिनट|นาที|دقيقة|دقائق|דקות|דקה|λεπτά|λεπτό)$/iu, 'minute'],
  [/^(h|hrs?|hours?|horas?|heures?|stunden?|or[ae]|uur|godzin[ay]?|godzinę|час(а|ов)?|小时|小時|時間|시간|saat|jam|giờ|tiếng|घंटे|घंटा|ชั่วโมง|ساعة|ساعات|שעות|שעה|ώρες|ώρα)$/iu, 'hour'],
  [/^(d|days?|días?|dias?|jours?|tag(en)?|tage|giorn[oi]|dag(en)?|dni|dzień|д(ень|ня|ней)|天|日|일|gün|hari|ngày|दिन|วัน|يوم|أيام|ימים|יום|ημέρες|μέρες|ημέρα)$/iu, 'day'],
  [/^(w|wks?|weeks?|semanas?|semaines?|wochen?|settiman[ae]|we(e)?ken|tygodni[e]?|тыдз|недел[юиь]|周|週|週間|주|주일|hafta|minggu|tuần|सप्ताह|हफ्ते|हफ़्ते|สัปดาห์|أسبوع|أسابيع|שבועות|שבוע|εβδομάδες)$/iu, 'week'],
  [/^(mo|mos|months?|mes(es)?|mois|monate?n?|mes[ei]|maand(en)?|miesiące?|miesięcy|месяц(а|ев)?|个月|個月|か月|ヶ月|개월|달|ay|bulan|tháng|महीने|महीना|เดือน|شهر|أشهر|חודשים|חודש|μήνες)$/iu, 'month'],
  [/^(y|yrs?|years?|años?|anos?|ans?|jahren?|ann[oi]|jaar|jaren|lat|rok|года?|лет|年|년|yıl|sene|tahun|năm|साल|वर्ष|ปี|سنة|سنوات|שנים|שנה|χρόνια)$/iu, 'year'],
]; // prettier-ignore

/** Arabic and Hebrew dual forms: one word for "two <units>" ("منذ يومين", "לפני שעתיים"). */
const DUALS: [RegExp, Unit][] = [
  [/^(ثانيتين)$/u, 'second'],
  [/^(دقيقتين|שתי דקות)$/u, 'minute'],
  [/^(ساعتين|שעתיים)$/u, 'hour'],
  [/^(يومين|יומיים)$/u, 'day'],
  [/^(أسبوعين|שבועיים)$/u, 'week'],
  [/^(شهرين|חודשיים)$/u, 'month'],
  [/^(سنتين|عامين|שנתיים)$/u, 'year'],
];

/** Words that mean "one" where a number would stand ("an hour ago", "hace una hora"). */
const ONE = /^(a|an|one|un|una|uno|une|einer|einem|ein|een|jeden|jedną|одну|один)$/i;

/**
 * "<n> <unit> ago" in the word orders languages use. Group `n` is the amount, `u` the unit.
 * The unit is a run of letters (any script) matched against UNIT_WORDS afterwards.
 */
const RELATIVE_PATTERNS: RegExp[] = [
  // English, Italian, Dutch, Russian, Polish, Turkish, Indonesian, Vietnamese, Hindi: amount,
  // unit, then the "ago" word. (\b is ASCII-only in JavaScript, so word edges are written as
  // letter lookarounds; a Devanagari word holds vowel signs, which are marks, not letters.)
  /(?<n>\d+|an?|one)\s*(?<u>[\p{L}\p{M}]+)\.?\s+(ago|fa|geleden|назад|temu|önce|(yang\s+)?lalu|trước|पहले)(?![\p{L}\p{M}])/iu,
  /(?<n>\d+)(?<u>[smhdwy])\s+ago(?!\p{L})/iu,
  // Spanish, Portuguese, French, German, Arabic, Hebrew, Greek: the "ago" word first.
  /(?<!\p{L})(hace|há|ha|il y a|vor)\s+(?<n>\d+|un|una|une|einer|einem)\s+(?<u>\p{L}+)/iu,
  /(منذ|قبل|לפני|πριν(\s+από)?)\s+(?<n>\d+)?\s*(?<u>\p{L}+)/u,
  // Chinese and Japanese: amount, unit, 前.
  /(?<n>\d+)\s*(?<u>秒钟?|秒鐘|分钟|分鐘|分|小时|小時|時間|天|日|周|週間?|个月|個月|か月|ヶ月|年)\s*前/u,
  // Thai: amount, unit, ที่แล้ว or ก่อน, without spaces ("3 ชั่วโมงที่แล้ว").
  /(?<n>\d+)\s*(?<u>วินาที|นาที|ชั่วโมง|วัน|สัปดาห์|เดือน|ปี)\s*(ที่แล้ว|ก่อน)/u,
  // Korean: amount, unit, 전 ("3시간 전").
  /(?<n>\d+)\s*(?<u>초|분|시간|일|주일?|개월|달|년)\s*전(?!\p{L})/u,
];

const JUST_NOW =
  /^(just now|moments? ago|now|ahora|ahora mismo|à l'instant|gerade eben|soeben|adesso|zojuist|только что|przed chwilą|刚刚|剛剛|たった今|방금( 전)?|az önce|baru saja|vừa xong|अभी अभी|เมื่อสักครู่|الآن|עכשיו|μόλις τώρα)$/iu;
/** A time of day after "yesterday" or "today": "вчера, 18:20", "Today at 9.15", "heute, 14:05 Uhr". */
const AT_TIME = String.raw`(?:,?\s*(?:at|à|um|a las|às|alle|o|в|om)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|am|pm))?)`;
const YESTERDAY = new RegExp(
  `^(yesterday|ayer|ontem|hier|gestern|ieri|gisteren|вчера|wczoraj|昨天|昨日|어제|dün|kemarin|hôm qua|เมื่อวาน|أمس|אתמול|χθες)${AT_TIME}?$`,
  'iu',
);
/** "Today" counts only with its time of day: alone it is as often a section's name. */
const TODAY = new RegExp(
  `^(today|hoy|hoje|aujourd'hui|aujourd’hui|heute|oggi|vandaag|сегодня|dzisiaj|dziś|今天|今日|오늘|bugün|hari ini|hôm nay|σήμερα)${AT_TIME}$`,
  'iu',
);

export interface WrittenTime {
  /** ISO 8601: a date-time (UTC) for relative times, a date or date-time for absolute ones. */
  date: string | null;
  relative: boolean;
}

/** The unit a word names, and how many of it when the word itself says (a dual says two). */
function unitOf(word: string): [Unit, number | null] | null {
  for (const [pattern, unit] of DUALS) if (pattern.test(word)) return [unit, 2];
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(word)) return [unit, null];
  return null;
}

function subtract(now: Date, amount: number, unit: Unit): Date {
  const date = new Date(now.getTime());
  switch (unit) {
    case 'second':
      date.setUTCSeconds(date.getUTCSeconds() - amount);
      break;
    case 'minute':
      date.setUTCMinutes(date.getUTCMinutes() - amount);
      break;
    case 'hour':
      date.setUTCHours(date.getUTCHours() - amount);
      break;
    case 'day':
      date.setUTCDate(date.getUTCDate() - amount);
      break;
    case 'week':
      date.setUTCDate(date.getUTCDate() - 7 * amount);
      break;
    case 'month':
      date.setUTCMonth(date.getUTCMonth() - amount);
      break;
    case 'year':
      date.setUTCFullYear(date.getUTCFullYear() - amount);
      break;
  }
  return date;
}

/** Seconds dropped: "27 minutes ago" is not precise to the millisecond. */
function isoMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16)}:00Z`;
}

/** A relative time resolved against `now`, or null when `text` is not one. */
export function parseRelativeTime(text: string, now: Date): string | null {
  const value = text.replace(/\s+/g, ' ').trim();
  if (JUST_NOW.test(value)) return isoMinute(now);
  if (YESTERDAY.test(value)) return subtract(now, 1, 'day').toISOString().slice(0, 10);
  if (TODAY.test(value)) return now.toISOString().slice(0, 10);
  for (const pattern of RELATIVE_PATTERNS) {
    const groups = value.match(pattern)?.groups;
    if (!groups?.u) continue;
    const found = unitOf(groups.u);
    if (!found) continue;
    const [unit, implied] = found;
    const amount = implied ?? (groups.n === undefined || ONE.test(groups.n) ? 1 : Number(groups.n));
    if (!Number.isFinite(amount) || amount > 10_000) continue;
    return isoMinute(subtract(now, amount, unit));
  }
  return null;
}

/** Whether `text` reads as a time or date (and nothing much else): a card's time line. */
export function looksLikeWrittenTime(text: string, context: DateContext = {}): boolean {
  const value = text.replace(/\s+/g, ' ').trim();
  if (value === '' || value.length > 48) return false;
  return parseRelativeTime(value, new Date(0)) !== null || parseDate(value, context) !== null;
}

/** The date a written time stands for: relative against `now`, absolute by the page's rules. */
export function parseWrittenTime(text: string, now: Date, context: DateContext = {}): WrittenTime {
  const relative = parseRelativeTime(text, now);
  if (relative) return { date: relative, relative: true };
  return { date: parseDate(text, context), relative: false };
}
