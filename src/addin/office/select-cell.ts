import { a1, parseCellAddress } from '../../engine/grid';

/** Activates the sheet of "Sheet!A1" and selects the cell (Excel scrolls to it). Two syncs: find the sheet, select. */
export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const target = parseCellAddress(address);
  if (!target) throw new Error(`Địa chỉ ô không hợp lệ: "${address}".`);
  const ws = context.workbook.worksheets.getItemOrNullObject(target.sheet);
  await context.sync();
  if (ws.isNullObject) throw new Error(`Không tìm thấy trang tính "${target.sheet}" (có thể đã bị đổi tên hoặc xóa).`);
  ws.activate();
  ws.getRange(a1(target.row, target.col)).select();
  await context.sync();
}
