import { describe, expect, it } from 'vitest';
import { bylineName } from './byline';

describe('bylineName', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Miguel Ortega\n      |\n      June 10, 2025', 'Miguel Ortega'],
    ['Von Katrin Vogel | 12.06.2025, 14:05 Uhr | Lesezeit: 2 Min.', 'Katrin Vogel'],
    ['بقلم: سارة الحسن', 'سارة الحسن'],
    ['מאת דנה לוי', 'דנה לוי'],
    ['Por Ana García · 3 de junio de 2025', 'Ana García'],
    ['12-06-2025 | CNN', 'CNN'],
  ])('%j is %j', (raw, name) => {
    expect(bylineName(raw)).toBe(name);
  });

  it.each([
    ['https://example.com/staff/jane'],
    ['jane@example.com'],
    ['A A A'],
    ['June 10, 2025'],
    [''],
    [null],
  ])('%j is no name', (raw) => {
    expect(bylineName(raw)).toBeNull();
  });
});
