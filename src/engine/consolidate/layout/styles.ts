import { OFFICIAL_FONT, type CellStyle, type PrintSetup } from '../../layout';

/** Styles shared by the consolidated workbook's sheets: official documents, Times New Roman. */
export const BASE: CellStyle = { font: OFFICIAL_FONT, size: 12, vAlign: 'top' };
export const TITLE: CellStyle = { bold: true, size: 14, hAlign: 'center', vAlign: 'middle', wrap: true };
export const SUBTITLE: CellStyle = { italic: true, hAlign: 'center', vAlign: 'middle', wrap: true };
export const HEADER: CellStyle = { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, border: true, fill: 'DDEBF7' };
export const TEXT: CellStyle = { wrap: true, border: true };
export const CENTER: CellStyle = { hAlign: 'center', border: true, wrap: true };
export const COUNT: CellStyle = { numFmt: '#,##0', border: true, hAlign: 'right' };
export const RATE: CellStyle = { numFmt: '0.00%', border: true, hAlign: 'right' };
/** A percentage held as 0–100, as the template's rate cells. */
export const PERCENT: CellStyle = { numFmt: '0.00', border: true, hAlign: 'right' };
export const TOTAL: CellStyle = { bold: true, fill: 'FFF2CC' };
export const ERROR_FILL = 'F8CBAD';
export const WARNING_FILL = 'FFE699';
export const MUTED = '808080';

export const landscape = (repeatRows?: [number, number]): PrintSetup =>
  repeatRows ? { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows } : { orientation: 'landscape', paper: 'A4', fitToWidth: true };
