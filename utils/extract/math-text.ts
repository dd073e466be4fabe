/**
 * Formulas as text. The sanitizer keeps HTML only (security.md, rule 2: no MathML), and a formula
 * reduced to its characters reads wrong (½ as "12", x² as "x2"), and the working copy used to
 * leave formulas out altogether. The copy now holds each `<math>` as linear text in its place
 * (working-copy.ts): "1/2", "x² + y² = z²", "√(a+b)", "∑_(i = 1)ⁿ i". A formula that has no
 * presentation markup to read gives its `alttext` or TeX annotation instead.
 */
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
};

// Operators read with a space either side: relations and arrows ("x = 1", "a → b").
const SPACED_OPERATOR = /^(=|<|>|≤|≥|≠|≈|≡|∼|≅|∝|→|←|↔|⇒|⇐|⇔|∈|∉|⊂|⊆|⊃|⊇|:=)$/;
// Elements that only hold the formula's other forms or take up room.
const SILENT = new Set(['annotation', 'annotation-xml', 'mphantom', 'none', 'mprescripts']);

/** `text` in raised or lowered characters, when every character has one; else null. */
function shifted(text: string, table: Record<string, string>): string | null {
  let out = '';
  for (const character of text) {
    const mapped = table[character];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out || null;
}

/** A part in parentheses when it is more than one number or name ("(n + 1)", but "2", "x"). */
function group(text: string): string {
  const single = [...text].length === 1;
  return single || /^[\p{L}\p{N}.,]+$/u.test(text) || /^\(.*\)$/.test(text) ? text : `(${text})`;
}

/** A big operator with its limits (∑, ∫, lim) is set off from what it applies to. */
function limits(element: Element, text: string): string {
  return element.firstElementChild?.localName === 'mo' ? `${text} ` : text;
}

function children(element: Element): Element[] {
  return Array.from(element.children);
}

function script(base: string, below: string, above: string): string {
  const sub = below ? (shifted(below, SUBSCRIPT) ?? `_${group(below)}`) : '';
  const sup = above ? (shifted(above, SUPERSCRIPT) ?? `^${group(above)}`) : '';
  return `${base}${sub}${sup}`;
}

function linear(element: Element): string {
  const name = element.localName;
  if (SILENT.has(name)) return '';
  const parts = children(element);
  const part = (index: number) => (parts[index] ? linear(parts[index]) : '');
  switch (name) {
    case 'mi':
    case 'mn':
    case 'mtext':
    case 'ms':
      return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    case 'mo': {
      const operator = (element.textContent ?? '').trim();
      return SPACED_OPERATOR.test(operator) ? ` ${operator} ` : operator;
    }
    case 'mspace':
      return ' ';
    case 'semantics':
      return part(0);
    case 'mfrac':
      return `${group(part(0))}/${group(part(1))}`;
    case 'msqrt':
      return `√${group(parts.map(linear).join(''))}`;
    case 'mroot':
      return `${part(1)}√${group(part(0))}`;
    case 'msup':
      return script(group(part(0)), '', part(1));
    case 'msub':
      return script(group(part(0)), part(1), '');
    case 'msubsup':
      return script(group(part(0)), part(1), part(2));
    case 'munderover':
      return limits(element, script(group(part(0)), part(1), part(2)));
    case 'munder':
      return limits(element, script(group(part(0)), part(1), ''));
    case 'mover':
      // An accent over a letter (x̄, x⃗) reads as the letter and the accent.
      return element.getAttribute('accent') === 'true'
        ? `${part(0)}${part(1)}`
        : limits(element, script(group(part(0)), '', part(1)));
    case 'mtable':
      return `[${parts.map((row) => children(row).map(linear).join(', ')).join('; ')}]`;
    case 'mfenced': {
      const open = element.getAttribute('open') ?? '(';
      const close = element.getAttribute('close') ?? ')';
      const separator = (element.getAttribute('separators') ?? ',').trim().charAt(0);
      return `${open}${parts.map(linear).join(separator ? `${separator} ` : '')}${close}`;
    }
    default:
      // math, mrow, mstyle, mpadded, menclose, merror and whatever else: their parts in order.
      return parts.map(linear).join('');
  }
}

/** The formula `math` as one line of text. */
export function formulaText(math: Element): string {
  const text = linear(math).replace(/\s+/g, ' ').trim();
  if (text) return text;
  const alt = math.getAttribute('alttext')?.trim();
  if (alt) return alt;
  const tex = Array.from(math.getElementsByTagName('annotation')).find((annotation) =>
    /tex/i.test(annotation.getAttribute('encoding') ?? ''),
  );
  return (tex?.textContent ?? '').trim();
}
