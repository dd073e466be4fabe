import type { ReadPage } from '../../utils/reader/live-source';

/**
 * The reading core's `readPage` (utils/extract/read-page.ts).
 *
 * TODO(2026-11-29): replace with `import { readPage } from '../../utils/extract/read-page'` once
 * that file has landed. Until then the reader must build without it: an eager glob compiles to a
 * plain static import when the file exists and to nothing when it does not, in which case the
 * reader shows a failure instead of an article.
 */
const modules = import.meta.glob<{ readPage: ReadPage }>('../../utils/extract/read-page.ts', {
  eager: true,
});

const missing: ReadPage = () => {
  throw new Error('The reading core is not part of this build yet.');
};

export const readPage: ReadPage = Object.values(modules)[0]?.readPage ?? missing;
