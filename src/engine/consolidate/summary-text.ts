import { formItems, type FormDefinition } from '../form/schema';
import { fileName } from './classify-inputs';
import { itemLine } from './layout/result-text';
import { leftOutCause } from './notices';
import type { Consolidation } from './types';

const list = (names: readonly string[], max = 6): string =>
  names.length <= max ? names.join('; ') : `${names.slice(0, max).join('; ')}; và ${names.length - max} mục khác`;

/**
 * A short Vietnamese account of a consolidation, line by line, for the command line and the demo:
 * units counted, duplicates, rejected files, missing units, units with errors, then the figures.
 */
export function consolidationSummary(c: Consolidation, form: FormDefinition, out: string | null): string[] {
  const lines: string[] = [];
  const withErrors = c.included.filter((u) => u.errors > 0);
  lines.push(out ? `Đã tổng hợp ${c.included.length} đơn vị vào ${out}.` : `Không tổng hợp được đơn vị nào; không ghi tệp.`);
  if (c.duplicates.length > 0)
    lines.push(`  Gửi trùng: ${c.duplicates.length} đơn vị (${list(c.duplicates.map((d) => `${d.unit}: tính tệp mới hơn ${fileName(d.kept)}`))}).`);
  if (c.rejected.length > 0) lines.push(`  Bị loại: ${c.rejected.length} tệp (${list(c.rejected.map((r) => `${fileName(r.path)}: ${r.reason}`))}).`);
  if (c.excluded.length > 0)
    lines.push(`  Không tổng hợp vì có lỗi: ${c.excluded.length} đơn vị (${list(c.excluded.map((u) => `${u.name}: ${u.errors} lỗi`))}).`);
  if (withErrors.length > 0) {
    const errors = withErrors.reduce((n, u) => n + u.errors, 0);
    lines.push(
      `  Có lỗi nhưng vẫn được tổng hợp: ${withErrors.length} đơn vị, ${errors} lỗi (${list(withErrors.map((u) => u.name))}). Xem trang "Kiểm tra" để gửi lại cho đơn vị; thêm --exclude-errors để loại các đơn vị này.`,
    );
  }
  const leftOut = c.issues.filter((i) => i.code === 'VALUE_LEFT_OUT');
  if (leftOut.length > 0)
    lines.push(
      `  Không cộng vào tổng: ${leftOut.length} giá trị không đọc được (${list(
        leftOut.map((i) => `${i.unit ?? ''}, mục ${i.item}${i.cell ? ` ô ${i.cell}` : ''}: ${leftOutCause({ code: i.reason ?? '', ...(i.actual !== undefined ? { actual: i.actual } : {}), ...(i.expected !== undefined ? { expected: i.expected } : {}) })}`),
      )}). Các mục khác của các đơn vị này vẫn được tổng hợp; nhập giá trị đúng ở trang "Chi tiết đơn vị".`,
    );
  if (c.missing.length > 0) lines.push(`  Chưa gửi: ${c.missing.length} đơn vị (${list(c.missing)}).`);
  const figures = formItems(form)
    .map((item) => (c.items[item.code]?.notApplicable ? undefined : itemLine(item, c.items[item.code])))
    .filter((l): l is string => l !== undefined);
  if (out && figures.length > 0) {
    lines.push('Số liệu tổng hợp:');
    for (const f of figures) lines.push(`  ${f}`);
  }
  return lines;
}
