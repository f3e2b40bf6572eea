import ExcelJS from 'exceljs';
import { stableZip } from './stable-zip';

/** A workbook that is not the form: a school's list of teachers (TEMPLATE_MISMATCH). */
export async function writeTeacherListWorkbook(modified: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = modified;
  wb.modified = modified;
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['DANH SÁCH GIÁO VIÊN NĂM HỌC 2023-2024']);
  ws.addRow([]);
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Môn dạy', 'Trình độ']);
  const people = [
    ['Nguyễn Thị Hoa', '12/03/1985', 'Toán', 'Đại học'],
    ['Trần Văn Minh', '05/11/1979', 'Ngữ văn', 'Thạc sĩ'],
    ['Lê Thị Thu Hà', '21/07/1990', 'Tiếng Anh', 'Đại học'],
    ['Phạm Quốc Hùng', '02/02/1988', 'Tin học', 'Đại học'],
  ];
  people.forEach((p, i) => ws.addRow([i + 1, ...p]));
  return stableZip(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), modified);
}

/** A workbook cut short in transfer: the zip's central directory is gone (UNREADABLE_FILE, corrupt). */
export function truncate(bytes: Uint8Array, keep = 0.6): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * keep));
}
