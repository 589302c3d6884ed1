import type { ReactNode } from 'react';

export type Column<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned figures, header included. */
  numeric?: boolean;
  /** The cell that names the row; screen readers announce it with every other cell of the row. */
  rowHeader?: boolean;
  className?: string | ((row: Row) => string);
};

export type RowAttributes = { className?: string } & Partial<Record<`data-${string}`, string>>;

const classOf = <Row,>(column: Column<Row>, row: Row): string | undefined => {
  const own = typeof column.className === 'function' ? column.className(row) : column.className;
  return [column.numeric ? 'num' : '', own ?? ''].filter(Boolean).join(' ') || undefined;
};

/** A scrollable table of rows; `empty` is shown as one row spanning all columns when there are none. */
export const Table = <Row,>({
  testId,
  columns,
  rows,
  rowKey,
  rowAttributes,
  empty,
}: {
  testId: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowAttributes?: (row: Row) => RowAttributes;
  empty?: ReactNode;
}) => (
  <div className="table-wrap">
    <table data-testid={testId}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={column.numeric ? 'num' : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty !== undefined && (
          <tr>
            <td colSpan={columns.length}>{empty}</td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowAttributes?.(row)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.header} scope="row" className={classOf(column, row)}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.header} className={classOf(column, row)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
