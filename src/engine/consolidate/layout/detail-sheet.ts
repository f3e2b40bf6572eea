import { a1, columnLetters } from '../../grid';
import { formItems, type FormDefinition, type ItemDefinition } from '../../form/schema';
import type { CellStyle, LayoutCell, LayoutValue, SheetLayout } from '../../layout';
import { materializeSheet, rowsOf, type LazySheetLayout } from './lazy-sheet';
import type { Consolidation, Contribution } from '../types';
import { SheetBuilder } from './sheet-builder';
import { BASE, CENTER, COUNT, ERROR_FILL, HEADER, landscape, RATE, TEXT, TITLE, TOTAL } from './styles';

export const DETAIL_SHEET = 'Chi tiết đơn vị';

const LEVEL_VI: Record<string, string> = { MN: 'Mầm non', TH: 'Tiểu học', THCS: 'THCS', THPT: 'THPT', phong: 'Phòng GD&ĐT', so: 'Sở GD&ĐT', dh: 'ĐH, CĐ' };

type Field = 'count' | 'population' | 'rate' | 'weight' | 'names';
interface Column {
  item: ItemDefinition;
  field: Field;
  col: number;
}

const FIELD_HEADER: Record<Field, string> = { count: 'Số lượng', population: 'Tổng số', rate: 'Tỉ lệ', weight: 'Quy mô (trọng số)', names: 'Tên' };

/** The figures each item has one column for: count and population with a live rate; a rate with its weight; a count with names. */
function fieldsOf(item: ItemDefinition): Field[] {
  switch (item.aggregation) {
    case 'weightedRate':
      return ['rate', 'weight'];
    case 'nameSet':
      return ['count', 'names'];
    case 'sum':
      return item.population ? ['count', 'population', 'rate'] : ['count'];
  }
}

const FIRST_ITEM_COL = 4;

/**
 * "Chi tiết đơn vị": one row per counted unit, one column per figure, a totals row of live formulas
 * (=SUM(…) and =IF(pop>0,count/pop,"")) so staff can audit and edit in Excel. Only items someone answered get columns.
 * Unit rows are made as they are written (a province has thousands); `buildDetailSheet` makes them all.
 */
