import { formItems, type FormDefinition, type ItemDefinition, type PopulationDefinition, type UnitLevel } from '../form/schema';
import { a1 } from '../grid';
import { OFFICIAL_FONT, type CellStyle, type DataValidationRule, type SheetLayout, type WorkbookLayout } from '../layout';
import { filledTextLength, notApplicableText, resultTextFormula, type ItemRefs } from './result-text-formula';
import { LINE_POINTS, SheetBuilder, lineCount } from './sheet-builder';
import { FORM_ID_NAME, LEVEL_NAME, UNIT_NAME, itemCellName, populationCellName, type ItemField } from './template-names';
import { LEVEL_HEADINGS, upperVi } from './unit-levels';

export interface TemplateLayoutOptions {
  level: UnitLevel;
  /** The unit's name for the header block; empty leaves a line to fill. */
  unit: string;
  /** The governing agency (cơ quan chủ quản) above the unit's name; a per-level default otherwise. */
  agency?: string;
}

export const TEMPLATE_SHEET_NAME = 'Biểu số liệu';

/** Column indexes (0-based): the three issued columns, the input columns beside them, a hidden one for the machine. */
export const TEMPLATE_COLUMNS = { stt: 0, label: 1, text: 2, count: 3, total: 4, rate: 5, names: 6, meta: 7 } as const;
const C = TEMPLATE_COLUMNS;
const LAST = C.names;
const WIDTHS = [6, 34, 54, 13, 13, 10, 26, 10];

const BASE: CellStyle = { font: OFFICIAL_FONT, size: 13, vAlign: 'middle', wrap: true };
const CENTER: CellStyle = { hAlign: 'center' };
const BOLD_CENTER: CellStyle = { bold: true, hAlign: 'center' };
const HEADER: CellStyle = { bold: true, hAlign: 'center', border: true };
const BOXED: CellStyle = { border: true };
const INPUT_FILL = 'FFF2CC';
const NOT_APPLICABLE_FILL = 'D9D9D9';
const COUNT: CellStyle = { border: true, hAlign: 'right', numFmt: '#,##0' };
const INPUT: CellStyle = { ...COUNT, fill: INPUT_FILL, locked: false };
const RATE: CellStyle = { border: true, hAlign: 'right', numFmt: '0.0' };
const RATE_INPUT: CellStyle = { border: true, hAlign: 'right', fill: INPUT_FILL, locked: false };
const NAMES_INPUT: CellStyle = { border: true, hAlign: 'left', fill: INPUT_FILL, locked: false };
const NOT_APPLICABLE: CellStyle = { border: true, fill: NOT_APPLICABLE_FILL, color: '595959', italic: true };
const NO_CAP = '1000000000000';

const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
const superscript = (n: number): string => String(n).split('').map((d) => SUPERSCRIPT[Number(d)]).join('');
const abs = (row: number, col: number): string => `$${a1(row, col).replace(/(\d+)$/, '$$$1')}`;
const range = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

const countValidation = (totalRef: string): DataValidationRule => ({
  type: 'whole',
  operator: 'between',
  formulae: ['0', `IF(ISNUMBER(${totalRef}),${totalRef},${NO_CAP})`],
  allowBlank: true,
  errorTitle: 'Số lượng không hợp lệ',
  error: `Nhập số nguyên không âm, không lớn hơn Tổng số (ô ${totalRef.replace(/\$/g, '')}). Gõ liền các chữ số, ví dụ 2023.`,
  promptTitle: 'Số lượng',
  prompt: 'Số nguyên ≥ 0, không lớn hơn Tổng số. Gõ liền các chữ số, ví dụ 2023.',
});

/** Excel refuses titles over 32 characters and messages over 225 (error) / 255 (prompt): keep them short. */
const wholeValidation = (what: string): DataValidationRule => ({
  type: 'whole',
  operator: 'greaterThanOrEqual',
  formulae: ['0'],
  allowBlank: true,
  errorTitle: 'Số liệu không hợp lệ',
  error: `${what}: nhập số nguyên không âm. Gõ liền các chữ số, ví dụ 44790.`,
  promptTitle: 'Tổng số',
  prompt: `${what}: số nguyên ≥ 0. Gõ liền các chữ số, ví dụ 44790.`,
});

