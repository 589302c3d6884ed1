import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { isValidIsoDay, parsePersonnummer } from '@aidledger/domain';

/**
 * One bad line of an import file. `reason` never repeats the value: a cell may hold a personnummer or a name,
 * and the report is printed and may be kept.
 */
export type ImportProblem = { file: string; line: number; column: string; reason: string };

export type CsvRow = { line: number; cells: Record<string, string> };

export const IMPORT_FILES = ['articles.csv', 'payers.csv', 'persons.csv', 'aids.csv', 'orders.csv'] as const;
export type ImportFile = (typeof IMPORT_FILES)[number];

/**
 * Reads one file as Swedish spreadsheet tools write it: UTF-8 with or without a BOM, `;` between fields, a header
 * row, fields in double quotes that may hold `;`, `"` (doubled) or line breaks. A missing file is no rows. `line` is
 * the line of the file where the record ends (the header is line 1).
 */
export const readCsv = (
  folder: string,
  file: ImportFile,
  required: readonly string[],
  problems: ImportProblem[],
): CsvRow[] => {
  const full = path.join(folder, file);
  if (!existsSync(full)) return [];
  let records: { record: Record<string, string>; info: { lines: number; error?: { code: string } } }[];
  try {
    records = parse(readFileSync(full), {
      bom: true,
      delimiter: ';',
      columns: (header: string[]) => header.map((name) => name.trim()),
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (error) {
    const { lines, code } = error as { lines?: number; code?: string };
    // csv-parse's own message quotes the text it stumbled on: keep only its code.
    problems.push({ file, line: lines ?? 0, column: '', reason: `not readable as CSV (${code ?? 'parse error'})` });
    return [];
  }
  const header = records[0]?.info ? Object.keys(records[0].record) : [];
  const missing = required.filter((column) => records.length > 0 && !header.includes(column));
  for (const column of missing) problems.push({ file, line: 1, column, reason: 'required column is missing' });
  if (missing.length > 0) return [];
  const rows: CsvRow[] = [];
  for (const { record, info } of records) {
    if (info.error) {
      problems.push({
        file,
        line: info.lines,
        column: '',
        reason: 'the line has another number of fields than the header',
      });
      continue;
    }
    rows.push({ line: info.lines, cells: record });
  }
  return rows;
};

/** Reads the cells of one row, collecting a problem per bad cell; a bad cell reads as undefined. */
export class RowReader {
  private bad = false;

  constructor(
    private readonly file: ImportFile,
    private readonly row: CsvRow,
    private readonly problems: ImportProblem[],
  ) {}

  get line(): number {
    return this.row.line;
  }

  /** False when any cell of the row was bad. */
  get ok(): boolean {
    return !this.bad;
  }

  problem(column: string, reason: string): void {
    this.bad = true;
    this.problems.push({ file: this.file, line: this.row.line, column, reason });
  }

  optional(column: string): string | undefined {
    const value = this.row.cells[column]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  text(column: string): string | undefined {
    const value = this.optional(column);
    if (value === undefined) this.problem(column, 'required');
    return value;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[], fallback?: T): T | undefined {
    const value = this.optional(column);
    if (value === undefined) {
      if (fallback === undefined) this.problem(column, 'required');
      return fallback;
    }
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problem(column, `must be one of ${allowed.join(', ')}`);
    return undefined;
  }

  /** An ISO day (YYYY-MM-DD) that exists: 2023-02-30 does not. */
  day(column: string, required = true): string | undefined {
    const value = this.optional(column);
    if (value === undefined) {
      if (required) this.problem(column, 'required');
      return undefined;
    }
    if (!isValidIsoDay(value)) {
      this.problem(column, 'not a day that exists (YYYY-MM-DD)');
      return undefined;
    }
    return value;
  }

  /** A number as Swedish tools write it: decimal comma, spaces between thousands ("1 234,50"). */
  number(column: string, { required = false, integer = false } = {}): number | undefined {
    const value = this.optional(column);
    if (value === undefined) {
      if (required) this.problem(column, 'required');
      return undefined;
    }
    const normalised = value.replace(/[\s\u00a0]/g, '').replace(',', '.');
    const number = /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
    if (!Number.isFinite(number) || number < 0 || (integer && !Number.isInteger(number))) {
      this.problem(column, integer ? 'not a whole number of 0 or more' : 'not a number of 0 or more');
      return undefined;
    }
    return number;
  }

  /** ja/nej, true/false, yes/no, 1/0; empty is `fallback`. */
  flag(column: string, fallback?: boolean): boolean | undefined {
    const value = this.optional(column)?.toLowerCase();
    if (value === undefined) {
      if (fallback === undefined) this.problem(column, 'required');
      return fallback;
    }
    if (['ja', 'j', 'true', 'yes', '1', 'x'].includes(value)) return true;
    if (['nej', 'n', 'false', 'no', '0'].includes(value)) return false;
    this.problem(column, 'must be ja or nej');
    return undefined;
  }

  /** The normalised 12-digit personnummer; the problem never repeats the number. */
  personnummer(column: string, today: string, required = true): string | undefined {
    const value = this.optional(column);
    if (value === undefined) {
      if (required) this.problem(column, 'required');
      return undefined;
    }
    const parsed = parsePersonnummer(value, today);
    if (!parsed) {
      this.problem(column, 'not a valid personnummer');
      return undefined;
    }
    return parsed.normalized;
  }
}