export function detailSheet(c: Consolidation, form: FormDefinition): LazySheetLayout {
  const head = new SheetBuilder();
  const items = formItems(form).filter((i) => c.items[i.code]);
  const columns: Column[] = [];
  let col = FIRST_ITEM_COL;
  for (const item of items) for (const field of fieldsOf(item)) columns.push({ item, field, col: col++ });
  const lastCol = Math.max(col - 1, FIRST_ITEM_COL);

  head.merge(0, 0, 0, Math.min(lastCol, 12), 'CHI TIẾT SỐ LIỆU THEO ĐƠN VỊ', { ...TITLE, hAlign: 'left' });
  head.merge(1, 0, 1, Math.min(lastCol, 12), 'Tỉ lệ và dòng Tổng cộng là công thức: sửa số liệu của một đơn vị thì tổng và tỉ lệ tự tính lại.', { italic: true });
  const groupRow = 3;
  const fieldRow = 4;
  ['STT', 'Đơn vị', 'Cấp', 'Số lỗi'].forEach((h, i) => head.merge(groupRow, i, fieldRow, i, h, HEADER));
  for (const item of items) {
    const cols = columns.filter((x) => x.item === item);
    head.merge(groupRow, cols[0]!.col, groupRow, cols[cols.length - 1]!.col, `${item.code}. ${item.shortLabel}`, HEADER);
    for (const x of cols) head.set(fieldRow, x.col, FIELD_HEADER[x.field], HEADER);
  }

  const firstUnitRow = fieldRow + 1;
  const lastUnitRow = firstUnitRow + Math.max(c.included.length, 1) - 1;
  const totalRow = lastUnitRow + 1;

  function* rows(): Generator<LayoutCell[]> {
    yield* rowsOf(head.cells);
    // Contributions are in unit order: one cursor per item finds each unit's without an index of them all.
    const cursors = items.map((item) => ({ list: c.items[item.code]!.contributions, at: 0 }));
    const contributionOf = (itemIndex: number, path: string): Contribution | undefined => {
      const cursor = cursors[itemIndex]!;
      const k = cursor.list[cursor.at];
      if (k?.path !== path) return undefined;
      cursor.at++;
      return k;
    };
    for (let i = 0; i < c.included.length; i++) {
      const unit = c.included[i]!;
      const row = firstUnitRow + i;
      const b = new SheetBuilder();
      b.set(row, 0, i + 1, CENTER);
      b.set(row, 1, unit.name, TEXT, { note: unit.path });
      b.set(row, 2, unit.level ? LEVEL_VI[unit.level] ?? unit.level : '', CENTER);
      b.set(row, 3, unit.errors, unit.errors > 0 ? { ...CENTER, color: 'C00000', bold: true } : CENTER);
      let itemIndex = -1;
      let contribution: Contribution | undefined;
      for (const x of columns) {
        if (x.item !== items[itemIndex]) contribution = contributionOf(++itemIndex, unit.path);
        if (contribution?.leftOut) {
          writeLeftOut(b, row, x, contribution, columns);
          continue;
        }
        const [value, style] = unitValue(x, contribution, row, columns);
        // Empty figures are not written: a province has hundreds of rows, and every cell costs.
        if (value !== null) b.set(row, x.col, value, style);
      }
      yield b.cells;
    }
    const b = new SheetBuilder();
    b.set(totalRow, 0, null, { ...CENTER, ...TOTAL });
    b.set(totalRow, 1, 'Tổng cộng', { ...TEXT, ...TOTAL });
    b.set(totalRow, 2, null, { ...CENTER, ...TOTAL });
    b.set(totalRow, 3, { formula: `SUM(${a1(firstUnitRow, 3)}:${a1(lastUnitRow, 3)})`, result: c.included.reduce((s, u) => s + u.errors, 0) }, { ...CENTER, ...TOTAL });
    for (const x of columns) {
      const [value, style] = totalValue(c, x, firstUnitRow, lastUnitRow, totalRow, columns);
      b.set(totalRow, x.col, value, { ...style, ...TOTAL });
    }
    yield b.cells;
  }

  const widths = [5, 34, 11, 7, ...columns.map((x) => (x.field === 'names' ? 30 : x.field === 'weight' ? 12 : 11))];
  return {
    name: DETAIL_SHEET,
    rows,
    merges: head.merges,
    columnWidths: widths,
    rowHeights: { [groupRow]: 48 },
    freeze: { rows: fieldRow + 1, cols: 2 },
    // One column per figure: fitting them all on one page width would print them unreadably small.
    print: { ...landscape([groupRow, fieldRow]), fitToWidth: false },
    protect: false,
    baseStyle: BASE,
  };
}

/** "Chi tiết đơn vị" with all its cells. */
export const buildDetailSheet = (c: Consolidation, form: FormDefinition): SheetLayout => materializeSheet(detailSheet(c, form));

/**
 * A value the check could not read: its cells left empty and marked, the first with a note saying why,
 * so staff type the right value and the totals and rates recalculate.
 */
function writeLeftOut(b: SheetBuilder, row: number, x: Column, k: Contribution, columns: readonly Column[]): void {
  const marked = (style: CellStyle): CellStyle => ({ ...style, fill: ERROR_FILL });
  const first = columns.find((y) => y.item === x.item) === x;
  const note = first
    ? { note: `Không cộng vào tổng vì không đọc được giá trị của đơn vị. ${k.leftOut!.message} Nhập giá trị đúng vào ô này, tổng và tỉ lệ tự tính lại.` }
    : undefined;
  if (x.field === 'rate' && x.item.aggregation === 'sum') {
    const count = sibling(columns, x, 'count')!;
    const population = sibling(columns, x, 'population')!;
    b.set(row, x.col, { formula: rateFormula(a1(row, count.col), a1(row, population.col)), result: '' }, marked(RATE), note);
    return;
  }
  b.set(row, x.col, null, marked(x.field === 'names' ? TEXT : x.field === 'rate' ? RATE : COUNT), note);
}

