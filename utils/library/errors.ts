/**
 * Every failure of the reading list reaches the user as a `LibraryError`: a kind the UI can act
 * on, and a message that says what happened and what to do (security.md rule 9).
 */

export type LibraryErrorKind =
  | 'quota'
  | 'closed'
  | 'blocked'
  | 'not-found'
  | 'invalid-article'
  | 'import-malformed'
  | 'import-unknown-format'
  | 'write-failed';

const MESSAGES: Record<
  Exclude<LibraryErrorKind, 'import-malformed' | 'invalid-article'>,
  string
> = {
  quota:
    "Your browser's storage for Lector is full. Export your list and delete old articles, then try again.",
  closed:
    'Lector lost its connection to the reading list (the browser closed its database). Reload this page and try again.',
  blocked:
    'The reading list is being upgraded in another Lector tab. Close other Lector tabs, then try again.',
  'not-found':
    'That article is no longer in your reading list. It may have been deleted in another tab.',
  'import-unknown-format':
    'Lector does not recognise this file. It reads Pocket (zip, CSV or HTML), Omnivore (zip), Instapaper (CSV), browser bookmarks (HTML) and Lector exports (JSON).',
  'write-failed':
    'Lector could not save to the reading list, and nothing was changed. Try again; if it keeps failing, export your list and restart the browser.',
};

export class LibraryError extends Error {
  override readonly name = 'LibraryError';
  readonly kind: LibraryErrorKind;

  constructor(kind: LibraryErrorKind, message?: string, options?: { cause?: unknown }) {
    super(message ?? MESSAGES[kind as keyof typeof MESSAGES] ?? MESSAGES['write-failed'], options);
    this.kind = kind;
  }
}

/** The error names and their wrappers: Dexie nests the real cause in `inner`, DOM errors in `cause`. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 8; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

/** Turn whatever a write threw (Dexie, IndexedDB, DOMException) into a LibraryError. */
export function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const names = errorNames(error);
  let kind: LibraryErrorKind = 'write-failed';
  if (names.includes('QuotaExceededError')) kind = 'quota';
  else if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) {
    kind = 'closed';
  } else if (names.includes('VersionError') || names.includes('BlockedError')) kind = 'blocked';
  return new LibraryError(kind, undefined, { cause: error });
}

/** One problem in an import file, with where it is ("Line 14", "Entry 3 (metadata_0.json)"). */
export interface ImportProblem {
  where: string;
  problem: string;
}

/** A malformed import: lists the first problems and imports nothing. */
export function importMalformed(fileName: string, problems: ImportProblem[]): LibraryError {
  const shown = problems.slice(0, 5).map((p) => `${p.where}: ${p.problem}`);
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  return new LibraryError(
    'import-malformed',
    `Nothing was imported from ${fileName}, because it has problems. ${shown.join('. ')}${more}. Fix the file or export it again, then import it.`,
  );
}