const RATE_VALIDATION: DataValidationRule = {
  type: 'decimal',
  operator: 'between',
  formulae: ['0', '100'],
  allowBlank: true,
  errorTitle: 'Tỉ lệ không hợp lệ',
  error: 'Nhập tỉ lệ phần trăm từ 0 đến 100, không kèm dấu %, ví dụ 28.',
  promptTitle: 'Tỉ lệ (%)',
  prompt: 'Tỉ lệ phần trăm từ 0 đến 100, ví dụ 28.',
};

const ANSWER_VALIDATION: DataValidationRule = {
  type: 'list',
  formulae: ['"Có,Không"'],
  allowBlank: true,
  errorTitle: 'Câu trả lời không hợp lệ',
  error: 'Chọn "Có" hoặc "Không".',
};

/** Populations the form asks at this level, in the form's order. */
export const populationsAsked = (form: FormDefinition, level: UnitLevel): PopulationDefinition[] =>
  form.populations.filter((p) => p.levels.includes(level));

/**
 * The official form as issued, ready to fill at one unit level, described for any writer.
 * Every input has a defined name (itemCellName / populationCellName), rates and the
 * "Kết quả (số liệu)" text are formulas, and every other cell is locked.
 *
 *   renderWorkbook(buildTemplateLayout(QD131, { level: 'TH', unit: 'Trường TH Ngô Sĩ Liên' }))
 */