const sibling = (columns: readonly Column[], x: Column, field: Field): Column | undefined =>
  columns.find((k) => k.item === x.item && k.field === field);

function rateFormula(countRef: string, populationRef: string): string {
  return `IF(N(${populationRef})>0,${countRef}/${populationRef},"")`;
}

function unitValue(x: Column, k: Contribution | undefined, row: number, columns: readonly Column[]): [LayoutValue, CellStyle] {
  if (!k) return [null, COUNT];
  if (k.notApplicable) return [x.field === 'count' || (x.field === 'rate' && x.item.aggregation === 'weightedRate') ? 'Không' : null, CENTER];
  switch (x.field) {
    case 'count':
      return [k.count ?? null, COUNT];
    case 'population':
      return [k.population ?? null, COUNT];
    case 'weight':
      return [k.weight ?? null, COUNT];
    case 'names':
      return [k.names?.join(', ') ?? null, TEXT];
    case 'rate': {
      if (x.item.aggregation === 'weightedRate') return [k.rate !== undefined ? k.rate / 100 : null, RATE];
      const count = sibling(columns, x, 'count')!;
      const population = sibling(columns, x, 'population')!;
      const result = k.count !== undefined && k.population ? k.count / k.population : '';
      return [{ formula: rateFormula(a1(row, count.col), a1(row, population.col)), result }, RATE];
    }
  }
}

function totalValue(c: Consolidation, x: Column, first: number, last: number, totalRow: number, columns: readonly Column[]): [LayoutValue, CellStyle] {
  const item = c.items[x.item.code]!;
  const range = (col: number) => `${columnLetters(col)}${first + 1}:${columnLetters(col)}${last + 1}`;
  if (item.notApplicable) return [x.field === 'count' || x.field === 'rate' ? 'Không' : null, CENTER];
  switch (x.field) {
    case 'count':
      // A set of names is not a sum: its size is the engine's figure.
      if (x.item.aggregation === 'nameSet') return [item.count ?? null, COUNT];
      return [{ formula: `SUM(${range(x.col)})`, result: item.count ?? 0 }, COUNT];
    case 'population':
      return [{ formula: `SUM(${range(x.col)})`, result: item.population ?? 0 }, COUNT];
    case 'weight':
      return [item.weight !== undefined ? { formula: `SUM(${range(x.col)})`, result: item.weight } : null, COUNT];
    case 'names':
      return [item.names?.join(', ') ?? null, TEXT];
    case 'rate': {
      const result = item.rate !== undefined ? item.rate / 100 : '';
      if (x.item.aggregation === 'weightedRate') {
        const weight = sibling(columns, x, 'weight')!;
        // Weighted by each unit's population when every weight is known, else the plain mean (as the engine does).
        const formula =
          item.weight !== undefined
            ? `IF(SUM(${range(weight.col)})>0,SUMPRODUCT(${range(x.col)},${range(weight.col)})/SUM(${range(weight.col)}),"")`
            : `AVERAGE(${range(x.col)})`;
        return [{ formula, result }, RATE];
      }
      const count = sibling(columns, x, 'count')!;
      const population = sibling(columns, x, 'population')!;
      const partial = item.contributions.some((k) => k.count !== undefined && k.count > 0 && k.population === undefined);
      // A unit without a population stays out of the rate (the engine notices it): SUMIF counts only rows that have one.
      const formula = partial
        ? `IF(N(${a1(totalRow, population.col)})>0,SUMIF(${range(population.col)},"<>",${range(count.col)})/${a1(totalRow, population.col)},"")`
        : rateFormula(a1(totalRow, count.col), a1(totalRow, population.col));
      return [{ formula, result }, RATE];
    }
  }
}
