import { describe, expect, it } from 'vitest';
import { openedByAutoMode } from './auto-open';

describe('openedByAutoMode', () => {
  it.each([
    ['?auto', true],
    ['?auto=1', true],
    ['', false],
    ['?saved=abc', false],
    ['?automatic', false],
  ])('%s: %s', (search, expected) => {
    expect(openedByAutoMode(search)).toBe(expected);
  });
});
