import type { Issue } from '../issues';
import { formatViNumber } from '../text/format-number';
import type { ConsolidationIssue, ConsolidationNoticeCode } from './types';

/** What consolidation notices, before it is worded. */
export interface Notice {
  code: ConsolidationNoticeCode;
  /** Item code, or population id. */
  item: string;
  /** Units concerned. */
  related: string[];
  /** The one unit a notice is about (VALUE_LEFT_OUT), its file and the cell. */
  unit?: string;
  path?: string;
  cell?: string;
  /** The unit's issue that caused the notice (VALUE_LEFT_OUT). */
  cause?: Issue;
  /** How to name what `item` is when it is not an item ("Số liệu chung “Tổng số học sinh tiểu học”"). */
  subject?: string;
}

const list = (names: readonly string[], max = 5): string =>
  names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} và ${names.length - max} đơn vị khác`;

const show = (v: number | string | undefined): string => (v === undefined ? '?' : typeof v === 'number' ? formatViNumber(v, 3) : v);

/** Why a value was left out, in a few words: "số lượng 1,037 không phải số nguyên (có lẽ là 1.037)". */
export function leftOutCause(cause: { code: string } & Pick<Issue, 'actual' | 'expected'>): string {
  switch (cause.code) {
    case 'NOT_INTEGER':
      return `số ${show(cause.actual)} không phải số nguyên${cause.expected !== undefined ? ` (có lẽ là ${show(cause.expected)})` : ''}`;
    case 'AMBIGUOUS_NUMBER':
      return `số liệu có thể hiểu theo nhiều cách${cause.expected !== undefined ? ` (${show(cause.expected)})` : ''}`;
    case 'UNPARSEABLE':
      return 'không đọc được số liệu';
    case 'NEGATIVE':
      return `giá trị ${show(cause.actual)} là số âm`;
    default:
      return 'không đọc được giá trị';
  }
}

/** Vietnamese wording of consolidation notices, keyed by code (a missing code fails to compile). */
const NOTICES_VI: Record<ConsolidationNoticeCode, (n: Notice) => string> = {
  UNWEIGHTED_MEAN: (n) =>
    `Mục ${n.item}: không biết quy mô (số học sinh) của ${list(n.related)} nên tỉ lệ tổng hợp là trung bình cộng, không có trọng số. Hãy bổ sung tổng số học sinh để tính chính xác.`,
  PARTIAL_POPULATION: (n) =>
    `Mục ${n.item}: ${list(n.related)} ghi số lượng nhưng không có tỉ lệ hoặc tổng số, nên tỉ lệ tổng hợp chỉ tính trên các đơn vị còn lại. Hãy bổ sung tỉ lệ cho các đơn vị này.`,
  NAMES_MISSING: (n) =>
    `Mục ${n.item}: ${list(n.related)} chỉ ghi số lượng, không nêu tên nên không gộp được danh sách; số tổng hợp có thể thiếu. Hãy đề nghị đơn vị nêu rõ tên.`,
  VALUE_LEFT_OUT: (n) =>
    `${n.subject ?? `Mục ${n.item}`}: số liệu của ${list(n.related)}${n.cell ? ` (ô ${n.cell})` : ''} không được cộng vào tổng vì ${n.cause ? leftOutCause(n.cause) : 'không đọc được'}; các mục khác của đơn vị vẫn được tổng hợp. Hãy nhập giá trị đúng vào ô để trống ở trang "Chi tiết đơn vị" (tổng tự tính lại) hoặc đề nghị đơn vị sửa rồi gửi lại.`,
};

export function noticeIssue(n: Notice): ConsolidationIssue {
  const issue: ConsolidationIssue = { code: n.code, severity: 'warning', item: n.item, related: n.related, message: NOTICES_VI[n.code](n) };
  if (n.unit !== undefined) issue.unit = n.unit;
  if (n.path !== undefined) issue.path = n.path;
  if (n.cell !== undefined) issue.cell = n.cell;
  if (n.cause !== undefined) {
    issue.reason = n.cause.code;
    if (n.cause.actual !== undefined) issue.actual = n.cause.actual;
    if (n.cause.expected !== undefined) issue.expected = n.cause.expected;
  }
  return issue;
}
