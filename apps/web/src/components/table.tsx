import { useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { SectionHeadingContext } from './ui.js';

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

/** Whether the element's content is wider than the element, kept up to date as either changes size. */
const useScrolls = () => {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { ref, scrolls };
};

/**
 * A table of rows, scrolling sideways where the screen is narrow; `empty` is shown as one row spanning all
 * columns when there are none. When it scrolls, keyboard users can reach it (WCAG 2.1.1): it is a named region
 * in the focus order, named by `label` or by the heading of its section.
 */
export const Table = <Row,>({
  testId,
  label,
  columns,
  rows,
  rowKey,
  rowAttributes,
  empty,
}: {
  testId: string;
  label?: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowAttributes?: (row: Row) => RowAttributes;
  empty?: ReactNode;
}) => {
  const headingId = useContext(SectionHeadingContext);
  const { ref, scrolls } = useScrolls();
  const named = label !== undefined || headingId !== undefined;
  return (
    <div
      ref={ref}
      className="table-wrap"
      role={named ? 'region' : undefined}
      aria-label={label}
      aria-labelledby={label === undefined ? headingId : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
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
};
