import type { Issue } from '../engine/issues';
import { formItems, type FormDefinition } from '../engine/form/schema';

export interface IssueGroup {
  /** Item code ("2.1"), population id, or '' for issues about the whole workbook. */
  key: string;
  kind: 'file' | 'item' | 'population' | 'other';
  /** Short label of the item, or the population's label. */
  label: string | undefined;
  issues: Issue[];
  errors: number;
  warnings: number;
}

/**
 * Issues grouped by item, in the form's order; issues about the whole workbook first,
 * populations and unknown keys last. groupIssues(form, issues)[0].key === '' when a TEMPLATE_MISMATCH exists.
 */
export function groupIssues(form: FormDefinition, issues: readonly Issue[]): IssueGroup[] {
  const order = new Map<string, number>();
  const labels = new Map<string, string>();
  formItems(form).forEach((item, i) => {
    order.set(item.code, i + 1);
    labels.set(item.code, item.shortLabel);
  });
  const populations = new Map(form.populations.map((p) => [p.id, p.label]));
  const kindOf = (key: string): IssueGroup['kind'] =>
    key === '' ? 'file' : labels.has(key) ? 'item' : populations.has(key) ? 'population' : 'other';
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = issue.item ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { key, kind: kindOf(key), label: labels.get(key) ?? populations.get(key), issues: [], errors: 0, warnings: 0 };
      groups.set(key, group);
    }
    group.issues.push(issue);
    if (issue.severity === 'error') group.errors++;
    else group.warnings++;
  }
  const rank = (key: string): number => (key === '' ? 0 : order.get(key) ?? (populations.has(key) ? 1e6 : 2e6));
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}
