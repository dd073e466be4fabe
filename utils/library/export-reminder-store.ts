import { Dexie } from 'dexie';
import type { LibraryContext } from './context';
import { shouldRemindToExport, type ReminderFacts } from './export-reminder';

/** The reminder's state lives in the library's own `meta` table: it goes when the list goes. */
const LAST_EXPORT_KEY = 'last-export-at';
const DISMISSED_KEY = 'export-reminder-dismissed-at';

async function readTime(context: LibraryContext, key: string): Promise<number | null> {
  const value = (await context.db.meta.get(key))?.value;
  return typeof value === 'number' ? value : null;
}

/** Call after an export the user kept (Lector JSON, Markdown, bookmarks). */
export async function recordExport(context: LibraryContext): Promise<void> {
  await context.db.meta.put({ key: LAST_EXPORT_KEY, value: context.now() });
}

export async function dismissExportReminder(context: LibraryContext): Promise<void> {
  await context.db.meta.put({ key: DISMISSED_KEY, value: context.now() });
}

export async function reminderFacts(context: LibraryContext): Promise<ReminderFacts> {
  const lastExportAt = await readTime(context, LAST_EXPORT_KEY);
  const unexported = context.db.articles
    .where('savedAt')
    .between(lastExportAt ?? Dexie.minKey, Dexie.maxKey, false, true);
  const oldest = await unexported.clone().first();
  return {
    now: context.now(),
    lastExportAt,
    dismissedAt: await readTime(context, DISMISSED_KEY),
    savedSinceExport: await unexported.count(),
    oldestUnexportedAt: oldest?.savedAt ?? null,
  };
}

export async function shouldShowExportReminder(context: LibraryContext): Promise<boolean> {
  return shouldRemindToExport(await reminderFacts(context));
}
