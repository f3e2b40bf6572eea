import { SEVERITY, type Finding, type Issue, type IssueCode } from './issues';
import { FORMS } from './form/registry';
import { formatViNumber } from './text/format-number';

/**
 * Every user-facing issue message, in Vietnamese, keyed by code.
 * A missing code fails to compile (Record<IssueCode, …>).
 */
type Render = (f: Finding, subject: string) => string;

const show = (v: number | string | undefined): string =>
  v === undefined ? '?' : typeof v === 'number' ? formatViNumber(v, 3) : v;

const UNREADABLE_REASONS: Record<string, string> = {
  password: 'tệp được đặt mật khẩu',
  legacy: 'tệp ở định dạng Excel 97-2003 (.xls)',
  empty: 'tệp rỗng',
  corrupt: 'tệp bị hỏng hoặc không phải tệp Excel',
  missing: 'không tìm thấy tệp',
};

export const MESSAGES_VI: Record<IssueCode, Render> = {
  UNPARSEABLE: (f, s) => `${s}: không đọc được số liệu từ "${f.text ?? ''}". Hãy ghi số vào chỗ trống, ví dụ "1.234, đạt tỉ lệ: 98,5%".`,
  AMBIGUOUS_NUMBER: (f, s) =>
    `${s}: số liệu "${f.text ?? show(f.actual)}" có thể hiểu theo nhiều cách${f.expected !== undefined ? ` (${show(f.expected)})` : ''}. Hãy ghi rõ, ví dụ thêm dấu ":" trước số.`,
  NOT_INTEGER: (f, s) =>
    f.expected !== undefined
      ? `${s}: số lượng đang được Excel lưu là số thập phân ${show(f.actual)}, không phải số nguyên. Nếu ý là ${show(f.expected)}, hãy nhập lại ${f.expected} (không gõ dấu chấm: Excel của máy này hiểu dấu chấm là dấu thập phân).`
      : `${s}: số lượng ${show(f.actual)} không phải số nguyên. Hãy nhập số nguyên.`,
  NEGATIVE: (f, s) => `${s}: giá trị ${show(f.actual)} là số âm. Hãy nhập số không âm.`,
  RATE_OUT_OF_RANGE: (f, s) => `${s}: tỉ lệ ${show(f.actual)}% nằm ngoài khoảng 0–100%. Hãy kiểm tra lại tỉ lệ.`,
  COUNT_EXCEEDS_TOTAL: (f, s) =>
    `${s}: số lượng ${show(f.actual)} lớn hơn tổng số ${show(f.expected)}. Hãy kiểm tra lại số lượng hoặc tổng số.`,
  RATE_MISMATCH: (f, s) =>
    `${s}: tỉ lệ ghi ${show(f.actual)}% nhưng số lượng chia tổng số cho ${show(f.expected)}%. Hãy sửa tỉ lệ hoặc số lượng.`,
  SUM_MISMATCH: (f, s) =>
    `${s}: tổng ghi ${show(f.actual)} nhưng cộng các thành phần${f.related?.length ? ` (${f.related.join(' + ')})` : ''} được ${show(f.expected)}. Hãy sửa cho khớp.`,
  DENOMINATOR_CONFLICT: (f, s) =>
    f.reason === 'contains'
      ? `${s}: tổng số khoảng ${show(f.actual)} lại nhỏ hơn ${show(f.expected)} của nhóm nằm trong nó${f.related?.length ? ` (${f.related.map(place).join(', ')})` : ''}. Hãy kiểm tra lại số lượng và tỉ lệ.`
      : `${s}: số lượng và tỉ lệ cho tổng số khoảng ${show(f.actual)}, khác với ${show(f.expected)} suy ra từ ${f.related?.length ? f.related.map(place).join(', ') : 'mục khác'}. Hai mục cùng một tổng số nên phải khớp.`,
  MISSING_VALUE: (_f, s) => `${s}: chưa điền số liệu. Hãy điền vào chỗ trống hoặc ghi "Không" nếu không có.`,
  CROSS_TABLE_CONFLICT: (f, s) => {
    const unit = f.reason === 'rate' ? '%' : '';
    const value = (v: number | string | undefined): string => `${show(v)}${typeof v === 'number' ? unit : ''}`;
    return `${s}: cùng một chỉ tiêu có hai giá trị khác nhau: ${value(f.actual)} ở đây, ${value(f.expected)}${
      f.related?.length ? ` ở ${f.related.map(place).join(', ')}` : ' ở chỗ khác'
    }. Hãy thống nhất một giá trị.`;
  },
  IMPLAUSIBLE: (f, s) =>
    f.reason === 'peers'
      ? peersMessage(f, s)
      : f.reason === 'year'
      ? `${s}: "${f.text ?? show(f.actual)}" ghi năm ${f.actual ?? '?'}, có lẽ là ${f.expected ?? '?'}. Hãy kiểm tra lại.`
      : f.reason === 'too-many'
        ? `${s}: giá trị ${show(f.actual)} bất thường (thường không quá ${show(f.expected)}). Hãy kiểm tra lại: có thể đã ghi số tài khoản thay vì số nền tảng.`
        : `${s}: giá trị ${show(f.actual)} bất thường${f.expected !== undefined ? ` (thường khoảng ${show(f.expected)})` : ''}. Hãy kiểm tra lại.`,
  TEMPLATE_MISMATCH: (f) =>
    f.reason === 'internal'
      ? 'Không đọc được nội dung biểu do lỗi của chương trình. Hãy gửi tệp này cho người phụ trách để được hỗ trợ.'
      : f.reason === 'not-form'
      ? 'Tệp không phải Biểu số liệu thống kê QĐ 131 (không tìm thấy tiêu đề và các mục STT 1–9). Hãy dùng đúng biểu mẫu được gửi.'
      : `Biểu thiếu hoặc sai thứ tự dòng${f.expected !== undefined ? ` (cần mục ${show(f.expected)})` : ''}${f.actual !== undefined ? `, gặp ${show(f.actual)}` : ''}. Hãy dùng đúng biểu mẫu, không xóa hoặc đảo dòng.`,
  UNREADABLE_FILE: (f) =>
    `Không mở được tệp${f.reason && UNREADABLE_REASONS[f.reason] ? ` (${UNREADABLE_REASONS[f.reason]})` : ''}. ${
      f.reason === 'password' ? 'Gỡ mật khẩu, lưu' : 'Lưu'
    } lại tệp dưới dạng .xlsx rồi gửi lại.`,
  DUPLICATE_UNIT: (f, s) =>
    `${s}: đơn vị gửi nhiều tệp${f.related?.length ? ` (${f.related.join(', ')})` : ''}; chỉ tính tệp mới nhất${f.path ? ` (${f.path})` : ''}.`,
};

