import { a1 } from '../../grid';
import { formItems, type FormDefinition, type ItemDefinition, type UnitLevel } from '../../form/schema';
import type { SheetLayout } from '../../layout';
import { FORM_ID_NAME, itemCellName, LEVEL_NAME, populationCellName, UNIT_NAME, type ItemField } from '../../template/template-names';
import type { ConsolidatedItem, Consolidation } from '../types';
import { sectionText } from './result-text';
import { LINE_POINTS, lineCount } from '../../template/sheet-builder';
import { SheetBuilder } from './sheet-builder';
import { BASE, CENTER, COUNT, HEADER, landscape, MUTED, PERCENT, SUBTITLE, TEXT, TITLE } from './styles';

export const SUMMARY_SHEET = 'Tổng hợp';

const COLUMNS = { stt: 0, label: 1, text: 2, item: 3, count: 4, population: 5, rate: 6, machine: 7 } as const;
const LAST = COLUMNS.rate;
const WIDTHS = [6, 42, 62, 30, 12, 12, 10, 12];
/** Printed line height of the sheet's 12 pt text (the template's lines are 13 pt). */
const LINE = Math.ceil((LINE_POINTS * 12) / 13);

export interface SummaryOptions {
  /** The consolidating office's name ("Phòng GD&ĐT TP Bắc Giang"); left blank to fill when unknown. */
  unit?: string;
  level: UnitLevel;
}

/** An item's numbers beside the text, in the template's named cells; "Không" goes in its first input, as a unit would type it. */
function writeItemNumbers(b: SheetBuilder, row: number, item: ItemDefinition, value: ConsolidatedItem | undefined): void {
  const name = (field: ItemField) => ({ name: itemCellName(item.code, field) });
  if (value?.notApplicable && item.kind !== 'yesNo') {
    const first = item.kind === 'rate' ? COLUMNS.rate : COLUMNS.count;
    for (const col of [COLUMNS.count, COLUMNS.population, COLUMNS.rate]) {
      const field: ItemField | undefined = col === first ? (item.kind === 'rate' ? 'TiLe' : 'SoLuong') : undefined;
      b.set(row, col, field ? 'Không' : null, field ? { ...CENTER, hAlign: 'right' } : COUNT, field ? name(field) : undefined);
    }
    return;
  }
  const v = value?.notApplicable ? undefined : value;
  const countRef = a1(row, COLUMNS.count);
  const populationRef = a1(row, COLUMNS.population);
  switch (item.kind) {
    case 'countRate': {
      b.set(row, COLUMNS.count, v?.count ?? null, COUNT, name('SoLuong'));
      b.set(row, COLUMNS.population, v?.population ?? null, COUNT, name('TongSo'));
      const rate = v?.rate !== undefined ? { formula: `IF(N(${populationRef})>0,${countRef}/${populationRef}*100,"")`, result: v.rate } : null;
      b.set(row, COLUMNS.rate, rate, PERCENT, name('TiLe'));
      return;
    }
    case 'rate':
      b.set(row, COLUMNS.count, null, COUNT);
      b.set(row, COLUMNS.population, null, COUNT);
      b.set(row, COLUMNS.rate, v?.rate ?? null, PERCENT, name('TiLe'));
      return;
    case 'countNames':
      b.set(row, COLUMNS.count, v?.count ?? null, COUNT, name('SoLuong'));
      b.set(row, COLUMNS.population, null, COUNT);
      b.set(row, COLUMNS.rate, null, PERCENT);
      if (v?.names?.length) b.set(row, COLUMNS.machine, v.names.join(', '), undefined, name('Ten'));
      return;
    case 'yesNo':
      b.set(row, COLUMNS.count, value === undefined ? null : v?.count ? 'Có' : 'Không', CENTER, name('CoKhong'));
      b.set(row, COLUMNS.population, null, COUNT);
      b.set(row, COLUMNS.rate, null, PERCENT);
      return;
  }
}

/**
 * "Tổng hợp": the official form filled with the consolidated figures, as the official text
 * (one cell per STT, one blank per line) and as numbers beside it, under the template's defined names,
 * so `bieu check` reads it back and the next level consolidates it again. Rates are percentages (0–100)
 * as on the office's template.
 */
