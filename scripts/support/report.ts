/** How the benchmarks and gates print their figures. */

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One measured row as `label value · label value …`, printed as soon as it is measured. */
export function labelledRow(header: string[], row: string[]): string {
  return header.map((label, i) => `${label} ${row[i]}`).join(' · ');
}

/** Rows (the first one the header) as right-aligned columns. */
export function alignedTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => cell.padStart(widths[i]!)).join('  ')).join('\n');
}
