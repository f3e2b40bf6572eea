/** Plain-text tables for terminals: columns padded to their widest cell, long last column left as is. */

/** Display width: combining marks (NFD text) take no column. */
export function displayWidth(text: string): number {
  return text.normalize('NFC').replace(/[\u0300-\u036f]/g, '').length;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** renderTable(["Mục", "Mã"], [["2.1", "RATE_MISMATCH"]]) -> "Mục | Mã\n----+---…" */
export function renderTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, indent = '  '): string {
  const widths = headers.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const last = headers.length - 1;
  const line = (cells: readonly string[]): string =>
    indent + cells.map((cell, c) => (c === last ? cell.replace(/\s*\n\s*/g, ' ') : pad(cell, widths[c]!))).join(' │ ');
  const rule = indent + widths.map((w, c) => '─'.repeat(c === last ? Math.min(w, 40) : w)).join('─┼─');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
