import type { ReactNode } from 'react';

export interface Column<Row> {
  /** The column's heading; a visually hidden one still names the column for screen readers. */
  header: string;
  hideHeader?: boolean;
  cell: (row: Row) => ReactNode;
  align?: 'start' | 'end';
  /** Extra classes for this column's cells, e.g. `font-mono text-xs` for ids. */
  className?: string;
}

/**
 * One table for every list: a heading row, one row per item, and a sentence instead of an empty
 * table. `framed` draws its own card (lists on a page of their own); unframed it sits inside a
 * section that already has one.
 */
export function DataTable<Row>({
  rows,
  columns,
  rowKey,
  rowLabel,
  empty,
  label,
  framed = false,
}: {
  rows: readonly Row[];
  columns: readonly (Column<Row> | false | null | undefined)[];
  rowKey: (row: Row) => string;
  /** Names each row (its URL, its name), so a row can be found by what it shows. */
  rowLabel?: (row: Row) => string;
  empty: ReactNode;
  label?: string;
  framed?: boolean;
}) {
  const frame = framed ? 'rounded-lg border border-slate-200 bg-white' : '';
  if (rows.length === 0) return <p className={`${frame} px-4 py-6 text-sm text-slate-600`}>{empty}</p>;
  const shown = columns.filter((column): column is Column<Row> => !!column);
  return (
    <div className={`overflow-x-auto ${frame}`}>
      <table aria-label={label} className="w-full text-sm">
        <thead className="text-left text-slate-500">
          <tr>
            {shown.map((column) => (
              <th key={column.header} className={`px-4 py-2 font-medium ${column.align === 'end' ? 'text-right' : ''}`}>
                {column.hideHeader ? <span className="sr-only">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} aria-label={rowLabel?.(row)} className="border-t border-slate-100 align-top">
              {shown.map((column) => (
                <td key={column.header} className={`px-4 py-2 ${column.align === 'end' ? 'text-right tabular-nums' : ''} ${column.className ?? ''}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
