import { UNIT_LEVELS } from '../form/schema';
import { toIssue } from '../messages';
import { unitKey } from '../units/unit-key';
import { severityCounts, type ConsolidatedUnit, type ConsolidationInput, type ConsolidationIssue, type Consolidation, type SourceFile } from './types';

/** "a/b/Trường TH X.xlsx" -> "Trường TH X" */
export function fileStem(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export const fileName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** Why a file cannot be consolidated at all, or undefined when it can. */
function rejectionReason(input: ConsolidationInput): string | undefined {
  const { report, meta } = input;
  const unreadable = report.issues.find((i) => i.code === 'UNREADABLE_FILE');
  const foreign = report.issues.find((i) => i.code === 'TEMPLATE_MISMATCH');
  if (meta.status === 'unreadable' || (!meta.status && unreadable)) return unreadable?.message ?? 'Không mở được tệp.';
  if (meta.status === 'foreign' || report.template === null)
    return foreign?.message ?? 'Tệp không phải Biểu số liệu thống kê. Hãy dùng đúng biểu mẫu được gửi.';
  return undefined;
}

const LEVEL_ORDER = new Map<string, number>(UNIT_LEVELS.map((l, i) => [l, i]));
const VI = new Intl.Collator('vi');
const byLevelThenName = (a: ConsolidatedUnit, b: ConsolidatedUnit): number =>
  (LEVEL_ORDER.get(a.level ?? '') ?? 99) - (LEVEL_ORDER.get(b.level ?? '') ?? 99) || VI.compare(a.name, b.name) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export type Classified = Pick<Consolidation, 'included' | 'excluded' | 'duplicates' | 'rejected' | 'sources' | 'issues'>;

/**
 * Sorts inputs into rejected files (unreadable, not this form), duplicates (a unit's older files:
 * the newer by modification time is kept, a DUPLICATE_UNIT issue says which), units excluded for errors,
 * and units counted. Lists every unit's issues with its name.
 */
export function classifyInputs(inputs: readonly ConsolidationInput[], excludeErrors: boolean): Classified {
  const sources: SourceFile[] = [];
  const issues: ConsolidationIssue[] = [];
  const rejected: Classified['rejected'] = [];
  const candidates: Array<{ input: ConsolidationInput; name: string; key: string; source: SourceFile }> = [];
  for (const input of inputs) {
    const { report, meta } = input;
    const source: SourceFile = { path: meta.path, size: meta.size, mtimeMs: meta.mtimeMs, sha256: meta.sha256, unit: report.unit, status: 'included' };
    sources.push(source);
    const reason = rejectionReason(input);
    if (reason !== undefined) {
      source.status = 'rejected';
      source.reason = reason;
      rejected.push({ path: meta.path, reason });
      for (const i of report.issues) issues.push(withUnit(i, report.unit, meta.path));
      continue;
    }
    const name = report.unit ?? fileStem(meta.path);
    candidates.push({ input, name, key: unitKey(name), source });
  }

  const groups = new Map<string, typeof candidates>();
  for (const c of candidates) {
    const g = groups.get(c.key);
    if (g) g.push(c);
    else groups.set(c.key, [c]);
  }

  const duplicates: Classified['duplicates'] = [];
  const included: ConsolidatedUnit[] = [];
  const excluded: ConsolidatedUnit[] = [];
  for (const group of groups.values()) {
    // Newest first; on equal times the file given later wins, as a resend usually comes later.
    const ordered = group.map((c, i) => ({ c, i })).sort((a, b) => b.c.input.meta.mtimeMs - a.c.input.meta.mtimeMs || b.i - a.i);
    const kept = ordered[0]!.c;
    if (ordered.length > 1) {
      const dropped = ordered.slice(1).map((x) => x.c);
      duplicates.push({ unit: kept.name, kept: kept.input.meta.path, dropped: dropped.map((d) => d.input.meta.path) });
      const issue = toIssue({
        code: 'DUPLICATE_UNIT',
        actual: kept.name,
        path: kept.input.meta.path,
        related: group.map((c) => c.input.meta.path),
      });
      issues.push({ ...issue, unit: kept.name });
      for (const d of dropped) {
        d.source.status = 'duplicate';
        d.source.reason = `Đơn vị đã gửi tệp mới hơn (${fileName(kept.input.meta.path)}); tệp này không được tính.`;
      }
    }
    const { report, meta } = kept.input;
    const { errors, warnings } = severityCounts(report.issues);
    const unit: ConsolidatedUnit = { name: kept.name, key: kept.key, level: report.level, path: meta.path, report, errors, warnings, status: 'included' };
    if (excludeErrors && errors > 0) {
      unit.status = 'excluded';
      kept.source.status = 'excluded';
      kept.source.reason = `Có ${errors} lỗi nên không được tổng hợp (đã chọn loại đơn vị có lỗi).`;
      excluded.push(unit);
    } else included.push(unit);
  }
  included.sort(byLevelThenName);
  excluded.sort(byLevelThenName);
  for (const u of [...included, ...excluded]) for (const i of u.report.issues) issues.push(withUnit(i, u.name, u.path));
  return { included, excluded, duplicates, rejected, sources, issues };
}

function withUnit(issue: ConsolidationIssue, unit: string | null, path: string): ConsolidationIssue {
  const out: ConsolidationIssue = { ...issue, path: issue.path ?? path };
  if (unit !== null) out.unit = unit;
  return out;
}
