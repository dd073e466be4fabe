/**
 * What captureSnapshot needs to know about a page before it serializes it: its open shadow roots
 * (their content is part of what the reader sees), its same-origin frames, and how many elements
 * it has. Found with one walk over the page's elements, which on a huge page is spread over
 * several short tasks so that the page never stalls (the walk yields every SLICE_MS).
 */

export interface PageParts {
  /** Open shadow roots, the page's and those inside them, in document order of their hosts. */
  shadowRoots: ShadowRoot[];
  /** <iframe>/<frame> elements whose document Lector can read (same origin). */
  frames: { element: HTMLIFrameElement | HTMLFrameElement; doc: Document }[];
  /** Elements walked (shadow trees included). */
  elements: number;
  /** The first elements that declare themselves the article or the main part (see below). */
  articleCandidates: Element[];
}

/** As the core's large-page.ts judges it: <article>, <main>, role=main, itemprop=articleBody. */
export function declaresArticle(element: Element): boolean {
  const name = element.localName;
  if (name === 'article' || name === 'main') return true;
  if (element.getAttribute('role') === 'main') return true;
  return /(?:^|\s)articleBody(?:\s|$)/.test(element.getAttribute('itemprop') ?? '');
}

/** The core looks at no more candidates than this on a huge page (large-page.ts). */
const MAX_CANDIDATES = 50;

/** The longest stretch of walking between two yields to the page's own work. */
export const SLICE_MS = 8;

/**
 * Walk `doc`'s elements (and those of the open shadow trees in it). A generator that yields
 * whenever SLICE_MS have passed, so the caller decides whether to give the page a turn.
 */
export function* walkPage(doc: Document, now: () => number = () => performance.now()) {
  const parts: PageParts = { shadowRoots: [], frames: [], elements: 0, articleCandidates: [] };
  const pending: Node[] = [doc.documentElement];
  let sliceStart = now();
  while (pending.length > 0) {
    const root = pending.shift()!;
    const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node = walker.currentNode; node; node = walker.nextNode()!) {
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      parts.elements++;
      if (parts.articleCandidates.length < MAX_CANDIDATES && declaresArticle(element))
        parts.articleCandidates.push(element);
      const shadow = element.shadowRoot;
      if (shadow) {
        parts.shadowRoots.push(shadow);
        pending.push(shadow);
      }
      const name = element.localName;
      if (name === 'iframe' || name === 'frame') {
        const frameDoc = readableFrameDocument(element as HTMLIFrameElement);
        if (frameDoc) parts.frames.push({ element: element as HTMLIFrameElement, doc: frameDoc });
      }
      if ((parts.elements & 1023) === 0 && now() - sliceStart > SLICE_MS) {
        yield parts;
        sliceStart = now();
      }
    }
  }
  return parts;
}

/** A frame's document when it is on the page's origin and loaded, else null. */
function readableFrameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const frameDoc = frame.contentDocument;
    return frameDoc?.documentElement && frameDoc.body ? frameDoc : null;
  } catch {
    return null;
  }
}

/** Run the walk in one go. */
export function walkPageNow(doc: Document): PageParts {
  const walk = walkPage(doc);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/** Give the page's own tasks a turn (scheduler.yield where there is one, else a message). */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Run the walk a slice at a time, the page getting a turn between slices. */
export async function walkPageInSlices(doc: Document): Promise<PageParts> {
  const walk = walkPage(doc);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    await nextTask();
  }
}
