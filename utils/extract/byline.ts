/**
 * A byline as a name: "By Jane Doe | June 10, 2025", "Von Katrin Vogel", "بقلم: سارة الحسن" and
 * Readability's raw byline element text all come down to the author's name, or null when what is
 * left is not one (a date, a profile URL, an e-mail address, a row of font-size buttons).
 */
import { lettersAndDigits, normalizeText } from './text.ts';
import { ONE_TOOL } from './declutter-words.ts';

/** The word that opens a byline, in the languages Lector meets most, with an optional colon. */
const PREFIX =
  /^((written|submitted|posted|article|story|words|reported|text) by|by|por|par|von|di|door|przez|autor(ka)?|автор|от|από|του|της|بقلم|كتب|كتبت|מאת|作者|記者|记者)\s*[:：]?\s+|^(作者|記者|记者|出处|出處|来源|來源)\s*[:：]?\s*|^(πηγή|źródło|источник)\s*:\s*/iu;

/**
 * What bylines' places hold when they hold no name: a share or follow button (and every page
 * tool, ONE_TOOL), the "Tags" or "Published" label, a script, a dateline, a credit phrase
 * ("По материалам …" names a source), a company's legal form or a web agency (the
 * <meta name="author"> of many sites names who built the site).
 */
const NOT_A_NAME = new RegExp(
  [
    '^(share|follow|tags?|rss|print|e-?mail|comments?|updated|published|posted|last updated|click|report|permalink|пожаловаться|постоянный адрес|zgłoś)(?![\\p{L}\\p{N}])',
    '@',
    '[=;{}<>"]', // script or markup text
    '[—–-]$', // a dateline ("BERLIN —")
    '^(ημερομηνία|δημοσιεύ|data publikacji|data (utworzenia|dodania|aktualizacji)|opublikowano|дата публикации|опубликовано|по материалам|发布时间|發佈時間)',
    // Field labels of Chinese date lines: time, date, editor in charge.
    '^(时间|時間|日期|责任编辑|責任編輯)[:：]?$',
    // A label with nothing after it: "Author", "Last updated".
    '^(author|autor|автор|последнее обновление|обновлено)[:：]?$',
    '\\b(ltd|limited|llc|inc|corp|gmbh|sp\\. z o\\.o|s\\.a|web solutions|interactive|it systemy|web design)\\b\\.?$',
    '\\bco\\.$', // "Interline Pro Co." (a lone "Co" can be a surname)
  ].join('|'),
  'iu',
);

/** A web address inside a byline's text, and a field label left at its end ("时间："). */
const INNER_ADDRESS = /\s(https?:\/\/|www\.)\S+/giu;
const TRAILING_LABEL = /\s+[\p{L}]+\s*[:：]$/u;

/** A list of lower-case keywords ("health , women"); names are capitalised. */
const KEYWORD_LIST = /^\p{Ll}[^,]*,/u;

/**
 * What separates the name from the rest of its line: bars, dots, line breaks, a dash, and an
 * underscore between Chinese words ("财讯网_提供股票、基金…": a site and its tagline).
 */
const SEPARATOR = /\s*(?:[|·•\n]|\s[–—-]\s|(?<=\p{Script=Han})_(?=\p{Script=Han}))\s*/u;

const MAX_NAME = 120;

/**
 * A Korean byline names the reporter and then the title: "김민수 기자" (reporter Kim Min-su),
 * "박지영 특파원" (correspondent), often with more on the line ("김민수 기자 minsu@…"). The
 * name is the two to four syllables before the title.
 */
const KOREAN_REPORTER =
  /(?<!\p{L})(\p{Script=Hangul}{2,4})\s?(?:(?:선임|수석|객원|인턴)?기자|특파원|논설위원)(?!\p{L})/u;

/**
 * A byline without the outlet after the name when that is the site itself ("Ana Souza, Jornal
 * da Serra" on Jornal da Serra): the reader's header names the site already.
 */
export function withoutSiteName(byline: string | null, siteName: string | null): string | null {
  if (!byline || !siteName) return byline;
  const comma = byline.lastIndexOf(',');
  if (comma <= 0) return byline;
  return lettersAndDigits(byline.slice(comma + 1)) === lettersAndDigits(siteName)
    ? byline.slice(0, comma).trim()
    : byline;
}

/** A piece of a byline's line: a text node's text and the link it is in, or a "|" between parts. */
export interface LinePart {
  text: string;
  link: Element | null;
}

/** What joins two names: "Jane Doe and <a>John Roe</a>", "<a>A</a>, <a>B</a>". */
const JOINER = /(?:^|\s)(and|und|et|y|e|i|и|ve|en|og|och|oraz|και)$|[,;&]$/iu;

/**
 * A byline's line as text, with a link that comes after a name set apart as a part of its own:
 * "By David Finkelstein <a>Los Angeles Times</a>" reads "By David Finkelstein | Los Angeles
 * Times", its outlet apart. A link right after "By", "and" or a comma is a name and stays.
 */
export function joinBylineParts(parts: readonly LinePart[]): string {
  let text = '';
  let segment = '';
  let link: Element | null = null;
  for (const part of parts) {
    if (part.link && part.link !== link) {
      const said = segment.trim();
      const named = `${said} `.replace(PREFIX, '').trim();
      if (/\p{L}/u.test(named) && !JOINER.test(said)) {
        text += `${segment} | `;
        segment = '';
      }
    }
    link = part.link;
    segment += ` ${part.text}`;
    if (part.text === '|') {
      text += segment;
      segment = '';
    }
  }
  return (text + segment).replace(/\s+([,;])/g, '$1');
}

/** The name in a byline's text, or null. */
export function bylineName(value: string | null | undefined): string | null {
  if (!value) return null;
  // Line breaks separate parts before whitespace is collapsed.
  const segments = value
    .replace(/\r/g, '')
    .split(SEPARATOR)
    .map((segment) =>
      normalizeText(segment)
        .replace(/^[,:;]+|[,:;]+$/g, '')
        .trim(),
    );
  for (const segment of segments) {
    const reporter = KOREAN_REPORTER.exec(segment);
    if (reporter) return reporter[1]!;
    // A part that is only the "By" (its name set apart, in a link) is passed over.
    const raw = `${segment} `.replace(PREFIX, '').trim();
    if (!raw) continue;
    if (raw.length > MAX_NAME || /^https?:|^www\.|@.*\./i.test(raw)) return null;
    // "南海网 http://www.hinews.cn 时间：": the site's address and the next field's label go.
    const name = raw.replace(INNER_ADDRESS, ' ').replace(TRAILING_LABEL, '').trim();
    if (!name) continue;
    // The first part of the line that is words and not a date or a reading time.
    if (/\d/.test(name) || !/\p{L}{2}/u.test(name)) continue;
    if (NOT_A_NAME.test(name) || KEYWORD_LIST.test(name) || ONE_TOOL.test(name)) continue;
    return name;
  }
  return null;
}