/** Units of one level, as a peer comparison names them ("các trường tiểu học khác"). */
const PEERS_OF_LEVEL: Record<string, string> = {
  MN: 'các trường mầm non khác',
  TH: 'các trường tiểu học khác',
  THCS: 'các trường THCS khác',
  THPT: 'các trường THPT khác',
  phong: 'các Phòng GD&ĐT khác',
  so: 'các Sở GD&ĐT khác',
  dh: 'các cơ sở giáo dục đại học khác',
};
const SCHOOL_LEVELS = new Set(['MN', 'TH', 'THCS', 'THPT']);

/**
 * IMPLAUSIBLE with reason "peers": `text` is the unit's level, `related` the population for a size (none for a rate).
 * "Mục 2.1 (ô PL2!C9): tổng số học sinh 32.448 khác xa các trường tiểu học khác (trung vị 1.180). Có thể đã ghi số của cả huyện; hãy kiểm tra lại."
 */
function peersMessage(f: Finding, s: string): string {
  const peers = PEERS_OF_LEVEL[f.text ?? ''] ?? 'các đơn vị cùng cấp';
  const actual = typeof f.actual === 'number' ? f.actual : NaN;
  const expected = typeof f.expected === 'number' ? f.expected : NaN;
  const population = f.related?.[0];
  if (population === undefined) {
    const pct = (v: number): string => (Number.isNaN(v) ? '?' : `${formatViNumber(v, 1)}%`);
    return `${s}: tỉ lệ ${pct(actual)} khác xa ${peers} (trung vị ${pct(expected)}). Hãy kiểm tra lại số lượng và tỉ lệ.`;
  }
  const label = POPULATION_LABELS.get(population) ?? population;
  const what = f.item === population ? '' : `${label.charAt(0).toLowerCase()}${label.slice(1)} `;
  const size = (v: number): string => (Number.isNaN(v) ? '?' : formatViNumber(Math.round(v), 0));
  const hint =
    actual > expected
      ? `Có thể đã ghi số của ${SCHOOL_LEVELS.has(f.text ?? '') ? 'cả huyện' : f.text === 'phong' ? 'cả tỉnh' : 'đơn vị khác'}; hãy kiểm tra lại.`
      : 'Có thể đã ghi thiếu hoặc nhầm số; hãy kiểm tra lại.';
  return `${s}: ${what}${size(actual)} khác xa ${peers} (trung vị ${size(expected)}). ${hint}`;
}

/** An item code, a cell or a population id, as a message names it: "mục 1.1", "ô PL2!B3", "Tổng số giáo viên". */
function place(ref: string): string {
  if (/^\d+\.\d+$/.test(ref)) return `mục ${ref}`;
  if (ref.includes('!')) return `ô ${ref}`;
  return POPULATION_LABELS.get(ref) ?? ref;
}

/** Population ids of every known form -> their Vietnamese label ("giao_vien" -> "Tổng số giáo viên"). */
const POPULATION_LABELS = new Map<string, string>(FORMS.flatMap((form) => form.populations.map((p) => [p.id, p.label] as [string, string])));

/** The subject a message starts with: "Mục 2.1" or the unit name for file-level findings. */
function subjectOf(f: Finding): string {
  if (f.code === 'DUPLICATE_UNIT') return `Đơn vị ${show(f.actual)}`;
  if (f.item && /^\d+\.\d+$/.test(f.item)) return `Mục ${f.item}${f.cell ? ` (ô ${f.cell})` : ''}`;
  if (f.item) return `${POPULATION_LABELS.get(f.item) ?? `Tổng số ${f.item}`}${f.cell ? ` (ô ${f.cell})` : ''}`;
  return f.cell ? `Ô ${f.cell}` : 'Tệp';
}

/** Words a finding as an issue, with its severity. */
export function toIssue(f: Finding): Issue {
  const issue: Issue = { code: f.code, severity: SEVERITY[f.code], message: MESSAGES_VI[f.code](f, subjectOf(f)) };
  if (f.item !== undefined) issue.item = f.item;
  if (f.cell !== undefined) issue.cell = f.cell;
  if (f.expected !== undefined) issue.expected = f.expected;
  if (f.actual !== undefined) issue.actual = f.actual;
  if (f.path !== undefined) issue.path = f.path;
  if (f.reason !== undefined) issue.reason = f.reason;
  if (f.related !== undefined) issue.related = f.related;
  return issue;
}

/** Vietnamese names of severities, for tables and the task pane. */
export const SEVERITY_VI = { error: 'Lỗi', warning: 'Cảnh báo' } as const;
