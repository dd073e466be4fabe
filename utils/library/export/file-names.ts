/**
 * File names that every file system and zip tool accepts: no path separators or characters
 * Windows forbids, no control characters, no reserved device names, no trailing dots or spaces,
 * at most 80 characters (counted in code points, so an emoji is never cut in half), and unique
 * ignoring case (macOS and Windows file systems are case-insensitive).
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
const MAX_LENGTH = 80;

export function safeFileStem(text: string, fallback = 'article'): string {
  const cleaned = text
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ /g, '-');
  let stem = Array.from(cleaned).slice(0, MAX_LENGTH).join('');
  stem = stem.replace(/^[.-]+|[.-]+$/g, '');
  if (!stem) return fallback;
  return RESERVED.test(stem) ? `_${stem}` : stem;
}

/** Hands out names, adding "-2", "-3" … to a stem already taken. */
export function uniqueNamer(): (stem: string, extension: string) => string {
  const taken = new Set<string>();
  return (stem, extension) => {
    let name = `${stem}.${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.${extension}`;
    taken.add(name.toLowerCase());
    return name;
  };
}
