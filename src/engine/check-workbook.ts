import { runChecks } from './checks';
import { QD131 } from './form/qd131';
import type { FormDefinition } from './form/schema';
import { parseCellAddress, type WorkbookGrid } from './grid';
import { ISSUE_CODES, type Finding } from './issues';
import { toIssue } from './messages';
import { formIndex } from './read/form-index';
import { itemReadings } from './read/item-readings';
import { unicodeGrid } from './read/legacy-text';
import type { RawReading } from './read/raw-reading';
import { readByContent } from './read/read-by-content';
import { readNamedForm } from './read/read-named-form';
import { levelOfUnit, unitFromPath } from './read/unit-name';
import type { FileReport } from './report';

export interface CheckOptions {
  /** The file's path, as reported (and the unit name when the workbook names none). */
  path: string;
  /** The form to read; QĐ 131 by default. */
  form?: FormDefinition;
}

const CODE_ORDER = new Map<string, number>(ISSUE_CODES.map((c, i) => [c, i]));

/** Findings in a stable order: by sheet, row, column of their cell (none first), then code, then item. */
export function sortFindings(findings: Finding[], grid: WorkbookGrid): Finding[] {
  const sheetOrder = new Map(grid.sheets.map((s, i) => [s.name, i]));
  const keyed = findings.map((f) => {
    const pos = f.cell ? parseCellAddress(f.cell) : undefined;
    return { f, sheet: pos ? (sheetOrder.get(pos.sheet) ?? 999) : -1, row: pos?.row ?? -1, col: pos?.col ?? -1 };
  });
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      a.row - b.row ||
      a.col - b.col ||
      CODE_ORDER.get(a.f.code)! - CODE_ORDER.get(b.f.code)! ||
      (a.f.item ?? '').localeCompare(b.f.item ?? ''),
  );
  return keyed.map((k) => k.f);
}

function notForm(path: string): FileReport {
  const unit = unitFromPath(path);
  return {
    path,
    unit,
    template: null,
    level: levelOfUnit(unit),
    items: {},
    populations: {},
    issues: [toIssue({ code: 'TEMPLATE_MISMATCH', reason: 'not-form' })],
  };
}

/** Reads by the office template's names first, else by content; legacy TCVN3 texts are read as Unicode. */
function read(grid: WorkbookGrid, form: FormDefinition): RawReading | null {
  const unicode = unicodeGrid(grid);
  return readNamedForm(unicode, form) ?? readByContent(unicode, form);
}

/**
 * Reads and checks one workbook grid; never throws on bad data (bad data becomes issues).
 * checkWorkbook(grid, { path: "TH Ngô Sĩ Liên.xlsx" }).issues -> [{ code: "RATE_MISMATCH", item: "2.1", cell: "PL2!C9", … }]
 */
export function checkWorkbook(grid: WorkbookGrid, options: CheckOptions): FileReport {
  try {
    return checkGrid(grid, options);
  } catch {
    // A bug must not stop a run over hundreds of files: the file is reported, the run goes on.
    return { ...notForm(options.path), issues: [toIssue({ code: 'TEMPLATE_MISMATCH', reason: 'internal' })] };
  }
}

function checkGrid(grid: WorkbookGrid, options: CheckOptions): FileReport {
  const form = options.form ?? QD131;
  const reading = read(grid, form);
  if (!reading) return notForm(options.path);
  const unit = reading.unit ?? unitFromPath(options.path);
  const level = reading.level ?? levelOfUnit(unit);
  const findings = runChecks({ form, index: formIndex(form), reading, level });
  const populations: Record<string, number> = {};
  for (const [id, p] of Object.entries(reading.populations)) populations[id] = p.value;
  return {
    path: options.path,
    unit,
    template: reading.template,
    level,
    items: itemReadings(reading, form),
    populations,
    issues: sortFindings(findings, grid).map(toIssue),
  };
}
