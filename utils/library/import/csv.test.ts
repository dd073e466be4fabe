import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';

describe('readCsv', () => {
  it('keeps quoted commas, quotes and newlines, and the line each row starts on', () => {
    const table = readCsv(
      '\uFEFFTitle,URL\r\n"Commas, and ""quotes""",https://a.example/1\r\n"Two\nlines",https://a.example/2\r\n\r\nLast,https://a.example/3\r\n',
    );
    expect(table.header).toEqual(['title', 'url']);
    expect(table.problems).toEqual([]);
    expect(
      table.rows.map((row) => [row.line, row.cells.get('title'), row.cells.get('url')]),
    ).toEqual([
      [2, 'Commas, and "quotes"', 'https://a.example/1'],
      [3, 'Two\nlines', 'https://a.example/2'],
      [6, 'Last', 'https://a.example/3'],
    ]);
  });

  it('names the line of an unclosed quote and of extra fields', () => {
    const table = readCsv('title,url\nok,https://a.example\na,b,c\n"open,https://b.example\n');
    expect(table.problems.map((p) => p.where)).toEqual(['Line 3', 'Line 4']);
    expect(table.problems[1]!.problem).toMatch(/quoted field is not closed/);
  });

  it('fills missing trailing fields with empty strings', () => {
    const table = readCsv('title,url,tags\nA,https://a.example\n');
    expect(table.rows[0]!.cells.get('tags')).toBe('');
  });
});
