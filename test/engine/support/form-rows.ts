import { QD131 } from '../../../src/engine/form/qd131';
import type { CellValue } from '../../../src/engine/grid';

/** The issued form's section labels, by STT. */
export const SECTION_LABEL: Record<string, string> = Object.fromEntries(QD131.sections.map((s) => [s.stt, s.label]));

/**
 * A filled form in the official three columns: header block, title, "STT | Nội dung triển khai | Kết quả (số liệu)",
 * one row per STT whose result cell is results[stt] (default "Không").
 */
export function formRows(results: Partial<Record<string, CellValue>>, unit = 'TRƯỜNG TH NGÔ SĨ LIÊN'): CellValue[][] {
  return [
    ['UBND THÀNH PHỐ BẮC GIANG', '', ''],
    [unit, '', ''],
    ['BIỂU SỐ LIỆU THỐNG KÊ KẾT QUẢ SAU 02 NĂM THỰC HIỆN', '', ''],
    ['STT', 'Nội dung triển khai', 'Kết quả (số liệu)'],
    ...QD131.sections.map((s): CellValue[] => [`${s.stt}.`, s.label, results[s.stt] ?? 'Không']),
  ];
}

/** Row (0-based) of STT n in formRows. */
export const sttRow = (stt: number): number => 3 + stt;
