import { describe, expect, it } from 'vitest';
import { readImportDate } from './dates';

const iso = (value: unknown) => {
  const reading = readImportDate(value);
  if (!reading.ok) return reading.problem;
  return reading.time === null ? null : new Date(reading.time).toISOString();
};

describe('readImportDate', () => {
  it.each<[unknown, string | null]>([
    ['1700000000', '2023-11-14T22:13:20.000Z'],
    [1700000000, '2023-11-14T22:13:20.000Z'],
    [' 1700000000 ', '2023-11-14T22:13:20.000Z'],
    ['1700000000.5', '2023-11-14T22:13:20.500Z'],
    ['1700000000123', '2023-11-14T22:13:20.123Z'],
    ['2023-04-05T10:20:30.000Z', '2023-04-05T10:20:30.000Z'],
    ['2023-04-05T12:20:30+02:00', '2023-04-05T10:20:30.000Z'],
    ['2023-04-05', '2023-04-05T00:00:00.000Z'],
    ['2023-04-05 10:20:30', '2023-04-05T10:20:30.000Z'],
    ['2023-04-05T10:20', '2023-04-05T10:20:00.000Z'],
    ['Wed, 05 Apr 2023 10:20:30 +0000', '2023-04-05T10:20:30.000Z'],
    ['Wed, 05 Apr 2023 10:20:30 GMT', '2023-04-05T10:20:30.000Z'],
    ['April 5, 2023', '2023-04-05T00:00:00.000Z'],
    ['', null],
    ['0', null],
    [null, null],
    [undefined, null],
  ])('%j', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it.each([
    ['yesterday', '"yesterday" is not a date Lector can read'],
    ['99', 'the date "99" is out of range'],
    ['99999999999999', 'the date "99999999999999" is out of range'],
    ['2023-13-45', 'the date "2023-13-45" is out of range'],
  ])('refuses %j', (input, problem) => {
    expect(readImportDate(input)).toEqual({ ok: false, problem });
  });
});
