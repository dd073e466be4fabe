import { describe, expect, it } from 'vitest';
import { shouldRemindToExport, type ReminderFacts } from './export-reminder';
import {
  dismissExportReminder,
  recordExport,
  reminderFacts,
  shouldShowExportReminder,
} from './export-reminder-store';
import { freshLibrary, sampleInput } from './test-helpers';

const DAY = 86_400_000;
const base: ReminderFacts = {
  now: 100 * DAY,
  lastExportAt: null,
  dismissedAt: null,
  savedSinceExport: 0,
  oldestUnexportedAt: null,
};

describe('shouldRemindToExport', () => {
  it.each<[string, Partial<ReminderFacts>, boolean]>([
    ['nothing to export', {}, false],
    ['a few recent saves', { savedSinceExport: 3, oldestUnexportedAt: 99 * DAY }, false],
    ['20 saves since export', { savedSinceExport: 20, oldestUnexportedAt: 99 * DAY }, true],
    ['one save 30 days old', { savedSinceExport: 1, oldestUnexportedAt: 70 * DAY }, true],
    [
      'dismissed a week ago',
      { savedSinceExport: 50, oldestUnexportedAt: 10 * DAY, dismissedAt: 93 * DAY },
      false,
    ],
    [
      'dismissed 15 days ago',
      { savedSinceExport: 50, oldestUnexportedAt: 10 * DAY, dismissedAt: 85 * DAY },
      true,
    ],
  ])('%s', (_name, facts, expected) => {
    expect(shouldRemindToExport({ ...base, ...facts })).toBe(expected);
  });
});

describe('the stored reminder state', () => {
  it('counts saves since the last export and remembers a dismissal', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { library } = freshLibrary({ now: () => (now += 1000) });
    for (let i = 0; i < 20; i++) {
      await library.save(sampleInput({ url: `https://example.com/${i}` }));
    }
    expect(await shouldShowExportReminder(library.context)).toBe(true);
    await recordExport(library.context);
    expect(await reminderFacts(library.context)).toMatchObject({ savedSinceExport: 0 });
    await library.save(sampleInput({ url: 'https://example.com/new' }));
    expect(await reminderFacts(library.context)).toMatchObject({ savedSinceExport: 1 });
    now += 31 * DAY;
    expect(await shouldShowExportReminder(library.context)).toBe(true);
    await dismissExportReminder(library.context);
    expect(await shouldShowExportReminder(library.context)).toBe(false);
  });
});
