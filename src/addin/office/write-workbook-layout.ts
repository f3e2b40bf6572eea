import type { WorkbookLayout } from '../../engine/layout';
import { COMMAND_BYTES, DEFAULT_PAYLOAD_BUDGET, PayloadBudget } from './payload-budget';
import type { ApiSupport } from './requirements';
import { uniqueSheetName } from './unique-sheet-name';
import { writeSheetLayout } from './write-sheet-layout';

/**
 * Writes a WorkbookLayout as new sheets of the open workbook. Nothing existing is touched:
 * a sheet name already taken gets a suffix ("Tổng hợp (2)"), formulas follow the new names,
 * and a defined name already taken is scoped to the new sheet instead.
 *
 * Syncs: one to learn the sheet and defined names in use, one to write everything, plus one
 * between chunks when the request would pass Excel on the web's 5 MB limit. The count depends
 * on the size of the data only through that chunking, never on the number of cells or units.
 */
export const WRITE_SYNCS = 2;

export interface WriteResult {
  sheetNames: string[];
  /** Syncs made between chunks (0 when everything fitted in one request). */
  chunkSyncs: number;
}

export async function writeLayoutIntoWorkbook(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  support: ApiSupport,
  payloadBudget = DEFAULT_PAYLOAD_BUDGET,
): Promise<WriteResult> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name');
  await context.sync();

  const takenSheets = new Set(worksheets.items.map((ws) => ws.name.toLowerCase()));
  const takenNames = new Set(names.items.map((n) => n.name.toLowerCase()));
  const renames = new Map<string, string>();
  for (const sheet of layout.sheets) renames.set(sheet.name, uniqueSheetName(sheet.name, takenSheets));

  const budget = new PayloadBudget(context, payloadBudget);
  // Every sheet first, so formulas that point at a later sheet find it.
  const created = layout.sheets.map((sheet) => context.workbook.worksheets.add(renames.get(sheet.name)!));
  await budget.reserve(created.length * COMMAND_BYTES);
  const writer = { context, budget, support, takenNames, renames };
  for (const [i, sheet] of layout.sheets.entries()) await writeSheetLayout(writer, created[i]!, sheet);
  created[0]?.activate();
  await budget.flush();
  return { sheetNames: layout.sheets.map((s) => renames.get(s.name)!), chunkSyncs: budget.chunkSyncs };
}
