import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openLibraryDb, type LibraryDb } from './db';
import { createLibrary, type Library, type LibraryOptions } from './library';
import type { SaveInput } from './save';

/**
 * For tests and the bench only (it imports a dev dependency): a library over a fresh, private
 * fake-indexeddb, so tests never share state, and a clock that ticks one second per call.
 */
export function freshDb(name = 'lector-test'): LibraryDb {
  return openLibraryDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export function tickingClock(start = Date.UTC(2026, 0, 1)): () => number {
  let time = start;
  return () => (time += 1000);
}

export function freshLibrary(options: LibraryOptions = {}): { db: LibraryDb; library: Library } {
  const db = freshDb();
  let next = 0;
  const library = createLibrary(db, {
    now: tickingClock(),
    newId: () => `a${String(++next).padStart(5, '0')}`,
    ...options,
  });
  return { db, library };
}

export function sampleInput(overrides: Partial<SaveInput> = {}): SaveInput {
  return {
    url: 'https://example.com/2026/01/quiet-streets?utm_source=feed#comments',
    title: 'Quiet streets',
    byline: 'Ana Ruiz',
    siteName: 'Example Times',
    publishedTime: '2026-01-02',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'Cities that gave streets back to people.',
    leadImage: 'https://example.com/lead.jpg',
    wordCount: 1200,
    readingMinutes: 6,
    content: '<p>Cities that gave their streets back to people found they were quieter.</p>',
    textContent: 'Cities that gave their streets back to people found they were quieter.',
    related: [],
    ...overrides,
  };
}