export function buildTemplateLayout(form: FormDefinition, options: TemplateLayoutOptions): WorkbookLayout {
  const { level } = options;
  const heading = LEVEL_HEADINGS[level];
  const b = new SheetBuilder();
  let row = 0;

  // Header block: governing agency and unit on the left, the national motto on the right.
  b.block(range(0, 0, 0, 2), options.agency ? upperVi(options.agency) : heading.agency, CENTER);
  b.block(range(0, 3, 0, LAST), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', BOLD_CENTER);
  b.block(range(1, 0, 1, 2), options.unit.trim() ? upperVi(options.unit) : heading.unitPlaceholder, { ...BOLD_CENTER, locked: false }, { name: UNIT_NAME });
  b.block(range(1, 3, 1, LAST), 'Độc lập - Tự do - Hạnh phúc', BOLD_CENTER);
  b.block(range(2, 3, 2, LAST), '……………, ngày …… tháng …… năm 20……', { italic: true, hAlign: 'center' });
  b.put(0, C.meta, form.id, undefined, { name: FORM_ID_NAME });
  b.put(1, C.meta, level, undefined, { name: LEVEL_NAME });
  row = 4;

  for (const line of form.title) {
    b.block(range(row, 0, row, LAST), line, { ...BOLD_CENTER, size: 14 });
    b.atLeast(row++, 20);
  }
  b.block(range(row, 0, row, LAST), form.attachmentLine, { italic: true, hAlign: 'center' });
  row += 2;

  // "Số liệu chung": each population once; parts-of-a-total are formulas of their parts.
  b.block(range(row, 0, row, LAST), 'I. SỐ LIỆU CHUNG', { bold: true });
  row++;
  b.block(
    range(row, 0, row, LAST),
    `Biểu dành cho: ${heading.label}. Nhập mỗi tổng số một lần; các chỉ tiêu ở mục II lấy tổng số từ đây. Ô nền vàng là ô nhập liệu.`,
    { italic: true },
  );
  b.atLeast(row, lineCount('x'.repeat(150), sum(WIDTHS.slice(0, LAST + 1))) * LINE_POINTS);
  row++;
  b.put(row, C.stt, 'STT', HEADER);
  b.block(range(row, C.label, row, C.text), 'Số liệu', HEADER);
  b.put(row, C.count, 'Số lượng', HEADER);
  b.block(range(row, C.total, row, LAST), 'Ghi chú', HEADER);
  row++;

  const asked = populationsAsked(form, level);
  const populationRow = new Map<string, number>();
  asked.forEach((p, i) => populationRow.set(p.id, row + i));
  const items = formItems(form);
  const applies = (item: ItemDefinition): boolean => item.levels.includes(level);

  asked.forEach((p, i) => {
    const r = row + i;
    b.put(r, C.stt, i + 1, { ...BOXED, hAlign: 'center' });
    b.block(range(r, C.label, r, C.text), p.label, BOXED);
    const parts = (p.sumOf ?? []).filter((id) => populationRow.has(id));
    const notes: string[] = [];
    if (parts.length > 0) {
      const refs = parts.map((id) => abs(populationRow.get(id)!, C.count)).join(',');
      b.put(r, C.count, { formula: `IF(COUNT(${refs})=0,"",SUM(${refs}))`, result: '' }, COUNT, { name: populationCellName(p.id) });
      notes.push(`Tự tính = ${parts.map((id) => asked.find((q) => q.id === id)!.label.replace(/^Tổng số /, '')).join(' + ')}`);
    } else {
      b.put(r, C.count, null, INPUT, { name: populationCellName(p.id), validation: wholeValidation(p.label) });
    }
    const users = items.filter((it) => applies(it) && (it.population === p.id || it.weightPopulation === p.id)).map((it) => it.code);
    if (users.length > 0) notes.push(`Dùng cho mục ${users.join(', ')}`);
    b.block(range(r, C.total, r, LAST), notes.join('; '), { ...BOXED, size: 11 });
  });
  row += asked.length + 1;

  // The form as issued, one row per blank, with its input columns beside it.
  b.block(range(row, 0, row, LAST), 'II. BIỂU SỐ LIỆU', { bold: true });
  row++;
  const headerRow = row;
  const [sttHeader, labelHeader, textHeader] = form.columns;
  b.put(row, C.stt, sttHeader, HEADER);
  b.put(row, C.label, labelHeader, HEADER);
  b.put(row, C.text, textHeader, HEADER);
  b.put(row, C.count, 'Số lượng', HEADER);
  b.put(row, C.total, 'Tổng số', HEADER);
  b.put(row, C.rate, 'Tỉ lệ (%)', HEADER);
  b.put(row, C.names, 'Tên (nêu rõ)', HEADER);
  b.atLeast(row, 2 * LINE_POINTS);
  row++;

  for (const section of form.sections) {
    const top = row;
    if (section.ifAny) {
      b.put(row, C.text, 'Nếu có,', { ...BOXED, italic: true });
      for (let c = C.count; c <= LAST; c++) b.put(row, c, null, BOXED);
      b.atLeast(row++, LINE_POINTS);
    }
    for (const item of section.items) {
      writeItemRow(b, row, item, applies(item), populationRow);
      b.atLeast(row++, lineCount(applies(item) ? 'x'.repeat(filledTextLength(item)) : notApplicableText(item), WIDTHS[C.text]!) * LINE_POINTS);
    }
    const bottom = row - 1;
    const label = section.footnote ? `${section.label} ${superscript(section.footnote)}` : section.label;
    b.block(range(top, C.stt, bottom, C.stt), Number(section.stt), { ...BOXED, hAlign: 'center' });
    b.block(range(top, C.label, bottom, C.label), label, BOXED);
    stretchRows(b, top, bottom, lineCount(label, WIDTHS[C.label]!) * LINE_POINTS);
  }

  row++;
  form.footnotes.forEach((note, i) => {
    b.block(range(row, 0, row, LAST), `${superscript(i + 1)} ${note}`, { italic: true, size: 11 });
    row++;
  });

  row++;
  b.block(range(row, 0, row, 2), 'NGƯỜI LẬP BIỂU', BOLD_CENTER);
  b.block(range(row, 3, row, LAST), 'THỦ TRƯỞNG ĐƠN VỊ', BOLD_CENTER);
  row++;
  b.block(range(row, 0, row, 2), '(Ký, ghi rõ họ tên)', { italic: true, hAlign: 'center' });
  b.block(range(row, 3, row, LAST), '(Ký, ghi rõ họ tên và đóng dấu)', { italic: true, hAlign: 'center' });

  const sheet: SheetLayout = {
    name: TEMPLATE_SHEET_NAME,
    cells: b.cells,
    merges: b.merges,
    columnWidths: WIDTHS,
    rowHeights: b.rowHeights,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [headerRow, headerRow] },
    protect: true,
    baseStyle: BASE,
    hiddenColumns: [C.meta],
  };
  return { sheets: [sheet] };
}

