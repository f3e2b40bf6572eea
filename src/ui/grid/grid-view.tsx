import * as React from 'react';
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { cellKey, columnLetters, type CellRange, type CellValue, type SheetGrid } from '../../engine/grid';
import { formatViNumber } from '../../engine/text/format-number';
import { FLAG_FILL, FLAG_TEXT } from '../flag-colors';
import { VI } from '../strings-vi';
import { flagKey, type GridState, type GridStore } from './grid-store';

/** Enough for any filled form; a huge sheet is cut rather than freezing the page. */
const MAX_ROWS = 1000;
const MAX_COLS = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px', minWidth: 0 },
  scroller: {
    overflow: 'auto',
    maxHeight: '70vh',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: 'collapse', fontSize: '12px', tableLayout: 'auto' },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    fontWeight: 600,
    color: tokens.colorNeutralForeground2,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    textAlign: 'right',
    color: tokens.colorNeutralForeground2,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    verticalAlign: 'top',
    whiteSpace: 'pre-wrap',
    maxWidth: '360px',
    minWidth: '24px',
  },
  number: { textAlign: 'right' },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

export function GridView({ store }: { store: GridStore }): React.ReactElement | null {
  const state = React.useSyncExternalStore(store.subscribe, store.getSnapshot);
  const styles = useStyles();
  const sheet = state.grid?.sheets[state.sheet];
  if (!state.grid || !sheet) return <Text>{VI.check.noFile}</Text>;
  return (
    <div className={styles.root} data-testid="grid-view">
      <Text weight="semibold">{VI.check.opened(state.fileName ?? '')}</Text>
      {state.grid.sheets.length > 1 && (
        <TabList
          size="small"
          selectedValue={String(state.sheet)}
          onTabSelect={(_e, d) => store.showSheet(Number(d.value))}
          aria-label="Trang tính"
        >
          {state.grid.sheets.map((s, i) => (
            <Tab key={s.name} value={String(i)} data-sheet-tab={s.name}>
              {store.flagCount(s.name) ? `${s.name} (${store.flagCount(s.name)})` : s.name}
            </Tab>
          ))}
        </TabList>
      )}
      <SheetTable sheet={sheet} state={state} />
    </div>
  );
}

function SheetTable({ sheet, state }: { sheet: SheetGrid; state: GridState }): React.ReactElement {
  const styles = useStyles();
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  // A cell inside a merged area is shown by the area's top-left cell.
  const picked = state.selected?.sheet === sheet.name ? state.selected : null;
  const merge = picked ? sheet.merges.find((m) => picked.row >= m.top && picked.row <= m.bottom && picked.col >= m.left && picked.col <= m.right) : undefined;
  const selected = picked && merge ? { row: merge.top, col: merge.left } : picked;
  const { rows, cols } = React.useMemo(() => extent(sheet, state), [sheet, state]);
  const spans = React.useMemo(() => mergeSpans(sheet.merges), [sheet]);

  const scrollerRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const td = selectedRef.current;
    const box = scrollerRef.current;
    if (!td || !box) return;
    // Centre the cell inside the grid's own scroller; move the page only as far as needed to show the grid.
    const cell = td.getBoundingClientRect();
    const frame = box.getBoundingClientRect();
    box.scrollTop += cell.top - frame.top - (box.clientHeight - cell.height) / 2;
    if (cell.left < frame.left + 40 || cell.right > frame.right) box.scrollLeft += cell.left - frame.left - (box.clientWidth - cell.width) / 2;
    if (frame.top < 0 || frame.top > window.innerHeight - 80) box.scrollIntoView?.({ block: 'nearest' });
  }, [selected?.row, selected?.col, sheet.name]);

  const body: React.ReactElement[] = [];
  for (let r = 0; r < rows; r++) {
    const tds: React.ReactElement[] = [<th key="h" scope="row" className={styles.rowHead}>{r + 1}</th>];
    for (let c = 0; c < cols; c++) {
      const span = spans.get(cellKey(r, c));
      if (span === null) continue;
      const value = sheet.values[r]?.[c] ?? null;
      const flag = state.flags.get(flagKey(sheet.name, r, c));
      const isSelected = selected?.row === r && selected.col === c;
      const ref = `${columnLetters(c)}${r + 1}`;
      const classes = [styles.cell];
      if (typeof value === 'number') classes.push(styles.number);
      if (isSelected) classes.push(styles.selected);
      tds.push(
        <td
          key={c}
          ref={isSelected ? selectedRef : undefined}
          className={classes.join(' ')}
          data-cell={ref}
          data-flag={flag?.severity}
          aria-selected={isSelected}
          title={flag?.messages.join('\n')}
          rowSpan={span?.rows}
          colSpan={span?.cols}
          style={flag ? { backgroundColor: `#${FLAG_FILL[flag.severity]}`, color: `#${FLAG_TEXT[flag.severity]}` } : undefined}
        >
          {display(value, sheet.numFmts[cellKey(r, c)])}
        </td>,
      );
    }
    body.push(<tr key={r}>{tds}</tr>);
  }

  return (
    <div className={styles.scroller} ref={scrollerRef}>
      <table className={styles.table} role="grid" aria-label={sheet.name} data-sheet={sheet.name}>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} scope="col" className={styles.head}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}

/** Rows and columns shown: the values, merges, flagged and selected cells (flags can sit on empty cells). */
function extent(sheet: SheetGrid, state: GridState): { rows: number; cols: number } {
  let rows = sheet.values.length;
  let cols = 0;
  for (const r of sheet.values) if (r && r.length > cols) cols = r.length;
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  const prefix = `${sheet.name}\u0000`;
  for (const key of state.flags.keys()) {
    if (!key.startsWith(prefix)) continue;
    const [r, c] = key.slice(prefix.length).split(',').map(Number) as [number, number];
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  }
  if (state.selected?.sheet === sheet.name) {
    rows = Math.max(rows, state.selected.row + 1);
    cols = Math.max(cols, state.selected.col + 1);
  }
  return { rows: Math.min(rows, MAX_ROWS), cols: Math.min(cols, MAX_COLS) };
}

/** Top-left cells of merges get their span; the cells they cover map to null (not rendered). */
function mergeSpans(merges: readonly CellRange[]): Map<string, { rows: number; cols: number } | null> {
  const spans = new Map<string, { rows: number; cols: number } | null>();
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, MAX_ROWS); r++)
      for (let c = m.left; c <= Math.min(m.right, MAX_COLS); c++) spans.set(cellKey(r, c), null);
    spans.set(cellKey(m.top, m.left), { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
  }
  return spans;
}

function display(value: CellValue, numFmt: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return numFmt?.includes('%') ? `${formatViNumber(value * 100, 2)}%` : formatViNumber(value, 4);
  return value;
}
