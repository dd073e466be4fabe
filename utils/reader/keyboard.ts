/**
 * The reader's keyboard map: j/k and the arrows scroll, Space and Shift+Space page, Esc closes.
 * Pure: it looks at the key and at what has focus, and says what to do (or nothing).
 */

export type KeyAction = 'line-down' | 'line-up' | 'page-down' | 'page-up' | 'escape';

/** The parts of a KeyboardEvent the map needs. */
export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  target: EventTarget | null;
}

const TEXT_INPUT_TYPES = new Set([
  '',
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

function asElement(target: EventTarget | null): Element | null {
  return target && (target as Node).nodeType === 1 ? (target as Element) : null;
}

/** A field where keys type text: every key belongs to it, even Esc. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = asElement(target);
  if (!element) return false;
  const tag = element.localName;
  if (tag === 'textarea') return true;
  if (tag === 'input') {
    return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
  }
  return (element as HTMLElement).isContentEditable === true;
}

/** A control that uses arrows or Space itself (slider, select, button, checkbox, …). */
function isInteractiveTarget(target: EventTarget | null): boolean {
  const element = asElement(target);
  if (!element) return false;
  if (element.closest('input, select, button, summary, textarea, [role="slider"]')) return true;
  const role = element.getAttribute('role');
  return role === 'button' || role === 'menuitem' || role === 'option' || role === 'radio';
}

const KEYS: Record<string, KeyAction> = {
  j: 'line-down',
  ArrowDown: 'line-down',
  k: 'line-up',
  ArrowUp: 'line-up',
  PageDown: 'page-down',
  PageUp: 'page-up',
};

/** What a key press means in the reader, or null when it is not the reader's to handle. */
export function keyAction(event: KeyInput): KeyAction | null {
  if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  if (event.key === 'Escape') return 'escape';
  if (isInteractiveTarget(event.target)) return null;
  if (event.key === ' ' || event.key === 'Spacebar') {
    return event.shiftKey ? 'page-up' : 'page-down';
  }
  if (event.shiftKey) return null;
  return KEYS[event.key] ?? null;
}

/** How far an action scrolls, in pixels (signed), given one line's and one screen's height. */
export function scrollDistance(action: KeyAction, lineHeight: number, viewHeight: number): number {
  // A page keeps two lines of overlap, so the eye finds its place again.
  const page = Math.max(lineHeight, viewHeight - 2 * lineHeight);
  switch (action) {
    case 'line-down':
      return 3 * lineHeight;
    case 'line-up':
      return -3 * lineHeight;
    case 'page-down':
      return page;
    case 'page-up':
      return -page;
    default:
      return 0;
  }
}