export function buildSummarySheet(c: Consolidation, form: FormDefinition, options: SummaryOptions): SheetLayout {
  const b = new SheetBuilder();
  // Spreadsheets do not grow rows to fit merged, wrapped text: each section's rows are sized to its longest text.
  const rowHeights: Record<number, number> = {};
  const bold = { bold: true, hAlign: 'center' as const, vAlign: 'middle' as const, wrap: true };
  b.merge(0, 0, 0, 1, options.unit ?? '', bold, options.unit ? { name: UNIT_NAME } : { name: UNIT_NAME, note: 'Ghi tên đơn vị tổng hợp (ví dụ: Phòng GD&ĐT …).' });
  b.merge(0, COLUMNS.text, 0, LAST, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold);
  b.merge(1, COLUMNS.text, 1, LAST, 'Độc lập - Tự do - Hạnh phúc', { ...bold, italic: false });
  b.set(0, COLUMNS.machine, form.id, undefined, { name: FORM_ID_NAME });
  b.set(1, COLUMNS.machine, options.level, undefined, { name: LEVEL_NAME });

  let row = 3;
  for (const line of form.title) b.merge(row, 0, row++, LAST, line, TITLE);
  b.merge(row, 0, row++, LAST, form.attachmentLine, SUBTITLE);
  b.merge(row, 0, row++, LAST, `(Tổng hợp từ ${c.included.length} đơn vị${c.missing.length ? `; ${c.missing.length} đơn vị chưa gửi` : ''})`, SUBTITLE);
  row++;

  const headerRow = row++;
  const headers = [...form.columns, 'Chỉ tiêu', 'Số lượng', 'Tổng số', 'Tỉ lệ (%)'];
  headers.forEach((h, col) => b.set(headerRow, col, h, HEADER));

  for (const section of form.sections) {
    const first = row;
    const last = row + section.items.length - 1;
    const footnote = section.footnote ? ` (${section.footnote})` : '';
    const label = `${section.label}${footnote}`;
    const text = sectionText(section, c.items, options.level);
    b.merge(first, COLUMNS.stt, last, COLUMNS.stt, Number(section.stt), { ...CENTER, vAlign: 'top' });
    b.merge(first, COLUMNS.label, last, COLUMNS.label, label, TEXT);
    b.merge(first, COLUMNS.text, last, COLUMNS.text, text, TEXT);
    const lines = Math.max(lineCount(label, WIDTHS[COLUMNS.label]!), lineCount(text, WIDTHS[COLUMNS.text]!));
    const perRow = Math.max(LINE, Math.ceil((lines * LINE) / section.items.length));
    for (let r = first; r <= last; r++) rowHeights[r] = perRow;
    for (const item of section.items) {
      const value = c.items[item.code];
      b.set(row, COLUMNS.item, `${item.code}. ${item.shortLabel}`, value ? TEXT : { ...TEXT, color: MUTED });
      writeItemNumbers(b, row, item, value);
      row++;
    }
  }

  row++;
  form.footnotes.forEach((note, i) => b.merge(row, 0, row++, LAST, `(${i + 1}) ${note}`, { italic: true, size: 10, wrap: true }));

  row++;
  // Populations items are rated against travel in each item's own "Tổng số" (units that left an item blank
  // are not in its total); "Số liệu chung" carries the others, the weights of rate-only items.
  const itemPopulations = new Set(formItems(form).map((i) => i.population));
  const populationRows = form.populations.filter(
    (p) => !itemPopulations.has(p.id) && c.populations[p.id] !== undefined && (p.levels.includes(options.level) || c.populations[p.id]! > 0),
  );
  if (populationRows.length > 0) {
    b.merge(row, 0, row++, COLUMNS.text, 'Số liệu chung (tổng các đơn vị, dùng làm trọng số)', { bold: true });
    for (const p of populationRows) {
      b.set(row, COLUMNS.label, p.label, TEXT);
      b.set(row, COLUMNS.text, c.populations[p.id]!, { ...COUNT, hAlign: 'left' }, { name: populationCellName(p.id) });
      row++;
    }
  }

  return {
    name: SUMMARY_SHEET,
    cells: b.cells,
    merges: b.merges,
    columnWidths: WIDTHS,
    rowHeights,
    freeze: { rows: headerRow + 1, cols: 0 },
    print: landscape([headerRow, headerRow]),
    protect: false,
    baseStyle: BASE,
    hiddenColumns: [COLUMNS.machine],
  };
}
