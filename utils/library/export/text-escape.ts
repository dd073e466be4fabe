/** Escaping of plain text for the formats Lector writes. Titles and tags are text, never markup. */

/** Characters XML 1.0 does not allow at all (XHTML in an EPUB would not parse). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function stripNonXml(text: string): string {
  return text.replace(NOT_XML, '');
}

/** For HTML/XML text and attribute values (double- or single-quoted). */
export function escapeMarkup(text: string): string {
  return stripNonXml(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A YAML double-quoted scalar. JSON strings are valid YAML, once the characters YAML reads as
 * line breaks or byte-order marks (NEL, LS, PS, BOM) are escaped as well.
 */
export function yamlString(text: string): string {
  return JSON.stringify(stripNonXml(text)).replace(
    /[\u0085\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
