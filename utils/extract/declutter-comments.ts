/**
 * Reader comments: a thread shows its "Reply" / "Report" buttons on every comment. Two or more
 * of them make a thread; the thread is the smallest element holding them all, as long as that
 * element stays clear of the headline and the story's opening. When the buttons are spread over
 * separate parts of the page, each run of them that can be held apart becomes its own thread.
 */
import type { Clue } from './declutter-clue.ts';

const MIN_COMMENTS = 2;

function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a; node; node = node.parentElement) {
    if (node.contains(b)) return node;
  }
  return null;
}

function isPageLevel(element: Element): boolean {
  return /^(body|html|main|article)$/.test(element.localName);
}

/** Threads around the reply buttons (given in document order). */
export function commentSectionClues(
  actions: readonly Element[],
  protect: readonly Element[],
): Clue[] {
  const clues: Clue[] = [];
  let thread: Element | null = null;
  let count = 0;
  const close = (): void => {
    if (thread && count >= MIN_COMMENTS) {
      clues.push({
        element: thread,
        kind: 'comments',
        reason: `reader comments (${count} replies or more)`,
        maxText: 0,
      });
    }
  };
  for (const action of actions) {
    const joined: Element | null = thread ? commonAncestor(thread, action) : action;
    if (joined && !isPageLevel(joined) && !protect.some((kept) => joined.contains(kept))) {
      thread = joined;
      count++;
      continue;
    }
    close();
    thread = action;
    count = 1;
  }
  close();
  return clues;
}