function writeItemRow(b: SheetBuilder, row: number, item: ItemDefinition, applies: boolean, populationRow: ReadonlyMap<string, number>): void {
  const name = (field: ItemField) => ({ name: itemCellName(item.code, field) });
  const ref = (col: number) => a1(row, col);
  if (!applies) {
    b.put(row, C.text, notApplicableText(item), NOT_APPLICABLE, name('KetQua'));
    const fields = inputFields(item);
    for (let c = C.count; c <= LAST; c++) {
      const field = fields.get(c);
      b.put(row, c, null, NOT_APPLICABLE, field ? name(field) : {});
    }
    return;
  }
  const refs: ItemRefs = {};
  const boxed = new Set<number>([C.count, C.total, C.rate, C.names]);
  switch (item.kind) {
    case 'countRate': {
      const popRow = item.population ? populationRow.get(item.population) : undefined;
      const totalRef = abs(row, C.total);
      b.put(row, C.count, null, INPUT, { ...name('SoLuong'), validation: countValidation(totalRef) });
      if (popRow !== undefined) {
        const p = abs(popRow, C.count);
        b.put(row, C.total, { formula: `IF(ISNUMBER(${p}),${p},"")`, result: '' }, COUNT, name('TongSo'));
      } else {
        // The population is not in "Số liệu chung" at this level: the item asks for it itself.
        b.put(row, C.total, null, INPUT, { ...name('TongSo'), validation: wholeValidation('Tổng số') });
      }
      const [n, d] = [ref(C.count), ref(C.total)];
      b.put(row, C.rate, { formula: `IF(AND(ISNUMBER(${n}),ISNUMBER(${d})),IF(${d}>0,${n}/${d}*100,""),"")`, result: '' }, RATE, name('TiLe'));
      boxed.delete(C.count);
      boxed.delete(C.total);
      boxed.delete(C.rate);
      refs.count = n;
      refs.rate = ref(C.rate);
      break;
    }
    case 'rate':
      b.put(row, C.rate, null, RATE_INPUT, { ...name('TiLe'), validation: RATE_VALIDATION });
      boxed.delete(C.rate);
      refs.rate = ref(C.rate);
      break;
    case 'countNames':
      b.put(row, C.count, null, INPUT, { ...name('SoLuong'), validation: { ...wholeValidation('Số lượng'), promptTitle: 'Số lượng' } });
      b.put(row, C.names, null, NAMES_INPUT, { ...name('Ten'), note: 'Nêu rõ tên, cách nhau bởi dấu phẩy, ví dụ: Zoom, K12Online, VNEdu' });
      boxed.delete(C.count);
      boxed.delete(C.names);
      refs.count = ref(C.count);
      refs.names = ref(C.names);
      break;
    case 'yesNo':
      b.put(row, C.count, null, { ...INPUT, hAlign: 'center' }, { ...name('CoKhong'), validation: ANSWER_VALIDATION });
      boxed.delete(C.count);
      refs.answer = ref(C.count);
      break;
  }
  for (const c of boxed) b.put(row, c, null, BOXED);
  b.put(row, C.text, { formula: resultTextFormula(item, refs), result: item.blank }, BOXED, name('KetQua'));
}

/** The named input cells of an item, by column. */
function inputFields(item: ItemDefinition): Map<number, ItemField> {
  switch (item.kind) {
    case 'countRate':
      return new Map([
        [C.count, 'SoLuong'],
        [C.total, 'TongSo'],
        [C.rate, 'TiLe'],
      ]);
    case 'rate':
      return new Map([[C.rate, 'TiLe']]);
    case 'countNames':
      return new Map([
        [C.count, 'SoLuong'],
        [C.names, 'Ten'],
      ]);
    case 'yesNo':
      return new Map([[C.count, 'CoKhong']]);
  }
}

/** Spreads extra height over merged rows so a tall section label fits. */
function stretchRows(b: SheetBuilder, top: number, bottom: number, needed: number): void {
  const rows = bottom - top + 1;
  let have = 0;
  for (let r = top; r <= bottom; r++) have += b.rowHeights[r] ?? LINE_POINTS;
  if (have >= needed) return;
  const extra = Math.ceil((needed - have) / rows);
  for (let r = top; r <= bottom; r++) b.rowHeights[r] = (b.rowHeights[r] ?? LINE_POINTS) + extra;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, x) => a + x, 0);
