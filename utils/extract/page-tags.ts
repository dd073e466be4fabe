/**
 * Tag and role vocabulary shared by the full detector's page scan (page-scan.ts) and auto mode's
 * lean detector (detect-lean.ts). A module of its own, importing nothing: the lean detector ships
 * in a script of 5 KB at most, which should carry these lists and nothing of the scan.
 */

// Subtrees that never hold the article's running text. Not FORM: older sites (ASP.NET above
// all) wrap the whole page, article included, in one form. Lists rather than regular expressions
// so that the lean detector can make a selector of them.
export const FURNITURE_TAG_LIST =
  'script,style,noscript,template,svg,nav,footer,aside,button,select,textarea,iframe,object,header,menu,dialog,canvas,video,audio';
export const FURNITURE_ROLE_LIST =
  'navigation,banner,contentinfo,complementary,search,menu,menubar,dialog,alert';
/** Block-level elements: text inside one of these belongs to it, not to the block around it. */
export const BLOCK_TAGS =
  /^(p|div|t[dhr]|li|[uo]l|d[ltd]|table|tbody|section|article|blockquote|pre|figure|figcaption|h[1-6]|hr|center|main|address|form|fieldset|body)$/;
// Blocks that are a paragraph's worth of text when they hold no other block. Headings are among
// them for the long standfirsts some sites set as <h2>/<h3>; a length floor keeps titles out.
export const TEXT_BLOCKS = /^(div|td|dd|li|section|article|blockquote|center|h[234])$/;
