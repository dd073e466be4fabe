import { describe, expect, it } from 'vitest';
import { looksLikeWrittenTime, parseRelativeTime, parseWrittenTime } from './related-time.ts';

const NOW = new Date('2025-06-12T10:00:00Z');

describe('parseRelativeTime', () => {
  it.each([
    ['27 minutes ago', '2025-06-12T09:33:00Z'],
    ['an hour ago', '2025-06-12T09:00:00Z'],
    ['5m ago', '2025-06-12T09:55:00Z'],
    ['3d ago', '2025-06-09T10:00:00Z'],
    ['2 weeks ago', '2025-05-29T10:00:00Z'],
    ['hace 3 horas', '2025-06-12T07:00:00Z'],
    ['hace una hora', '2025-06-12T09:00:00Z'],
    ['há 2 dias', '2025-06-10T10:00:00Z'],
    ['il y a 3 heures', '2025-06-12T07:00:00Z'],
    ['vor einer Stunde', '2025-06-12T09:00:00Z'],
    ['3 ore fa', '2025-06-12T07:00:00Z'],
    ['2 uur geleden', '2025-06-12T08:00:00Z'],
    ['5 минут назад', '2025-06-12T09:55:00Z'],
    ['3 godziny temu', '2025-06-12T07:00:00Z'],
    ['3 小时前', '2025-06-12T07:00:00Z'],
    ['2時間前', '2025-06-12T08:00:00Z'],
    ['3시간 전', '2025-06-12T07:00:00Z'],
    ['3 saat önce', '2025-06-12T07:00:00Z'],
    ['2 hari yang lalu', '2025-06-10T10:00:00Z'],
    ['5 menit lalu', '2025-06-12T09:55:00Z'],
    ['3 giờ trước', '2025-06-12T07:00:00Z'],
    ['2 दिन पहले', '2025-06-10T10:00:00Z'],
    ['3 घंटे पहले', '2025-06-12T07:00:00Z'],
    ['3 ชั่วโมงที่แล้ว', '2025-06-12T07:00:00Z'],
    ['dün', '2025-06-11'],
    ['2일 전', '2025-06-10T10:00:00Z'],
    ['방금 전', '2025-06-12T10:00:00Z'],
    ['منذ 3 ساعات', '2025-06-12T07:00:00Z'],
    ['לפני 2 שעות', '2025-06-12T08:00:00Z'],
    ['منذ يومين', '2025-06-10T10:00:00Z'],
    ['לפני שעתיים', '2025-06-12T08:00:00Z'],
    ['just now', '2025-06-12T10:00:00Z'],
    ['yesterday', '2025-06-11'],
    ['вчера, 18:20', '2025-06-11'],
    ['Yesterday at 9.15 pm', '2025-06-11'],
    ['Сегодня, 14:05', '2025-06-12'],
    ['heute, 14:05 Uhr', '2025-06-12'],
  ])('%s → %s', (text, iso) => {
    expect(parseRelativeTime(text, NOW)).toBe(iso);
  });

  it.each(['Associated Press', 'Read more', '12-06-2025', 'ago', 'Today'])(
    '%s is not relative',
    (text) => {
      expect(parseRelativeTime(text, NOW)).toBeNull();
    },
  );
});

describe('parseWrittenTime and looksLikeWrittenTime', () => {
  it('reads absolute dates day-first unless the page is American', () => {
    expect(parseWrittenTime('12-06-2025', NOW)).toEqual({ date: '2025-06-12', relative: false });
    expect(parseWrittenTime('06/12/2025', NOW, { lang: 'en-US' }).date).toBe('2025-06-12');
    expect(parseWrittenTime('June 12, 2025', NOW).date).toBe('2025-06-12');
  });

  it('tells a time line from a source or a headline', () => {
    expect(looksLikeWrittenTime('27 minutes ago')).toBe(true);
    expect(looksLikeWrittenTime('12.06.2025')).toBe(true);
    expect(looksLikeWrittenTime('Washington Post')).toBe(false);
    expect(
      looksLikeWrittenTime('Council says the bridge will reopen 2 days ago, before the storm came'),
    ).toBe(false);
  });
});
