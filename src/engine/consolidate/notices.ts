import type { ConsolidationIssue, ConsolidationNoticeCode } from './types';

/** What consolidation notices, before it is worded. */
export interface Notice {
  code: ConsolidationNoticeCode;
  item: string;
  /** Units concerned. */
  related: string[];
}

const list = (names: readonly string[], max = 5): string =>
  names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} và ${names.length - max} đơn vị khác`;

/** Vietnamese wording of consolidation notices, keyed by code (a missing code fails to compile). */
const NOTICES_VI: Record<ConsolidationNoticeCode, (n: Notice) => string> = {
  UNWEIGHTED_MEAN: (n) =>
    `Mục ${n.item}: không biết quy mô (số học sinh) của ${list(n.related)} nên tỉ lệ tổng hợp là trung bình cộng, không có trọng số. Hãy bổ sung tổng số học sinh để tính chính xác.`,
  PARTIAL_POPULATION: (n) =>
    `Mục ${n.item}: ${list(n.related)} ghi số lượng nhưng không có tỉ lệ hoặc tổng số, nên tỉ lệ tổng hợp chỉ tính trên các đơn vị còn lại. Hãy bổ sung tỉ lệ cho các đơn vị này.`,
  NAMES_MISSING: (n) =>
    `Mục ${n.item}: ${list(n.related)} chỉ ghi số lượng, không nêu tên nên không gộp được danh sách; số tổng hợp có thể thiếu. Hãy đề nghị đơn vị nêu rõ tên.`,
};

export function noticeIssue(n: Notice): ConsolidationIssue {
  return { code: n.code, severity: 'warning', item: n.item, related: n.related, message: NOTICES_VI[n.code](n) };
}
