import ExcelJS from 'exceljs';
import type { FormDefinition } from '../engine/form/schema';
import type { SectionFill } from './form-fill';
import { stableZip } from './stable-zip';

/**
 * The layouts schools use to fill the form:
 * - cell-newlines: all blanks of one STT in one "Kết quả (số liệu)" cell, one per line;
 * - cell-dashes: the same on one line, blanks separated by " - ";
 * - row-per-blank: one blank per row, STT and "Nội dung" merged down;
 * - number-cells: a count cell and a rate cell beside each blank's label.
 */
export const LAYOUTS = ['cell-newlines', 'row-per-blank', 'number-cells', 'cell-dashes'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface SchoolWorkbookSpec {
  form: FormDefinition;
  unit: string;
  agency: string;
  layout: Layout;
  sections: SectionFill[];
  sheetName: string;
  /** Empty rows above the header block. */
  topOffset: number;
  /** Bắc Giang renamed the columns "Cơ quan ban hành | Nội dung". */
  headerVariant: 'official' | 'bac-giang';
  /** A narrative sheet before the form. */
  extraSheetFirst: boolean;
  /** Text in Unicode NFD, as Mac Excel sometimes saves it. */
  nfd: boolean;
  /** number-cells: rates as 0.998 formatted "0.0%" (true) or as 99.8 under "Tỉ lệ (%)" (false). */
  percentCells: boolean;
  /** STT written as the number 1 rather than the text "1.". */
  numericStt: boolean;
  principal: string;
  modified: Date;
}

const FONT = 'Times New Roman';
const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

function put(ws: ExcelJS.Worksheet, row: number, col: number, value: ExcelJS.CellValue, style: { bold?: boolean; italic?: boolean; center?: boolean; border?: boolean; numFmt?: string } = {}): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  cell.font = { name: FONT, size: 13, bold: !!style.bold, italic: !!style.italic };
  cell.alignment = { wrapText: true, vertical: 'top', horizontal: style.center ? 'center' : 'left' };
  if (style.border) cell.border = BORDER;
  if (style.numFmt) cell.numFmt = style.numFmt;
}

function text(spec: SchoolWorkbookSpec, s: string): string {
  return spec.nfd ? s.normalize('NFD') : s.normalize('NFC');
}

