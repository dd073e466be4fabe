/**
 * "Remind me to export": uninstalling the extension deletes the reading list, so Lector gently
 * suggests an export now and then. Pure: the caller gathers the facts (export-reminder-store.ts).
 */

export interface ReminderFacts {
  now: number;
  /** When the list was last exported (any format that re-imports), or null if never. */
  lastExportAt: number | null;
  /** When the reminder was last dismissed ("Not now"), or null. */
  dismissedAt: number | null;
  /** Articles saved since the last export (all articles if never exported). */
  savedSinceExport: number;
  /** When the oldest of those was saved, or null if none. */
  oldestUnexportedAt: number | null;
}

const DAY = 24 * 60 * 60 * 1000;

export const REMINDER_RULES = {
  /** Remind after this many unexported saves... */
  saves: 20,
  /** ...or when an unexported save is this old. */
  days: 30,
  /** After "Not now", stay quiet this long. */
  snoozeDays: 14,
} as const;

export function shouldRemindToExport(facts: ReminderFacts, rules = REMINDER_RULES): boolean {
  if (facts.savedSinceExport === 0 || facts.oldestUnexportedAt === null) return false;
  if (facts.dismissedAt !== null && facts.now - facts.dismissedAt < rules.snoozeDays * DAY) {
    return false;
  }
  return (
    facts.savedSinceExport >= rules.saves ||
    facts.now - facts.oldestUnexportedAt >= rules.days * DAY
  );
}
