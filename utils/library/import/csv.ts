import Papa from 'papaparse';
import type { ImportProblem } from '../errors';

export interface CsvRow {
  /** 1-based line of the file where the row starts (a quoted field may span lines). */
  line: number;
  /** Cells by lower-cased, trimmed header name. */
  cells: Map<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  problems: ImportProblem[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line holding character `offset`. */
function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/**
 * RFC 4180 CSV (quoted commas, quotes and newlines inside fields; CRLF or LF; a leading BOM) with
 * a header row. Each row keeps the line it starts on, so that problems can name it.
 */
export function readCsv(input: string): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const starts = lineStarts(text);
  const problems: ImportProblem[] = [];
  const rows: CsvRow[] = [];
  let header: string[] | null = null;
  let rowStart = 0;

  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result) => {
      // Papa's cursor is where this row ends; the row began where the previous one ended.
      const start = rowStart;
      rowStart = result.meta.cursor;
      // Skip leading blank lines Papa counted into the row.
      const offset = start + (/^[\r\n]*/.exec(text.slice(start, start + 8))?.[0].length ?? 0);
      const line = lineAt(starts, offset);
      const cells = result.data;
      for (const error of result.errors) {
        problems.push({ where: `Line ${line}`, problem: csvProblem(error.code) });
      }
      if (cells.every((cell) => cell.trim() === '')) return;
      if (!header) {
        header = cells.map((cell) => cell.trim().toLowerCase());
        return;
      }
      if (cells.length > header.length) {
        problems.push({
          where: `Line ${line}`,
          problem: `it has ${cells.length} fields but the header names ${header.length} (a comma outside quotes?)`,
        });
      }
      rows.push({ line, cells: new Map(header.map((name, i) => [name, cells[i] ?? ''])) });
    },
  });
  return { header: header ?? [], rows, problems };
}

function csvProblem(code: string): string {
  if (code === 'MissingQuotes' || code === 'InvalidQuotes') {
    return 'a quoted field is not closed (a stray " character?)';
  }
  return `the line cannot be read as CSV (${code})`;
}

/** The first header in `names` that the table has, or null. */
export function findColumn(table: CsvTable, names: string[]): string | null {
  return names.find((name) => table.header.includes(name)) ?? null;
}
