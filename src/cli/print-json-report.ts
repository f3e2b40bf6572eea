import type { Issue } from '../engine/issues';
import type { CheckReport, FileReport, ItemReading } from '../engine/report';

/** The public JSON shape of an item: what was read, without internal flags (populationImplied). */
export function jsonItem(r: ItemReading): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (r.notApplicable) out.notApplicable = true;
  if (r.count !== undefined) out.count = r.count;
  if (r.rate !== undefined) out.rate = r.rate;
  if (r.population !== undefined) out.population = r.population;
  if (r.names !== undefined) out.names = r.names;
  if (r.cell !== undefined) out.cell = r.cell;
  return out;
}

/** Issues keep a stable key order: code, severity, item, cell, expected, actual, message, then the rest. */
export function jsonIssue(i: Issue): Record<string, unknown> {
  const out: Record<string, unknown> = { code: i.code, severity: i.severity };
  if (i.item !== undefined) out.item = i.item;
  if (i.cell !== undefined) out.cell = i.cell;
  if (i.expected !== undefined) out.expected = i.expected;
  if (i.actual !== undefined) out.actual = i.actual;
  out.message = i.message;
  if (i.path !== undefined) out.path = i.path;
  if (i.reason !== undefined) out.reason = i.reason;
  if (i.related !== undefined) out.related = i.related;
  return out;
}

/** One file as `bieu check --json` prints it: path, unit, template, items, issues (no level, no populations). */
export function jsonFile(f: FileReport): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  for (const [code, reading] of Object.entries(f.items)) items[code] = jsonItem(reading);
  return { path: f.path, unit: f.unit, template: f.template, items, issues: f.issues.map(jsonIssue) };
}

/** `{ "files": [...], "issues": [...] }`, the contract scripts and the other commands rely on. */
export function checkReportJson(report: CheckReport): string {
  return JSON.stringify({ files: report.files.map(jsonFile), issues: report.issues.map(jsonIssue) }, null, 2);
}
