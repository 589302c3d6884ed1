import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * How a cell is written. Numbers stay numbers in XLSX and get a decimal comma in CSV; days are ISO dates (real
 * dates in XLSX); a share is a fraction (0.948), shown as a percentage in XLSX.
 */
export type CellKind = 'text' | 'integer' | 'decimal' | 'share' | 'day' | 'instant';
export type Cell = string | number | null | undefined;
export type ExportColumn<Row> = { header: string; kind: CellKind; value: (row: Row) => Cell };

/** What one export writes: its file name (never personal data) and its columns, declared once for every format. */
export type ExportTable<Row> = { fileName: string; columns: ExportColumn<Row>[] };

/** Columns that are the row's own fields, header = field name, as the JSON answer names them. */
export const fieldColumns = <Row>(kinds: { [Field in keyof Row & string]?: CellKind }): ExportColumn<Row>[] =>
  Object.entries(kinds).map(([field, kind]) => ({
    header: field,
    kind: kind as CellKind,
    value: (row: Row) => row[field as keyof Row] as Cell,
  }));

const NUMBER_FORMATS: Partial<Record<CellKind, string>> = {
  integer: '0',
  decimal: '0.00',
  share: '0.0%',
  day: 'yyyy-mm-dd',
};

/** A text a spreadsheet would read as a formula (CSV injection) is kept as text by a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

const csvCell = (kind: CellKind, value: Cell): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return kind === 'integer' ? String(value) : String(value).replace('.', ',');
  return kind === 'text' && FORMULA_START.test(value) ? `'${value}` : value;
};

const xlsxCell = (kind: CellKind, value: Cell): ExcelJS.CellValue => {
  if (value === null || value === undefined) return null;
  if (kind === 'day' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(`${value}T00:00:00Z`);
  return value;
};

/** CSV as Swedish spreadsheet tools read it: UTF-8 with BOM, `;` between cells, CRLF, decimal comma. */
export const csvStream = <Row>(table: ExportTable<Row>, rows: AsyncIterable<Row>): Readable => {
  const { columns } = table;
  async function* records() {
    yield columns.map((column) => column.header);
    for await (const row of rows) yield columns.map((column) => csvCell(column.kind, column.value(row)));
  }
  const source = Readable.from(records());
  const csv = stringify({ delimiter: ';', bom: true, record_delimiter: '\r\n' });
  source.once('error', (error) => csv.destroy(error));
  return source.pipe(csv);
};

/** Resolves when the stream wants more, or is gone (a client that left: the writer then stops at its next page). */
const drained = (stream: PassThrough): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done);
      resolve();
    };
    stream.once('drain', done).once('close', done);
  });

/** One worksheet written row by row with exceljs's streaming writer, so a large export is never whole in memory. */
export const xlsxStream = <Row>(table: ExportTable<Row>, rows: AsyncIterable<Row>): Readable => {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(table.fileName.slice(0, 31));
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    key: column.header,
    width: Math.max(12, column.header.length + 2),
    style: NUMBER_FORMATS[column.kind] ? { numFmt: NUMBER_FORMATS[column.kind] } : {},
  }));
  const write = async () => {
    let written = 0;
    for await (const row of rows) {
      if (output.destroyed) return;
      sheet.addRow(table.columns.map((column) => xlsxCell(column.kind, column.value(row)))).commit();
      if (++written % 500 === 0 && output.writableNeedDrain) await drained(output);
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
};

export const renderExport = <Row>(format: ExportFormat, table: ExportTable<Row>, rows: AsyncIterable<Row>): Readable =>
  format === 'csv' ? csvStream(table, rows) : xlsxStream(table, rows);
