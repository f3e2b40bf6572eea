import type { BieuHost } from '../../src/ui/host';
import type { ConsolidationOutcome, ConsolidationProgress, ConsolidationRunner, UiEngine } from '../../src/ui/engine-api';
import type { Issue } from '../../src/engine/issues';
import type { FileReport } from '../../src/engine/report';
import type { WorkbookGrid } from '../../src/engine/grid';
import { QD131 } from '../../src/engine/form/qd131';
import { toIssue } from '../../src/engine/messages';

export const GRID: WorkbookGrid = { sheets: [{ name: 'PL2', values: [['STT']], numFmts: {}, merges: [] }], definedNames: [] };

export const ISSUES: Issue[] = [
  toIssue({ code: 'RATE_MISMATCH', item: '2.1', cell: 'PL2!C9', expected: 74.4, actual: 64.4 }),
  toIssue({ code: 'MISSING_VALUE', item: '1.1', cell: 'PL2!C8' }),
  toIssue({ code: 'DENOMINATOR_CONFLICT', item: '2.3', cell: 'PL2!C10', expected: 300, actual: 320, related: ['2.1'] }),
  toIssue({ code: 'NOT_INTEGER', item: '2.1', cell: 'PL2!D9', expected: 32448, actual: 32.448, reason: 'count' }),
];

export function report(issues: Issue[] = ISSUES): FileReport {
  return { path: 'x.xlsx', unit: 'Trường TH Ngô Sĩ Liên', template: 'qd131', level: 'TH', items: {}, populations: {}, issues };
}

export type FakeHost = BieuHost & { [K in 'writeWorkbookLayout' | 'readActiveWorkbook' | 'selectCell' | 'paintFlags' | 'clearFlags']: jest.Mock };

export function fakeHost(kind: 'excel' | 'web' = 'excel', insertSheets = false): FakeHost {
  const host: FakeHost = {
    kind,
    capabilities: () => ({ comments: true, insertSheets }),
    writeWorkbookLayout: jest.fn(async (layout: { sheets: { name: string }[] }) => layout.sheets.map((s) => s.name)),
    readActiveWorkbook: jest.fn(async () => GRID),
    selectCell: jest.fn(async () => undefined),
    paintFlags: jest.fn(async () => undefined),
    clearFlags: jest.fn(async () => undefined),
  };
  if (insertSheets) host.insertSheetsFromFiles = jest.fn(async (files: ReadonlyArray<{ name: string }>) => files.map((f) => f.name));
  return host;
}

export function fakeEngine(reports: FileReport[] = [report()]): UiEngine & { checkGrid: jest.Mock; buildTemplate: jest.Mock } {
  let n = 0;
  return {
    form: QD131,
    buildTemplate: jest.fn(() => ({ sheets: [{ name: 'Biểu số liệu' }] }) as never),
    checkGrid: jest.fn(() => reports[Math.min(n++, reports.length - 1)]!),
  };
}

/** A runner the test drives by hand: emit progress, then finish. */
export function fakeRunner(): ConsolidationRunner & {
  emit(p: ConsolidationProgress): void;
  finish(o: ConsolidationOutcome): void;
  runs: number;
} {
  let onProgress: ((p: ConsolidationProgress) => void) | undefined;
  let resolve: ((o: ConsolidationOutcome) => void) | undefined;
  const runner = {
    runs: 0,
    run: (_req: unknown, progress: (p: ConsolidationProgress) => void) => {
      runner.runs++;
      onProgress = progress;
      return new Promise<ConsolidationOutcome>((r) => (resolve = r));
    },
    cancel: jest.fn(),
    emit: (p: ConsolidationProgress) => onProgress!(p),
    finish: (o: ConsolidationOutcome) => resolve!(o),
  };
  return runner;
}
