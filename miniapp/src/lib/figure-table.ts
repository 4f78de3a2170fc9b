/**
 * A chart's numbers as a table: what the figures pages show beside (or instead of) each chart,
 * for screen readers and for copying into a report. Cells are display text; `align` marks the
 * numeric columns.
 */
export interface FigureTable {
  head: ReadonlyArray<{ title: string; numeric?: boolean }>;
  rows: ReadonlyArray<{ key: string; cells: readonly string[] }>;
  /** A last line of sums, when adding up the rows means something. */
  foot?: readonly string[];
}

/** Tab-separated lines, the way a spreadsheet pastes them. */
export function tableText(table: FigureTable): string {
  const line = (cells: readonly string[]) =>
    cells.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t');
  return [
    line(table.head.map((h) => h.title)),
    ...table.rows.map((r) => line(r.cells)),
    ...(table.foot ? [line(table.foot)] : []),
  ].join('\n');
}
