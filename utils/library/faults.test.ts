import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { LibraryDb } from './db';
import { LibraryError } from './errors';
import type { DomWindow } from '../sanitize';
import { zippedSample } from './import/test-samples';
import { freshLibrary, sampleInput } from './test-helpers';

/**
 * Fault injection: a Dexie middleware that fails the Nth write to a table, the way IndexedDB
 * does when the disk quota is hit or the browser closes the connection mid-transaction.
 */
async function failWrites(
  db: LibraryDb,
  table: string,
  makeError: () => Error,
  afterWrites = 0,
): Promise<void> {
  let writes = 0;
  db.use({
    stack: 'dbcore',
    name: 'fault-injection',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const inner = down.table(name);
        if (name !== table) return inner;
        return {
          ...inner,
          mutate: (request: DBCoreMutateRequest) =>
            writes++ >= afterWrites ? Promise.reject(makeError()) : inner.mutate(request),
        };
      },
    }),
  });
  await reopen(db);
}

/** Dexie builds its middleware stack when the database opens. */
async function reopen(db: LibraryDb): Promise<void> {
  db.close();
  await db.open();
}

async function removeFault(db: LibraryDb, name = 'fault-injection'): Promise<void> {
  db.unuse({ stack: 'dbcore', name });
  await reopen(db);
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function snapshot(db: LibraryDb) {
  return {
    articles: await db.articles.toArray(),
    bodies: await db.bodies.toArray(),
    changes: await db.changes.count(),
  };
}

describe('a failed save leaves nothing half-written', () => {
  it('quota exceeded on the body: no summary, no body, a message saying what to do', async () => {
    const { db, library } = freshLibrary();
    await library.save(sampleInput({ url: 'https://example.com/kept' }));
    const before = await snapshot(db);
    await failWrites(db, 'bodies', quotaError);
    const failure = await library.save(sampleInput()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LibraryError);
    expect(failure).toMatchObject({ kind: 'quota' });
    expect((failure as Error).message).toMatch(/storage for Lector is full.*Export your list/);
    await removeFault(db);
    expect(await snapshot(db)).toEqual(before);
  });

  it('quota exceeded on an update keeps the old version whole', async () => {
    const { db, library } = freshLibrary();
    const saved = await library.save(sampleInput());
    const before = await snapshot(db);
    await failWrites(db, 'changes', quotaError);
    await expect(
      library.save(sampleInput({ title: 'New title', content: '<p>new</p>' })),
    ).rejects.toMatchObject({ kind: 'quota' });
    await expect(library.setTags(saved.id, ['a'])).rejects.toMatchObject({ kind: 'quota' });
    await removeFault(db);
    expect(await snapshot(db)).toEqual(before);
  });

  it('the connection closed mid-transaction: nothing written, a message saying to reload', async () => {
    // When the browser closes the connection (storage cleared, profile shutting down) between
    // two requests of a transaction, the next request fails with InvalidStateError.
    const { db, library } = freshLibrary();
    await failWrites(db, 'bodies', () => {
      db.close();
      return new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    const failure = await library.save(sampleInput()).catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'closed' });
    expect((failure as Error).message).toMatch(/Reload this page/);
    await removeFault(db);
    expect(await snapshot(db)).toEqual({ articles: [], bodies: [], changes: 0 });
  });

  it('a closed database on save says so', async () => {
    const { db, library } = freshLibrary();
    await library.count();
    db.close();
    await expect(library.save(sampleInput())).rejects.toMatchObject({ kind: 'closed' });
  });

  it('any other error aborts the whole write with a generic message', async () => {
    const { db, library } = freshLibrary();
    await failWrites(db, 'bodies', () => new Error('disk on fire'));
    await expect(library.save(sampleInput())).rejects.toMatchObject({
      kind: 'write-failed',
      message: expect.stringMatching(/nothing was changed/),
    });
    await removeFault(db);
    expect(await db.articles.count()).toBe(0);
  });
});

describe('a failed import leaves nothing half-written', () => {
  const win = window as DomWindow;

  it.each([
    ['quota exceeded', quotaError, 'quota', /storage for Lector is full/],
    [
      'a closed connection',
      () => new DOMException('The database connection is closing.', 'InvalidStateError'),
      'closed',
      /Reload this page/,
    ],
  ])(
    '%s on the 5th article: nothing imported, the list as it was',
    async (_name, makeError, kind, message) => {
      const { db, library } = freshLibrary();
      await library.save(sampleInput({ url: 'https://www.example.org/older', tags: ['mine'] }));
      const before = await snapshot(db);
      await failWrites(db, 'articles', makeError, 5);
      const failure = await library
        .importFile(zippedSample('pocket-zip', 'pocket.zip'), win)
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(LibraryError);
      expect(failure).toMatchObject({ kind, message: expect.stringMatching(message) });
      await removeFault(db);
      expect(await snapshot(db)).toEqual(before);
      // And the same file imports in full once the fault is gone.
      await expect(
        library.importFile(zippedSample('pocket-zip', 'pocket.zip'), win),
      ).resolves.toMatchObject({
        added: 6,
        updated: 1,
      });
    },
  );
});