function writeHeader(ws: ExcelJS.Worksheet, spec: SchoolWorkbookSpec, lastCol: number): number {
  const t = (s: string) => text(spec, s);
  const r = 1 + spec.topOffset;
  put(ws, r, 1, t(spec.agency.toUpperCase()), { center: true });
  ws.mergeCells(r, 1, r, 2);
  put(ws, r + 1, 1, t(spec.unit.toUpperCase()), { bold: true, center: true });
  ws.mergeCells(r + 1, 1, r + 1, 2);
  put(ws, r, 3, t('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), { bold: true, center: true });
  put(ws, r + 1, 3, t('Độc lập - Tự do - Hạnh phúc'), { bold: true, center: true });
  if (lastCol > 3) {
    ws.mergeCells(r, 3, r, lastCol);
    ws.mergeCells(r + 1, 3, r + 1, lastCol);
  }
  const titleRows = [...spec.form.title, spec.form.attachmentLine];
  titleRows.forEach((line, i) => {
    put(ws, r + 3 + i, 1, t(line), { bold: i < spec.form.title.length, italic: i === spec.form.title.length, center: true });
    ws.mergeCells(r + 3 + i, 1, r + 3 + i, lastCol);
  });
  return r + 3 + titleRows.length + 1;
}

function columnHeaders(spec: SchoolWorkbookSpec): [string, string, string] {
  return spec.headerVariant === 'bac-giang' ? ['STT', 'Cơ quan ban hành', 'Nội dung'] : spec.form.columns;
}

function sttValue(spec: SchoolWorkbookSpec, stt: string): string | number {
  return spec.numericStt ? Number(stt) : `${stt}.`;
}

function writeTextLayout(ws: ExcelJS.Worksheet, spec: SchoolWorkbookSpec, start: number): number {
  const t = (s: string) => text(spec, s);
  columnHeaders(spec).forEach((h, i) => put(ws, start, i + 1, t(h), { bold: true, center: true, border: true }));
  let row = start + 1;
  for (const section of spec.sections) {
    const texts = section.lines.map((l) => l.text);
    if (spec.layout === 'row-per-blank' && texts.length > 1) {
      put(ws, row, 1, sttValue(spec, section.stt), { center: true, border: true });
      put(ws, row, 2, t(section.label), { border: true });
      texts.forEach((line, i) => put(ws, row + i, 3, t(line), { border: true }));
      ws.mergeCells(row, 1, row + texts.length - 1, 1);
      ws.mergeCells(row, 2, row + texts.length - 1, 2);
      row += texts.length;
      continue;
    }
    const joined = texts.length === 0 ? 'Không' : texts.join(spec.layout === 'cell-dashes' ? ' ' : '\n');
    put(ws, row, 1, sttValue(spec, section.stt), { center: true, border: true });
    put(ws, row, 2, t(section.label), { border: true });
    put(ws, row, 3, t(joined), { border: true });
    row += 1;
  }
  return row;
}

function writeNumberCellsLayout(ws: ExcelJS.Worksheet, spec: SchoolWorkbookSpec, start: number): number {
  const t = (s: string) => text(spec, s);
  const [stt, content, result] = columnHeaders(spec);
  put(ws, start, 1, t(stt), { bold: true, center: true, border: true });
  put(ws, start, 2, t(content), { bold: true, center: true, border: true });
  put(ws, start, 3, t(result), { bold: true, center: true, border: true });
  ws.mergeCells(start, 1, start + 1, 1);
  ws.mergeCells(start, 2, start + 1, 2);
  ws.mergeCells(start, 3, start, 5);
  put(ws, start + 1, 3, t('Chỉ tiêu'), { bold: true, center: true, border: true });
  put(ws, start + 1, 4, t('Số lượng'), { bold: true, center: true, border: true });
  put(ws, start + 1, 5, t(spec.percentCells ? 'Tỉ lệ' : 'Tỉ lệ (%)'), { bold: true, center: true, border: true });
  let row = start + 2;
  for (const section of spec.sections) {
    const lines = section.lines;
    put(ws, row, 1, sttValue(spec, section.stt), { center: true, border: true });
    put(ws, row, 2, t(section.label), { border: true });
    if (lines.length === 0) {
      put(ws, row, 3, t('Không'), { border: true });
      put(ws, row, 4, null, { border: true });
      put(ws, row, 5, null, { border: true });
      row += 1;
      continue;
    }
    lines.forEach((line, i) => {
      put(ws, row + i, 3, t(line.labelText), { border: true });
      put(ws, row + i, 4, line.countCell, { border: true, center: true, numFmt: '#,##0' });
      if (line.rateCell === null) put(ws, row + i, 5, null, { border: true });
      else if (spec.percentCells)
        put(ws, row + i, 5, Math.round(line.rateCell * 10) / 1000, { border: true, center: true, numFmt: Number.isInteger(line.rateCell) ? '0%' : '0.0%' });
      else put(ws, row + i, 5, line.rateCell, { border: true, center: true });
    });
    if (lines.length > 1) {
      ws.mergeCells(row, 1, row + lines.length - 1, 1);
      ws.mergeCells(row, 2, row + lines.length - 1, 2);
    }
    row += lines.length;
  }
  return row;
}

function writeFooter(ws: ExcelJS.Worksheet, spec: SchoolWorkbookSpec, row: number, lastCol: number): void {
  const t = (s: string) => text(spec, s);
  const d = spec.modified;
  put(ws, row + 1, 3, t(`Bắc Giang, ngày ${String(d.getUTCDate()).padStart(2, '0')} tháng ${d.getUTCMonth() + 1} năm ${d.getUTCFullYear()}`), { italic: true, center: true });
  put(ws, row + 2, 1, t('Người lập biểu'), { bold: true, center: true });
  ws.mergeCells(row + 2, 1, row + 2, 2);
  put(ws, row + 2, 3, t('HIỆU TRƯỞNG'), { bold: true, center: true });
  put(ws, row + 6, 3, t(spec.principal), { bold: true, center: true });
  if (lastCol > 3) {
    for (const r of [row + 1, row + 2, row + 6]) ws.mergeCells(r, 3, r, lastCol);
  }
}

/** Writes one school's filled form as .xlsx bytes. */
export async function writeSchoolWorkbook(spec: SchoolWorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = text(spec, spec.unit);
  wb.created = spec.modified;
  wb.modified = spec.modified;
  if (spec.extraSheetFirst) {
    const intro = wb.addWorksheet(text(spec, 'Báo cáo'));
    intro.getColumn(1).width = 100;
    put(intro, 1, 1, text(spec, `${spec.unit.toUpperCase()}`), { bold: true });
    put(intro, 3, 1, text(spec, 'BÁO CÁO Kết quả 02 năm thực hiện Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ'), { bold: true });
    put(intro, 4, 1, text(spec, 'Nhà trường đã triển khai các nội dung của Đề án; số liệu chi tiết tại Biểu số liệu kèm theo.'));
  }
  const ws = wb.addWorksheet(text(spec, spec.sheetName), { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const lastCol = spec.layout === 'number-cells' ? 5 : 3;
  const widths = spec.layout === 'number-cells' ? [6, 42, 58, 12, 10] : [6, 42, 70];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const start = writeHeader(ws, spec, lastCol);
  const end = spec.layout === 'number-cells' ? writeNumberCellsLayout(ws, spec, start) : writeTextLayout(ws, spec, start);
  writeFooter(ws, spec, end, lastCol);
  return stableZip(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), spec.modified);
}
