/**
 * `http:` or `https:` absolute URL, after trimming, with control characters refused (browsers
 * strip tabs and newlines inside URLs, so "java\tscript:" would otherwise slip through). Apart
 * from the sanitizer so that code which only checks URLs does not bundle DOMPurify.
 */
export function isHttpUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  return /^https?:\/\/[^\s]/i.test(value.trim());
}
